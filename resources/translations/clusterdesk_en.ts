<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>+ %n cancelled = {0} in the list</source>
        <translation>
            <numerusform>+ %n cancelled = {0} in the list</numerusform>
            <numerusform>+ %n cancelled = {0} in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>%n row(s) merged into people already registered.</source>
        <translation>
            <numerusform>%n row merged into people already registered.</numerusform>
            <numerusform>%n rows merged into people already registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped; fix them in {0} and import that file.</source>
        <translation>
            <numerusform>%n row with problems was skipped; fix it in {0} and import that file.</numerusform>
            <numerusform>%n rows with problems were skipped; fix them in {0} and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>The file was read again: %n row(s).</source>
        <translation>
            <numerusform>The file was read again: %n row.</numerusform>
            <numerusform>The file was read again: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeSheet</name>
    <message numerus="yes">
        <source>Discard the %n outcome(s) not saved yet?</source>
        <translation>
            <numerusform>Discard the %n outcome not saved yet?</numerusform>
            <numerusform>Discard the %n outcomes not saved yet?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <source>No exact match: %n close match(es), one letter different</source>
        <translation>
            <numerusform>No exact match: %n close match, one letter different</numerusform>
            <numerusform>No exact match: %n close matches, one letter different</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table card(s)</source>
        <translation>
            <numerusform>%n table card</numerusform>
            <numerusform>%n table cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s)</source>
        <translation>
            <numerusform>%n agenda</numerusform>
            <numerusform>%n agendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table sheet(s)</source>
        <translation>
            <numerusform>%n table sheet</numerusform>
            <numerusform>%n table sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) had to be printed smaller than the layout&apos;s minimum size.</source>
        <translation>
            <numerusform>%n name had to be printed smaller than the layout&apos;s minimum size.</numerusform>
            <numerusform>%n names had to be printed smaller than the layout&apos;s minimum size.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded as printed</source>
        <translation>
            <numerusform>%n item recorded as printed</numerusform>
            <numerusform>%n items recorded as printed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message numerus="yes">
        <source>%n problem(s) found in the rows listed below.</source>
        <translation>
            <numerusform>%n problem found in the rows listed below.</numerusform>
            <numerusform>%n problems found in the rows listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{name} has reached the cap of %n meeting(s) in session “{session}”</source>
        <translation>
            <numerusform>{name} has reached the cap of %n meeting in session “{session}”</numerusform>
            <numerusform>{name} has reached the cap of %n meetings in session “{session}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unscheduled %n meeting(s)</source>
        <translation>
            <numerusform>Unscheduled %n meeting</numerusform>
            <numerusform>Unscheduled %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too long (at most %n character(s))</source>
        <translation>
            <numerusform>too long (at most %n character)</numerusform>
            <numerusform>too long (at most %n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) refused; nothing was changed</source>
        <translation>
            <numerusform>%n outcome refused; nothing was changed</numerusform>
            <numerusform>%n outcomes refused; nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the outcome of %n meeting(s)</source>
        <translation>
            <numerusform>Recorded the outcome of %n meeting</numerusform>
            <numerusform>Recorded the outcome of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the outcome of %n meeting(s) ({unchanged} unchanged)</source>
        <translation>
            <numerusform>Recorded the outcome of %n meeting ({unchanged} unchanged)</numerusform>
            <numerusform>Recorded the outcome of %n meetings ({unchanged} unchanged)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the outcome of %n meeting(s)</source>
        <translation>
            <numerusform>Restored the outcome of %n meeting</numerusform>
            <numerusform>Restored the outcome of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is absent: %n meeting(s) freed, {placed} re-placed, {moved} moved</source>
        <translation>
            <numerusform>{name} is absent: %n meeting freed, {placed} re-placed, {moved} moved</numerusform>
            <numerusform>{name} is absent: %n meetings freed, {placed} re-placed, {moved} moved</numerusform>
        </translation>
    </message>
</context>
</TS>
