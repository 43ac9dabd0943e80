"""Help: the keyboard shortcuts list and the guided tour of the pages."""
