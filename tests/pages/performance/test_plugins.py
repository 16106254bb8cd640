"""The priority themes and the KPIs on a CMS page: a table, a chart, never stale when cached."""

import re
from html import unescape

import pytest
from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.contrib.auth import get_user_model
from django.utils import timezone
from djangocms_versioning.models import Version

from pages.performance.models import Kpi, KpiUnit, PriorityTheme
from pages.performance.seed import seed_performance

pytestmark = pytest.mark.django_db

LANGUAGE = "en"


@pytest.fixture
def records():
    """The seeded themes and KPIs, and nothing an earlier test left."""
    PriorityTheme.objects.all().delete()
    Kpi.objects.all().delete()
    seed_performance()


@pytest.fixture
def performance_page(records):
    """A published page carrying both plugins, as an editor would place them."""
    author, _ = get_user_model().objects.get_or_create(
        username="performance-author", defaults={"is_staff": True, "is_superuser": True}
    )
    page = create_page(
        title="Measures", template="cms/page.html", language=LANGUAGE, slug="measures",
        created_by=author,
    )  # fmt: skip
    content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    add_plugin(placeholder, "PriorityThemesPlugin", LANGUAGE, heading="Our themes")
    add_plugin(placeholder, "KpisPlugin", LANGUAGE, heading="How we measure up")
    Version.objects.get_for_content(content).publish(author)
    return "/measures/"


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def section(html: str, start: str, end: str) -> str:
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


