"""Sharing an event on the venue network: the host's own PostgreSQL server, join codes, desks.

``host`` starts, resumes and stops sharing (``server``, ``transfer``, ``state``, ``tls``,
``network`` do the parts); ``join`` is the desk's side; ``status`` is how the host tells the
desks that sharing ends; ``recent`` keeps joined events without their passwords in clear.
See docs/sharing.md.
"""
