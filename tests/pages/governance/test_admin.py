"""Publishers keep the governance bodies in the admin; editors only look; nonsense is refused."""

import pytest
from django.contrib.admin.models import LogEntry

from pages.governance.models import BodyRelationship, GovernanceBody
from pages.governance.seed import seed_governance

pytestmark = pytest.mark.django_db

ADMIN = "/admin/pages/governancebody/"
NEW_BODY = {
    "name": "Corporate Parenting Board",
    "short_name": "",
    "slug": "corporate-parenting-board",
    "other_names": "",
    "kind": "board",
    "statutory_basis": "",
    "chair": "",
    "meets": "Quarterly",
    "purpose": "",
    "duties_heading": "Key responsibilities",
    "link_url": "",
    "link_text": "",
    "source_note": "",
    "as_at": "2024-09-20",
    "position": "0",
    "duties-TOTAL_FORMS": "1",
    "duties-INITIAL_FORMS": "0",
    "duties-0-position": "1",
    "duties-0-text": "Championing children in care",
    "relationships-TOTAL_FORMS": "0",
    "relationships-INITIAL_FORMS": "0",
}


@pytest.fixture
def bodies():
    GovernanceBody.objects.all().delete()
    seed_governance()


def test_a_publisher_adds_a_body_with_its_duties_and_the_history_says_who(publisher, client):
    client.force_login(publisher)

    response = client.post(f"{ADMIN}add/", NEW_BODY)

    assert response.status_code == 302
    body = GovernanceBody.objects.get(slug="corporate-parenting-board")
    assert [duty.text for duty in body.duties.all()] == ["Championing children in care"]
    assert str(body.as_at) == "2024-09-20"
    assert LogEntry.objects.filter(user=publisher, object_id=str(body.pk)).exists()


def test_a_publisher_records_a_link_to_a_name_its_source_gives(bodies, publisher, client):
    """For a body the page has no section for: its name in the source's words, no body."""
    client.force_login(publisher)
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")

    response = client.post(
        "/admin/pages/bodyrelationship/add/",
        {
            "from_body": board.pk,
            "kind": "links-with",
            "to_body": "",
            "to_name": "Integrated Commissioning Programme (Children and Maternity)",
            "source": "A web page (updated 20 September 2024)",
        },
    )

    assert response.status_code == 302
    named = BodyRelationship.objects.get(from_body=board, to_body=None)
    assert named.to_name == "Integrated Commissioning Programme (Children and Maternity)"
    listing = client.get("/admin/pages/bodyrelationship/", {"q": "Integrated"}).text
    assert "Integrated Commissioning Programme (Children and Maternity) (named so in the" in (
        listing
    )


def test_a_relationship_with_itself_is_refused_with_a_reason(bodies, publisher, client):
    client.force_login(publisher)
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")

    response = client.post(
        "/admin/pages/bodyrelationship/add/",
        {"from_body": board.pk, "kind": "reports-to", "to_body": board.pk, "source": "A report"},
    )

    assert response.status_code == 200
    assert "A body cannot have a relationship with itself." in response.text
    assert not BodyRelationship.objects.filter(from_body=board).exists()


def test_the_list_can_be_searched_filtered_and_shows_when_each_was_updated(
    bodies, publisher, client
):
    client.force_login(publisher)

    searched = client.get(ADMIN, {"q": "CHSCP"})
    filtered = client.get(ADMIN, {"kind__exact": "forum"})

    assert "City and Hackney Safeguarding Children Partnership" in searched.text
    assert "Achieving Excellence Board" not in searched.text
    assert "SEND Parents Forum" in filtered.text
    assert "Achieving Excellence Board" not in filtered.text
    assert "Last updated" in filtered.text


def test_the_change_form_shows_the_anchor_and_last_updated(bodies, publisher, client):
    client.force_login(publisher)
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")

    response = client.get(f"{ADMIN}{board.pk}/change/")

    assert "/governance/#achieving-excellence-board" in response.text
    assert "Last updated" in response.text


def test_an_editor_may_view_but_not_change_governance_records(bodies, editor, client):
    client.force_login(editor)
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")

    assert client.get(f"{ADMIN}{board.pk}/change/").status_code == 200
    assert client.get(f"{ADMIN}add/").status_code == 403
    assert client.post(f"{ADMIN}{board.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.get("/admin/pages/bodyrelationship/add/").status_code == 403
    assert GovernanceBody.objects.filter(pk=board.pk).exists()
