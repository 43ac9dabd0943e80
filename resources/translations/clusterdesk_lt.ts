<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>ArrivalPrinter</name>
    <message>
        <source>No badge printer is chosen for the check-in desk (Print page → Check-in desk).</source>
        <translation>Registracijos punktui nepasirinktas ženklelių spausdintuvas (Spausdinimas → Registracijos punkto ženklelių spausdintuvas).</translation>
    </message>
    <message>
        <source>The badge printer “{0}” is not available on this computer.</source>
        <translation>Ženklelių spausdintuvo „{0}“ šiame kompiuteryje nėra.</translation>
    </message>
</context>
<context>
    <name>BadgeSelectionPanel</name>
    <message>
        <source>Everybody</source>
        <translation>Visiems</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Kategorijai</translation>
    </message>
    <message>
        <source>Chosen participants</source>
        <translation>Pasirinktiems dalyviams</translation>
    </message>
    <message>
        <source>Find by name, organisation or e-mail</source>
        <translation>Ieškoti pagal vardą, organizaciją ar el. paštą</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Tik dar nespausdinti ženkleliai</translation>
    </message>
    <message>
        <source>Only people checked in</source>
        <translation>Tik atvykę dalyviai</translation>
    </message>
    <message>
        <source>{0} chosen</source>
        <translation>Pasirinkta: {0}</translation>
    </message>
