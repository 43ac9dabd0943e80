"""Use cases, one module per capability. Plain data in, plain data out; no Qt."""
