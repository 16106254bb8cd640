"""Bank holidays of England and Wales, from the ``holidays`` library.

The library computes the dates itself (no network), subdivision England, which
has the same bank holidays as Wales: holidays of Scotland or Northern Ireland
alone (St Andrew's Day, 2 January, St Patrick's Day...) are working days here.
Each year is computed once per process.
"""

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from types import MappingProxyType

import holidays

COUNTRY = "GB"
SUBDIVISION = "ENG"


@lru_cache(maxsize=64)
def bank_holidays_in(year: int) -> Mapping[date, str]:
    """The bank holidays of ``year`` by date, named as GOV.UK names substitute days.

    The library says "Boxing Day (observed)" where GOV.UK says "Boxing Day
    (substitute day)"; the site uses the words residents know.
    """
    found = holidays.country_holidays(COUNTRY, subdiv=SUBDIVISION, years=year)
    return MappingProxyType(
        {day: name.replace("(observed)", "(substitute day)") for day, name in found.items()}
    )


def england_bank_holiday(day: date) -> str | None:
    """The name of the bank holiday in England and Wales on ``day``, or None."""
    return bank_holidays_in(day.year).get(day)
