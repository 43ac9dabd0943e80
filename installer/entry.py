"""The script PyInstaller freezes (see clusterdesk.spec): everything happens in clusterdesk.frozen."""

from clusterdesk.frozen import main

if __name__ == "__main__":
    raise SystemExit(main())
