"""The inspections' vocabulary: dates on site as people write them."""

from datetime import date

import pytest

from pages.inspections.vocabulary import InspectionDatePrecision, inspection_dates_text

DAY, MONTH = InspectionDatePrecision.DAY, InspectionDatePrecision.MONTH


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "precision", "shown"),
    [
        (date(2024, 9, 23), date(2024, 9, 27), DAY, "23 to 27 September 2024"),
        (date(2022, 11, 8), date(2022, 11, 9), DAY, "8 and 9 November 2022"),
        (date(2018, 3, 12), date(2018, 3, 16), DAY, "12 to 16 March 2018"),
        (date(2025, 6, 4), None, DAY, "4 June 2025"),
        (date(2025, 9, 30), date(2025, 10, 2), DAY, "30 September to 2 October 2025"),
        (date(2025, 12, 30), date(2026, 1, 2), DAY, "30 December 2025 to 2 January 2026"),
        (date(2020, 3, 1), None, MONTH, "March 2020"),
        (date(2020, 3, 1), date(2020, 3, 31), MONTH, "March 2020"),
        (date(2020, 2, 1), date(2020, 3, 1), MONTH, "February to March 2020"),
    ],
)
def test_dates_on_site_read_as_people_write_them(starts_on, ends_on, precision, shown):
    assert inspection_dates_text(starts_on, ends_on, precision) == shown
