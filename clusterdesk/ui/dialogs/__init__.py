"""Small dialogs and dialog helpers."""