</context>
<context>
    <name>BigScreenDialog</name>
    <message>
        <source>Big screen</source>
        <translation>Didysis ekranas</translation>
    </message>
    <message>
        <source>Shows the current and the next round (who meets at which table) and the time left, full screen, for the room. Choose the projector or TV:</source>
        <translation>Rodo dabartinį ir kitą turą (kas prie kurio stalo susitinka) ir likusį laiką visame ekrane, skirtą salei. Pasirinkite projektorių arba televizorių:</translation>
    </message>
    <message>
        <source>Screen {0}: {1} ({2}×{3})</source>
        <translation>Ekranas {0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <source>— this window</source>
        <translation>— šis langas</translation>
    </message>
    <message>
        <source>Only this screen is connected: the big screen will cover this window until you press Esc. Connect the projector and open this again to use it there.</source>
        <translation>Prijungtas tik šis ekranas: didysis ekranas uždengs šį langą, kol paspausite Esc. Prijunkite projektorių ir atverkite tai dar kartą, kad rodytumėte jame.</translation>
    </message>
    <message>
        <source>Ring a &amp;gong when a round starts and ends</source>
        <translation>Skambinti &amp;gongu, kai turas prasideda ir baigiasi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>Visi stalai</translation>
    </message>
    <message>
        <source>Part {0} of {1} of the tables</source>
        <translation>Stalų dalis {0} iš {1}</translation>
    </message>
    <message>
        <source>&amp;Turn the page of tables every</source>
        <translation>&amp;Versti stalų puslapį kas</translation>
    </message>
    <message>
        <source>Tables on this screen</source>
        <translation>Stalai šiame ekrane</translation>
    </message>
    <message>
        <source>On the big screen: Esc leaves full screen, F goes back to it, ← → turn the pages, M turns the gong off and on, Ctrl+W closes it. For a large room, open the big screen on several screens, each with its part of the tables.</source>
        <translation>Didžiajame ekrane: Esc išeina iš viso ekrano, F grąžina į jį, ← → verčia puslapius, M išjungia ir įjungia gongą, Ctrl+W jį užveria. Didelėje salėje atverkite didįjį ekraną keliuose ekranuose, kiekviename su sava stalų dalimi.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Rodyti</translation>
    </message>
</context>
<context>
    <name>BigScreenView</name>
    <message>
        <source>free</source>
        <translation>laisvas</translation>
    </message>
</context>
<context>
    <name>BigScreenWindow</name>
    <message>
        <source>ClusterDesk — big screen</source>
        <translation>ClusterDesk — didysis ekranas</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Stalas</translation>
    </message>
    <message>
        <source>Loading the plan…</source>
        <translation>Įkeliamas planas…</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Išeiti iš viso ekrano režimo</translation>
    </message>
    <message>
        <source>Full screen on/off</source>
        <translation>Visas ekranas: įjungti / išjungti</translation>
    </message>
    <message>
        <source>Next page of tables</source>
        <translation>Kitas stalų puslapis</translation>
    </message>
    <message>
        <source>Previous page of tables</source>
        <translation>Ankstesnis stalų puslapis</translation>
    </message>
    <message>
        <source>Gong on/off</source>
        <translation>Gongas: įjungti / išjungti</translation>
    </message>
    <message>
        <source>Close the big screen</source>
        <translation>Uždaryti didįjį ekraną</translation>
    </message>
    <message>
        <source>see the log file</source>
        <translation>žr. žurnalo failą</translation>
    </message>
    <message>
        <source>The plan could not be read: {0}</source>
        <translation>Nepavyko perskaityti plano: {0}</translation>
    </message>
    <message>
        <source>No meeting rounds are planned yet.</source>
        <translation>Susitikimų turai dar nesuplanuoti.</translation>
    </message>
    <message>
        <source>The meetings are over. Thank you!</source>
        <translation>Susitikimai baigėsi. Ačiū!</translation>
    </message>
    <message>
        <source>No meetings at the tables</source>
        <translation>Prie stalų susitikimų nėra</translation>
    </message>
    <message>
        <source>Page {0} of {1} · tables {2}–{3}</source>
        <translation>Puslapis {0} iš {1} · stalai {2}–{3}</translation>
    </message>
    <message>
        <source>Tables: {0}</source>
        <translation>Stalai: {0}</translation>
    </message>
    <message>
        <source>Part {0} of {1}</source>
        <translation>Dalis {0} iš {1}</translation>
    </message>
    <message>
        <source>Esc: leave full screen</source>
        <translation>Esc: mažesnis langas</translation>
    </message>
    <message>
        <source>Now: round {0} · ends in</source>
        <translation>Dabar: turas {0} · baigsis po</translation>
    </message>
    <message>
        <source>Next: round {0} · {1} at</source>
        <translation>Toliau: turas {0} · {1}, pradžia</translation>
    </message>
    <message>
        <source>Next: round {0} · {1} · in</source>
        <translation>Toliau: turas {0} · {1} · po</translation>
    </message>
    <message>
        <source> (gong off)</source>
        <translation> (gongas išjungtas)</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Registruoti vietoje atvykusį žmogų</translation>
    </message>
    <message>
        <source>Reprint the badge of the person on the banner</source>
        <translation>Iš naujo spausdinti juostoje rodomo žmogaus ženklelį</translation>
    </message>
    <message>
        <source>Book a meeting for the person on the banner</source>
        <translation>Užsakyti susitikimą juostoje rodomam žmogui</translation>
    </message>
    <message>
        <source>Undo the last check-in</source>
        <translation>Atšaukti paskutinę atvykimo registraciją</translation>
    </message>
    <message>
        <source>Mute or unmute the sounds</source>
        <translation>Išjungti arba įjungti garsus</translation>
    </message>
    <message>
        <source>Print badges on arrival: on/off</source>
        <translation>Spausdinti ženklelius atvykus: įjungti / išjungti</translation>
    </message>
    <message>
        <source>Name this desk</source>
        <translation>Pavadinti šį punktą</translation>
    </message>
    <message>
        <source>Back to the scan field</source>
        <translation>Grįžti į nuskaitymo lauką</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Punktas: %1</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or Ctrl+N for a walk-in.</source>
        <translation>Nieko nerasta. Patikrinkite rašybą arba spauskite Ctrl+N – registracija vietoje.</translation>
    </message>
    <message>
        <source>Several people match: choose with ↑/↓, then Enter.</source>
        <translation>Atitinka keli žmonės: pasirinkite ↑/↓ ir spauskite Enter.</translation>
    </message>
    <message>
        <source>Scan %1 · %2</source>
        <translation>Nuskaityta %1 · %2</translation>
    </message>
    <message>
        <source>NOTHING TO UNDO</source>
        <translation>NĖRA KO ATŠAUKTI</translation>
    </message>
    <message>
        <source>This desk has no check-in to take back.</source>
        <translation>Šiame punkte nėra registracijos, kurią būtų galima atšaukti.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then reprint their badge.</source>
        <translation>Pirmiausia nuskaitykite ar pasirinkite žmogų, tada spausdinkite jo ženklelį iš naujo.</translation>
    </message>
    <message>
        <source>Scan or pick someone first, then book their meeting.</source>
        <translation>Pirmiausia nuskaitykite ar pasirinkite žmogų, tada užsakykite jo susitikimą.</translation>
    </message>
    <message>
        <source>Database problem: %1</source>
        <translation>Duomenų bazės klaida: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to shared database</source>
        <translation>Prisijungti prie bendros duomenų bazės</translation>
    </message>
    <message>
        <source>Several desks can share one event in a PostgreSQL database on the venue network. Enter the server&apos;s details or a database URL.</source>
        <translation>Keli punktai gali dirbti su tuo pačiu renginiu PostgreSQL duomenų bazėje renginio vietos tinkle. Įveskite serverio duomenis arba duomenų bazės URL.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveris</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Serverio duomenys</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Enter a database name (or a full database URL).</source>
        <translation>Įveskite duomenų bazės pavadinimą (arba visą duomenų bazės URL).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Jungiamasi…</translation>
    </message>
    <message>
        <source>Could not connect: {0}</source>
        <translation>Nepavyko prisijungti: {0}</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Close the event</source>
        <translation>Užverti renginį</translation>
    </message>
    <message>
        <source>Connection to the shared event lost — nothing is being recorded at this desk. Reconnecting by itself… (check the network; the host must stay on)</source>
        <translation>Ryšys su bendru renginiu nutrūko – šiame punkte niekas neįrašoma. Jungiamasi iš naujo automatiškai… (patikrinkite tinklą; pagrindinis kompiuteris turi likti įjungtas)</translation>
    </message>
    <message>
        <source>The host is ending sharing: this desk is read-only now. Check-ins are done at the host.</source>
        <translation>Pagrindinis kompiuteris baigia bendrinimą: šis punktas dabar tik skaito. Atvykimai registruojami pagrindiniame kompiuteryje.</translation>
    </message>
    <message>
        <source>Sharing has ended: the host copied the event back into its file. This desk can no longer work on it.</source>
        <translation>Bendrinimas baigtas: pagrindinis kompiuteris nukopijavo renginį atgal į jo failą. Šis punktas su juo dirbti nebegali.</translation>
    </message>
    <message>
        <source>● Shared event at {0}</source>
        <translation>● Bendras renginys: {0}</translation>
    </message>
    <message>
        <source>✕ Connection lost — reconnecting…</source>
        <translation>✕ Ryšys nutrūko – jungiamasi iš naujo…</translation>
    </message>
    <message>
        <source>◐ Read-only: the host is ending sharing</source>
        <translation>◐ Tik skaityti: pagrindinis kompiuteris baigia bendrinimą</translation>
    </message>
    <message>
        <source>■ Sharing ended</source>
        <translation>■ Bendrinimas baigtas</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Įvyko klaida</translation>
    </message>
    <message>
        <source>Sorry — ClusterDesk ran into an unexpected problem.</source>
        <translation>Atsiprašome — ClusterDesk susidūrė su netikėta problema.</translation>
    </message>
    <message>
        <source>Everything saved before this moment is safe: ClusterDesk saves each change as it is made. You can keep working; if the problem comes back, please send the log file to your support contact.</source>
        <translation>Viskas, kas išsaugota iki šios akimirkos, yra saugu: ClusterDesk išsaugo kiekvieną pakeitimą iškart. Galite dirbti toliau; jei problema kartojasi, nusiųskite žurnalo failą savo pagalbos kontaktui.</translation>
    </message>
    <message>
        <source>Log file: {0}</source>
        <translation>Žurnalo failas: {0}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Rodyti išsamiau</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopijuoti informaciją</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Atverti žurnalų aplanką</translation>
    </message>
    <message>
        <source>Problems since this dialog opened: {0} more.</source>
        <translation>Nuo šio lango atvėrimo įvyko dar problemų: {0}.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Slėpti informaciją</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Nukopijuota</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Apžvalga</translation>
    </message>
    <message>
        <source>Participants (active)</source>
        <translation>Dalyviai (aktyvūs)</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Atvyko</translation>
    </message>
    <message>
        <source>Badges printed</source>
        <translation>Atspausdinti ženkleliai</translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation>Susitikimų prašymai</translation>
    </message>
    <message>
        <source>Meetings accepted</source>
        <translation>Priimti susitikimai</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Suplanuoti susitikimai</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Įvykę susitikimai</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Neatvykimai</translation>
    </message>
    <message>
        <source>Meetings per participant</source>
        <translation>Susitikimų vienam dalyviui</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Įvykdyta</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Pagal šalį</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Pagal kategoriją</translation>
    </message>
    <message>
        <source>Meeting outcomes</source>
        <translation>Susitikimų rezultatai</translation>
    </message>
    <message numerus="yes">
        <source>+ %n cancelled = {0} in the list</source>
        <translation>
            <numerusform>+ %n atšauktas = {0} sąraše</numerusform>
            <numerusform>+ %n atšaukti = {0} sąraše</numerusform>
            <numerusform>+ %n atšauktų = {0} sąraše</numerusform>
        </translation>
    </message>
    <message>
        <source>none cancelled</source>
        <translation>atšauktų nėra</translation>
    </message>
    <message>
        <source>{0}% of active participants</source>
        <translation>{0} % aktyvių dalyvių</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Kiti</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n atšauktas</numerusform>
            <numerusform>%n atšaukti</numerusform>
            <numerusform>%n atšauktų</numerusform>
        </translation>
    </message>
    <message>
        <source>on average</source>
        <translation>vidutiniškai</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Pasiektas susitarimas</translation>
    </message>
    <message>
        <source>Cooperation possible</source>
        <translation>Gali bendradarbiauti</translation>
    </message>
    <message>
        <source>Informative</source>
        <translation>Informatyvus</translation>
    </message>
    <message>
        <source>No interest</source>
        <translation>Nesudomino</translation>
    </message>
    <message>
        <source>Held, not rated</source>
        <translation>Įvyko, neįvertintas</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Neįvyko</translation>
    </message>
    <message>
        <source>no accepted meetings yet</source>
        <translation>priimtų susitikimų dar nėra</translation>
    </message>
    <message>
        <source>of accepted meetings were held</source>
        <translation>priimtų susitikimų įvyko</translation>
    </message>
</context>
<context>
    <name>DeskBackups</name>
    <message>
        <source>Automatic backup at %1 failed: %2. Check-ins go on; fix the cause soon.</source>
        <translation>Automatinė atsarginė kopija %1 nepavyko: %2. Registracija tęsiasi; netrukus pašalinkite priežastį.</translation>
    </message>
</context>
<context>
    <name>DeskPrinterBox</name>
    <message>
        <source>Check-in desk badge printer</source>
        <translation>Registracijos punkto ženklelių spausdintuvas</translation>
    </message>
    <message>
        <source>Badges printed when someone checks in for the first time use this layout and printer.</source>
        <translation>Ženkleliai, spausdinami žmogui atvykus pirmą kartą, spausdinami šiuo maketu ir spausdintuvu.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Maketas</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>(none: do not print on arrival)</source>
        <translation>(nėra: atvykus nespausdinti)</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (nepasiekiamas)</translation>
    </message>
</context>
<context>
    <name>DeskPrinting</name>
    <message>
        <source>Badge printed.</source>
        <translation>Ženklelis atspausdintas.</translation>
    </message>
    <message>
        <source>Badge not printed: %1</source>
        <translation>Ženklelis neatspausdintas: %1</translation>
    </message>
    <message>
        <source>Printing the badge…</source>
        <translation>Spausdinamas ženklelis…</translation>
    </message>
    <message>
        <source>No badge printer is connected to this desk.</source>
        <translation>Prie šio punkto neprijungtas ženklelių spausdintuvas.</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <source>optional</source>
        <translation>nebūtina</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never (until the next scan)</source>
        <translation>niekada (iki kito nuskaitymo)</translation>
    </message>
    <message>
        <source>Play a sound for each result</source>
        <translation>Kiekvienam rezultatui groti garsą</translation>
    </message>
    <message>
        <source>Print the badge when someone checks in</source>
        <translation>Spausdinti ženklelį žmogui atvykus</translation>
    </message>
    <message>
        <source>The desk name and the operator are written with every check-in, so staff can see which desk checked a person in. After a result has been shown for this long, the banner goes back to a neutral “Ready”.</source>
        <translation>Punkto pavadinimas ir operatorius įrašomi su kiekvienu atvykimu, todėl matyti, kuris punktas užregistravo žmogų. Parodžius rezultatą tiek laiko, juosta vėl rodo neutralų „Pasiruošta“.</translation>
    </message>
    <message>
        <source>Desk name:</source>
        <translation>Punkto pavadinimas:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Operatorius:</translation>
    </message>
    <message>
        <source>Back to “Ready” after:</source>
        <translation>Grįžti į „Pasiruošta“ po:</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Scan a badge or type a name</source>
        <translation>Nuskaitykite ženklelį arba įveskite vardą</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation or e-mail (Ctrl+F comes back here)</source>
        <translation>Nuskaitykite ženklelį arba įveskite vardą, organizaciją ar el. paštą (Ctrl+F grąžina čia)</translation>
    </message>
    <message>
        <source>Name this desk and choose when results clear (Ctrl+D)</source>
        <translation>Pavadinti punktą ir nustatyti, kada išvalomi rezultatai (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mute sounds (Ctrl+M)</source>
        <translation>Išjungti garsus (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sounds are off: this computer has no audio output.</source>
        <translation>Garsai išjungti: šis kompiuteris neturi garso išvesties.</translation>
    </message>
    <message>
        <source>Print badge on arrival (Ctrl+B)</source>
        <translation>Spausdinti ženklelį atvykus (Ctrl+B)</translation>
    </message>
    <message>
        <source>Undo last (Ctrl+Z)</source>
        <translation>Atšaukti paskutinį (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Walk-in (Ctrl+N)</source>
        <translation>Registracija vietoje (Ctrl+N)</translation>
    </message>
    <message>
        <source>Reprint badge (Ctrl+P)</source>
        <translation>Spausdinti ženklelį iš naujo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Book a meeting (Ctrl+G)</source>
        <translation>Užsakyti susitikimą (Ctrl+G)</translation>
    </message>
    <message>
        <source>A meeting for the person on the banner: the first round both are free</source>
        <translation>Susitikimas žmogui, rodomam juostoje: pirmas turas, kai abu laisvi</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registracija</translation>
    </message>
    <message>
        <source>⚠ %1 failed scans in the last minute (%2). Someone may be trying made-up or copied badge codes: look at who is scanning and check their badge.</source>
        <translation>⚠ Per paskutinę minutę nepavykusių nuskaitymų: %1 (%2). Gali būti, kad kažkas bando išgalvotus ar nukopijuotus ženklelių kodus: pažiūrėkite, kas skenuoja, ir patikrinkite jo ženklelį.</translation>
    </message>
</context>
<context>
    <name>DuplicatesBox</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Galimi dublikatai</translation>
    </message>
    <message>
        <source>These rows have the name and organisation of someone else, with another e-mail address: the same person registered twice? Choose for each.</source>
        <translation>Šiose eilutėse – kito žmogaus vardas ir organizacija, bet kitas el. pašto adresas: gal tas pats žmogus užsiregistravo du kartus? Pasirinkite kiekvienai eilutei.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Faile</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Panašu į</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>{0}, registered with {1}</source>
        <translation>{0}, užregistruotas su {1}</translation>
    </message>
    <message>
        <source>row {0} of this file, with {1}</source>
        <translation>šio failo {0} eilutė, su {1}</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Palikti abu</translation>
    </message>
    <message>
        <source>Merge: update the registered person</source>
        <translation>Sujungti: atnaujinti užregistruotą žmogų</translation>
    </message>
    <message>
        <source>Leave this row out</source>
        <translation>Praleisti šią eilutę</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unikodas (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM, Excel “CSV UTF-8”)</source>
        <translation>Unikodas (UTF-8 su BOM, Excel „CSV UTF-8“)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltijos)</translation>
    </message>
    <message>
        <source>ISO-8859-13 (Baltic)</source>
        <translation>ISO-8859-13 (Baltijos)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Central European, Polish)</source>
        <translation>ISO-8859-2 (Vidurio Europos, lenkų)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kirilica)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unikodas (UTF-16)</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>Opening the event…</source>
        <translation>Atveriamas renginys…</translation>
    </message>
    <message>
        <source>Damaged event file</source>
        <translation>Sugadintas renginio failas</translation>
    </message>
    <message>
        <source>The event file {0} is damaged; nothing was changed.</source>
        <translation>Renginio failas {0} sugadintas; niekas nepakeista.</translation>
    </message>
    <message>
        <source>The file {0} cannot be opened as an event; nothing was changed.</source>
        <translation>Failo {0} nepavyksta atverti kaip renginio; niekas nepakeista.</translation>
    </message>
    <message>
        <source>Not an event file</source>
        <translation>Ne renginio failas</translation>
    </message>
    <message>
        <source>The newest good backup of it is
{0}
Open the backup instead?</source>
        <translation>Naujausia tvarkinga jo atsarginė kopija:
{0}
Atverti atsarginę kopiją?</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Atverti atsarginę kopiją</translation>
    </message>
    <message>
        <source>Restore a backup in its place…</source>
        <translation>Atkurti atsarginę kopiją jo vietoje…</translation>
    </message>
    <message>
        <source>Open event</source>
        <translation>Atverti renginį</translation>
    </message>
    <message>
        <source>ClusterDesk events (*.cdesk);;All files (*)</source>
        <translation>ClusterDesk renginiai (*.cdesk);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Event not found</source>
        <translation>Renginys nerastas</translation>
    </message>
    <message>
        <source>{0} no longer exists. Remove it from the recent events?</source>
        <translation>{0} nebėra. Pašalinti iš paskutinių renginių sąrašo?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Creating the demo event…</source>
        <translation>Kuriamas demonstracinis renginys…</translation>
    </message>
    <message>
        <source>Creating the event…</source>
        <translation>Kuriamas renginys…</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Tuščia duomenų bazė</translation>
    </message>
    <message>
        <source>The database holds no event yet. Create a new event in it?</source>
        <translation>Duomenų bazėje dar nėra renginio. Sukurti joje naują renginį?</translation>
    </message>
    <message>
        <source>Create event…</source>
        <translation>Sukurti renginį…</translation>
    </message>
    <message>
        <source>Back up the event</source>
        <translation>Sukurti renginio atsarginę kopiją</translation>
    </message>
    <message>
        <source>ClusterDesk events (*.cdesk)</source>
        <translation>ClusterDesk renginiai (*.cdesk)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Atsarginė kopija</translation>
    </message>
    <message>
        <source>The event was backed up to
{0}</source>
        <translation>Renginio atsarginė kopija įrašyta į
{0}</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Atsarginė kopija įrašyta</translation>
    </message>
    <message>
        <source>Backing up the event…</source>
        <translation>Kuriama renginio atsarginė kopija…</translation>
    </message>
</context>
<context>
    <name>EventLanguage</name>
    <message>
        <source>English</source>
        <translation>Anglų (English)</translation>
    </message>
    <message>
        <source>Lithuanian (lietuvių)</source>
        <translation>Lietuvių</translation>
    </message>
    <message>
        <source>Badges, agendas, table cards and reports are printed in this language, and names are sorted in its alphabetical order (Š after S in Lithuanian).</source>
        <translation>Ženkleliai, darbotvarkės, stalų kortelės ir ataskaitos spausdinami šia kalba, o vardai rikiuojami pagal jos abėcėlę (lietuviškai Š eina po S).</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Renginio nuostatos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Documents&apos; language</source>
        <translation>Dokumentų kalba</translation>
    </message>
    <message>
        <source>The documents&apos; language is shared by every desk of this event: badges, agendas, table cards, the catalogue and the report are printed in it, and the participant lists and every print order follow its alphabet.</source>
        <translation>Dokumentų kalba bendra visiems šio renginio punktams: ženkleliai, darbotvarkės, stalų kortelės, katalogas ir ataskaita spausdinami ja, o dalyvių sąrašai ir kiekviena spausdinimo tvarka laikosi jos abėcėlės.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Įveskite renginio pavadinimą.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Neišsaugota: {0}</translation>
    </message>
</context>
<context>
    <name>EventView</name>
    <message>
        <source>Go to the page “{0}”</source>
        <translation>Eiti į puslapį „{0}“</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>Everybody</source>
        <translation>Visiems</translation>
    </message>
    <message>
        <source>Only people with meetings</source>
        <translation>Tik žmonės, turintys susitikimų</translation>
    </message>
    <message>
        <source>Only agendas changed since last printed</source>
        <translation>Tik darbotvarkės, pasikeitusios po paskutinio spausdinimo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Atvykimai</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Agendas for</source>
        <translation>Darbotvarkės kam</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuoti pagal</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Duomenys</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Parinktys</translation>
    </message>
    <message>
        <source>Personal agendas (PDF)</source>
        <translation>Asmeninės darbotvarkės (PDF)</translation>
    </message>
    <message>
        <source>One A4 page per person: meetings, breaks, programme, badge QR code</source>
        <translation>A4 lapas žmogui: susitikimai, pertraukos, programa, QR kodas</translation>
    </message>
    <message>
        <source>Master schedule (PDF)</source>
        <translation>Bendras tvarkaraštis (PDF)</translation>
    </message>
    <message>
        <source>Tables × slots: who meets whom, when and where (landscape)</source>
        <translation>Stalai × laikai: kas su kuo, kada ir kur susitinka (gulsčias lapas)</translation>
    </message>
    <message>
        <source>Table sheets (PDF)</source>
        <translation>Stalų lapai (PDF)</translation>
    </message>
    <message>
        <source>One sheet per table with tick boxes: took place / no-show</source>
        <translation>Vienas lapas stalui su langeliais: įvyko / neatvyko</translation>
    </message>
    <message>
        <source>Participant catalogue (PDF)</source>
        <translation>Dalyvių katalogas (PDF)</translation>
    </message>
    <message>
        <source>Everybody with organisation, country, category and notes</source>
        <translation>Visi su organizacija, šalimi, kategorija ir pastabomis</translation>
    </message>
    <message>
        <source>Statistics report (PDF)</source>
        <translation>Statistikos ataskaita (PDF)</translation>
    </message>
    <message>
        <source>Key figures and charts for the funders</source>
        <translation>Pagrindiniai skaičiai ir diagramos finansuotojams</translation>
    </message>
    <message>
        <source>Meeting plan (HTML)</source>
        <translation>Susitikimų planas (HTML)</translation>
    </message>
    <message>
        <source>One self-contained file: search by name, works offline and on phones</source>
        <translation>Vienas failas: paieška pagal vardą, veikia be interneto ir telefone</translation>
    </message>
    <message>
        <source>Calendar for the event (iCalendar)</source>
        <translation>Renginio kalendorius (iCalendar)</translation>
    </message>
    <message>
        <source>Programme and every meeting in one .ics file</source>
        <translation>Programa ir visi susitikimai viename .ics faile</translation>
    </message>
    <message>
        <source>Calendars per participant (iCalendar)</source>
        <translation>Kalendoriai kiekvienam dalyviui (iCalendar)</translation>
    </message>
    <message>
        <source>One .ics file per person into a folder</source>
        <translation>Po vieną .ics failą žmogui į aplanką</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Skaičiuoklė (CSV)</translation>
    </message>
    <message>
        <source>UTF-8 with BOM; formulas neutralised</source>
        <translation>UTF-8 su BOM; formulės neutralizuotos</translation>
    </message>
    <message>
        <source>Spreadsheet (Excel .xlsx)</source>
        <translation>Skaičiuoklė (Excel .xlsx)</translation>
    </message>
    <message>
        <source>Every cell as text, never a formula</source>
        <translation>Kiekvienas langelis kaip tekstas, niekada ne formulė</translation>
    </message>
    <message>
        <source>Saved agendas are recorded as printed, so “changed since last printed” finds the ones to reprint after on-site changes.</source>
        <translation>Įrašytos darbotvarkės pažymimos kaip atspausdintos, todėl „pasikeitusios po paskutinio spausdinimo“ randa tas, kurias reikia spausdinti iš naujo po pakeitimų vietoje.</translation>
    </message>
    <message>
        <source>Choose a folder: one file per participant is written into it.</source>
        <translation>Pasirinkite aplanką: į jį įrašomas po vieną failą kiekvienam dalyviui.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <source>Paper and files survive a dead Wi-Fi: agendas, schedules, table sheets, calendars, the meeting plan and spreadsheets, all made on this computer.</source>
        <translation>Popierius ir failai išlieka ir be „Wi-Fi“: darbotvarkės, tvarkaraščiai, stalų lapai, kalendoriai, susitikimų planas ir skaičiuoklės – viskas sukuriama šiame kompiuteryje.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuoti…</translation>
    </message>
    <message>
        <source>Choose where to save (Ctrl+E)</source>
        <translation>Pasirinkti, kur įrašyti (Ctrl+E)</translation>
    </message>
    <message>
        <source>{0} files (*{1})</source>
        <translation>{0} failai (*{1})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message>
        <source>{0} files saved in {1}</source>
        <translation>Failų įrašyta: {0}, aplanke {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Įrašyta: {0}</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Eksportuoti nepavyko.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksportuoti nepavyko</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Eksportas atšauktas.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Pasirinkite failą</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) export from a registration platform, one row per person or per meeting request, with a header row.</source>
        <translation>CSV arba Excel (.xlsx) failas, eksportuotas iš registracijos platformos: viena eilutė žmogui arba susitikimo prašymui, su antraštės eilute.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Meeting requests</source>
        <translation>Susitikimų prašymai</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Faile yra</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importuojamas failas</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Lentelės (*.csv *.txt *.tsv *.xlsx);;Visi failai (*)</translation>
    </message>
    <message>
        <source>No file at this path.</source>
        <translation>Šiuo keliu failo nėra.</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <source>The event at a glance: who registered and arrived, badges printed, meetings scheduled and held. It refreshes each time you come here.</source>
        <translation>Renginys vienu žvilgsniu: kas užsiregistravo ir atvyko, kiek atspausdinta ženklelių, kiek susitikimų suplanuota ir įvyko. Atnaujinama kaskart, kai čia grįžtate.</translation>
    </message>
    <message>
        <source>Everyone registered. Import them from CSV or Excel (Ctrl+I), search (Ctrl+F), add (Ctrl+N) and edit people (Enter).</source>
        <translation>Visi užsiregistravę. Importuokite juos iš CSV ar Excel (Ctrl+I), ieškokite (Ctrl+F), pridėkite (Ctrl+N) ir redaguokite (Enter).</translation>
    </message>
    <message>
        <source>The registration desk: scan a badge with a USB scanner or type a name. Ctrl+Z undoes the last check-in, Ctrl+N registers a walk-in.</source>
        <translation>Registracijos punktas: nuskaitykite ženklelį USB skaitytuvu arba įveskite vardą. Ctrl+Z atšaukia paskutinę registraciją, Ctrl+N – registracija vietoje.</translation>
    </message>
    <message>
        <source>B2B meetings on a tables × time slots grid. Set up sessions and tables, schedule automatically (F9), then move meetings and record outcomes on site.</source>
        <translation>B2B susitikimai stalų × laiko intervalų tinklelyje. Nustatykite sesijas ir stalus, planuokite automatiškai (F9), o renginio metu perkelkite susitikimus ir žymėkite jų rezultatus.</translation>
    </message>
    <message>
        <source>Badges and table cards for everyone or a selection, to a printer or a PDF file.</source>
        <translation>Ženkleliai ir stalų kortelės visiems arba pasirinktiems – spausdintuvu arba į PDF failą.</translation>
    </message>
    <message>
        <source>The event&apos;s agenda: talks, breaks and sessions, printed on the agendas.</source>
        <translation>Renginio programa: pranešimai, pertraukos ir sesijos, spausdinamos darbotvarkėse.</translation>
    </message>
    <message>
        <source>Files to take away, made offline: participant lists, personal agendas and the meeting plan (Ctrl+E).</source>
        <translation>Failai išsinešti, sukuriami be interneto: dalyvių sąrašai, asmeninės darbotvarkės ir susitikimų planas (Ctrl+E).</translation>
    </message>
    <message>
        <source>That&apos;s the tour</source>
        <translation>Turas baigtas</translation>
    </message>
    <message>
        <source>Help → Keyboard shortcuts (F1) lists every key. Help → Guided tour shows this tour again.</source>
        <translation>Žinynas → Spartieji klavišai (F1) išvardija visus klavišus. Žinynas → Pažintinis turas parodo šį turą dar kartą.</translation>
    </message>
    <message>
        <source>Leave the guided tour</source>
        <translation>Baigti pažintinį turą</translation>
    </message>
    <message>
        <source>Next step of the guided tour</source>
        <translation>Kitas pažintinio turo žingsnis</translation>
    </message>
    <message>
        <source>Previous step of the guided tour</source>
        <translation>Ankstesnis pažintinio turo žingsnis</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Unavailable times</source>
        <translation>Kada negali susitikti</translation>
    </message>
    <message>
        <source>Fixed table</source>
        <translation>Nuolatinis stalas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail</source>
        <translation>Prašančiojo el. paštas</translation>
    </message>
    <message>
        <source>Target&apos;s e-mail</source>
        <translation>Kviečiamojo el. paštas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetas</translation>
    </message>
    <message>
        <source>B2B session</source>
        <translation>B2B sesija</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salė</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pranešėjai</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
    <message>
        <source>Open the skipped rows</source>
        <translation>Atverti praleistas eilutes</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) merged into people already registered.</source>
        <translation>
            <numerusform>%n eilutė sujungta su jau užregistruotais žmonėmis.</numerusform>
            <numerusform>%n eilutės sujungtos su jau užregistruotais žmonėmis.</numerusform>
            <numerusform>%n eilučių sujungta su jau užregistruotais žmonėmis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems were skipped; fix them in {0} and import that file.</source>
        <translation>
            <numerusform>%n eilutė su problemomis praleista; pataisykite ją faile {0} ir importuokite tą failą.</numerusform>
            <numerusform>%n eilutės su problemomis praleistos; pataisykite jas faile {0} ir importuokite tą failą.</numerusform>
            <numerusform>%n eilučių su problemomis praleista; pataisykite jas faile {0} ir importuokite tą failą.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the automatic backup before the import failed ({0}); the import was done without it.</source>
        <translation>Įspėjimas: automatinė atsarginė kopija prieš importą nepavyko ({0}); importuota be jos.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Atšaukta; niekas neimportuota.</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Niekas neimportuota: {0}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{0} rows checked: {1} to create, {2} to update, {3} unchanged.</source>
        <translation>Patikrinta eilučių: {0}; bus sukurta: {1}, atnaujinta: {2}, nepakito: {3}.</translation>
    </message>
    <message>
        <source>{0} rows read: {1} created, {2} updated, {3} unchanged.</source>
        <translation>Perskaityta eilučių: {0}; sukurta: {1}, atnaujinta: {2}, nepakito: {3}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importas</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a shared event</source>
        <translation>Prisijungti prie bendro renginio</translation>
    </message>
    <message>
        <source>Another desk shares the event on this network. Scan the QR code on its sharing screen with this desk&apos;s scanner, or paste the join code.</source>
        <translation>Kitas punktas bendrina renginį šiame tinkle. Šio punkto skaitytuvu nuskaitykite QR kodą jo bendrinimo ekrane arba įklijuokite prisijungimo kodą.</translation>
    </message>
    <message>
        <source>Scan or paste the join code (CDJ1-…)</source>
        <translation>Nuskaitykite arba įklijuokite prisijungimo kodą (CDJ1-…)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Sertifikato patikra</translation>
    </message>
    <message>
        <source>Scan or paste the code</source>
        <translation>Nuskaityti arba įklijuoti kodą</translation>
    </message>
    <message>
        <source>Type the address</source>
        <translation>Įvesti adresą</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Šio punkto pavadinimas</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Checking the host and joining…</source>
        <translation>Tikrinamas pagrindinis kompiuteris ir jungiamasi…</translation>
    </message>
    <message>
        <source>Could not join: {0}</source>
        <translation>Nepavyko prisijungti: {0}</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Visur</translation>
    </message>
    <message>
        <source>Welcome screen</source>
        <translation>Pradžios langas</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(be aprašymo)</translation>
    </message>
