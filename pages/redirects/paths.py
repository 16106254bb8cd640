"""Where an old address leads: the pure path logic behind redirects (no database).

A request for ``/old/report/download/`` is answered by the redirect recorded
for the longest of its ancestors that has one, and the rest of the path
follows the redirect::

    candidate_paths("/old/report/download/")
    # ["/old/report/download/", "/old/report/", "/old/"]
    follow("/new/", "/old/report/download/", "/old/", query="v=2")
    # "/new/report/download/?v=2"
"""

from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# The longest old path remembered. CMS page paths are at most 255 characters;
# editors' old paths (from an earlier website) may be longer.
MAX_PATH_LENGTH = 500

# The longest address a redirect sends anyone to; longer requests are not real links.
MAX_LOCATION_LENGTH = 4096

# Paths that belong to Django, not to pages: never redirected.
RESERVED_PREFIXES = ("/admin/", "/static/", "/media/")

_https_url = URLValidator(schemes=["https"])


def candidate_paths(path: str, max_length: int = MAX_PATH_LENGTH) -> list[str]:
    """The paths a recorded redirect could have been made for, most specific first.

    ``path`` itself (with a trailing slash added when it has none), then each
    ancestor ending in "/", longest first. The root "/" is never a candidate:
    every path is under it. Paths no recorded redirect can have (too long, with
    a NUL, or not starting with "/") give none, so nonsense costs no query.
    """
    if not path.startswith("/") or "\x00" in path or path.startswith(RESERVED_PREFIXES):
        return []
    candidates = [path]
    if not path.endswith("/"):
        candidates.append(path + "/")
    # Only the first max_length characters can hold an ancestor short enough.
    head = path[: max_length + 1]
    ancestors = [head[: i + 1] for i, char in enumerate(head) if char == "/" and i > 0]
    candidates.extend(reversed(ancestors))
    seen = set()
    return [
        c
        for c in candidates
        if len(c) <= max_length and c != "/" and not (c in seen or seen.add(c))
    ]


def remainder_after(path: str, from_path: str) -> str | None:
    """What follows ``from_path`` in ``path``, to be added to the target.

    None when the remainder cannot safely follow a redirect: a "." or ".."
    segment would climb out of the target, and leading slashes or backslashes
    would turn "/" + "/evil.example" into an address on another site.
    """
    if len(path) <= len(from_path):
        return ""  # path is from_path, or from_path with its trailing slash
    rest = path[len(from_path) :]
    if any(segment in (".", "..") for segment in rest.split("/")):
        return None
    return rest.lstrip("/\\")


def follow(target: str, path: str, from_path: str, query: str = "") -> str | None:
    """The address a request for ``path`` is sent to by a redirect made for ``from_path``.

    The rest of the path follows when the target ends in "/" (a page, a
    section); a target that does not (a single document) takes the visitor
    there whatever the rest was. The request's query string is kept. None when
    the remainder is unsafe, or the address would be absurdly long.
    """
    rest = remainder_after(path, from_path)
    if rest is None or len(target) + len(rest) + len(query) > MAX_LOCATION_LENGTH:
        return None
    if rest and target.endswith("/"):
        target = target + rest
    if not query:
        return target
    scheme, netloc, target_path, target_query, fragment = urlsplit(target)
    joined = f"{target_query}&{query}" if target_query else query
    return urlunsplit((scheme, netloc, target_path, joined, fragment))


def is_local_path(address: str) -> bool:
    """A path on this site: starts with one "/", never "//" or "/\\" (another site)."""
    return address.startswith("/") and not address.startswith(("//", "/\\"))


def check_old_path(path: str) -> None:
    """Raise ValidationError unless ``path`` can be an old address of this site."""
    if not is_local_path(path):
        raise ValidationError(
            "Give the old address as a path on this website, starting with /, such as "
            "/old-page/ (leave out https:// and the site's name)."
        )
    if path == "/":
        raise ValidationError("The home page cannot be redirected.")
    if path.startswith(RESERVED_PREFIXES):
        raise ValidationError(
            "Addresses under /admin/, /static/ and /media/ belong to the website itself "
            "and cannot be redirected."
        )
    if "?" in path or "#" in path:
        raise ValidationError(
            "A redirect matches the path only: leave out everything from ? or # onwards."
        )
    if any(char.isspace() or ord(char) < 32 for char in path):
        raise ValidationError("The old address cannot contain spaces or control characters.")


def check_target_address(address: str) -> None:
    """Raise ValidationError unless ``address`` is a local path or an https:// address."""
    if is_local_path(address):
        if any(char.isspace() or ord(char) < 32 for char in address):
            raise ValidationError("The address cannot contain spaces or control characters.")
        return
    if address.startswith("https://"):
        _https_url(address)
        return
    raise ValidationError(
        "Give a path on this website, starting with / (such as /about/), or a full "
        "address starting with https://."
    )


def path_of(address: str) -> str:
    """The path part of a local address ("/a/?b=1#c" gives "/a/")."""
    return urlsplit(address).path
