"""The desktop app (Qt). The only package that imports PySide6; it calls services, never SQL."""
