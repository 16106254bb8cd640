"""The seeded governance bodies: every body the sources name, and seeding twice changes nothing."""

import pytest

from pages.governance.models import BodyRelationship, GovernanceBody, RelationshipKind
from pages.governance.seed import seed_governance
from pages.seed.content.governance import BODIES, GOVERNANCE, RELATIONSHIPS

pytestmark = pytest.mark.django_db

# The bodies the issue asks for, by the names residents know them by.
NAMED_IN_THE_SOURCES = (
    "Children's Partnership Board",
    "City and Hackney Safeguarding Children Partnership",
    "City of London sub-committee of the City and Hackney Safeguarding Children Partnership",
    "City and Hackney Safeguarding Adults Board",
    "NHS East London and the City",
    "Achieving Excellence Board",
    "Community and Children's Services Committee",
    "Safeguarding and SEND Sub-Committee",
    "Corporate Parenting Task Group",
    "Health and Wellbeing Board",
    "Safer City Partnership",
    "Multi-Agency Child Exploitation Panel",
    "Children in Care Council",
    "City Youth Forum",
    "SEND Parents Forum",
    "Health and Social Care Scrutiny Committee",
    "Crime and Disorder Scrutiny Committee",
)


@pytest.fixture
def seeded():
    GovernanceBody.objects.all().delete()
    return seed_governance()


def relationships():
    """(from slug, kind, to slug or the name a source gives) of every relationship."""
    rows = BodyRelationship.objects.values_list(
        "from_body__slug", "kind", "to_body__slug", "to_name"
    )
    return {(one, kind, other or name) for one, kind, other, name in rows}


def test_every_body_the_sources_name_is_seeded(seeded):
    names = set(GovernanceBody.objects.values_list("name", flat=True))

    assert set(NAMED_IN_THE_SOURCES) <= names
    assert len(seeded) == len(BODIES) + len(RELATIONSHIPS)


def test_the_seeded_bodies_carry_what_the_sources_say(seeded):
    adults = GovernanceBody.objects.get(slug="city-and-hackney-safeguarding-adults-board")
    assert adults.statutory_basis == "Care Act 2014"
    assert adults.chair == "Independently chaired"
    duties = [duty.text for duty in adults.duties.all()]
    assert len(duties) == 3
    for duty, opening in zip(
        duties,
        ("To publish a strategy", "To publish an annual report", "To carry out Safeguarding"),
        strict=True,
    ):
        assert duty.startswith(opening)
    assert GovernanceBody.objects.get(slug="achieving-excellence-board").chair == (
        "Independently chaired"
    )
    partnership = GovernanceBody.objects.get(short_name="CHSCP")
    assert (partnership.meets, partnership.chair) == ("Quarterly", "Independently chaired")
    assert GovernanceBody.objects.get(short_name="CPB").duties.count() == 5
    assert "Safeguarding Sub-Committee" in (
        GovernanceBody.objects.get(name="Safeguarding and SEND Sub-Committee").other_names
    )
    assert all(body.source_note for body in GovernanceBody.objects.all())


def test_only_the_relationships_the_sources_state_and_each_says_where(seeded):
    sub_committee = "city-sub-committee-of-the-chscp"

    assert (sub_committee, RelationshipKind.REPORTS_TO, "corporate-parenting-task-group") in (
        relationships()
    )
    assert (
        sub_committee,
        RelationshipKind.REPORTS_TO,
        "city-and-hackney-safeguarding-children-partnership",
    ) in relationships()
    assert len(relationships()) == len(RELATIONSHIPS)
    assert not BodyRelationship.objects.filter(source="").exists()


def test_seeding_twice_changes_nothing(seeded):
    before = list(GovernanceBody.objects.values_list("pk", "updated_at"))

    assert seed_governance() == []
    assert list(GovernanceBody.objects.values_list("pk", "updated_at")) == before


def test_seeding_never_undoes_an_editors_change(seeded):
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")
    board.meets = "Monthly"
    board.save()
    BodyRelationship.objects.filter(from_body__slug="childrens-partnership-board").delete()
    board.duties.all().delete()

    seed_governance()

    assert GovernanceBody.objects.get(pk=board.pk).meets == "Monthly"
    assert not BodyRelationship.objects.filter(from_body__slug="childrens-partnership-board")


def test_a_deleted_body_comes_back_with_its_relationships(seeded):
    GovernanceBody.objects.filter(slug="corporate-parenting-task-group").delete()

    created = seed_governance()

    assert created == [
        "Corporate Parenting Task Group",
        "City of London sub-committee of the City and Hackney Safeguarding Children Partnership "
        "reports to Corporate Parenting Task Group",
    ]


def test_the_governance_page_shows_the_bodies_through_the_plugin():
    plugins = [section for section in GOVERNANCE.sections if not isinstance(section, str)]

    assert [plugin.plugin_type for plugin in plugins] == ["GovernanceBodiesPlugin"]
