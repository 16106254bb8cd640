"""UK phone numbers as residents read them ("020 7332 3621") and as links ("tel:+442073323621")."""

import re

# Digit groups after the leading 0, by the number's first digits: 020 7332 3621,
# 0300 123 4567, 07700 900123, 01632 960123.
GROUPINGS = (("2", (3, 4, 4)), ("3", (4, 3, 4)), ("8", (4, 3, 4)), ("9", (4, 3, 4)))
DEFAULT_GROUPING = (5, 6)


def _national_digits(phone: str) -> str:
    digits = re.sub(r"[^0-9+]", "", phone)
    if digits.startswith("+44"):
        return "0" + digits[3:].lstrip("0")
    return digits


def display_phone(phone: str) -> str:
    """Write an 11-digit UK number in its usual groups; leave anything else as typed."""
    digits = _national_digits(phone)
    if not re.fullmatch(r"0[1-9][0-9]{9}", digits):
        return " ".join(phone.split())
    grouping = dict(GROUPINGS).get(digits[1], DEFAULT_GROUPING)
    parts, start = [], 0
    for size in grouping:
        parts.append(digits[start : start + size])
        start += size
    return " ".join(parts)


def tel_href(phone: str) -> str:
    """The ``tel:`` link for a number, in international form."""
    digits = _national_digits(phone)
    if digits.startswith("0"):
        digits = "+44" + digits[1:]
    return f"tel:{digits}"


def international_phone(phone: str) -> str:
    """The number as schema.org and international callers want it: +44 20 7332 3621."""
    shown = display_phone(phone)
    return "+44 " + shown[1:] if shown.startswith("0") else shown
