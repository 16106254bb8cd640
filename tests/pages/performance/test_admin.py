"""Publishers change themes and KPIs in the admin, with reasons for refusals; editors only look."""

import pytest
from django.contrib.admin.models import LogEntry

from pages.performance.models import Kpi, PriorityTheme
from pages.performance.seed import seed_performance

pytestmark = pytest.mark.django_db

NEW_KPI = {
    "number": "14",
    "measure": "Proportion of residents helped within a week",
    "unit": "percent",
    "period": "2024/25",
    "current_value": "",
    "current_note": "New",
    "target_value": "80",
    "direction": "higher",
}


@pytest.fixture
def kpis():
    Kpi.objects.all().delete()
    seed_performance()


def test_a_publisher_adds_a_kpi_with_no_figure_yet(publisher, client):
    client.force_login(publisher)

    response = client.post("/admin/pages/kpi/add/", NEW_KPI)

    assert response.status_code == 302
    kpi = Kpi.objects.get(number=14)
    assert kpi.current_value is None
    assert kpi.current_display == "New"
    # The admin history says who did it.
    assert LogEntry.objects.filter(user=publisher, object_id=str(kpi.pk)).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"current_value": "120"}, "A percentage must be between 0 and 100."),
        ({"current_value": "79"}, "Leave the note empty when there is a current figure"),
    ],
)
def test_nonsense_is_refused_with_a_reason(publisher, client, change, message):
    client.force_login(publisher)

    response = client.post("/admin/pages/kpi/add/", {**NEW_KPI, **change})

    assert response.status_code == 200
    assert message in response.text
    assert not Kpi.objects.filter(number=14).exists()


def test_the_kpi_list_shows_figures_status_and_when_each_was_last_updated(kpis, publisher, client):
    client.force_login(publisher)

    response = client.get("/admin/pages/kpi/")

    assert response.status_code == 200
    for words in ("9% reduction", "20% reduction", "No target figure", "Last updated"):
        assert words in response.text


@pytest.mark.parametrize(
    ("status", "numbers"),
    [("on-target", [1, 6]), ("no-figure-yet", [7, 11]), ("direction-only", [8])],
)
def test_publishers_filter_kpis_by_status(kpis, publisher, client, status, numbers):
    client.force_login(publisher)

    response = client.get("/admin/pages/kpi/", {"status": status})

    shown = [kpi.number for kpi in response.context["cl"].result_list]
    assert shown == numbers


def test_publishers_search_kpis(kpis, publisher, client):
    client.force_login(publisher)

    response = client.get("/admin/pages/kpi/", {"q": "care leavers"})

    assert [kpi.number for kpi in response.context["cl"].result_list] == [3, 4, 5]


def test_a_kpi_shows_when_it_was_last_updated(kpis, publisher, client):
    client.force_login(publisher)
    kpi = Kpi.objects.get(number=3)

    response = client.get(f"/admin/pages/kpi/{kpi.pk}/change/")

    assert "Last updated" in response.text
    assert 'name="updated_at"' not in response.text  # shown, never edited


def test_themes_are_listed_in_their_order(kpis, publisher, client):
    PriorityTheme.objects.all().delete()
    seed_performance()
    client.force_login(publisher)

    response = client.get("/admin/pages/prioritytheme/")

    assert [str(theme) for theme in response.context["cl"].result_list] == [
        "Safe",
        "Potential",
        "Independence, involvement and choice",
        "Health and wellbeing",
        "Community",
    ]


NEW_THEME = {"name": "Learning", "description": "A sixth theme.", "order": "6"}


@pytest.mark.parametrize(("model", "complete"), [(Kpi, NEW_KPI), (PriorityTheme, NEW_THEME)])
def test_an_editor_may_look_but_not_change(editor, publisher, client, model, complete):
    url = f"/admin/pages/{model._meta.model_name}/"
    existing = model.objects.order_by("pk").first()
    before = list(model.objects.order_by("pk").values())
    client.force_login(editor)

    assert client.get(url).status_code == 200
    assert client.post(f"{url}add/", complete).status_code == 403
    assert client.post(f"{url}{existing.pk}/change/", complete).status_code == 403
    assert client.post(f"{url}{existing.pk}/delete/", {"post": "yes"}).status_code == 403

    assert list(model.objects.order_by("pk").values()) == before
    # The same form from a Publisher is saved: only the role stood in the way.
    client.force_login(publisher)
    assert client.post(f"{url}add/", complete).status_code == 302
    assert model.objects.count() == len(before) + 1
