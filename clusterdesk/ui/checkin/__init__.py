"""The check-in desk page (scan or search, big result banner, sounds, walk-ins, live counts)."""
