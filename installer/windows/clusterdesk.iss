; Inno Setup (6.3 or newer) script of ClusterDesk (Windows). build_installer.py runs it after the frozen build
; passed its self-test; by hand, from the repository's top folder, after `python build_installer.py`:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\clusterdesk /DOutputDir=dist ^
;        /DIconFile=build\icons\clusterdesk.ico installer\windows\clusterdesk.iss
; It installs for the current user (no administrator rights needed; a per-machine install is
; offered too), adds a Start-menu entry, and opens .cdesk event files with ClusterDesk.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z ...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\clusterdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\clusterdesk.ico"
#endif

[Setup]
AppId={{6E1B2C47-3F0A-4C1E-9A55-C1D5E5C0DE57}
AppName=ClusterDesk
AppVersion={#AppVersion}
AppPublisher=ClusterDesk team
DefaultDirName={autopf}\ClusterDesk
DefaultGroupName=ClusterDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=ClusterDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\ClusterDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
; Inno Setup ships no Lithuanian messages (its Lithuanian translation is unofficial): the installer
; speaks English; the app itself follows its language setting.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ClusterDesk"; Filename: "{app}\ClusterDesk.exe"
Name: "{group}\{cm:UninstallProgram,ClusterDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ClusterDesk"; Filename: "{app}\ClusterDesk.exe"; Tasks: desktopicon

[Registry]
; .cdesk -> ClusterDesk.Event -> "ClusterDesk.exe" "%1"
Root: HKA; Subkey: "Software\Classes\.cdesk"; ValueType: string; ValueName: ""; ValueData: "ClusterDesk.Event"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cdesk\OpenWithProgids"; ValueType: string; ValueName: "ClusterDesk.Event"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Event"; ValueType: string; ValueName: ""; ValueData: "ClusterDesk event"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Event\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ClusterDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Event\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ClusterDesk.exe"" ""%1"""

[Run]
Filename: "{app}\ClusterDesk.exe"; Description: "{cm:LaunchProgram,ClusterDesk}"; Flags: nowait postinstall skipifsilent