</context>
<context>
    <name>KpiBar</name>
    <message>
        <source>meetings scheduled / requested</source>
        <translation>susitikimų suplanuota / prašyta</translation>
    </message>
    <message>
        <source>breaks (idle gaps)</source>
        <translation>pertraukos (tušti tarpai)</translation>
    </message>
    <message>
        <source>tables used</source>
        <translation>naudojami stalai</translation>
    </message>
    <message>
        <source>requests unscheduled</source>
        <translation>nesuplanuoti prašymai</translation>
    </message>
    <message>
        <source>found participant</source>
        <translation>rastas dalyvis</translation>
    </message>
    <message>
        <source>padlock: locked (the scheduler never moves it)</source>
        <translation>spyna: užrakintas (planavimas jo niekada nekeičia)</translation>
    </message>
    <message>
        <source>1–4: how a held meeting went (keys on a meeting: H, 1–4, A, B, N, C; T: sheet)</source>
        <translation>1–4: kaip praėjo įvykęs susitikimas (klavišai ant susitikimo: H, 1–4, A, B, N, C; T: lapas)</translation>
    </message>
</context>
<context>
    <name>LayoutCombo</name>
    <message>
        <source> (yours)</source>
        <translation> (jūsų)</translation>
    </message>
    <message>
        <source>{0} — cannot be used</source>
        <translation>{0} – negalima naudoti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>Renginys neatvertas</translation>
    </message>
    <message>
        <source>{0} — ClusterDesk</source>
        <translation>{0} – ClusterDesk</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Failas: {0}</translation>
    </message>
    <message>
        <source>Server: {0}</source>
        <translation>Serveris: {0}</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Paskutinių renginių nėra</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Išvalyti sąrašą</translation>
    </message>
    <message>
        <source>About ClusterDesk</source>
        <translation>Apie ClusterDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ClusterDesk&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;ClusterDesk&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>The offline event desk for cluster matchmaking forums: participants, check-in, badges and B2B meetings.</source>
        <translation>Be interneto veikianti klasterių kontaktų mugių renginio registracijos programa: dalyviai, atvykimo registracija, ženkleliai ir B2B susitikimai.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Choose the column for each field. Fields marked * are required; columns left out are not imported.</source>
        <translation>Kiekvienam laukui pasirinkite stulpelį. Laukai, pažymėti *, privalomi; nepasirinkti stulpeliai neimportuojami.</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Failas skaitomas iš naujo…</translation>
    </message>
    <message numerus="yes">
        <source>The file was read again: %n row(s).</source>
        <translation>
            <numerusform>Failas perskaitytas iš naujo: %n eilutė.</numerusform>
            <numerusform>Failas perskaitytas iš naujo: %n eilutės.</numerusform>
            <numerusform>Failas perskaitytas iš naujo: %n eilučių.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(neimportuojama)</translation>
    </message>
    <message>
        <source>Update people already in the event (matched by e-mail) instead of reporting them</source>
        <translation>Atnaujinti renginyje jau esančius žmones (atpažįstamus pagal el. paštą), užuot pranešus apie juos</translation>
    </message>
    <message>
        <source>Update items already in the programme (same title and start)</source>
        <translation>Atnaujinti programoje jau esančius punktus (tas pats pavadinimas ir pradžia)</translation>
    </message>
    <message>
        <source>Update requests already in the event</source>
        <translation>Atnaujinti renginyje jau esančius prašymus</translation>
    </message>
    <message>
        <source>Choose a column for: {0}.</source>
        <translation>Pasirinkite stulpelį laukui: {0}.</translation>
    </message>
    <message>
        <source>One column is chosen for several fields: {0}.</source>
        <translation>Vienas stulpelis pasirinktas keliems laukams: {0}.</translation>
    </message>
</context>
<context>
    <name>MeetingGrid</name>
    <message>
        <source>Scheduled</source>
        <translation>Suplanuotas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Įvyko</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neatvyko</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Neįvyko</translation>
    </message>
    <message>
        <source>Insufficient interest</source>
        <translation>Nesudomino</translation>
    </message>
    <message>
        <source>Informative, no cooperation planned</source>
        <translation>Informatyvus, bendradarbiauti neplanuojama</translation>
    </message>
    <message>
        <source>Cooperation possible</source>
        <translation>Galimas bendradarbiavimas</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Pasiektas susitarimas</translation>
    </message>
    <message>
        <source>{0} did not come</source>
        <translation>{0} neatvyko</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ir</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>užrakintas</translation>
    </message>
    <message>
        <source>Table {0}, {1}–{2}</source>
        <translation>Stalas {0}, {1}–{2}</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>Negalima: {0}</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Galima</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Stalas {0}</translation>
    </message>
    <message>
        <source>Own table of {0}</source>
        <translation>Nuolatinis stalas: {0}</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Move (cut)</source>
        <translation>Perkelti (iškirpti)</translation>
    </message>
    <message>
        <source>Place here (paste)</source>
        <translation>Padėti čia (įdėti)</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>Užrakinti / atrakinti</translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Pažymėti: įvyko</translation>
    </message>
    <message>
        <source>Mark no-show…</source>
        <translation>Pažymėti: neatvyko…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Atšaukti susitikimą</translation>
    </message>
    <message>
        <source>Back to scheduled</source>
        <translation>Grąžinti į suplanuotus</translation>
    </message>
    <message>
        <source>Unschedule (back to waiting)</source>
        <translation>Išimti iš plano (grąžinti į laukiančius)</translation>
    </message>
    <message>
        <source>Delete meeting added by hand</source>
        <translation>Pašalinti rankiniu būdu pridėtą susitikimą</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Rasti dalyvį</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Suplanuoti…</translation>
    </message>
    <message>
        <source>Sessions and tables…</source>
        <translation>Sesijos ir stalai…</translation>
    </message>
    <message>
        <source>Unschedule all unlocked…</source>
        <translation>Išimti iš plano visus neužrakintus…</translation>
    </message>
    <message>
        <source>Restore the plan before the last scheduler run…</source>
        <translation>Atkurti planą, buvusį prieš paskutinį planavimą…</translation>
    </message>
    <message>
        <source>Not here yet…</source>
        <translation>Dar neatvykę…</translation>
    </message>
    <message>
        <source>Walk-in meeting…</source>
        <translation>Susitikimas vietoje…</translation>
    </message>
    <message>
        <source>No B2B session or tables yet. Use “Sessions and tables…” to set up the grid.</source>
        <translation>Dar nėra B2B sesijos ar stalų. Tinklelį sukurkite per „Sesijos ir stalai…“.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Daugiau</translation>
    </message>
    <message>
        <source>Table {0} · {1} {2}–{3}</source>
        <translation>Stalas {0} · {1} {2}–{3}</translation>
    </message>
    <message>
        <source>Select a meeting on the grid first.</source>
        <translation>Pirmiausia tinklelyje pasirinkite susitikimą.</translation>
    </message>
    <message>
        <source>Moving the meeting: go to a green cell and press Ctrl+V (a cell with a meeting swaps the two); Esc stops.</source>
        <translation>Susitikimas perkeliamas: eikite į žalią langelį ir spauskite Ctrl+V (langelyje esantis susitikimas sukeičiamas vietomis); Esc – nutraukti.</translation>
    </message>
    <message>
        <source>Placing the request: go to a green cell and press Ctrl+V; Esc stops.</source>
        <translation>Prašymas įtraukiamas: eikite į žalią langelį ir spauskite Ctrl+V; Esc – nutraukti.</translation>
    </message>
    <message>
        <source>Cut a meeting first (Ctrl+X), then paste it on a cell.</source>
        <translation>Pirmiausia iškirpkite susitikimą (Ctrl+X), tada įdėkite jį į langelį.</translation>
    </message>
    <message>
        <source>{0} did not come</source>
        <translation>{0} neatvyko</translation>
    </message>
    <message>
        <source>Neither came</source>
        <translation>Neatvyko nė vienas</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nėra ko atšaukti.</translation>
    </message>
    <message>
        <source>Keeping the current plan (so this run can be undone)…</source>
        <translation>Išsaugomas dabartinis planas (kad šį planavimą būtų galima atšaukti)…</translation>
    </message>
    <message>
        <source>{0} meetings scheduled, {1} unscheduled, {2} breaks ({3:.1f} s).</source>
        <translation>Suplanuota susitikimų: {0}, nesuplanuota: {1}, pertraukų: {2} ({3:.1f} s).</translation>
    </message>
    <message>
        <source>Stopped early: the best plan found so far was kept.</source>
        <translation>Sustabdyta anksčiau: išsaugotas geriausias iki šiol rastas planas.</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planavimas</translation>
    </message>
    <message>
        <source>Unschedule all</source>
        <translation>Išimti visus iš plano</translation>
    </message>
    <message>
        <source>Take every unlocked scheduled meeting off the grid? Locked, held and no-show meetings stay.</source>
        <translation>Išimti iš tinklelio visus neužrakintus suplanuotus susitikimus? Užrakinti, įvykę ir neįvykę dėl neatvykimo susitikimai lieka.</translation>
    </message>
    <message>
        <source>Open the Print page to print the changed agendas.</source>
        <translation>Atverkite spausdinimo puslapį ir atspausdinkite pasikeitusias darbotvarkes.</translation>
    </message>
</context>
<context>
    <name>MeetingsSetup</name>
    <message>
        <source>{0} tables.</source>
        <translation>Stalų: {0}.</translation>
    </message>
    <message>
        <source>Session “{0}” added: {1} slots of {2} min. </source>
        <translation>Pridėta sesija „{0}“: laiko tarpų – {1}, kiekvienas po {2} min. </translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Naujas renginys</translation>
    </message>
    <message>
        <source>e.g. Baltic Cluster Forum 2026</source>
        <translation>pvz., Baltijos klasterių forumas 2026</translation>
    </message>
    <message>
        <source>e.g. Vilnius, LITEXPO</source>
        <translation>pvz., Vilnius, LITEXPO</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Naršyti…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Documents&apos; language</source>
        <translation>Dokumentų kalba</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Renginio failas</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Sukurti renginį</translation>
    </message>
    <message>
        <source>ClusterDesk events (*.cdesk)</source>
        <translation>ClusterDesk renginiai (*.cdesk)</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Įveskite renginio pavadinimą.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Renginys negali baigtis anksčiau, nei prasideda.</translation>
    </message>
    <message>
        <source>Choose where to save the event file.</source>
        <translation>Pasirinkite, kur įrašyti renginio failą.</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another.</source>
        <translation>Failas tokiu vardu jau yra; pasirinkite kitą.</translation>
    </message>
</context>
<context>
    <name>OutcomeKeys</name>
    <message>
        <source>Held</source>
        <translation>Įvyko</translation>
    </message>
    <message>
        <source>Held · insufficient interest</source>
        <translation>Įvyko · nesudomino</translation>
    </message>
    <message>
        <source>Held · informative, no cooperation planned</source>
        <translation>Įvyko · informatyvus, bendradarbiauti neplanuojama</translation>
    </message>
    <message>
        <source>Held · cooperation possible</source>
        <translation>Įvyko · galimas bendradarbiavimas</translation>
    </message>
    <message>
        <source>Held · agreement reached</source>
        <translation>Įvyko · pasiektas susitarimas</translation>
    </message>
    <message>
        <source>No-show: the first participant did not come</source>
        <translation>Neatvyko pirmasis dalyvis</translation>
    </message>
    <message>
        <source>No-show: the second participant did not come</source>
        <translation>Neatvyko antrasis dalyvis</translation>
    </message>
    <message>
        <source>No-show: neither came</source>
        <translation>Neatvyko nė vienas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Back to scheduled (clear the outcome)</source>
        <translation>Grąžinti į suplanuotus (išvalyti rezultatą)</translation>
    </message>
    <message>
        <source>Outcome sheet of this table…</source>
        <translation>Šio stalo rezultatų lapas…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Select a meeting on the grid first.</source>
        <translation>Pirmiausia pasirinkite susitikimą tinklelyje.</translation>
    </message>
</context>
<context>
    <name>OutcomeSheet</name>
    <message>
        <source>neither came</source>
        <translation>neatvyko nė vienas</translation>
    </message>
    <message>
        <source>{0} did not come</source>
        <translation>neatvyko {0}</translation>
    </message>
    <message>
        <source>Outcome sheet</source>
        <translation>Rezultatų lapas</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Stalas {0}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesija</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Stalas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>First participant</source>
        <translation>Pirmasis dalyvis</translation>
    </message>
    <message>
        <source>Second participant</source>
        <translation>Antrasis dalyvis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Keys: H held · 1 insufficient interest · 2 informative, no cooperation planned · 3 cooperation possible · 4 agreement reached · A / B the first / second participant did not come · N neither came · C cancelled · Backspace back to scheduled. Ctrl+Enter saves.</source>
        <translation>Klavišai: H įvyko · 1 nesudomino · 2 informatyvus, bendradarbiauti neplanuojama · 3 galimas bendradarbiavimas · 4 pasiektas susitarimas · A / B neatvyko pirmasis / antrasis dalyvis · N neatvyko nė vienas · C atšauktas · Backspace grąžinti į suplanuotus. Ctrl+Enter išsaugo.</translation>
    </message>
    <message>
        <source>Save outcomes</source>
        <translation>Išsaugoti rezultatus</translation>
    </message>
    <message>
        <source>This table has no meetings in this session.</source>
        <translation>Šioje sesijoje prie šio stalo susitikimų nėra.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Dar neišsaugota</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n outcome(s) not saved yet?</source>
        <translation>
            <numerusform>Atmesti %n dar neišsaugotą rezultatą?</numerusform>
            <numerusform>Atmesti %n dar neišsaugotus rezultatus?</numerusform>
            <numerusform>Atmesti %n dar neišsaugotų rezultatų?</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up sessions and tables first.</source>
        <translation>Pirmiausia sukurkite sesijas ir stalus.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Redaguoti dalyvį</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Pridėti dalyvį</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>Vardas *</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>E-mail *</source>
        <translation>El. paštas *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Fixed table</source>
        <translation>Nuolatinis stalas</translation>
    </message>
    <message>
        <source>Attention note</source>
        <translation>Dėmesio pastaba</translation>
    </message>
    <message>
        <source>e.g. VIP, press, needs interpreter</source>
        <translation>pvz., VIP, spauda, reikia vertėjo</translation>
    </message>
    <message>
        <source>an exhibitor&apos;s own table, if any</source>
        <translation>eksponento nuolatinis stalas, jei yra</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>* required (a first or a last name)</source>
        <translation>* privaloma (vardas arba pavardė)</translation>
    </message>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Įveskite vardą arba pavardę.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Įveskite el. pašto adresą.</translation>
    </message>
    <message>
        <source>“{0}” is not a valid e-mail address.</source>
        <translation>„{0}“ nėra tinkamas el. pašto adresas.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Neįrašyta: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Atvyko</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Aktyvus</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Filter by name, organisation, e-mail or badge code</source>
        <translation>Filtruoti pagal vardą, organizaciją, el. paštą ar ženklelio kodą</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source>Add a participant (Ctrl+N)</source>
        <translation>Pridėti dalyvį (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Edit the selected participant (Enter)</source>
        <translation>Redaguoti pasirinktą dalyvį (Enter)</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Atšaukti registraciją</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <source>Import participants or meeting requests (Ctrl+I)</source>
        <translation>Importuoti dalyvius ar susitikimų prašymus (Ctrl+I)</translation>
    </message>
    <message>
        <source>Edit the selected participant (in the list)</source>
        <translation>Redaguoti pasirinktą dalyvį (sąraše)</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Pridėti dalyvį</translation>
    </message>
    <message>
        <source>Search the participants</source>
        <translation>Ieškoti dalyvių</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Loading participants…</source>
        <translation>Įkeliami dalyviai…</translation>
    </message>
    <message>
        <source>Found by badge code (of {0} participants)</source>
        <translation>Rasta pagal ženklelio kodą (iš {0} dalyvių)</translation>
    </message>
    <message numerus="yes">
        <source>No exact match: %n close match(es), one letter different</source>
        <translation>
            <numerusform>Tikslaus atitikmens nėra: %n panašus, skiriasi viena raide</numerusform>
            <numerusform>Tikslaus atitikmens nėra: %n panašūs, skiriasi viena raide</numerusform>
            <numerusform>Tikslaus atitikmens nėra: %n panašių, skiriasi viena raide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n dalyvis</numerusform>
            <numerusform>%n dalyviai</numerusform>
            <numerusform>%n dalyvių</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} participants</source>
        <translation>{0} iš {1} dalyvių</translation>
    </message>
    <message>
        <source>({0} active, {1} cancelled)</source>
        <translation>(aktyvių: {0}, atšauktų: {1})</translation>
    </message>
    <message>
        <source>Restore registration</source>
        <translation>Atkurti registraciją</translation>
    </message>
    <message>
        <source>✔ Added {0}.</source>
        <translation>✔ Pridėta: {0}.</translation>
    </message>
    <message>
        <source>✔ Saved {0}.</source>
        <translation>✔ Įrašyta: {0}.</translation>
    </message>
    <message>
        <source>The filter was cleared to show them.</source>
        <translation>Filtras išvalytas, kad jie būtų matomi.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Restore the registration of {0}?</source>
        <translation>Atkurti {0} registraciją?</translation>
    </message>
    <message>
        <source>Cancel the registration of {0}?</source>
        <translation>Atšaukti {0} registraciją?</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview yet</source>
        <translation>Peržiūros dar nėra</translation>
    </message>
    <message>
        <source>The preview could not be shown ({0})</source>
        <translation>Peržiūros parodyti nepavyko ({0})</translation>
    </message>
