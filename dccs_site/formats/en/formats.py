"""Dates and times as a UK council writes and reads them, for the site's one language, "en".

Django's "en" formats are American: an editor who typed "7/12/2026" in a closure's date got
12 July 2026, saved without a word, and the admin's lists said "Dec. 7, 2026, 9:05 a.m.".
These are Django's own British formats (``en_GB``), shown as GOV.UK writes dates ("7 December
2026", "14:30"); ISO dates ("2026-12-07"), which the browser's date pickers send, are
accepted too (Django adds them to every list of input formats).
settings.FORMAT_MODULE_PATH points here.
"""

from django.conf.locale.en_GB.formats import (  # noqa: F401
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    DECIMAL_SEPARATOR,
    FIRST_DAY_OF_WEEK,
    MONTH_DAY_FORMAT,
    NUMBER_GROUPING,
    THOUSAND_SEPARATOR,
    YEAR_MONTH_FORMAT,
)

DATE_FORMAT = "j F Y"  # 7 December 2026
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j F Y, H:i"  # 7 December 2026, 14:30
SHORT_DATE_FORMAT = "d/m/Y"  # 07/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 07/12/2026 14:30
