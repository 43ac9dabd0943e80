"""Printed documents: pure renderers from plain records to PDF (reportlab; no Qt, no database).

* :mod:`.badges` — ``render_badges(records, layout, out, *, event_name, ...)`` and ``BadgeRecord``;
* :mod:`.table_cards` — ``render_table_cards(records, out, *, event_name, ...)``;
* :mod:`.layouts` — badge layouts as JSON data (``load_layout``, ``list_layouts``, ``LayoutError``);
* :mod:`.fonts`, :mod:`.textfit`, :mod:`.qr` — bundled fonts with fallback, text fitting, QR codes.
"""
