<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Įrašyti viską</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias reikšmes</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Rodyti išsamiau…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Slėpti išsamią informaciją…</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Apie Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Apie Qt&lt;/h3&gt;&lt;p&gt;Ši programa naudoja Qt %1 versiją.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atgal</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Toliau &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Toliau</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ž&amp;inynas</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Grįžti</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tęsti</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopijuoti &amp;saito adresą</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pažymėti viską</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Padidinti &amp;vienetu</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Sumažinti vie&amp;netu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Aplankas nerastas.
Patikrinkite, ar nurodytas teisingas aplanko vardas.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Failas nerastas.
Patikrinkite, ar nurodytas teisingas failo vardas.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jau yra.
Ar norite jį pakeisti?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Pa&amp;sirinkti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Pa&amp;šalinti</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ieškoti aplanke:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Naujas aplankas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atverti</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Pe&amp;rvardyti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Į&amp;rašyti</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ apsaugotas nuo rašymo.
Ar vis tiek norite jį pašalinti?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ar tikrai norite pašalinti „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Rodyti išsamų sąrašą</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Rodyti sąrašą</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nepavyko pašalinti aplanko.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Kurti naują aplanką</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Sukurti naują aplanką</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Išsamus sąrašas</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Aplankai</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Failo &amp;vardas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Failų &amp;tipas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Rasti aplanką</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pirmyn</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Grįžti atgal</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Eiti pirmyn</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Eiti į aukštesnio lygio aplanką</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Sąrašas</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Vietų ir žymelių sąrašas</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Naujas aplankas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Aukštesnio lygio aplankas</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Paskiausiai lankytos vietos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Įrašyti kaip</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Rodyti </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Rodyti &amp;paslėptus failus</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Šoninė juosta</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompiuteris</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Pakeista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mano kompiuteris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Diskas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Failas</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Failų aplankas</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Aplankas</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Nuoroda</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nežinomas</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Spausdinti</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinti</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Visi puslapiai</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Nelyginiai puslapiai</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Lyginiai puslapiai</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Vietinis failas</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Spausdinti į failą (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Spausdinti į failą…</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Įrašyti PDF failą</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Parinktys &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Parinktys &lt;&lt;</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 jau yra.
Ar norite jį perrašyti?</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Reikšmė „Nuo“ negali būti didesnė už reikšmę „Iki“.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Neteisingai nurodyti puslapiai</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopijos</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopijų:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sugrupuoti</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Atvirkštine tvarka</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Spausdinti</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Viską</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Puslapius nuo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Puslapius</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Dabartinį puslapį</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pažymėtą sritį</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Parinktys</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Išvesties nuostatos</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Spalvos</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Spalvotai</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Pilkais pustoniais</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dvipusis spausdinimas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Išjungta</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Įrišimas per ilgąją kraštinę</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Įrišimas per trumpąją kraštinę</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Puslapių &amp;rinkinys:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Išvesties &amp;failas:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Sa&amp;vybės</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Puslapis</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Išplėstinės</translation>
    </message>
</context>
</TS>
