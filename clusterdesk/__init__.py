"""ClusterDesk: the offline event desk for cluster matchmaking forums."""

from importlib import metadata

try:
    __version__ = metadata.version("clusterdesk")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