def cell_text(cell: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", cell.replace("<br>", " "))).split())


def table_rows(html: str) -> list[list[str]]:
    """Each row of the KPI table as its cells' words: [KPI, current performance, target]."""
    body = section(html, '<tbody class="govuk-table__body"', "</tbody>")
    return [
        [cell_text(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr.*?</tr>", body, re.S)
    ]


def test_the_themes_are_listed_in_their_order(performance_page, client):
    html = client.get(performance_page).content.decode()

    themes = section(html, '<dl class="govuk-summary-list dccs-priority-themes">', "</dl>")
    names = re.findall(r'<dt class="govuk-summary-list__key">(.*?)</dt>', themes)
    assert [unescape(name) for name in names] == [
        "Safe",
        "Potential",
        "Independence, involvement and choice",
        "Health and wellbeing",
        "Community",
    ]
    assert "People of all ages enjoy good health and wellbeing." in visible(themes)


def test_the_table_gives_every_kpis_figures_as_the_source_does(performance_page, client):
    html = client.get(performance_page).content.decode()

    rows = table_rows(html)
    assert len(rows) == 13
    assert rows[0] == [
        "KPI 1: Proportion of children looked after with 3 or more accommodation placements",
        "0% On target",
        "0% Lower is better",
    ]
    assert rows[6][1:] == ["New No figure yet", "90% Higher is better"]
    assert rows[7][1:] == ["69 (SAP rating) No target figure", "Increase Higher is better"]
    assert rows[8][1:] == [
        "9% reduction Not on target",
        "20% reduction A bigger reduction is better",
    ]
    # A long "a/b" word may wrap on a phone.
    assert "reablement/<wbr>rehabilitation" in html
    # Every figure is for the same period, so the caption says which.
    assert "Key performance indicators for 2023/24" in visible(html)


def test_the_chart_is_an_image_with_a_text_equivalent(performance_page, client):
    html = client.get(performance_page).content.decode()

    chart = section(html, "<svg", "</svg>")
    assert 'role="img"' in chart
    title_id, desc_id = re.search(r'aria-labelledby="(\S+) (\S+)"', chart).groups()
    assert f'<title id="{title_id}">' in chart and f'<desc id="{desc_id}">' in chart
    summary = "13 KPIs: 2 on target, 8 not on target, 2 no figure yet, 1 no target figure."
    assert summary in visible(chart)
    # No script and no style attribute: it needs no JavaScript and passes a strict CSP.
    assert "<script" not in chart and "style=" not in chart


def test_the_chart_says_in_words_and_patterns_what_colour_would(performance_page, client):
    """Readable in greyscale: each bar's status is written beside it, and shown by its fill."""
    chart = section(client.get(performance_page).content.decode(), "<svg", "</svg>")

    text = visible(chart)
    assert "KPI 1: on target" in text and "0% · target 0%" in text
    assert "KPI 3: not on target" in text and "79% · target 90%" in text
    assert "KPI 7: no figure yet" in text and "New · target 90%" in text
    assert "KPI 8: no target figure" in text and "69 (SAP rating) · target: increase" in text
    assert "KPI 9: not on target" in text and "9% reduction · target 20% reduction" in text
    # On target: a solid bar (KPI 6, 100%); not on target: hatched (KPI 3, 79%); a target
    # that is a direction: dotted (KPI 8, SAP 69).
    assert re.search(r'width="480" height="16" fill="#0b0c0c"', chart)
    assert re.search(r'width="379" height="16" fill="url\(#kpi-chart-\d+-hatch\)"', chart)
    assert re.search(r'width="331" height="16" fill="url\(#kpi-chart-\d+-dots\)"', chart)


def test_adding_a_kpi_with_no_current_value_renders(performance_page, client):
    client.get(performance_page)  # the page is in the cache now
    Kpi.objects.create(
        number=14,
        measure="Proportion of residents helped within a week",
        unit=KpiUnit.PERCENT,
        target_value=80,
        period="2023/24",
    )

    response = client.get(performance_page)

    assert response.status_code == 200
    assert table_rows(response.content.decode())[-1] == [
        "KPI 14: Proportion of residents helped within a week",
        "No figure yet No figure yet",
        "80% Higher is better",
    ]
    assert "KPI 14: no figure yet" in visible(response.content.decode())


def test_editing_a_record_updates_a_cached_page(
    performance_page, client, django_capture_on_commit_callbacks
):
    client.get(performance_page)
    # The page really is served from the cache: a change behind its back (no save) is not seen.
    Kpi.objects.filter(number=3).update(current_value=80)
    assert table_rows(client.get(performance_page).content.decode())[2][1] == "79% Not on target"

    with django_capture_on_commit_callbacks(execute=True):
        kpi = Kpi.objects.get(number=3)
        kpi.current_value = 91
        kpi.save()
        theme = PriorityTheme.objects.get(name="Community")
        theme.name = "Community and belonging"
        theme.save()
    html = client.get(performance_page).content.decode()

    assert table_rows(html)[2][1] == "91% On target"
    assert "KPI 3: on target" in visible(html)
    assert "Community and belonging" in visible(html)


def test_figures_for_different_periods_each_say_their_period(performance_page, client):
    Kpi.objects.filter(number=12).update(period="2024/25")

    html = client.get(performance_page).content.decode()

    assert "Key performance indicators for" not in visible(html)
    assert table_rows(html)[11][0] == (
        "KPI 12: Proportion of Carer Reviews completed within 12 months of previous review "
        "(2024/25)"
    )
    assert table_rows(html)[10][0].endswith("within 28 days (2023/24)")


def test_undated_figures_say_so_and_never_show_the_day_they_were_saved(performance_page, client):
    """003 gives no date for its figures: the page gives their period instead."""
    saved = timezone.localtime(Kpi.objects.latest("updated_at").updated_at)

    html = client.get(performance_page).content.decode()

    kpis = visible(section(html, "<h2>How we measure up</h2>", "</table>"))
    after = visible(html[html.index("</table>") :])
    assert "Their source gives no date for these figures: they are for 2023/24." in after
    assert f"{saved:%-d %B %Y}" not in kpis + after.split("Last updated")[0]
    assert "These figures were last updated" not in after


def figures_after(updated, client, page) -> str:
    """The page once the KPIs are changed behind the cache's back (``update()`` sends no
    signal), with the cached pages dropped."""
    from site_cache.refresh import forget_everything

    updated()
    forget_everything()
    return client.get(page).content.decode()


def test_figures_with_a_date_say_they_are_as_at_it(performance_page, client):
    html = figures_after(lambda: Kpi.objects.update(as_at="2025-03-31"), client, performance_page)

    assert "These figures are as at 31 March 2025 ." in visible(html)


def test_figures_of_different_dates_each_say_theirs(performance_page, client):
    def two_dates():
        Kpi.objects.update(as_at="2025-03-31")
        Kpi.objects.filter(number=3).update(as_at=None)

    rows = table_rows(figures_after(two_dates, client, performance_page))

    assert rows[0][0].endswith("placements Figures as at 31 March 2025")
    assert rows[2][0].endswith("pathway plan No date recorded")


def test_the_rule_for_on_target_says_which_way_is_better_for_which_kpis(performance_page, client):
    text = visible(client.get(performance_page).content.decode())

    assert (
        "Higher is better for most KPIs; lower is better for KPI 1; "
        "a bigger reduction is better for KPI 9." in text
    )


def test_with_no_records_the_plugins_say_so(performance_page, client):
    Kpi.objects.all().delete()
    PriorityTheme.objects.all().delete()

    text = visible(client.get(performance_page).content.decode())

    assert "There are no key performance indicators to show yet." in text
    assert "There are no priority themes to show yet." in text
