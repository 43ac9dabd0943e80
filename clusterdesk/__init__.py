"""ClusterDesk: the offline event desk for cluster matchmaking forums."""

# The one place the version is written: pyproject.toml reads it from here (dynamic version), so
# `clusterdesk --version` needs no package-metadata lookup at start-up.
__version__ = "0.1.0"
