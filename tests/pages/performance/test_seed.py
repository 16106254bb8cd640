"""The themes and KPIs are seeded from the sources, once, and shown on /about/ and its subpage."""

import io
import re
from html import unescape

import pytest
from django.core.management import call_command

from pages.performance.models import Kpi, PriorityTheme
from pages.performance.seed import seed_performance
from pages.seed.content import SEED_PAGES
from pages.seed.content.performance import PERFORMANCE

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(seeded_site):
    """The seeded site with the seeded records (seed_site may not seed them itself yet)."""
    PriorityTheme.objects.all().delete()
    Kpi.objects.all().delete()
    seed_performance()


def visible_text(response) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_seeding_creates_the_five_themes_and_13_kpis_once():
    PriorityTheme.objects.all().delete()
    Kpi.objects.all().delete()

    assert seed_performance() == ["5 priority themes", "13 KPIs"]
    assert seed_performance() == []
    assert PriorityTheme.objects.count() == 5
    assert list(Kpi.objects.values_list("number", flat=True)) == list(range(1, 14))


def test_seeding_never_overwrites_or_brings_back_an_editors_change(seeded):
    Kpi.objects.filter(number=3).update(current_value=85, period="2024/25")
    Kpi.objects.filter(number=13).delete()
    PriorityTheme.objects.filter(name="Community").update(name="Community and belonging")

    assert seed_performance() == []

    assert Kpi.objects.get(number=3).current_display == "85%"
    assert not Kpi.objects.filter(number=13).exists()
    assert not PriorityTheme.objects.filter(name="Community").exists()


def test_the_source_figures_survive_as_data(seeded):
    figures = {
        kpi.number: (kpi.current_value, kpi.current_note, kpi.target_value, kpi.period)
        for kpi in Kpi.objects.all()
    }

    assert figures[1] == (0, "", 0, "2023/24")
    assert figures[7] == (None, "New", 90, "2023/24")
    assert figures[8] == (69, "", None, "2023/24")  # target "↑"
    assert figures[9] == (9, "", 20, "2023/24")  # "↓ 9%" against "↓ 20%": their sizes
    assert figures[11] == (None, "New", 70, "2023/24")


def test_the_performance_page_sits_under_about_right_after_it():
    paths = [seed.path for seed in SEED_PAGES]

    assert PERFORMANCE.path == "/about/performance/"
    assert paths.index("/about/performance/") == paths.index("/about/") + 1


def test_the_about_page_shows_the_themes_and_links_to_the_performance_page(seeded, client):
    response = client.get("/about/")

    text = visible_text(response)
    for theme in (
        "Safe",
        "Potential",
        "Independence, involvement and choice",
        "Health and wellbeing",
        "Community",
    ):
        assert f" {theme} " in text
    assert "more than 9,000 residents" in text
    assert '<a href="/about/performance/">' in response.content.decode()


def test_the_performance_page_shows_every_kpi_and_the_period(seeded, client):
    response = client.get("/about/performance/")

    assert response.status_code == 200
    text = visible_text(response)
    assert "departmental business plan for 2023/24" in text
    assert "Key performance indicators for 2023/24" in text
    assert "Proportion of care leavers with up-to-date pathway plan 79% Not on target 90%" in text
    assert (
        "living on the streets 9% reduction Not on target 20% reduction "
        "A bigger reduction is better" in text
    )
    assert text.count("KPI 13") == 2  # in the chart and in the table
    assert '<svg class="dccs-kpi-chart' in response.content.decode()


def test_the_performance_page_has_breadcrumbs_back_to_about(seeded, client):
    html = client.get("/about/performance/").content.decode()

    breadcrumbs = html[html.index('<nav class="govuk-breadcrumbs"') :]
    breadcrumbs = breadcrumbs[: breadcrumbs.index("</nav>")]
    assert '<a class="govuk-breadcrumbs__link" href="/about/">About</a>' in breadcrumbs
    assert 'aria-current="page"' in breadcrumbs and "How we are performing" in breadcrumbs


def test_seeding_the_site_again_changes_nothing(seeded):
    out = io.StringIO()

    call_command("seed_site", stdout=out)

    assert "nothing changed" in out.getvalue()
