"""Governance records refuse what no source could state, and keep their own "last updated"."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from pages.governance.models import (
    BodyDuty,
    BodyKind,
    BodyRelationship,
    GovernanceBody,
    RelationshipKind,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    return GovernanceBody.objects.create(name="Test Board", kind=BodyKind.BOARD)


@pytest.fixture
def committee():
    return GovernanceBody.objects.create(name="Test Committee", kind=BodyKind.COMMITTEE)


def messages(error: ValidationError) -> list[str]:
    return [message for messages in error.message_dict.values() for message in messages]


def test_a_body_cannot_be_related_to_itself(board):
    relationship = BodyRelationship(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=board, source="A report"
    )

    with pytest.raises(ValidationError) as refused:
        relationship.full_clean()

    assert "A body cannot have a relationship with itself." in messages(refused.value)


def test_the_same_relationship_cannot_be_recorded_twice(board, committee):
    BodyRelationship.objects.create(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=committee, source="A report"
    )
    again = BodyRelationship(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=committee, source="Another"
    )

    with pytest.raises(ValidationError):
        again.full_clean()


def test_a_body_may_both_report_to_and_be_accountable_to_another(board, committee):
    BodyRelationship.objects.create(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=committee, source="A report"
    )
    accountable = BodyRelationship(
        from_body=board, kind=RelationshipKind.ACCOUNTABLE_TO, to_body=committee, source="A plan"
    )

    accountable.full_clean()  # no error


def test_a_link_goes_both_ways_so_it_is_recorded_once(board, committee):
    BodyRelationship.objects.create(
        from_body=board, kind=RelationshipKind.LINKS_WITH, to_body=committee, source="A page"
    )
    reverse = BodyRelationship(
        from_body=committee, kind=RelationshipKind.LINKS_WITH, to_body=board, source="A page"
    )

    with pytest.raises(ValidationError) as refused:
        reverse.full_clean()

    assert "Test Board already links with Test Committee" in str(refused.value)


def test_a_relationship_must_say_where_it_is_stated(board, committee):
    unsourced = BodyRelationship(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=committee, source=""
    )

    with pytest.raises(ValidationError) as refused:
        unsourced.full_clean()

    assert "source" in refused.value.message_dict


def test_link_text_needs_an_address():
    body = GovernanceBody(name="Forum", kind=BodyKind.FORUM, link_text="Its website")

    with pytest.raises(ValidationError) as refused:
        body.full_clean()

    assert refused.value.message_dict["link_url"] == ["Give the address the link text is for."]


def test_the_anchor_is_made_from_the_name_and_kept_when_the_name_changes():
    body = GovernanceBody(name="Families' Partnership Board", kind=BodyKind.PARTNERSHIP_BOARD)
    body.full_clean()
    body.save()
    assert body.get_absolute_url() == "/governance/#families-partnership-board"

    body.name = "Children and Families' Partnership Board"
    body.save()

    assert body.get_absolute_url() == "/governance/#families-partnership-board"


def test_the_heading_carries_the_short_name():
    body = GovernanceBody(name="Children's Partnership Board", short_name="CPB")

    assert body.heading == "Children's Partnership Board (CPB)"


def test_changing_a_duty_or_relationship_updates_the_bodys_last_updated(board, committee):
    long_ago = timezone.now() - timedelta(days=30)
    GovernanceBody.objects.update(updated_at=long_ago)

    duty = BodyDuty.objects.create(body=board, text="To publish a strategy")
    assert GovernanceBody.objects.get(pk=board.pk).updated_at > long_ago

    GovernanceBody.objects.update(updated_at=long_ago)
    relationship = BodyRelationship.objects.create(
        from_body=board, kind=RelationshipKind.REPORTS_TO, to_body=committee, source="A report"
    )
    both = GovernanceBody.objects.filter(pk__in=[board.pk, committee.pk])
    assert all(body.updated_at > long_ago for body in both)

    GovernanceBody.objects.update(updated_at=long_ago)
    duty.delete()
    relationship.delete()
    both = GovernanceBody.objects.filter(pk__in=[board.pk, committee.pk])
    assert all(body.updated_at > long_ago for body in both)


def test_every_kind_has_a_group_heading():
    assert [kind.group_heading for kind in BodyKind][:3] == [
        "Our department",
        "Committees",
        "Sub-committees",
    ]


def test_a_relationship_may_end_at_a_name_its_source_gives(board):
    """000 names bodies the page has no section for: the name is kept in its words."""
    named = BodyRelationship(
        from_body=board,
        kind=RelationshipKind.LINKS_WITH,
        to_name="  Integrated Commissioning Programme (Children and Maternity) ",
        source="A page",
    )

    named.full_clean()
    named.save()

    assert named.to_name == "Integrated Commissioning Programme (Children and Maternity)"
    assert named.other_end.name == named.to_name and named.other_end.slug == ""
    assert str(named) == (
        "Test Board links with Integrated Commissioning Programme (Children and Maternity)"
    )


@pytest.mark.parametrize(
    ("ends", "message"),
    [
        ({}, "Choose a body, or give the name the source uses."),
        ({"to_name": "A Board"}, "Choose a body or give a name, not both."),
    ],
    ids=["neither", "both"],
)
def test_a_relationship_ends_at_a_body_or_a_name_not_neither_nor_both(
    board, committee, ends, message
):
    relationship = BodyRelationship(
        from_body=board, kind=RelationshipKind.REPORTS_TO, source="A report", **ends
    )
    if ends:
        relationship.to_body = committee

    with pytest.raises(ValidationError) as refused:
        relationship.full_clean()

    assert message in messages(refused.value)


def test_the_same_name_cannot_be_recorded_twice(board):
    BodyRelationship.objects.create(
        from_body=board, kind=RelationshipKind.LINKS_WITH, to_name="A Board", source="A page"
    )
    again = BodyRelationship(
        from_body=board, kind=RelationshipKind.LINKS_WITH, to_name="A Board", source="Another"
    )

    with pytest.raises(ValidationError) as refused:
        again.full_clean()

    assert "Test Board already links with A Board." in str(refused.value)


def test_a_bodys_facts_carry_the_day_they_were_true(board):
    board.as_at = "2024-09-20"
    board.full_clean()
    board.save()

    assert str(GovernanceBody.objects.get(pk=board.pk).as_at) == "2024-09-20"
