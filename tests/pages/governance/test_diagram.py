"""The reporting-lines picture is laid out from the relationships alone, whatever they are."""

from itertools import pairwise

from pages.governance.diagram import columns_for, layout_diagram
from pages.governance.models import BodyRelationship, GovernanceBody, RelationshipKind

REPORTS_TO = RelationshipKind.REPORTS_TO


def bodies(*names):
    return [GovernanceBody(pk=number, name=name, slug=name.lower()) for number, name in
            enumerate(names, start=1)]  # fmt: skip


def relate(one, kind, other):
    return BodyRelationship(from_body=one, kind=kind, to_body=other, source="A test")


def test_a_chain_of_reporting_lines_runs_left_to_right():
    panel, sub_committee, committee = bodies("Panel", "Sub-committee", "Committee")
    lines = [relate(panel, REPORTS_TO, sub_committee), relate(sub_committee, REPORTS_TO, committee)]

    diagram = layout_diagram(lines)

    x = {box.body.name: box.x for box in diagram.boxes}
    assert x["Panel"] < x["Sub-committee"] < x["Committee"]
    assert all(line.x1 < line.x2 for line in diagram.lines)


def test_a_loop_that_no_source_would_state_still_draws():
    one, other = bodies("One", "Other")

    columns = columns_for([relate(one, REPORTS_TO, other), relate(other, REPORTS_TO, one)])

    assert sorted(columns.values()) == [0, 1]


def test_long_names_wrap_inside_their_box_and_boxes_do_not_overlap():
    department, *others = bodies(
        "Department",
        "City of London sub-committee of the City and Hackney Safeguarding Children Partnership",
        "Safeguarding and SEND Sub-Committee",
        "Achieving Excellence Board",
    )
    diagram = layout_diagram(
        [relate(department, RelationshipKind.ACCOUNTABLE_TO, other) for other in others]
    )

    long_name = next(box for box in diagram.boxes if box.body.name.startswith("City of London"))
    assert all(len(line) <= 25 for line in long_name.lines)
    assert " ".join(long_name.lines) == long_name.body.name
    column = sorted((box for box in diagram.boxes if box.x > 100), key=lambda box: box.y)
    assert all(upper.y + upper.height < lower.y for upper, lower in pairwise(column))
    assert "Sub-Committee" in next(
        " ".join(box.lines) for box in diagram.boxes if box.body.name.startswith("Safeguarding")
    )


def test_a_name_a_source_gives_is_a_dashed_box_of_its_own():
    from pages.governance.models import NamedBody

    board, forum = bodies("Board", "Forum")
    named = BodyRelationship(
        from_body=board, kind=RelationshipKind.LINKS_WITH, to_name="A Programme", source="A test"
    )
    diagram = layout_diagram([relate(board, RelationshipKind.LINKS_WITH, forum), named])

    boxes = {box.body.name: box for box in diagram.boxes}
    assert boxes["A Programme"].named_only and boxes["A Programme"].body == NamedBody("A Programme")
    assert not boxes["Forum"].named_only
    assert boxes["A Programme"].x == boxes["Forum"].x  # both one column right of the board
    assert diagram.named_note_y is not None
    assert layout_diagram([relate(board, RelationshipKind.LINKS_WITH, forum)]).named_note_y is None
