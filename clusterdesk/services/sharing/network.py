"""The host's network interfaces: where a shared event may listen, and the subnet it admits."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from clusterdesk.core.messages import CodedValueError, msg


@dataclass(frozen=True)
class Interface:
    name: str  # e.g. "wlan0", "Ethernet"
    address: str  # the host's IP address on it
    network: str  # the subnet in CIDR form, e.g. "192.168.1.0/24"

    @property
    def is_loopback(self) -> bool:
        return ipaddress.ip_address(self.address).is_loopback


def interfaces() -> list[Interface]:
    """IPv4 interfaces that are up, venue networks first (private ranges), loopback last."""
    import psutil

    stats = psutil.net_if_stats()
    found: list[Interface] = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for a in addresses:
            if a.family != socket.AF_INET or not a.netmask:
                continue
            network = ipaddress.ip_interface(f"{a.address}/{a.netmask}").network
            found.append(Interface(name, a.address, str(network)))

    def rank(i: Interface) -> tuple[int, str]:
        ip = ipaddress.ip_address(i.address)
        return (2 if ip.is_loopback else 0 if ip.is_private else 1, i.name)

    return sorted(found, key=rank)


def interface_for(address: str | None) -> Interface:
    """The interface with this address (the first venue network when ``None``); a
    ``ValueError`` naming the addresses there are when there is none."""
    found = interfaces()
    if address is None:
        usable = [i for i in found if not i.is_loopback]
        if not usable:
            raise CodedValueError(msg("share.no_network"))
        return usable[0]
    try:
        wanted = ipaddress.ip_address(address)
    except ValueError as exc:
        raise CodedValueError(msg("share.not_an_ip", address=address)) from exc
    for i in found:
        if ipaddress.ip_address(i.address) == wanted:
            return i
    listed = ", ".join(f"{i.address} ({i.name})" for i in found)
    if not listed:
        raise CodedValueError(msg("share.no_such_interface_none", address=address))
    raise CodedValueError(msg("share.no_such_interface", address=address, listed=listed))
