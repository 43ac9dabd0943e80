#!/bin/sh
# Add ClusterDesk to this user's application menu and open .cdesk files with it (no root needed).
# Run it from the unpacked folder: ./install-desktop-entry.sh   (again after moving the folder)
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$DATA/applications" "$DATA/icons/hicolor/256x256/apps" "$DATA/mime/packages"
sed "s|^Exec=clusterdesk|Exec=\"$HERE/clusterdesk\"|" "$HERE/share/clusterdesk.desktop" \
  > "$DATA/applications/clusterdesk.desktop"
cp "$HERE/share/clusterdesk.png" "$DATA/icons/hicolor/256x256/apps/clusterdesk.png"
cp "$HERE/share/clusterdesk-mime.xml" "$DATA/mime/packages/clusterdesk.xml"
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v xdg-mime >/dev/null 2>&1 && \
  xdg-mime default clusterdesk.desktop application/x-clusterdesk-event || true
echo "ClusterDesk is in the application menu; .cdesk files open with it."
