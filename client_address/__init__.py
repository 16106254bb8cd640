"""The address a sign-in came from, as the site's own proxy saw it.

django-axes counts failed sign-ins per client address (``AXES_CLIENT_IP_CALLABLE``
in settings). Behind a reverse proxy ``REMOTE_ADDR`` is the proxy's address, the
same for everyone, so one person's mistakes would lock every member of staff
out. The client's address is in ``X-Forwarded-For``, but only the entries that
our proxies appended can be believed: each proxy appends the address it received
the request from, to the right, and anything further left came from the client
and may be made up. With ``TRUSTED_PROXY_COUNT`` proxies in front of the site,
the client is the entry that many places from the right (the right-most entry
behind one proxy); with none, it is ``REMOTE_ADDR``.

In settings::

    TRUSTED_PROXY_COUNT = 1
    AXES_CLIENT_IP_CALLABLE = "client_address.client_ip_address"
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(remote_addr: str, forwarded_for: str, trusted_proxy_count: int) -> str:
    """The client's address, given what the trusted proxies reported.

    Falls back to ``remote_addr`` (the peer, which no client can forge) when the
    request did not pass through every trusted proxy or the entry is not an
    address.

    >>> client_address("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)
    '203.0.113.7'
    >>> client_address("10.0.0.2", "203.0.113.7", 0)
    '10.0.0.2'
    """
    if trusted_proxy_count <= 0:
        return remote_addr
    entries = [entry.strip() for entry in forwarded_for.split(",")] if forwarded_for else []
    if len(entries) < trusted_proxy_count:
        return remote_addr
    try:
        return str(ipaddress.ip_address(entries[-trusted_proxy_count]))
    except ValueError:
        return remote_addr


def client_ip_address(request: HttpRequest) -> str:
    """The client's address for this request (django-axes calls this)."""
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.TRUSTED_PROXY_COUNT,
    )
