"""The Dashboard page: the event's key figures."""