</context>
<context>
    <name>PlanUndo</name>
    <message>
        <source>Restore the plan before this run</source>
        <translation>Atkurti planą, buvusį prieš šį planavimą</translation>
    </message>
    <message>
        <source>The automatic backup before the scheduler run failed ({0}); the run goes on without it.</source>
        <translation>Automatinė atsarginė kopija prieš planuoklio paleidimą nepavyko ({0}); planuojama be jos.</translation>
    </message>
    <message>
        <source>Restore a plan</source>
        <translation>Atkurti planą</translation>
    </message>
    <message>
        <source>No plan has been stored yet: one is kept before every scheduler run.</source>
        <translation>Dar neišsaugotas nė vienas planas: jis išsaugomas prieš kiekvieną planavimą.</translation>
    </message>
    <message>
        <source>Restore the previous plan</source>
        <translation>Atkurti ankstesnį planą</translation>
    </message>
    <message>
        <source>Bring back the plan stored at {0}, {1}?</source>
        <translation>Grąžinti planą, išsaugotą {0}, {1}?</translation>
    </message>
    <message>
        <source>Its {0} scheduled meetings replace the {1} unlocked scheduled meetings on the grid now. Locked, held, no-show and cancelled meetings stay as they are. The current plan is stored first, so this can be undone the same way.</source>
        <translation>Jo suplanuoti susitikimai ({0}) pakeis dabar tinklelyje esančius neužrakintus suplanuotus susitikimus ({1}). Užrakinti, įvykę, neįvykę dėl neatvykimo ir atšaukti susitikimai lieka, kaip yra. Dabartinis planas pirmiausia išsaugomas, todėl tai galima atšaukti tokiu pat būdu.</translation>
    </message>
    <message>
        <source>The previous plan is back: {0} meetings restored.</source>
        <translation>Ankstesnis planas grąžintas: atkurta susitikimų: {0}.</translation>
    </message>
    <message>
        <source>Left out (changed since): {0}</source>
        <translation>Praleista (nuo to laiko pasikeitė): {0}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Nuostatos</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Bendrosios</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Registracijos punktas</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Spausdinimas</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <source>Language of the app:</source>
        <translation>Programos kalba:</translation>
    </message>
    <message>
        <source>Documents are printed in the event&apos;s own language (Event settings).</source>
        <translation>Dokumentai spausdinami renginio kalba (Renginio nustatymai).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <source>Back up while the check-in desk is open, every:</source>
        <translation>Kol atvertas registracijos punktas, kurti kopiją kas:</translation>
    </message>
    <message>
        <source>Backups to keep per event:</source>
        <translation>Kiek kopijų laikyti kiekvienam renginiui:</translation>
    </message>
    <message>
        <source>An event file is also backed up when it is opened, before every import, scheduler run and schema update, and before a restore. The routine backups (opening, the timer) and those taken before a change are counted apart: the timer never pushes out a backup taken before an import. Backups are kept in {0}; File → Restore from backup… brings one back.</source>
        <translation>Renginio failo atsarginė kopija taip pat kuriama jį atveriant, prieš kiekvieną importą, planuoklio paleidimą, schemos atnaujinimą ir prieš atkūrimą. Įprastinės kopijos (atveriant, pagal laikmatį) ir kopijos prieš pakeitimą skaičiuojamos atskirai: laikmatis niekada neišstumia kopijos, padarytos prieš importą. Kopijos laikomos aplanke {0}; Failas → Atkurti iš atsarginės kopijos… grąžina bet kurią iš jų.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Check that names and letters look right. If they do not, choose the file&apos;s encoding or delimiter.</source>
        <translation>Patikrinkite, ar vardai ir raidės rodomi teisingai. Jei ne, pasirinkite failo koduotę ar skirtuką.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Nustatyti automatiškai</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Kablelis (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Kabliataškis (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabuliacija</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Koduotė</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Skirtukas</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Skaitomas failas…</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>lapas „{0}“</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kablelis</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>kabliataškis</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabuliacija</translation>
    </message>
    <message>
        <source>{0}, {1}-separated</source>
        <translation>{0}, skirtukas – {1}</translation>
    </message>
    <message>
        <source>{0} rows and {1} columns ({2}). The first {3} rows are shown.</source>
        <translation>Eilučių: {0}, stulpelių: {1} ({2}). Rodomos pirmosios {3} eilutės.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Wait for the preview to finish, then try again.</source>
        <translation>Palaukite, kol bus paruošta peržiūra, ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>ClusterDesk — {0}</source>
        <translation>ClusterDesk – {0}</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>Spausdinti: {0}</translation>
    </message>
    <message>
        <source>Printing {0} pages…</source>
        <translation>Spausdinama puslapių: {0}…</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was recorded as printed.</source>
        <translation>Spausdinimas atšauktas: niekas nepažymėta kaip atspausdinta.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Spausdinti nepavyko</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Spausdinti nepavyko: {0}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Įrašyti kaip PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
    <message>
        <source>Will this file be printed? Then it is recorded as printed (and left out of &quot;only … not printed yet&quot;).</source>
        <translation>Ar šis failas bus spausdinamas? Tada jis pažymimas kaip atspausdintas (ir nebeįtraukiamas į „tik … dar nespausdinti“).</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Įrašyta: {0}</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Įrašyti nepavyko</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>Badges</source>
        <translation>Ženkleliai</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Stalų kortelės</translation>
    </message>
    <message>
        <source>Personal agendas</source>
        <translation>Asmeninės darbotvarkės</translation>
    </message>
    <message>
        <source>Table sheets</source>
        <translation>Stalų lapai</translation>
    </message>
    <message>
        <source>Master schedule</source>
        <translation>Bendras tvarkaraštis</translation>
    </message>
    <message>
        <source>Participant catalogue</source>
        <translation>Dalyvių katalogas</translation>
    </message>
    <message>
        <source>Only agendas changed since last printed</source>
        <translation>Tik darbotvarkės, pasikeitusios po paskutinio spausdinimo</translation>
    </message>
    <message>
        <source>A4 landscape tent card, one per table</source>
        <translation>A4 gulsčia stalo kortelė, po vieną stalui</translation>
    </message>
    <message>
        <source>Who gets a badge</source>
        <translation>Kam spausdinti ženklelius</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Įrašyti kaip PDF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinimas</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumentas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Maketas</translation>
    </message>
    <message>
        <source>No usable badge layout: fix the layout file or choose another.</source>
        <translation>Nėra tinkamo ženklelio maketo: pataisykite maketo failą arba pasirinkite kitą.</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Dar niekas nepasirinktas</translation>
    </message>
    <message>
        <source>Tick the participants whose badges you want to print.</source>
        <translation>Pažymėkite dalyvius, kurių ženklelius norite spausdinti.</translation>
    </message>
    <message>
        <source>A4, a page per person with meetings and programme</source>
        <translation>A4, po lapą žmogui su susitikimais ir programa</translation>
    </message>
    <message>
        <source>A4, one sheet per table with tick boxes for the table host</source>
        <translation>A4, po lapą stalui su langeliais stalo šeimininkui</translation>
    </message>
    <message>
        <source>A4 landscape: tables × slots</source>
        <translation>A4 gulsčias: stalai × laikai</translation>
    </message>
    <message>
        <source>A4, two columns, grouped by country</source>
        <translation>A4, du stulpeliai, sugrupuota pagal šalį</translation>
    </message>
    <message>
        <source>Who gets an agenda</source>
        <translation>Kam spausdinti darbotvarkes</translation>
    </message>
    <message>
        <source>Only agendas not printed yet</source>
        <translation>Tik dar nespausdintos darbotvarkės</translation>
    </message>
    <message>
        <source>Only badges not printed yet</source>
        <translation>Tik dar nespausdinti ženkleliai</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Ruošiama peržiūra…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n puslapis</numerusform>
            <numerusform>%n puslapiai</numerusform>
            <numerusform>%n puslapių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n ženklelis</numerusform>
            <numerusform>%n ženkleliai</numerusform>
            <numerusform>%n ženklelių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table card(s)</source>
        <translation>
            <numerusform>%n stalo kortelė</numerusform>
            <numerusform>%n stalo kortelės</numerusform>
            <numerusform>%n stalo kortelių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda(s)</source>
        <translation>
            <numerusform>%n darbotvarkė</numerusform>
            <numerusform>%n darbotvarkės</numerusform>
            <numerusform>%n darbotvarkių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table sheet(s)</source>
        <translation>
            <numerusform>%n stalo lapas</numerusform>
            <numerusform>%n stalo lapai</numerusform>
            <numerusform>%n stalo lapų</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>The preview shows the first {0} pages; the whole document is being prepared for printing…</source>
        <translation>Peržiūroje rodomi pirmieji {0} puslapiai; visas dokumentas ruošiamas spausdinti…</translation>
    </message>
    <message>
        <source>Preparing the whole document for printing: {0} of {1}…</source>
        <translation>Visas dokumentas ruošiamas spausdinti: {0} iš {1}…</translation>
    </message>
    <message>
        <source>Nothing to print for these choices.</source>
        <translation>Pagal šiuos pasirinkimus nėra ką spausdinti.</translation>
    </message>
    <message>
        <source>No agenda changed since it was last printed.</source>
        <translation>Po paskutinio spausdinimo nepasikeitė nė viena darbotvarkė.</translation>
    </message>
    <message>
        <source>The preview shows the first {0} of {1} pages.</source>
        <translation>Peržiūroje rodomi pirmieji {0} iš {1} puslapių.</translation>
    </message>
    <message>
        <source>Characters no font can print: {0}</source>
        <translation>Simboliai, kurių neatspausdina joks šriftas: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) had to be printed smaller than the layout&apos;s minimum size.</source>
        <translation>
            <numerusform>%n vardą teko spausdinti mažesniu nei maketo mažiausias dydis.</numerusform>
            <numerusform>%n vardus teko spausdinti mažesniu nei maketo mažiausias dydis.</numerusform>
            <numerusform>%n vardų teko spausdinti mažesniu nei maketo mažiausias dydis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Negalima spausdinti</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded as printed</source>
        <translation>
            <numerusform>%n elementas pažymėtas kaip atspausdintas</numerusform>
            <numerusform>%n elementai pažymėti kaip atspausdinti</numerusform>
            <numerusform>%n elementų pažymėta kaip atspausdinti</numerusform>
        </translation>
    </message>
    <message>
        <source> ({0} reprints)</source>
        <translation> (iš jų pakartotinai: {0})</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <source>Badges</source>
        <translation>Ženkleliai</translation>
    </message>
    <message>
        <source>Badges at the check-in desk</source>
        <translation>Ženkleliai registracijos punkte</translation>
    </message>
    <message>
        <source>Table cards</source>
        <translation>Stalų kortelės</translation>
    </message>
    <message>
        <source>Personal agendas</source>
        <translation>Asmeninės darbotvarkės</translation>
    </message>
    <message>
        <source>Table sheets</source>
        <translation>Stalų lapai</translation>
    </message>
    <message>
        <source>Master schedule</source>
        <translation>Bendras tvarkaraštis</translation>
    </message>
    <message>
        <source>Participant catalogue</source>
        <translation>Dalyvių katalogas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Document&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dokumentas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Printer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spausdintuvas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layout&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maketas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none: do not print on arrival)</source>
        <translation>(nėra: atvykus nespausdinti)</translation>
    </message>
    <message>
        <source>(choose when printing)</source>
        <translation>(pasirinkti spausdinant)</translation>
    </message>
    <message>
        <source>{0} (not available)</source>
        <translation>{0} (nepasiekiamas)</translation>
    </message>
    <message>
        <source>The printer chosen here is offered first when you print that document; check-in badges are printed on it without asking.</source>
        <translation>Čia pasirinktas spausdintuvas siūlomas pirmiausia, kai spausdinate tą dokumentą; registracijos ženkleliai jame spausdinami neklausiant.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme item</source>
        <translation>Redaguoti programos punktą</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Pridėti programos punktą</translation>
    </message>
    <message>
        <source>e.g. Kęstutis Šetkus, Олена Фесенко</source>
        <translation>pvz., Kęstutis Šetkus, Олена Фесенко</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diena</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salė</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pranešėjai</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salė</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Pranešėjai</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Printed on every personal agenda; also in the calendars and the HTML plan.</source>
        <translation>Spausdinama kiekvienoje asmeninėje darbotvarkėje; taip pat kalendoriuose ir HTML plane.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Pridėti…</translation>
    </message>
    <message>
        <source>Add a programme item (Ctrl+N)</source>
        <translation>Pridėti programos punktą (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redaguoti…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <source>Import the programme from a CSV or Excel file</source>
        <translation>Importuoti programą iš CSV ar Excel failo</translation>
    </message>
    <message>
        <source>Add a programme item</source>
        <translation>Pridėti programos punktą</translation>
    </message>
    <message>
        <source>Delete the selected programme item (in the list)</source>
        <translation>Pašalinti pasirinktą programos punktą (sąraše)</translation>
    </message>
    <message>
        <source>Delete programme items</source>
        <translation>Pašalinti programos punktus</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Pašalinti {0}?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>when the event was opened</source>
        <translation>atveriant renginį</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prieš importą</translation>
    </message>
    <message>
        <source>before a scheduler run</source>
        <translation>prieš planuoklio paleidimą</translation>
    </message>
    <message>
        <source>before a schema update</source>
        <translation>prieš schemos atnaujinimą</translation>
    </message>
    <message>
        <source>timed, at the check-in desk</source>
        <translation>periodinė, registracijos punkte</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prieš atkūrimą</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Atkurti iš atsarginės kopijos</translation>
    </message>
    <message>
        <source>Automatic backups of {0}, newest first:</source>
        <translation>Automatinės {0} atsarginės kopijos, naujausios pirmiau:</translation>
    </message>
    <message>
        <source>Reading the event…</source>
        <translation>Skaitomas renginys…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Sukurta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>What this backup holds</source>
        <translation>Kas yra šioje kopijoje</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Skaitomos atsarginės kopijos…</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Dalyviai:</translation>
    </message>
    <message>
        <source>Checked in:</source>
        <translation>Atvykę:</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Susitikimai:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Paskutinis atvykimas:</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Atkurti šią kopiją…</translation>
    </message>
    <message>
        <source>The event now: {0} participants, {1} checked in, {2} meetings.</source>
        <translation>Renginyje dabar: dalyvių – {0}, atvykusių – {1}, susitikimų – {2}.</translation>
    </message>
    <message>
        <source>The event file cannot be read now: {0}</source>
        <translation>Renginio failo dabar nepavyksta perskaityti: {0}</translation>
    </message>
    <message>
        <source>There are no backups of this event yet.</source>
        <translation>Šio renginio atsarginių kopijų dar nėra.</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Skaitoma {0}…</translation>
    </message>
    <message>
        <source>Replace the event with the backup taken {0}?</source>
        <translation>Pakeisti renginį kopija, sukurta {0}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>The event as it is now is backed up first: restoring that backup undoes this.</source>
        <translation>Pirmiausia sukuriama dabartinio renginio kopija: ją atkūrus, šis veiksmas atšaukiamas.</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>Atkurta iš {0}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Atsarginė kopija neatkurta</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Atkuriama atsarginė kopija…</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>Ready — scan a badge or type a name</source>
        <translation>Pasiruošta – nuskaitykite ženklelį arba įveskite vardą</translation>
    </message>
</context>
<context>
    <name>SavedFileBox</name>
    <message>
        <source>Open file</source>
        <translation>Atverti failą</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Atverti aplanką</translation>
    </message>
</context>
<context>
    <name>ScheduleOptionsDialog</name>
    <message>
        <source>Schedule meetings</source>
        <translation>Planuoti susitikimus</translation>
    </message>
    <message>
        <source>Keep what is placed; add the unscheduled requests only</source>
        <translation>Palikti, kas suplanuota; pridėti tik nesuplanuotus prašymus</translation>
    </message>
    <message>
        <source>Plan every unlocked meeting anew</source>
        <translation>Iš naujo suplanuoti visus neužrakintus susitikimus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiškai</translation>
    </message>
    <message>
        <source>Automatic: 10 s for a forum of a few hundred meetings, more for large events (60 s for 50,000 requests). The run ends earlier when the plan is proven best.</source>
        <translation>Automatiškai: 10 s kelių šimtų susitikimų forumui, daugiau dideliems renginiams (60 s 50 000 prašymų). Darbas baigiasi anksčiau, kai įrodoma, kad planas geriausias.</translation>
    </message>
    <message>
        <source>Share breaks fairly: nobody has more than</source>
        <translation>Teisingai paskirstyti pertraukas: niekas neturi daugiau nei</translation>
    </message>
    <message>
        <source> breaks more than anyone else</source>
        <translation> pertr. daugiau už kitus</translation>
    </message>
    <message>
        <source>Locked, held and no-show meetings never move.</source>
        <translation>Užrakinti, įvykę ir neįvykę dėl neatvykimo susitikimai niekada neperkeliami.</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Laiko riba:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planuoti</translation>
    </message>
</context>
<context>
    <name>ScheduleProgressDialog</name>
    <message>
        <source>Scheduling meetings</source>
        <translation>Planuojami susitikimai</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Pradedama…</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>dar nežinoma</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Etapas:</translation>
    </message>
    <message>
        <source>Meetings placed:</source>
        <translation>Suplanuota susitikimų:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pertraukos:</translation>
    </message>
    <message>
        <source>Best possible:</source>
        <translation>Geriausia įmanoma:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Laikas:</translation>
    </message>
    <message>
        <source>Building a first plan</source>
        <translation>Kuriamas pirmasis planas</translation>
    </message>
    <message>
        <source>Placing the requests left over</source>
        <translation>Įtraukiami likę prašymai</translation>
    </message>
    <message>
        <source>Improving the first plan</source>
        <translation>Gerinamas pirmasis planas</translation>
    </message>
    <message>
        <source>Improving (exact solver)</source>
        <translation>Gerinama (tikslus sprendiklis)</translation>
    </message>
    <message>
        <source>Improving (search)</source>
        <translation>Gerinama (paieška)</translation>
    </message>
    <message>
        <source>Most meetings possible: proven</source>
        <translation>Daugiausia galimų susitikimų: įrodyta</translation>
    </message>
    <message>
        <source>Proving how few breaks are possible</source>
        <translation>Įrodinėjama, kiek mažiausiai pertraukų įmanoma</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>Įrodyta, kad optimalu</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Įrašomas planas</translation>
    </message>
    <message>
        <source>this plan — proven optimal</source>
        <translation>šis planas — įrodyta, kad optimalus</translation>
    </message>
    <message>
        <source>at least {0} breaks</source>
        <translation>ne mažiau kaip {0} pertr.</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>prieinamumas</translation>
    </message>
    <message>
        <source>session restriction</source>
        <translation>sesijos apribojimas</translation>
    </message>
    <message>
        <source>fixed table</source>
        <translation>nustatytas stalas</translation>
    </message>
    <message>
        <source>locked meetings</source>
        <translation>užrakinti susitikimai</translation>
    </message>
    <message>
        <source>Meetings scheduled</source>
        <translation>Suplanuoti susitikimai</translation>
    </message>
    <message>
        <source>{0} ({1} unscheduled)</source>
        <translation>{0} (nesuplanuota: {1})</translation>
    </message>
    <message>
        <source>Done: the plan is proven optimal</source>
        <translation>Baigta: įrodyta, kad planas optimalus</translation>
    </message>
    <message>
        <source>Stopped early: the best plan found so far was kept</source>
        <translation>Sustabdyta anksčiau: paliktas geriausias iki šiol rastas planas</translation>
    </message>
    <message>
        <source>Done: time limit reached</source>
        <translation>Baigta: pasiekta laiko riba</translation>
    </message>
    <message>
        <source>at least {0} breaks (this plan: at most {1} more)</source>
        <translation>ne mažiau kaip {0} pertr. (šis planas: daugiausia {1} daugiau)</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>neįrodyta</translation>
    </message>
    <message>
        <source>met</source>
        <translation>įvykdyta</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>neįvykdyta</translation>
    </message>
    <message>
        <source>Fair sharing ({0}): {1}, breaks per participant {2}–{3}</source>
        <translation>Teisingas paskirstymas ({0}): {1}, pertraukų dalyviui {2}–{3}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>ir dar {0}</translation>
    </message>
    <message>
        <source>Breaks no plan could avoid, with the meetings they have:</source>
        <translation>Pertraukos, kurių joks planas negalėtų išvengti su turimais susitikimais:</translation>
    </message>
    <message>
        <source>Stop and keep the best plan</source>
        <translation>Sustabdyti ir palikti geriausią planą</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>{0:.1f} s of {1:.0f} s</source>
        <translation>{0:.1f} s iš {1:.0f} s</translation>
    </message>
    <message>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} s</translation>
    </message>
    <message>
        <source>Stopping — keeping the best plan found so far…</source>
        <translation>Stabdoma – paliekamas geriausias iki šiol rastas planas…</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atšauktas</translation>
    </message>
    <message>
        <source>Checked in %1 · %2</source>
        <translation>Atvyko %1 · %2</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Laukiamas</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>B2B sessions and tables</source>
        <translation>B2B sesijos ir stalai</translation>
    </message>
    <message>
        <source>e.g. B2B matchmaking</source>
        <translation>pvz., B2B kontaktų mugė</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM; HH:MM-HH:MM</source>
        <translation>HH:MM-HH:MM; HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Pridėti sesiją</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Pradžia:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Pabaiga:</translation>
    </message>
    <message>
        <source>Slot length:</source>
        <translation>Laiko tarpo trukmė:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pertraukos:</translation>
    </message>
    <message>
        <source>Meeting tables</source>
        <translation>Susitikimų stalai</translation>
    </message>
    <message>
        <source>Number of tables:</source>
        <translation>Stalų skaičius:</translation>
    </message>
    <message>
        <source>Label prefix:</source>
        <translation>Žymos priešdėlis:</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Sesijų dar nėra.</translation>
    </message>
    <message>
        <source>Sessions now:</source>
        <translation>Dabartinės sesijos:</translation>
    </message>
    <message>
        <source>{0}: {1} {2}–{3}, {4} slots of {5} min</source>
        <translation>{0}: {1} {2}–{3}, laiko tarpų – {4}, po {5} min.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Checking the event file…</source>
        <translation>Tikrinamas renginio failas…</translation>
    </message>
    <message>
        <source>Preparing the sharing server (the first time takes a few seconds)…</source>
        <translation>Ruošiamas bendrinimo serveris (pirmą kartą tai užtrunka kelias sekundes)…</translation>
    </message>
    <message>
        <source>Starting the sharing server…</source>
        <translation>Paleidžiamas bendrinimo serveris…</translation>
    </message>
    <message>
        <source>Copying the event to the server…</source>
        <translation>Renginys kopijuojamas į serverį…</translation>
    </message>
    <message>
        <source>Telling the desks that sharing stops…</source>
        <translation>Punktams pranešama, kad bendrinimas baigiamas…</translation>
    </message>
    <message>
        <source>Copying the event back into its file…</source>
        <translation>Renginys kopijuojamas atgal į jo failą…</translation>
    </message>
    <message>
        <source>Stopping the server…</source>
        <translation>Stabdomas serveris…</translation>
    </message>
    <message>
        <source>Share this event on the network</source>
        <translation>Bendrinti šį renginį tinkle</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; will be served from this computer to the other registration desks on the venue network. While it is shared, every desk works on the same event and nobody is checked in twice. When you stop sharing, the event is copied back into its file.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; bus teikiamas iš šio kompiuterio kitiems registracijos punktams renginio vietos tinkle. Kol renginys bendrinamas, visi punktai dirba su tuo pačiu renginiu ir niekas neužregistruojamas du kartus. Baigus bendrinti, renginys nukopijuojamas atgal į jo failą.</translation>
    </message>
    <message>
        <source>— this computer only</source>
        <translation>– tik šis kompiuteris</translation>
    </message>
    <message>
        <source>Only desks on this network can join, with the password in the join code, over an encrypted connection. If a desk cannot connect, allow ClusterDesk through this computer&apos;s firewall.</source>
        <translation>Prisijungti gali tik šio tinklo punktai, naudodami prisijungimo kode esantį slaptažodį, šifruotu ryšiu. Jei punktas negali prisijungti, leiskite ClusterDesk per šio kompiuterio užkardą.</translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Pradėti bendrinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tinklas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopijuoti</translation>
    </message>
    <message>
        <source>On each desk: File → Join a shared event…, then scan this QR code with the desk&apos;s scanner (or paste the code, or type the address, password and certificate check).</source>
        <translation>Kiekviename punkte: Failas → Prisijungti prie bendro renginio…, tada punkto skaitytuvu nuskaitykite šį QR kodą (arba įklijuokite kodą, arba įveskite adresą, slaptažodį ir sertifikato patikrą).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <source>Certificate check</source>
        <translation>Sertifikato patikra</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Punktas</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Ryšiai</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Paskutinis veiksmas</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Prisijungimo kodas</translation>
    </message>
    <message>
        <source>Stop sharing…</source>
        <translation>Baigti bendrinti…</translation>
    </message>
    <message>
        <source>Close (keep sharing)</source>
        <translation>Užverti (toliau bendrinti)</translation>
    </message>
    <message>
        <source>Connected desks: {0}</source>
        <translation>Prisijungusių punktų: {0}</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Baigti bendrinti</translation>
    </message>
    <message>
        <source>Stop sharing this event?</source>
        <translation>Baigti bendrinti šį renginį?</translation>
    </message>
    <message>
        <source>Every desk is told and becomes read-only; the event is copied back into its file (the file is backed up first). Desks must join again to work on it.</source>
        <translation>Visiems punktams pranešama ir jie tampa tik skaitomi; renginys nukopijuojamas atgal į jo failą (prieš tai sukuriama failo atsarginė kopija). Norėdami vėl dirbti, punktai turi prisijungti iš naujo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Search keys or actions (e.g. “undo”, “Ctrl+Z”)</source>
        <translation>Ieškokite klavišų ar veiksmų (pvz., „atšaukti“, „Ctrl+Z“)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>Neatitinka nė vienas spartusis klavišas.</translation>
    </message>
    <message>
        <source>Page keys work while that page is shown; a page&apos;s key wins over the same key elsewhere.</source>
        <translation>Puslapio klavišai veikia, kol rodomas tas puslapis; puslapio klavišas turi pirmenybę prieš tą patį klavišą kitur.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Checked in / expected</source>
        <translation>Atvyko / laukiama</translation>
    </message>
    <message>
        <source>Last check-ins (all desks)</source>
        <translation>Paskutiniai atvykimai (visi punktai)</translation>
    </message>
    <message>
        <source>Inside now: %1</source>
        <translation>Dabar viduje: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(be kategorijos)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nežinoma</translation>
    </message>
    <message>
        <source>Quick-schedule</source>
        <translation>Greitai suplanuoti</translation>
    </message>
    <message>
        <source>Place it in the first shared free slot and table</source>
        <translation>Įtraukti į pirmą bendrą laisvą laiką ir stalą</translation>
    </message>
    <message>
        <source>Place on grid…</source>
        <translation>Įtraukti į tinklelį…</translation>
    </message>
    <message>
        <source>Schedule selected</source>
        <translation>Suplanuoti pasirinktą</translation>
    </message>
    <message>
        <source>Find a participant…</source>
        <translation>Rasti dalyvį…</translation>
    </message>
    <message>
        <source>Mark absent…</source>
        <translation>Pažymėti nedalyvaujančiu…</translation>
    </message>
    <message>
        <source>Free this person&apos;s remaining meetings and re-place partners</source>
        <translation>Atlaisvinti likusius šio žmogaus susitikimus ir perplanuoti partnerius</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Nesuplanuoti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <source>Unscheduled ({0})</source>
        <translation>Nesuplanuoti ({0})</translation>
    </message>
    <message>
        <source>Select a meeting to see its details.</source>
        <translation>Pasirinkite susitikimą, kad matytumėte jo informaciją.</translation>
    </message>
    <message>
        <source>no-show: did not come</source>
        <translation>neatvyko</translation>
    </message>
    <message>
        <source>no-show: {0} did not come</source>
        <translation>neatvyko: {0}</translation>
    </message>
    <message>
        <source>{0}  table {1}  with {2} ({3})</source>
        <translation>{0}  stalas {1}  su {2} ({3})</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Susitikimų nėra.</translation>
    </message>
