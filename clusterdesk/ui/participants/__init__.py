"""The Participants page: an id-based lazy table, filtering, add/edit, cancel/restore."""
