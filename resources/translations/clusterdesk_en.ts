<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
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
        <source>%n problem(s) found; nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n problem found; nothing can be imported until they are fixed.</numerusform>
            <numerusform>%n problems found; nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
</context>
</TS>