</context>
<context>
    <name>TourCallout</name>
    <message>
        <source>Skip tour</source>
        <translation>Praleisti turą</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Toliau</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} iš {1}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Baigti</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>Check</source>
        <translation>Patikra</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written; the file is read again each time. Fix the file and re-read it, or change the columns.</source>
        <translation>Kiekviena eilutė patikrinama prieš ką nors įrašant; failas kaskart perskaitomas iš naujo. Pataisykite failą ir perskaitykite jį dar kartą arba pakeiskite stulpelius.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <source>Re-read the file</source>
        <translation>Perskaityti failą iš naujo</translation>
    </message>
    <message>
        <source>After fixing the file: read it again and check it</source>
        <translation>Pataisius failą: perskaityti jį iš naujo ir patikrinti</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Stulpelis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Reading the file and checking every row…</source>
        <translation>Skaitomas failas ir tikrinama kiekviena eilutė…</translation>
    </message>
    <message>
        <source>Countries not recognised (kept as written; use a country&apos;s name or its ISO code to have it recognised): {0}</source>
        <translation>Neatpažintos šalys (paliktos kaip parašyta; nurodykite šalies pavadinimą ar ISO kodą, kad būtų atpažinta): {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the rows listed below.</source>
        <translation>
            <numerusform>Toliau išvardytose eilutėse rasta %n problema.</numerusform>
            <numerusform>Toliau išvardytose eilutėse rastos %n problemos.</numerusform>
            <numerusform>Toliau išvardytose eilutėse rasta %n problemų.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Problemų nerasta.</translation>
    </message>
    <message>
        <source>Import nothing until the file is fixed</source>
        <translation>Nieko neimportuoti, kol failas nepataisytas</translation>
    </message>
    <message>
        <source>Import the {0} valid rows now and skip the {1} listed ones (saved to {2} to fix and import later)</source>
        <translation>Importuoti dabar tinkamas eilutes ({0}) ir praleisti išvardytas ({1}; jos įrašomos į {2}, kad vėliau pataisytumėte ir importuotumėte)</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>First name *</source>
        <translation>Vardas *</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>E-mail (if at hand)</source>
        <translation>El. paštas (jei žinomas)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Registracija vietoje</translation>
    </message>
    <message>
        <source>required: a first or last name</source>
        <translation>privaloma: vardas arba pavardė</translation>
    </message>
    <message>
        <source>optional: the badge code identifies them</source>
        <translation>nebūtina: žmogų identifikuoja ženklelio kodas</translation>
    </message>
    <message>
        <source>Save and check in (Enter)</source>
        <translation>Įrašyti ir užregistruoti atvykimą (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Atsisakyti (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walk-in registration&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registracija vietoje&lt;/b&gt;</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* privaloma</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Įrašoma…</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Shared event</source>
        <translation>Bendras renginys</translation>
    </message>
    <message>
        <source>joined at {0}</source>
        <translation>prisijungta {0}</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>serveris {0}</translation>
    </message>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>Registration desk, badges and B2B meetings for matchmaking forums</source>
        <translation>Registracija, ženkleliai ir B2B susitikimai kontaktų mugėms</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Naujas renginys…</translation>
    </message>
    <message>
        <source>Open event…</source>
        <translation>Atverti renginį…</translation>
    </message>
    <message>
        <source>Connect to shared database…</source>
        <translation>Prisijungti prie bendros duomenų bazės…</translation>
    </message>
    <message>
        <source>Join a shared event…</source>
        <translation>Prisijungti prie bendro renginio…</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Atverti demonstracinį renginį</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Remove the selected event from the recent list</source>
        <translation>Pašalinti pasirinktą renginį iš paskutinių sąrašo</translation>
    </message>
    <message>
        <source>Events you open will be listed here.</source>
        <translation>Čia bus rodomi jūsų atverti renginiai.</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Paskutiniai renginiai</translation>
    </message>
    <message>
        <source>Version {0} · works fully offline</source>
        <translation>Versija {0} · veikia visiškai be interneto</translation>
    </message>
    <message>
        <source>New to ClusterDesk?</source>
        <translation>Pirmą kartą naudojate ClusterDesk?</translation>
    </message>
    <message>
        <source>Try everything on a demo forum with participants, badges and B2B meetings already set up, and take a two-minute tour of the pages.</source>
        <translation>Išbandykite viską demonstracinėje mugėje, kurioje jau yra dalyviai, ženkleliai ir B2B susitikimai, ir per dvi minutes susipažinkite su puslapiais.</translation>
    </message>
    <message>
        <source>Open the demo and take the tour</source>
        <translation>Atverti demonstracinį renginį ir pradėti turą</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ne dabar</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nerastas)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Naujas renginys…</translation>
    </message>
    <message>
        <source>&amp;Open event…</source>
        <translation>&amp;Atverti renginį…</translation>
    </message>
    <message>
        <source>&amp;Connect to shared database…</source>
        <translation>&amp;Prisijungti prie bendros duomenų bazės…</translation>
    </message>
    <message>
        <source>Open the &amp;demo event</source>
        <translation>Atverti &amp;demonstracinį renginį</translation>
    </message>
    <message>
        <source>&amp;Share this event on the network…</source>
        <translation>&amp;Bendrinti šį renginį tinkle…</translation>
    </message>
    <message>
        <source>&amp;Join a shared event…</source>
        <translation>P&amp;risijungti prie bendro renginio…</translation>
    </message>
    <message>
        <source>&amp;Import participants or requests…</source>
        <translation>&amp;Importuoti dalyvius ar prašymus…</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>A&amp;tsarginė kopija…</translation>
    </message>
    <message>
        <source>&amp;Close event</source>
        <translation>&amp;Užverti renginį</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti darbą</translation>
    </message>
    <message>
        <source>&amp;About ClusterDesk</source>
        <translation>&amp;Apie ClusterDesk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Spartieji klavišai…</translation>
    </message>
    <message>
        <source>&amp;Guided tour</source>
        <translation>&amp;Pažintinis turas</translation>
    </message>
    <message>
        <source>&amp;Big screen for the room…</source>
        <translation>&amp;Didysis ekranas salei…</translation>
    </message>
    <message>
        <source>Event &amp;settings…</source>
        <translation>Renginio &amp;nuostatos…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Nuostatos…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>A&amp;tkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Paskutiniai &amp;renginiai</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodymas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nuostatos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistemos kalba</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
</context>
<context>
    <name>WindowSharing</name>
    <message>
        <source>Sharing on {0}</source>
        <translation>Bendrinama adresu {0}</translation>
    </message>
    <message>
        <source>Sharing stopped</source>
        <translation>Bendrinimas baigtas</translation>
    </message>
    <message>
        <source>The event is back in its file:
{0}</source>
        <translation>Renginys grąžintas į savo failą:
{0}</translation>
    </message>
    <message>
        <source>The file as it was before sharing is kept as
{0}</source>
        <translation>Failas, koks buvo prieš bendrinimą, išsaugotas kaip
{0}</translation>
    </message>
    <message>
        <source>Shared event</source>
        <translation>Bendras renginys</translation>
    </message>
    <message>
        <source>This event is shared on the network: the desks work on it at this computer.</source>
        <translation>Šis renginys bendrinamas tinkle: punktai dirba su juo šiame kompiuteryje.</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Tęsti bendrinimą</translation>
    </message>
    <message>
        <source>Resuming starts the sharing server again on the same address and port, so the desks reconnect by themselves. To bring the event back into its file, resume and then choose Stop sharing.</source>
        <translation>Tęsiant bendrinimo serveris vėl paleidžiamas tuo pačiu adresu ir prievadu, todėl punktai prisijungia patys. Norėdami grąžinti renginį į jo failą, tęskite bendrinimą ir tada pasirinkite „Baigti bendrinti“.</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>{name} has reached the cap of %n meeting(s) in session “{session}”</source>
        <translation>
            <numerusform>{name} pasiekė ribą – %n susitikimą sesijoje „{session}“</numerusform>
            <numerusform>{name} pasiekė ribą – %n susitikimus sesijoje „{session}“</numerusform>
            <numerusform>{name} pasiekė ribą – %n susitikimų sesijoje „{session}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unscheduled %n meeting(s)</source>
        <translation>
            <numerusform>Iš plano išimtas %n susitikimas</numerusform>
            <numerusform>Iš plano išimti %n susitikimai</numerusform>
            <numerusform>Iš plano išimta %n susitikimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too long (at most %n character(s))</source>
        <translation>
            <numerusform>per ilgas (ne daugiau kaip %n simbolis)</numerusform>
            <numerusform>per ilgas (ne daugiau kaip %n simboliai)</numerusform>
            <numerusform>per ilgas (ne daugiau kaip %n simbolių)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s) refused; nothing was changed</source>
        <translation>
            <numerusform>%n rezultatas atmestas; niekas nepakeista</numerusform>
            <numerusform>%n rezultatai atmesti; niekas nepakeista</numerusform>
            <numerusform>%n rezultatų atmesta; niekas nepakeista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the outcome of %n meeting(s)</source>
        <translation>
            <numerusform>Įrašytas %n susitikimo rezultatas</numerusform>
            <numerusform>Įrašyti %n susitikimų rezultatai</numerusform>
            <numerusform>Įrašyta %n susitikimų rezultatų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded the outcome of %n meeting(s) ({unchanged} unchanged)</source>
        <translation>
            <numerusform>Įrašytas %n susitikimo rezultatas (nepakeista: {unchanged})</numerusform>
            <numerusform>Įrašyti %n susitikimų rezultatai (nepakeista: {unchanged})</numerusform>
            <numerusform>Įrašyta %n susitikimų rezultatų (nepakeista: {unchanged})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored the outcome of %n meeting(s)</source>
        <translation>
            <numerusform>Atkurtas %n susitikimo rezultatas</numerusform>
            <numerusform>Atkurti %n susitikimų rezultatai</numerusform>
            <numerusform>Atkurta %n susitikimų rezultatų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is absent: %n meeting(s) freed, {placed} re-placed, {moved} moved</source>
        <translation>
            <numerusform>{name} nedalyvauja: atlaisvintas %n susitikimas, perplanuota: {placed}, perkelta: {moved}</numerusform>
            <numerusform>{name} nedalyvauja: atlaisvinti %n susitikimai, perplanuota: {placed}, perkelta: {moved}</numerusform>
            <numerusform>{name} nedalyvauja: atlaisvinta %n susitikimų, perplanuota: {placed}, perkelta: {moved}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Next meeting %1 · table %2 · with %3</source>
        <translation>Kitas susitikimas %1 · stalas %2 · su %3</translation>
    </message>
    <message>
        <source>CHECKED IN — ATTENTION</source>
        <translation>UŽREGISTRUOTA – DĖMESIO</translation>
    </message>
    <message>
        <source>CHECKED IN</source>
        <translation>UŽREGISTRUOTA</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>WELCOME BACK (RE-ENTRY)</source>
        <translation>SU SUGRĮŽIMU (PAKARTOTINIS ĮĖJIMAS)</translation>
    </message>
    <message>
        <source>ALREADY CHECKED IN</source>
        <translation>JAU UŽREGISTRUOTA</translation>
    </message>
    <message>
        <source>First check-in at %1 · %2</source>
        <translation>Pirmą kartą užregistruota %1 · %2</translation>
    </message>
    <message>
        <source>REJECTED</source>
        <translation>ATMESTA</translation>
    </message>
    <message>
        <source>The check-in of %1 at desk %2 was taken back.</source>
        <translation>Atvykimo registracija %1 punkte %2 atšaukta.</translation>
    </message>
    <message>
        <source>CHECK-IN UNDONE</source>
        <translation>REGISTRACIJA ATŠAUKTA</translation>
    </message>
    <message>
        <source>CHECKED OUT</source>
        <translation>IŠĖJO</translation>
    </message>
    <message>
        <source>NOT DONE</source>
        <translation>NEATLIKTA</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>ClusterDesk</source>
        <translation>ClusterDesk</translation>
    </message>
    <message>
        <source>The details list every problem found.</source>
        <translation>Išsamioje informacijoje išvardytos visos rastos problemos.</translation>
    </message>
</context>
<context>
    <name>onsite</name>
    <message>
        <source>Absent: %1</source>
        <translation>Nedalyvauja: %1</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 nedalyvauja</translation>
    </message>
    <message>
        <source>From now</source>
        <translation>Nuo dabar</translation>
    </message>
    <message>
        <source>Re-place the freed partners&apos; waiting requests in free cells</source>
        <translation>Atlaisvintų partnerių laukiančius prašymus įtraukti į laisvus langelius</translation>
    </message>
    <message>
        <source>Other meetings may move to make room (one per request)</source>
        <translation>Kiti susitikimai gali būti perkelti, kad atsirastų vietos (po vieną prašymui)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nedalyvauja</translation>
    </message>
    <message>
        <source>Working out what changes…</source>
        <translation>Skaičiuojama, kas pasikeis…</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Pažymėti nedalyvaujančiu</translation>
    </message>
    <message>
        <source>Reprint changed agendas…</source>
        <translation>Spausdinti pasikeitusias darbotvarkes…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Kas pasikeis:</translation>
    </message>
    <message>
        <source>Nothing is changed until you press “Mark absent”; Ctrl+Z on the grid undoes it.</source>
        <translation>Niekas nekeičiama, kol nepaspausite „Pažymėti nedalyvaujančiu“; Ctrl+Z tinklelyje tai atšaukia.</translation>
    </message>
    <message>
        <source>Marking absent…</source>
        <translation>Žymima, kad nedalyvauja…</translation>
    </message>
    <message>
        <source>Done. Ctrl+Z on the Meetings page (or Undo) puts everything back as it was.</source>
        <translation>Atlikta. Ctrl+Z susitikimų puslapyje (arba Atšaukti) viską grąžina kaip buvo.</translation>
    </message>
    <message>
        <source>Not here yet</source>
        <translation>Dar neatvykę</translation>
    </message>
    <message>
        <source>Meetings from this time on (event time)</source>
        <translation>Susitikimai nuo šio laiko (renginio laiku)</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Kitas turas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Not checked in, with meetings from</source>
        <translation>Neatvykę, turintys susitikimų nuo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Pirmas susitikimas</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Their meetings</source>
        <translation>Šio dalyvio susitikimai</translation>
    </message>
    <message>
        <source>Select a person to see how to reach them.</source>
        <translation>Pasirinkite žmogų, kad pamatytumėte, kaip su juo susisiekti.</translation>
    </message>
    <message>
        <source>Go to person</source>
        <translation>Rodyti žmogų</translation>
    </message>
    <message>
        <source>Show their meetings on the grid (Enter)</source>
        <translation>Rodyti jo susitikimus tinklelyje (Enter)</translation>
    </message>
    <message>
        <source>Copy phone</source>
        <translation>Kopijuoti telefoną</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>El. laiškas…</translation>
    </message>
    <message>
        <source>Mark absent…</source>
        <translation>Pažymėti nedalyvaujančiu…</translation>
    </message>
    <message>
        <source>Free their meetings and re-place their partners (Ctrl+Shift+A)</source>
        <translation>Atlaisvinti jo susitikimus ir perplanuoti partnerius (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <source>%1 not here</source>
        <translation>Neatvykę: %1</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>Įveskite vardą…</translation>
    </message>
    <message>
        <source>Walk-in meeting</source>
        <translation>Susitikimas vietoje</translation>
    </message>
    <message>
        <source>First person</source>
        <translation>Pirmas žmogus</translation>
    </message>
    <message>
        <source>Second person</source>
        <translation>Antras žmogus</translation>
    </message>
    <message>
        <source>Choose two people.</source>
        <translation>Pasirinkite du žmones.</translation>
    </message>
    <message>
        <source>Book this round</source>
        <translation>Užsakyti šį turą</translation>
    </message>
    <message>
        <source>Print their agendas…</source>
        <translation>Spausdinti jų darbotvarkes…</translation>
    </message>
    <message>
        <source>Undo booking</source>
        <translation>Atšaukti užsakymą</translation>
    </message>
    <message>
        <source>Rounds to come where both are free (the first is chosen):</source>
        <translation>Būsimi turai, kai abu laisvi (pasirinktas pirmasis):</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>Pasirinkite du skirtingus žmones.</translation>
    </message>
    <message>
        <source>Looking for free rounds…</source>
        <translation>Ieškoma laisvų turų…</translation>
    </message>
    <message>
        <source>%1–%2 · table %3 · %4 tables free · %5</source>
        <translation>%1–%2 · stalas %3 · laisvų stalų: %4 · %5</translation>
    </message>
    <message>
        <source>These two have a meeting already.</source>
        <translation>Šie du jau turi susitikimą.</translation>
    </message>
    <message>
        <source>No round to come has room for both: %1</source>
        <translation>Nė viename būsimame ture nėra vietos abiem: %1</translation>
    </message>
    <message>
        <source>Press “Book this round”, or Enter on a round.</source>
        <translation>Spauskite „Užsakyti šį turą“ arba Enter ant turo.</translation>
    </message>
    <message>
        <source>Something else was changed since; undo it on the Meetings page.</source>
        <translation>Nuo to laiko buvo pakeista kas nors kita; atšaukite tai susitikimų puslapyje.</translation>
    </message>
    <message>
        <source>The booking was taken back.</source>
        <translation>Užsakymas atšauktas.</translation>
    </message>
    <message>
        <source>%1–%2 · Table %3
%4 — %5</source>
        <translation>%1–%2 · Stalas %3
%4 — %5</translation>
    </message>
    <message>
        <source>Booked: show or print the slip for both.</source>
        <translation>Užsakyta: parodykite arba atspausdinkite lapelį abiem.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>atvyko</translation>
    </message>
    <message>
        <source>not here yet</source>
        <translation>dar neatvyko</translation>
    </message>
    <message>
        <source>%1 · table %2 · with %3 — %4</source>
        <translation>%1 · stalas %2 · su %3 — %4</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>telefono numerio nėra</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>el. pašto adreso nėra</translation>
    </message>
    <message>
        <source>Phone: %1
E-mail: %2</source>
        <translation>Telefonas: %1
El. paštas: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <source>no-show (the round had begun)</source>
        <translation>neatvyko (turas buvo prasidėjęs)</translation>
    </message>
    <message>
        <source>%1 is checked in: absent from %2 means they left.</source>
        <translation>%1 yra atvykęs: nedalyvavimas nuo %2 reiškia, kad išėjo.</translation>
    </message>
    <message>
        <source>No meeting of %1 remains from %2.</source>
        <translation>Nuo %2 %1 neturi likusių susitikimų.</translation>
    </message>
    <message>
        <source>✗ %1 · table %2 · with %3: %4</source>
        <translation>✗ %1 · stalas %2 · su %3: %4</translation>
    </message>
    <message>
        <source>＋ %1 · table %2 · %3 — %4 (re-placed)</source>
        <translation>＋ %1 · stalas %2 · %3 — %4 (perplanuota)</translation>
    </message>
    <message>
        <source>↷ %1 — %2 moves from %3 (%4) to %5 (%6)</source>
        <translation>↷ %1 — %2 perkeliamas iš %3 (%4) į %5 (%6)</translation>
    </message>
    <message>
        <source>… %1 — %2 stays waiting: %3</source>
        <translation>… %1 — %2 lieka laukti: %3</translation>
    </message>
    <message>
        <source>The freed partners have no waiting requests to re-place.</source>
        <translation>Atlaisvinti partneriai neturi laukiančių prašymų, kuriuos reikėtų perplanuoti.</translation>
    </message>
    <message>
        <source>Agendas to reprint (%1): %2</source>
        <translation>Spausdintinos darbotvarkės (%1): %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Apžvalga</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registracija</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinimas</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportas</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>table {table} at {time}</source>
        <translation>stalas {table}, {time}</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>suplanuotas</translation>
    </message>
    <message>
        <source>held</source>
        <translation>įvykęs</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>neįvykęs (neatvyko)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <source>the request is limited to session “{session}”</source>
        <translation>prašymas apribotas sesija „{session}“</translation>
    </message>
    <message>
        <source>the request is limited to another session</source>
        <translation>prašymas apribotas kita sesija</translation>
    </message>
    <message>
        <source>{name} is not available at this time</source>
        <translation>{name} šiuo metu negali</translation>
    </message>
    <message>
        <source>{name} has another meeting in this slot</source>
        <translation>{name} šiuo laiku turi kitą susitikimą</translation>
    </message>
    <message>
        <source>{name} has another meeting in this slot (table {table})</source>
        <translation>{name} šiuo laiku turi kitą susitikimą (stalas {table})</translation>
    </message>
    <message>
        <source>{name} meets only at their own table {table}</source>
        <translation>{name} susitinka tik prie savo stalo {table}</translation>
    </message>
    <message>
        <source>table {table} is reserved for {names}</source>
        <translation>stalas {table} rezervuotas: {names}</translation>
    </message>
    <message>
        <source>this slot no longer exists</source>
        <translation>šio laiko tarpo nebėra</translation>
    </message>
    <message>
        <source>this table no longer exists</source>
        <translation>šio stalo nebėra</translation>
    </message>
    <message>
        <source>table {table} is taken in this slot by {who}</source>
        <translation>stalas {table} šiuo laiku užimtas: {who}</translation>
    </message>
    <message>
        <source>table {table} is taken by {who}</source>
        <translation>stalas {table} užimtas: {who}</translation>
    </message>
    <message>
        <source>the meeting there ({who}) has taken place</source>
        <translation>ten esantis susitikimas ({who}) jau įvyko</translation>
    </message>
    <message>
        <source>swap: {who} cannot move: {why}</source>
        <translation>sukeisti negalima: {who} negali būti perkelti: {why}</translation>
    </message>
    <message>
        <source>the two meetings can swap places</source>
        <translation>abu susitikimus galima sukeisti vietomis</translation>
    </message>
    <message>
        <source>Another desk changed the same meeting or cell just now; nothing was changed. Look at the grid again and retry.</source>
        <translation>Kitas punktas ką tik pakeitė tą patį susitikimą ar langelį; niekas nepakeista. Peržiūrėkite tinklelį ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>No meeting with id {id} (it may have been removed meanwhile)</source>
        <translation>Susitikimo, kurio ID {id}, nėra (galbūt jis ką tik pašalintas)</translation>
    </message>
    <message>
        <source>This meeting is {status}; only scheduled meetings can be moved</source>
        <translation>Šis susitikimas {status}; perkelti galima tik suplanuotus susitikimus</translation>
    </message>
    <message>
        <source>Cannot move {who} to {where}: {why}</source>
        <translation>Negalima perkelti {who} (tikslas: {where}): {why}</translation>
    </message>
    <message>
        <source>Moved {who} to {where}</source>
        <translation>Perkelta: {who} → {where}</translation>
    </message>
    <message>
        <source>A meeting cannot be swapped with itself</source>
        <translation>Susitikimo negalima sukeisti su juo pačiu</translation>
    </message>
    <message>
        <source>Only meetings at a table can be swapped</source>
        <translation>Sukeisti galima tik prie stalų esančius susitikimus</translation>
    </message>
    <message>
        <source>Cannot swap: {who} cannot go to {where}: {why}</source>
        <translation>Sukeisti negalima: {who} negali būti perkelti (tikslas: {where}): {why}</translation>
    </message>
    <message>
        <source>Swapped {who} ({where}) and {other} ({there})</source>
        <translation>Sukeista: {who} ({where}) ir {other} ({there})</translation>
    </message>
    <message>
        <source>Locked the meeting</source>
        <translation>Susitikimas užrakintas</translation>
    </message>
    <message>
        <source>Unlocked the meeting</source>
        <translation>Susitikimas atrakintas</translation>
    </message>
    <message>
        <source>Unknown meeting status “{status}”</source>
        <translation>Nežinoma susitikimo būsena „{status}“</translation>
    </message>
    <message>
        <source>Say who did not come only when marking a no-show</source>
        <translation>Kas neatvyko, nurodykite tik žymėdami neatvykimą</translation>
    </message>
    <message>
        <source>The meeting is {status} already</source>
        <translation>Susitikimas jau {status}</translation>
    </message>
    <message>
        <source>The cell of {who} has been given to another meeting; remove this cancelled meeting and schedule the request again</source>
        <translation>Susitikimo {who} langelis atiduotas kitam susitikimui; pašalinkite šį atšauktą susitikimą ir suplanuokite prašymą iš naujo</translation>
    </message>
    <message>
        <source>Cannot bring {who} back at {where}: {why}</source>
        <translation>Negalima grąžinti {who} (vieta: {where}): {why}</translation>
    </message>
    <message>
        <source>{who}: {status}</source>
        <translation>{who}: {status}</translation>
    </message>
    <message>
        <source>{who}: a no-show ({names} did not come)</source>
        <translation>{who}: neįvyko (neatvyko {names})</translation>
    </message>
    <message>
        <source>Say which meeting or request</source>
        <translation>Nurodykite susitikimą arba prašymą</translation>
    </message>
    <message>
        <source>No meeting request with id {id}</source>
        <translation>Susitikimo prašymo, kurio ID {id}, nėra</translation>
    </message>
    <message>
        <source>The registration of {name} is cancelled</source>
        <translation>{name} registracija atšaukta</translation>
    </message>
    <message>
        <source>{who} already meet at {where}</source>
        <translation>{who} jau susitinka: {where}</translation>
    </message>
    <message>
        <source>No free cell for {who}: {why}</source>
        <translation>Nėra laisvo langelio susitikimui {who}: {why}</translation>
    </message>
    <message>
        <source>Cannot place {who} at {where}: {why}</source>
        <translation>Negalima įtraukti {who} (vieta: {where}): {why}</translation>
    </message>
    <message>
        <source>Added {who} at {where}</source>
        <translation>Pridėta: {who}, {where}</translation>
    </message>
    <message>
        <source>Say which request, or which two participants, should meet</source>
        <translation>Nurodykite prašymą arba kurie du dalyviai turi susitikti</translation>
    </message>
    <message>
        <source>A participant cannot meet themselves</source>
        <translation>Dalyvis negali susitikti pats su savimi</translation>
    </message>
    <message>
        <source>No participant with id {id}</source>
        <translation>Dalyvio, kurio ID {id}, nėra</translation>
    </message>
    <message>
        <source>This meeting has taken place (held or no-show); it stays on record</source>
        <translation>Šis susitikimas jau praėjo (įvyko arba neatvyko); jis lieka įrašuose</translation>
    </message>
    <message>
        <source>This meeting is locked; unlock it first</source>
        <translation>Šis susitikimas užrakintas; pirmiausia jį atrakinkite</translation>
    </message>
    <message>
        <source>Unscheduled {who} ({where})</source>
        <translation>Išimta iš plano: {who} ({where})</translation>
    </message>
    <message>
        <source>Only meetings added by hand can be deleted; unschedule a requested meeting instead (its request then waits to be placed)</source>
        <translation>Pašalinti galima tik rankiniu būdu pridėtus susitikimus; prašyto susitikimo vietoj to išimkite iš plano (tada jo prašymas lauks, kol bus suplanuotas)</translation>
    </message>
    <message>
        <source>Deleted the meeting {who}</source>
        <translation>Susitikimas pašalintas: {who}</translation>
    </message>
    <message>
        <source>the meeting request was removed</source>
        <translation>susitikimo prašymas pašalintas</translation>
    </message>
    <message>
        <source>the meeting request is {status} now</source>
        <translation>susitikimo prašymo būsena dabar: {status}</translation>
    </message>
    <message>
        <source>the request has a meeting fixed since (locked, held or a no-show)</source>
        <translation>prašymui nuo to laiko paskirtas susitikimas (užrakintas, įvykęs arba neatvyko)</translation>
    </message>
    <message>
        <source>the registration of {name} is cancelled</source>
        <translation>{name} registracija atšaukta</translation>
    </message>
    <message>
        <source>{who}: {why}</source>
        <translation>{who}: {why}</translation>
    </message>
    <message>
        <source>The session needs a name</source>
        <translation>Sesijai reikia pavadinimo</translation>
    </message>
    <message>
        <source>A session named “{name}” exists already</source>
        <translation>Sesija pavadinimu „{name}“ jau yra</translation>
    </message>
    <message>
        <source>The number of tables cannot be negative</source>
        <translation>Stalų skaičius negali būti neigiamas</translation>
    </message>
    <message>
        <source>The time limit must be a positive number of seconds</source>
        <translation>Laiko riba turi būti teigiamas sekundžių skaičius</translation>
    </message>
    <message>
        <source>There are no B2B slots yet: add a session first</source>
        <translation>Dar nėra B2B laiko tarpų: pirmiausia pridėkite sesiją</translation>
    </message>
    <message>
        <source>There are no meeting tables yet: add tables first</source>
        <translation>Dar nėra susitikimų stalų: pirmiausia pridėkite stalus</translation>
    </message>
    <message>
        <source>The meeting plan was changed at another desk while scheduling; nothing was written. Run the scheduler again.</source>
        <translation>Kol buvo planuojama, susitikimų planą pakeitė kitas punktas; niekas neįrašyta. Planuokite dar kartą.</translation>
    </message>
    <message>
        <source>This registration is cancelled: no badge was printed.</source>
        <translation>Ši registracija atšaukta: ženklelis neatspausdintas.</translation>
    </message>
    <message>
        <source>Another desk registered someone with the e-mail {email} at this very moment; nothing was saved here. Search for them and check them in.</source>
        <translation>Kitas punktas ką tik užregistravo žmogų su el. paštu {email}; čia niekas neįrašyta. Suraskite jį paieška ir užregistruokite atvykimą.</translation>
    </message>
    <message>
        <source>Another desk registered the same person at this very moment; nothing was saved here. Search for them and check them in.</source>
        <translation>Kitas punktas ką tik užregistravo tą patį žmogų; čia niekas neįrašyta. Suraskite jį paieška ir užregistruokite atvykimą.</translation>
    </message>
    <message>
        <source>Someone with the e-mail {email} is already registered</source>
        <translation>Žmogus su el. paštu {email} jau užregistruotas</translation>
    </message>
    <message>
        <source>Someone else already uses the e-mail {email}</source>
        <translation>El. paštą {email} jau naudoja kitas žmogus</translation>
    </message>
    <message>
        <source>The backup {file} cannot be read ({why})</source>
        <translation>Atsarginės kopijos {file} nepavyksta perskaityti ({why})</translation>
    </message>
    <message>
        <source>{file} is the event itself, not a backup of it</source>
        <translation>{file} yra pats renginys, o ne jo atsarginė kopija</translation>
    </message>
    <message>
        <source>The restored event {file} failed its integrity check ({why})</source>
        <translation>Atkurtas renginys {file} neišlaikė vientisumo patikros ({why})</translation>
    </message>
    <message>
        <source>no common free slot</source>
        <translation>nėra bendro laisvo laiko</translation>
    </message>
    <message>
        <source>a participant&apos;s meeting cap is reached</source>
        <translation>dalyvis pasiekė susitikimų ribą</translation>
    </message>
    <message>
        <source>no free table</source>
        <translation>nėra laisvo stalo</translation>
    </message>
    <message>
        <source>not placed (no room left in the common free slots)</source>
        <translation>nesuplanuota (bendrame laisvame laike nebeliko vietos)</translation>
    </message>
    <message>
        <source>unknown participant</source>
        <translation>nežinomas dalyvis</translation>
    </message>
    <message>
        <source>not placed yet; there is room</source>
        <translation>dar nesuplanuota; vietos yra</translation>
    </message>
    <message>
        <source>the meeting was cancelled</source>
        <translation>susitikimas atšauktas</translation>
    </message>
    <message>
        <source>a registration was cancelled</source>
        <translation>registracija atšaukta</translation>
    </message>
    <message>
        <source>no round to come has a free table for both</source>
        <translation>nė viename būsimame ture nėra laisvo stalo abiem</translation>
    </message>
    <message>
        <source>row {row}: {what}</source>
        <translation>Eilutė {row}: {what}</translation>
    </message>
    <message>
        <source>Unknown badge: this code is not registered for this event.</source>
        <translation>Nežinomas ženklelis: šis kodas šiame renginyje neužregistruotas.</translation>
    </message>
    <message>
        <source>Not a badge code. Scan the QR code on the badge, or type a name.</source>
        <translation>Tai ne ženklelio kodas. Nuskaitykite ženklelio QR kodą arba įveskite vardą.</translation>
    </message>
    <message>
        <source>Altered or forged badge code (the check digits do not match).</source>
        <translation>Pakeistas arba suklastotas ženklelio kodas (nesutampa kontroliniai skaitmenys).</translation>
    </message>
    <message>
        <source>This badge belongs to another event.</source>
        <translation>Šis ženklelis priklauso kitam renginiui.</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>Ši registracija atšaukta.</translation>
    </message>
    <message>
        <source>This person is no longer in the event.</source>
        <translation>Šio žmogaus renginyje nebėra.</translation>
    </message>
    <message>
        <source>This person is not checked in.</source>
        <translation>Šio žmogaus atvykimas neužregistruotas.</translation>
    </message>
    <message>
        <source>unknown badge</source>
        <translation>nežinomas ženklelis</translation>
    </message>
    <message>
        <source>not a badge code</source>
        <translation>ne ženklelio kodas</translation>
    </message>
    <message>
        <source>altered badge</source>
        <translation>pakeistas ženklelis</translation>
    </message>
    <message>
        <source>another event&apos;s badge</source>
        <translation>kito renginio ženklelis</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>neužregistruotas</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>nežinomas žmogus</translation>
    </message>
    <message>
        <source>re-entry</source>
        <translation>pakartotinis įėjimas</translation>
    </message>
    <message>
        <source>insufficient interest</source>
        <translation>nesudomino</translation>
    </message>
    <message>
        <source>informative, no cooperation planned</source>
        <translation>informatyvus, bendradarbiauti neplanuojama</translation>
    </message>
    <message>
        <source>cooperation possible</source>
        <translation>galimas bendradarbiavimas</translation>
    </message>
    <message>
        <source>agreement reached</source>
        <translation>pasiektas susitarimas</translation>
    </message>
    <message>
        <source>Unknown outcome rating “{rating}”</source>
        <translation>Nežinomas susitikimo įvertinimas „{rating}“</translation>
    </message>
    <message>
        <source>Only a held meeting is rated; a no-show or a cancelled meeting did not take place</source>
        <translation>Vertinamas tik įvykęs susitikimas; neatvykus ar atšaukus susitikimas neįvyko</translation>
    </message>
    <message>
        <source>{summary}, {rating}</source>
        <translation>{summary}, {rating}</translation>
    </message>
    <message>
        <source>Unknown outcome rating “{text}”: use one of did not take place, insufficient interest, informative, cooperation possible, agreement reached</source>
        <translation>Nežinomas susitikimo įvertinimas „{text}“: naudokite vieną iš: neįvyko, nesudomino, informatyvus, galimas bendradarbiavimas, pasiektas susitarimas</translation>
    </message>
    <message>
        <source>Unknown meeting status “{text}”: use held, no-show or cancelled</source>
        <translation>Nežinoma susitikimo būsena „{text}“: naudokite įvyko, neatvyko arba atšauktas</translation>
    </message>
    <message>
        <source>A held meeting took place: rate how it went instead</source>
        <translation>Susitikimas pažymėtas kaip įvykęs: įvertinkite, kaip jis praėjo, o ne „neįvyko“</translation>
    </message>
    <message>
        <source>No outcomes to record</source>
        <translation>Nėra rezultatų, kuriuos reikėtų įrašyti</translation>
    </message>
    <message>
        <source>meeting {id} is given already in row {row}</source>
        <translation>susitikimas {id} jau nurodytas eilutėje {row}</translation>
    </message>
    <message>
        <source>no column for the meeting: give meeting_id, or email_a and email_b; found {found}</source>
        <translation>nėra susitikimo stulpelio: nurodykite meeting_id arba email_a ir email_b; rasta: {found}</translation>
    </message>
    <message>
        <source>no status or rating column: nothing to record</source>
        <translation>nėra būsenos ar įvertinimo stulpelio: nėra ką įrašyti</translation>
    </message>
    <message>
        <source>no rows below the header</source>
        <translation>po antrašte nėra eilučių</translation>
    </message>
    <message>
        <source>no status and no rating</source>
        <translation>nėra nei būsenos, nei įvertinimo</translation>
    </message>
    <message>
        <source>who did not come is “{text}”: use a, b or both</source>
        <translation>kas neatvyko, nurodyta „{text}“: naudokite a, b arba both</translation>
    </message>
    <message>
        <source>the meeting id “{text}” is not a number</source>
        <translation>susitikimo ID „{text}“ nėra skaičius</translation>
    </message>
    <message>
        <source>give the meeting id or both participants&apos; e-mail addresses</source>
        <translation>nurodykite susitikimo ID arba abiejų dalyvių el. pašto adresus</translation>
    </message>
    <message>
        <source>nobody is registered with the e-mail {email}</source>
        <translation>nė vienas dalyvis neužregistruotas su el. paštu {email}</translation>
    </message>
    <message>
        <source>{a} and {b} have no meeting</source>
        <translation>{a} ir {b} neturi susitikimo</translation>
    </message>
    <message>
        <source>{a} and {b} have several meetings ({ids}): give the meeting id</source>
        <translation>{a} ir {b} turi kelis susitikimus ({ids}): nurodykite susitikimo ID</translation>
    </message>
    <message>
        <source>no column for {field}; found {found}. Choose the column for {field} (fields: {fields})</source>
        <translation>nėra stulpelio laukui {field}; rasta: {found}. Pasirinkite stulpelį laukui {field} (laukai: {fields})</translation>
    </message>
    <message>
        <source>no column for {field} (or one full-name column); found {found}. Choose the column for {field} (fields: {fields})</source>
        <translation>nėra stulpelio laukui {field} (ar vieno pilno vardo stulpelio); rasta: {found}. Pasirinkite stulpelį laukui {field} (laukai: {fields})</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {n})</source>
        <translation>per ilgas ({length} simb.; ne daugiau kaip {n})</translation>
    </message>
    <message>
        <source>{email} is already registered in this event (choose to update people matched by e-mail)</source>
        <translation>{email} jau užregistruotas šiame renginyje (pasirinkite atnaujinti pagal el. paštą atpažįstamus žmones)</translation>
    </message>
    <message>
        <source>a name is required (a new participant)</source>
        <translation>reikia vardo (naujam dalyviui)</translation>
    </message>
    <message>
        <source>there is no participant {id} to merge this row into</source>
        <translation>nėra dalyvio {id}, su kuriuo būtų galima sujungti šią eilutę</translation>
    </message>
    <message>
        <source>{email} is also on row {row} of this file</source>
        <translation>{email} taip pat yra šio failo eilutėje {row}</translation>
    </message>
    <message>
        <source>{what} (use YYYY-MM-DD HH:MM-HH:MM; …)</source>
        <translation>{what} (naudokite YYYY-MM-DD HH:MM-HH:MM; …)</translation>
    </message>
    <message>
        <source>“{text}” is not a time (use HH:MM or YYYY-MM-DD HH:MM)</source>
        <translation>„{text}“ nėra laikas (naudokite HH:MM arba YYYY-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>the event has several days: give a date column or YYYY-MM-DD HH:MM</source>
        <translation>renginys trunka kelias dienas: nurodykite datos stulpelį arba YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>“{text}” is not a date (use YYYY-MM-DD)</source>
        <translation>„{text}“ nėra data (naudokite YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>nobody with the e-mail {email} is registered in this event</source>
        <translation>šiame renginyje neužregistruotas nė vienas dalyvis su el. paštu {email}</translation>
    </message>
    <message>
        <source>“{text}” is not a positive whole number</source>
        <translation>„{text}“ nėra teigiamas sveikasis skaičius</translation>
    </message>
    <message>
        <source>a person cannot request a meeting with themselves</source>
        <translation>žmogus negali prašyti susitikimo su savimi</translation>
    </message>
    <message>
        <source>the same request is also on row {row}</source>
        <translation>toks pat prašymas yra ir eilutėje {row}</translation>
    </message>
    <message>
        <source>“{text}” is not a status (use {statuses})</source>
        <translation>„{text}“ nėra būsena (naudokite {statuses})</translation>
    </message>
    <message>
        <source>no B2B session named “{text}” (sessions: {known})</source>
        <translation>nėra B2B sesijos pavadinimu „{text}“ (sesijos: {known})</translation>
    </message>
    <message>
        <source>no B2B session named “{text}” (there are no sessions yet)</source>
        <translation>nėra B2B sesijos pavadinimu „{text}“ (sesijų dar nėra)</translation>
    </message>
    <message>
        <source>{file}, line {line}: a field longer than {n} characters — this is not a table of people, or a quote (&quot;) is not closed</source>
        <translation>{file}, eilutė {line}: laukas ilgesnis nei {n} simbolių — tai ne žmonių lentelė arba neuždaryta kabutė (&quot;)</translation>
    </message>
    <message>
        <source>{file}, line {line}: cannot be read as CSV ({why})</source>
        <translation>{file}, eilutė {line}: nepavyksta perskaityti kaip CSV ({why})</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook: the file is damaged or not really .xlsx ({why}). Open it in Excel or LibreOffice and save it again.</source>
        <translation>{file} nepavyksta perskaityti kaip Excel darbaknygės: failas sugadintas arba iš tikrųjų ne .xlsx ({why}). Atverkite jį Excel ar LibreOffice ir išsaugokite iš naujo.</translation>
    </message>
    <message>
        <source>{file} has no sheet “{sheet}” (sheets: {sheets})</source>
        <translation>{file} neturi lapo „{sheet}“ (lapai: {sheets})</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Failo nėra: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} yra aplankas, ne failas</translation>
    </message>
    <message>
        <source>The shared event&apos;s server needs PostgreSQL {major}, which is no longer installed here. Install PostgreSQL {major} (or reinstall ClusterDesk) to resume sharing.</source>
        <translation>Bendro renginio serveriui reikia PostgreSQL {major}, kuri šiame kompiuteryje nebeįdiegta. Įdiekite PostgreSQL {major} (arba iš naujo įdiekite ClusterDesk), kad galėtumėte tęsti bendrinimą.</translation>
    </message>
    <message>
        <source>No PostgreSQL server programs with TLS were found. Install ClusterDesk with its bundled server or the system&apos;s PostgreSQL.</source>
        <translation>Nerasta PostgreSQL serverio programų su TLS. Įdiekite ClusterDesk kartu su jo serveriu arba sistemos PostgreSQL.</translation>
    </message>
    <message>
        <source>{name} is shared on the network, and its server is not running. Resume sharing (open it in ClusterDesk, or `clusterdesk share {path}`), or bring it back into the file with `clusterdesk share {path} --stop`.</source>
        <translation>{name} bendrinamas tinkle, bet jo serveris neveikia. Tęskite bendrinimą (atverkite jį ClusterDesk arba paleiskite `clusterdesk share {path}`) arba grąžinkite renginį į failą komanda `clusterdesk share {path} --stop`.</translation>
    </message>
    <message>
        <source>ClusterDesk runs as root, and PostgreSQL refuses to: it runs the server as the “{account}” account, which does not exist here. Run ClusterDesk as a normal user, or install the postgresql package (it creates the account).</source>
        <translation>ClusterDesk veikia kaip root, o PostgreSQL taip veikti atsisako: serveris paleidžiamas paskyra „{account}“, kurios čia nėra. Paleiskite ClusterDesk kaip įprastas naudotojas arba įdiekite paketą postgresql (jis sukuria šią paskyrą).</translation>
    </message>
    <message>
        <source>Could not prepare the server&apos;s data folder:
{why}</source>
        <translation>Nepavyko paruošti serverio duomenų aplanko:
{why}</translation>
    </message>
    <message>
        <source>The sharing server did not start:
{log}</source>
        <translation>Bendrinimo serveris nepasileido:
{log}</translation>
    </message>
    <message>
        <source>The sharing server did not start: {why}</source>
        <translation>Bendrinimo serveris nepasileido: {why}</translation>
    </message>
    <message>
        <source>The sharing server did not stop: {why}</source>
        <translation>Bendrinimo serveris nesustojo: {why}</translation>
    </message>
    <message>
        <source>This computer is on no network: connect it to the venue network (Wi-Fi or cable) first.</source>
        <translation>Šis kompiuteris neprijungtas prie jokio tinklo: pirmiausia prijunkite jį prie renginio vietos tinklo (Wi-Fi arba laidu).</translation>
    </message>
    <message>
        <source>“{address}” is not an IP address</source>
        <translation>„{address}“ nėra IP adresas</translation>
    </message>
    <message>
        <source>No network interface here has the address {address} (there are: {listed})</source>
        <translation>Šiame kompiuteryje nėra tinklo sąsajos adresu {address} (yra: {listed})</translation>
    </message>
    <message>
        <source>No network interface here has the address {address}</source>
        <translation>Šiame kompiuteryje nėra tinklo sąsajos adresu {address}</translation>
    </message>
    <message>
        <source>No free port between {first} and {last} on {address}</source>
        <translation>Nėra laisvo prievado tarp {first} ir {last} adresu {address}</translation>
    </message>
    <message>
        <source>This event is already shared on port {port}; stop sharing it first to use another port.</source>
        <translation>Šis renginys jau bendrinamas per prievadą {port}; norėdami naudoti kitą prievadą, pirmiausia baikite bendrinimą.</translation>
    </message>
    <message>
        <source>The sharing state {path} is damaged ({why}); remove it.</source>
        <translation>Bendrinimo būsenos failas {path} sugadintas ({why}); pašalinkite jį.</translation>
    </message>
    <message>
        <source>This event is already being shared by another ClusterDesk on this computer. Use that window, or stop it first.</source>
        <translation>Šį renginį jau bendrina kita ClusterDesk programa šiame kompiuteryje. Naudokite tą langą arba pirmiausia ją sustabdykite.</translation>
    </message>
    <message>
        <source>This event is already being shared by another ClusterDesk on this computer (process {pid}). Use that window, or stop it first.</source>
        <translation>Šį renginį jau bendrina kita ClusterDesk programa šiame kompiuteryje (procesas {pid}). Naudokite tą langą arba pirmiausia ją sustabdykite.</translation>
    </message>
    <message>
        <source>The copy into the sharing server is incomplete ({counts}); nothing was changed.</source>
        <translation>Kopija į bendrinimo serverį nepilna ({counts}); niekas nepakeista.</translation>
    </message>
    <message>
        <source>The copy back into the event file is incomplete ({counts}); nothing was changed.</source>
        <translation>Kopija atgal į renginio failą nepilna ({counts}); niekas nepakeista.</translation>
    </message>
    <message>
        <source>The join code is empty: scan the QR code the host shows, or paste it.</source>
        <translation>Prisijungimo kodas tuščias: nuskaitykite QR kodą, kurį rodo pagrindinis kompiuteris, arba įklijuokite kodą.</translation>
    </message>
    <message>
        <source>This join code was made by a newer ClusterDesk: update this desk to join.</source>
        <translation>Šį prisijungimo kodą sukūrė naujesnė ClusterDesk versija: atnaujinkite šį punktą, kad galėtumėte prisijungti.</translation>
    </message>
    <message>
        <source>Not a ClusterDesk join code (it starts with CDJ1-): scan the QR code on the host&apos;s sharing screen.</source>
        <translation>Tai ne ClusterDesk prisijungimo kodas (jis prasideda CDJ1-): nuskaitykite QR kodą pagrindinio kompiuterio bendrinimo ekrane.</translation>
    </message>
    <message>
        <source>The join code was misread or is incomplete (its check does not match): scan it again or copy it whole.</source>
        <translation>Prisijungimo kodas nuskaitytas klaidingai arba nevisas (nesutampa jo kontrolinė suma): nuskaitykite jį dar kartą arba nukopijuokite visą.</translation>
    </message>
    <message>
        <source>The computer at {place} is not the host this join code was made for: its certificate ({found}) does not match the code ({expected}). Scan the code the host shows now; if it is the same, someone else answers at that address. Nothing was opened.</source>
        <translation>Kompiuteris adresu {place} nėra tas pagrindinis kompiuteris, kuriam sukurtas šis prisijungimo kodas: jo sertifikatas ({found}) neatitinka kodo ({expected}). Nuskaitykite kodą, kurį pagrindinis kompiuteris rodo dabar; jei jis toks pat, tuo adresu atsako kažkas kitas. Niekas neatverta.</translation>
    </message>
    <message>
        <source>Type the address as the host shows it, e.g. 192.168.1.20:54329 (not “{address}”)</source>
        <translation>Įveskite adresą taip, kaip jį rodo pagrindinis kompiuteris, pvz., 192.168.1.20:54329 (ne „{address}“)</translation>
    </message>
    <message>
        <source>The certificate check has letters and digits only (ABCD-EFGH-…)</source>
        <translation>Sertifikato patikrą sudaro tik raidės ir skaitmenys (ABCD-EFGH-…)</translation>
    </message>
    <message>
        <source>Type the whole certificate check the host shows (16 characters)</source>
        <translation>Įveskite visą sertifikato patikrą, kurią rodo pagrindinis kompiuteris (16 simbolių)</translation>
    </message>
    <message>
        <source>The host at {place} refused the password. Passwords change each time the host shares anew: scan the code the host shows now.</source>
        <translation>Pagrindinis kompiuteris adresu {place} nepriėmė slaptažodžio. Slaptažodis keičiasi kaskart, kai pagrindinis kompiuteris pradeda bendrinti iš naujo: nuskaitykite kodą, kurį jis rodo dabar.</translation>
    </message>
    <message>
        <source>The host at {place} only admits desks from its own network, and this desk is not on it: connect to the venue network the host uses.</source>
        <translation>Pagrindinis kompiuteris adresu {place} įsileidžia tik savo tinklo punktus, o šis punktas ne tame tinkle: prisijunkite prie renginio vietos tinklo, kurį naudoja pagrindinis kompiuteris.</translation>
    </message>
    <message>
        <source>The host at {place} presented another certificate than when this desk joined: join again with the code the host shows now.</source>
        <translation>Pagrindinis kompiuteris adresu {place} pateikė kitą sertifikatą nei tada, kai šis punktas prisijungė: prisijunkite iš naujo su kodu, kurį jis rodo dabar.</translation>
    </message>
    <message>
        <source>The host at {place} runs a newer ClusterDesk (event schema {schema}; this desk knows {head}). Update ClusterDesk on this desk to join. Nothing was changed.</source>
        <translation>Pagrindiniame kompiuteryje adresu {place} veikia naujesnė ClusterDesk versija (renginio schema {schema}; šis punktas žino {head}). Atnaujinkite ClusterDesk šiame punkte, kad galėtumėte prisijungti. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>The host at {place} runs an older ClusterDesk (event schema {schema}; this desk has {head}). Use the same version on the host and every desk. Nothing was changed.</source>
        <translation>Pagrindiniame kompiuteryje adresu {place} veikia senesnė ClusterDesk versija (renginio schema {schema}; šiame punkte – {head}). Pagrindiniame kompiuteryje ir visuose punktuose naudokite tą pačią versiją. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Cannot open the shared event at {place}: {why}</source>
        <translation>Nepavyko atverti bendro renginio adresu {place}: {why}</translation>
    </message>
    <message>
        <source>The server at {place} does not offer TLS: it is not a ClusterDesk host.</source>
        <translation>Serveris adresu {place} nesiūlo TLS: tai ne ClusterDesk pagrindinis kompiuteris.</translation>
    </message>
    <message>
        <source>No answer from {place}: check that this desk is on the host&apos;s network and that the host is still sharing.</source>
        <translation>Nėra atsakymo iš {place}: patikrinkite, ar šis punktas yra pagrindinio kompiuterio tinkle ir ar pagrindinis kompiuteris vis dar bendrina.</translation>
    </message>
    <message>
        <source>Nothing listens at {place}: the host is not sharing (or uses another port).</source>
        <translation>Adresu {place} niekas neklauso: pagrindinis kompiuteris nebendrina (arba naudoja kitą prievadą).</translation>
    </message>
    <message>
        <source>Cannot reach {place}: {why}</source>
        <translation>Nepavyksta pasiekti {place}: {why}</translation>
    </message>
    <message>
        <source>The server at {place} sent no certificate.</source>
        <translation>Serveris adresu {place} neatsiuntė sertifikato.</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>renginys</translation>
    </message>
    <message>
        <source>the database server ({where})</source>
        <translation>duomenų bazės serveris ({where})</translation>
    </message>
    <message>
        <source>the database {where}</source>
        <translation>duomenų bazė {where}</translation>
    </message>
    <message>
        <source>The database {where}</source>
        <translation>Duomenų bazė {where}</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>įvesties / išvesties klaida</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>ryšys nutrūko</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing was saved. Free some space and try again.</source>
        <translation>Diskas, kuriame yra {where}, pilnas: niekas neįrašyta. Atlaisvinkite vietos ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>{where} is read-only (file permissions or a read-only disk): nothing was saved. Copy the event to a folder you can write to, or ask for write access.</source>
        <translation>{where} – tik skaityti (failo teisės arba tik skaitomas diskas): niekas neįrašyta. Nukopijuokite renginį į aplanką, į kurį galite rašyti, arba paprašykite rašymo teisių.</translation>
    </message>
    <message>
        <source>ClusterDesk may not open {where} (permission denied). Ask the file&apos;s owner for access, or open a copy you own.</source>
        <translation>ClusterDesk neleidžiama atverti: {where} (prieiga uždrausta). Paprašykite failo savininko prieigos arba atverkite savo kopiją.</translation>
    </message>
    <message>
        <source>The event is busy at another desk or program ({where}): it stayed locked for more than {seconds} s. Nothing was changed; try again.</source>
        <translation>Renginys užimtas kitame punkte ar programoje ({where}): jis liko užrakintas ilgiau nei {seconds} s. Niekas nepakeista; bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The database server {where} is not reachable ({why}). Nothing was confirmed: try again when it is back.</source>
        <translation>Duomenų bazės serveris {where} nepasiekiamas ({why}). Niekas nepatvirtinta: bandykite dar kartą, kai jis vėl veiks.</translation>
    </message>
    <message>
        <source>A disk error while using {where} ({why}); nothing was saved.</source>
        <translation>Disko klaida ({where}: {why}); niekas neįrašyta.</translation>
    </message>
    <message>
        <source>{where} cannot be opened: the file or its folder cannot be read or written (permissions, a missing folder or a read-only disk). Nothing was changed.</source>
        <translation>Nepavyksta atverti: {where}. Failo ar jo aplanko negalima skaityti arba į jį rašyti (teisės, trūkstamas aplankas arba tik skaitomas diskas). Niekas nepakeista.</translation>
    </message>
    <message>
        <source>{damage} {then}</source>
        <translation>{damage} {then}</translation>
    </message>
    <message>
        <source>The event file {path} is damaged; nothing was changed.</source>
        <translation>Renginio failas {path} sugadintas; niekas nepakeista.</translation>
    </message>
    <message>
        <source>The event file {path} is damaged (SQLite: {detail}); nothing was changed.</source>
        <translation>Renginio failas {path} sugadintas (SQLite: {detail}); niekas nepakeista.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} (saved {when}): open that instead.</source>
        <translation>Naujausia tvarkinga atsarginė kopija – {backup} (įrašyta {when}): atverkite ją.</translation>
    </message>
    <message>
        <source>No intact backup of it was found; restore it from a copy you keep.</source>
        <translation>Nerasta nė vienos nepažeistos jo atsarginės kopijos; atkurkite jį iš savo turimos kopijos.</translation>
    </message>
    <message>
        <source>No event file at {path}</source>
        <translation>Renginio failo nėra: {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not an event file</source>
        <translation>{path} yra aplankas, o ne renginio failas</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>Nepavyksta perskaityti {path}: {why}</translation>
    </message>
    <message>
        <source>Cannot read {path}</source>
        <translation>Nepavyksta perskaityti: {path}</translation>
    </message>
    <message>
        <source>{path} is not a ClusterDesk event file (not a SQLite database)</source>
        <translation>{path} nėra ClusterDesk renginio failas (ne SQLite duomenų bazė)</translation>
    </message>
    <message>
        <source>{where} cannot be read as an event: {why}</source>
        <translation>{where} neperskaitomas kaip renginys: {why}</translation>
    </message>
    <message>
        <source>{path} is not a ClusterDesk event (no event tables); nothing was changed</source>
        <translation>{path} nėra ClusterDesk renginys (nėra renginio lentelių); niekas nepakeista</translation>
    </message>
    <message>
        <source>{where} is not a ClusterDesk event (no event tables)</source>
        <translation>{where} nėra ClusterDesk renginys (nėra renginio lentelių)</translation>
    </message>
    <message>
        <source>{where} is not a ClusterDesk event (no schema version)</source>
        <translation>{where} nėra ClusterDesk renginys (nėra schemos versijos)</translation>
    </message>
    <message>
        <source>{where} was written by a newer ClusterDesk (schema {schema}); update ClusterDesk to open it. Nothing was changed.</source>
        <translation>{where} įrašytas naujesne ClusterDesk versija (schema {schema}); atnaujinkite ClusterDesk, kad galėtumėte jį atverti. Niekas nepakeista.</translation>
    </message>
    <message>
        <source>{where} holds no event</source>
        <translation>{where} neturi renginio</translation>
    </message>
    <message>
        <source>{path} is not a ClusterDesk event</source>
        <translation>{path} nėra ClusterDesk renginys</translation>
    </message>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Ne duomenų bazės URL: {url}</translation>
    </message>
    <message>
        <source>Unsupported database “{driver}”: use postgresql+psycopg://…</source>
        <translation>Nepalaikoma duomenų bazė „{driver}“: naudokite postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>{where}: the schema update would break references (rows: {n}); nothing was changed</source>
        <translation>{where}: schemos atnaujinimas sugadintų nuorodas (eilučių: {n}); niekas nepakeista</translation>
    </message>
    <message>
        <source>{where} already holds an event</source>
        <translation>{where} jau yra renginys</translation>
    </message>
    <message>
        <source>The backup written to {path} failed its integrity check ({why}); it was removed. The disk may be failing: try another one.</source>
        <translation>Į {path} įrašyta atsarginė kopija nepraėjo vientisumo patikros ({why}); ji pašalinta. Diskas gali gesti: bandykite kitą.</translation>
    </message>
    <message>
        <source>{file} is an old Excel .xls workbook: save it as .xlsx or CSV and import that</source>
        <translation>{file} yra sena Excel .xls darbaknygė: išsaugokite ją kaip .xlsx arba CSV ir importuokite tą failą</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header row and one row per person</source>
        <translation>{file} tuščias: reikia antraštės eilutės ir po eilutę kiekvienam žmogui</translation>
    </message>
    <message>
        <source>{file}: line {line} cannot be read as {encoding} (byte {byte}); choose another encoding</source>
        <translation>{file}: eilutės {line} nepavyksta perskaityti koduote {encoding} (baitas {byte}); pasirinkite kitą koduotę</translation>
    </message>
    <message>
        <source>{file} is not a text file (CSV) or a spreadsheet (XLSX)</source>
        <translation>{file} nėra nei tekstinis failas (CSV), nei skaičiuoklė (XLSX)</translation>
    </message>
    <message>
        <source>{file}: cannot tell the text encoding; choose it (e.g. windows-1257)</source>
        <translation>{file}: nepavyksta nustatyti teksto koduotės; pasirinkite ją (pvz., windows-1257)</translation>
    </message>
    <message>
        <source>Cannot write the skipped rows to {path}: {why}; nothing was imported</source>
        <translation>Nepavyksta įrašyti praleistų eilučių į {path}: {why}; niekas neimportuota</translation>
    </message>
    <message>
        <source>No stored plan with id {id}</source>
        <translation>Nėra išsaugoto plano, kurio ID {id}</translation>
    </message>
    <message>
        <source>No plan has been stored yet: one is kept before every scheduler run</source>
        <translation>Dar neišsaugotas nė vienas planas: jis išsaugomas prieš kiekvieną planavimą</translation>
    </message>
    <message>
        <source>before adding the unscheduled requests</source>
        <translation>prieš įtraukiant nesuplanuotus prašymus</translation>
    </message>
    <message>
        <source>before scheduling selected requests</source>
        <translation>prieš planuojant pasirinktus prašymus</translation>
    </message>
    <message>
        <source>before planning every unlocked meeting anew</source>
        <translation>prieš iš naujo planuojant visus neužrakintus susitikimus</translation>
    </message>
    <message>
        <source>before restoring the plan of {at}</source>
        <translation>prieš atkuriant {at} planą</translation>
    </message>
    <message>
        <source>The event needs a name</source>
        <translation>Renginiui reikia pavadinimo</translation>
    </message>
    <message>
        <source>The event ends ({end}) before it starts ({start})</source>
        <translation>Renginys baigiasi ({end}) anksčiau nei prasideda ({start})</translation>
    </message>
    <message>
        <source>Unknown time zone “{name}” (use a name such as Europe/Vilnius)</source>
        <translation>Nežinoma laiko juosta „{name}“ (naudokite pavadinimą, pvz., Europe/Vilnius)</translation>
    </message>
    <message>
        <source>Unknown language “{language}” (use {choices})</source>
        <translation>Nežinoma kalba „{language}“ (naudokite {choices})</translation>
    </message>
    <message>
        <source>Bad date {what} “{text}”: use YYYY-MM-DD</source>
        <translation>Netinkama data {what} „{text}“: naudokite formatą YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Absence undone</source>
        <translation>Nedalyvavimas atšauktas</translation>
    </message>
    <message>
        <source>A re-placed meeting was changed since; undo it by hand on the grid</source>
        <translation>Perplanuotas susitikimas nuo to laiko pakeistas; atšaukite jį rankiniu būdu tinklelyje</translation>
    </message>
    <message>
        <source>A moved meeting was changed since; undo it by hand on the grid</source>
        <translation>Perkeltas susitikimas nuo to laiko pakeistas; atšaukite jį rankiniu būdu tinklelyje</translation>
    </message>
    <message>
        <source>A freed meeting was changed since; undo it by hand on the grid</source>
        <translation>Atlaisvintas susitikimas nuo to laiko pakeistas; atšaukite jį rankiniu būdu tinklelyje</translation>
    </message>
    <message>
        <source>A cell this undo needs was taken since; nothing was changed</source>
        <translation>Langelis, kurio reikia šiam atšaukimui, nuo to laiko užimtas; niekas nepakeista</translation>
    </message>
    <message>
        <source>One of the people has another meeting in that round now; nothing was changed</source>
        <translation>Vienas iš žmonių dabar tame ture turi kitą susitikimą; niekas nepakeista</translation>
    </message>
    <message>
        <source>Choose two different people</source>
        <translation>Pasirinkite du skirtingus žmones</translation>
    </message>
    <message>
        <source>{a} and {b} already have a meeting</source>
        <translation>{a} ir {b} jau turi susitikimą</translation>
    </message>
    <message>
        <source>No free table for {who} in the rounds to come</source>
        <translation>Būsimuose turuose nėra laisvo stalo susitikimui {who}</translation>
    </message>
    <message>
        <source>No free table for {who} in the rounds to come: {why}</source>
        <translation>Būsimuose turuose nėra laisvo stalo susitikimui {who}: {why}</translation>
    </message>
    <message>
        <source>Give the participant&apos;s e-mail address</source>
        <translation>Nurodykite dalyvio el. pašto adresą</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>reikia vardo</translation>
    </message>
    <message>
        <source>an e-mail address is required</source>
        <translation>reikia el. pašto adreso</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address</source>
        <translation>„{email}“ nėra tinkamas el. pašto adresas</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name</source>
        <translation>{path} jau yra; pasirinkite kitą failo pavadinimą</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the event itself</source>
        <translation>Atsarginė kopija negali perrašyti paties renginio</translation>
    </message>
    <message>
        <source>Nobody to export a calendar for</source>
        <translation>Nėra nė vieno žmogaus, kuriam eksportuoti kalendorių</translation>
    </message>
    <message>
        <source>{field}: {what}</source>
        <translation>{field}: {what}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>a title is required</source>
        <translation>reikia pavadinimo</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>baigiasi ({end}) anksčiau nei prasideda ({start})</translation>
    </message>
    <message>
        <source>This programme item was deleted meanwhile</source>
        <translation>Šis programos punktas per tą laiką buvo ištrintas</translation>
    </message>
    <message>
        <source>No participant with the e-mail {email}</source>
        <translation>Nėra dalyvio su el. paštu {email}</translation>
    </message>
</context>
</TS>
