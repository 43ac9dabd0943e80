"""The pages of the main window (see registry.py)."""
