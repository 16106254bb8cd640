"""The department's source documents (000–004) and the date each gives for its facts.

Whatever the seed makes from a source carries that source's date: a record's
"as at" date, a page's "Last updated". Never the day a database was seeded.
Where two sources say something, the newer one's date stands. 001 and 003
give no date, so what comes only from them has none, unless it is a page,
which then carries the day its words were written for this site.
"""

from collections.abc import Iterable
from datetime import date

# 000, "About Community and Children's Services": "Date updated: 20/09/2024".
ABOUT_PAGE_UPDATED = date(2024, 9, 20)
# 002, the committee report on the 2024 Ofsted inspection: "Dated: 16/01/2025".
OFSTED_REPORT_DATED = date(2025, 1, 16)
# 004, the committee report on the Service Development Plan 2025–26: "Dated: 11/06/2025
# 01/07/2025", one date for each committee it went to. It was written for the first, the
# Achieving Excellence Board on 11 June 2025: what it says is as at that day.
PLAN_REPORT_DATED = date(2025, 6, 11)

SOURCE_DATES: dict[str, date | None] = {
    "000": ABOUT_PAGE_UPDATED,
    "001": None,  # "Contact the Children and Families team": no date on the page
    "002": OFSTED_REPORT_DATED,
    "003": None,  # the business plan summary, written for 2023/24: no date in it
    "004": PLAN_REPORT_DATED,
}

# The pages this site wrote about itself (accessibility, cookies, privacy), and pages whose
# only source is undated, were written on 24 November 2026: `git log` on pages/seed/content.py
# and pages/seed/content/ (every commit that changed their words is of that day; later ones
# changed comments only), and the accessibility statement says "This statement was prepared
# on 24 November 2026".
WRITTEN_FOR_THIS_SITE = date(2026, 11, 24)


def newest_date(codes: Iterable[str]) -> date | None:
    """The newest date the sources with these codes give, or None if none gives one."""
    dates = [SOURCE_DATES[code] for code in codes if SOURCE_DATES[code]]
    return max(dates, default=None)
