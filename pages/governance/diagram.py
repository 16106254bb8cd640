"""The governance picture's layout: every body in a relationship as a box, in columns.

Pure geometry over the relationships the plugin has loaded (pages/governance/plugins.py
renders it as a server-drawn SVG, with no JavaScript, beside its text
equivalent)::

    diagram = layout_diagram(relationships)  # boxes, lines, width and height
    legend_entries()  # where the legend draws each kind of line

Bodies nothing reports to stand on the left; each body sits one column right of
the furthest body reporting to it. Line kinds differ by width, dashes and
arrowheads as well as colour, so colour is never the only signal. A name a
source gives for a body with no section on the page is a box with a dashed
border.
"""

import textwrap
from dataclasses import dataclass

from pages.governance.models import BodyRelationship, GovernanceBody, NamedBody, RelationshipKind

# A box's key: a body's id, or ("named", its name) for a name a source gives.
BoxKey = int | tuple[str, str]


def from_key(relationship: BodyRelationship) -> BoxKey:
    return relationship.from_body_id


def to_key(relationship: BodyRelationship) -> BoxKey:
    return relationship.to_body_id or ("named", relationship.to_name)


# The picture's geometry, in SVG user units (about pixels at full width).
FONT_SIZE = 16
BOX_WIDTH = 250
CHARACTERS_PER_LINE = 25
LINE_HEIGHT = 20
BOX_PADDING = 10
BOX_GAP = 14
COLUMN_GAP = 120
MARGIN = 10
LEGEND_HEIGHT = 70
NAMED_NOTE_HEIGHT = 24  # the legend's line about dashed boxes, when there are any
PARALLEL_OFFSET = 8
LEGEND_ENTRY_WIDTH = 220


@dataclass(frozen=True)
class LineStyle:
    """How the picture draws one kind of relationship: not by colour alone."""

    colour: str
    width: int
    dashes: str  # SVG stroke-dasharray; "" for a solid line
    arrow: bool  # an arrowhead at the body reported or accountable to
    legend: str


LINE_STYLES = {
    RelationshipKind.REPORTS_TO: LineStyle("#0b0c0c", 2, "", True, "reports to"),
    RelationshipKind.ACCOUNTABLE_TO: LineStyle("#8a1538", 4, "", True, "is accountable to"),
    RelationshipKind.LINKS_WITH: LineStyle("#505a5f", 2, "6 4", False, "links with"),
}


@dataclass(frozen=True)
class DiagramBox:
    """One body drawn as a box with its name wrapped over a few lines."""

    body: GovernanceBody | NamedBody
    x: int
    y: int
    height: int
    lines: tuple[str, ...]

    @property
    def width(self) -> int:
        return BOX_WIDTH

    def text_rows(self) -> list[tuple[int, str]]:
        """(baseline y, text) for each line of the name, centred in the box."""
        top = self.y + (self.height - len(self.lines) * LINE_HEIGHT) // 2
        return [
            (top + (index + 1) * LINE_HEIGHT - 5, line) for index, line in enumerate(self.lines)
        ]

    @property
    def centre_x(self) -> int:
        return self.x + BOX_WIDTH // 2

    @property
    def named_only(self) -> bool:
        """A name a source gives, with no section on the page: drawn with a dashed border."""
        return isinstance(self.body, NamedBody)


@dataclass(frozen=True)
class DiagramLine:
    """One relationship drawn as a line from one box to another."""

    relationship: BodyRelationship
    x1: int
    y1: int
    x2: int
    y2: int

    @property
    def kind(self) -> RelationshipKind:
        return RelationshipKind(self.relationship.kind)

    @property
    def style(self) -> LineStyle:
        return LINE_STYLES[self.kind]


@dataclass(frozen=True)
class Diagram:
    boxes: tuple[DiagramBox, ...]
    lines: tuple[DiagramLine, ...]
    width: int
    height: int
    named_note_y: int | None = None  # the baseline of the note on dashed boxes, if any


def columns_for(relationships: list[BodyRelationship]) -> dict[BoxKey, int]:
    """Each body's column: 0 for bodies nothing points to, else one past its furthest source.

    A relationship that would close a loop (A reports to B, B to A) is left
    out of the reckoning, so the columns are always defined.
    """
    sources: dict[BoxKey, list[BoxKey]] = {}
    for relationship in relationships:
        sources.setdefault(to_key(relationship), []).append(from_key(relationship))
        sources.setdefault(from_key(relationship), [])
    column: dict[BoxKey, int] = {}
    visiting: set[BoxKey] = set()

    def place(body_id: BoxKey) -> int:
        if body_id in column:
            return column[body_id]
        visiting.add(body_id)
        before = [place(source) for source in sources[body_id] if source not in visiting]
        visiting.discard(body_id)
        column[body_id] = 1 + max(before) if before else 0
        return column[body_id]

    for body_id in sources:
        place(body_id)
    return column


def layout_diagram(relationships: list[BodyRelationship]) -> Diagram:
    """Lay out every body in a relationship in columns, sources on the left.

    Within a column, bodies sit near the bodies they are connected to on the
    left (the mean of their rows), which keeps lines from crossing much.
    """
    bodies: dict[BoxKey, GovernanceBody | NamedBody] = {}
    for relationship in relationships:
        bodies[from_key(relationship)] = relationship.from_body
        bodies[to_key(relationship)] = relationship.other_end
    column = columns_for(relationships)
    order = list(bodies)  # first mention first: relationships come in reporting order
    row: dict[BoxKey, float] = {}
    columns: list[list[BoxKey]] = []
    for number in range(max(column.values(), default=-1) + 1):
        members = [body_id for body_id in order if column[body_id] == number]
        if number:
            members.sort(key=lambda body_id: mean_row(body_id, relationships, row))
        for index, body_id in enumerate(members):
            row[body_id] = index
        columns.append(members)

    wrapped = {
        body_id: tuple(textwrap.wrap(body.name, CHARACTERS_PER_LINE, break_on_hyphens=False))
        for body_id, body in bodies.items()
    }
    heights = {
        body_id: len(lines) * LINE_HEIGHT + 2 * BOX_PADDING for body_id, lines in wrapped.items()
    }
    column_heights = [
        sum(heights[body_id] for body_id in members) + BOX_GAP * (len(members) - 1)
        for members in columns
    ]
    tallest = max(column_heights, default=0)
    any_named = any(isinstance(body, NamedBody) for body in bodies.values())
    legend_height = LEGEND_HEIGHT + (NAMED_NOTE_HEIGHT if any_named else 0)
    boxes: dict[BoxKey, DiagramBox] = {}
    for number, members in enumerate(columns):
        x = MARGIN + number * (BOX_WIDTH + COLUMN_GAP)
        y = MARGIN + legend_height + (tallest - column_heights[number]) // 2
        for body_id in members:
            boxes[body_id] = DiagramBox(bodies[body_id], x, y, heights[body_id], wrapped[body_id])
            y += heights[body_id] + BOX_GAP

    lines = []
    pairs: dict[tuple[BoxKey, BoxKey], int] = {}
    for relationship in relationships:
        start, end = boxes[from_key(relationship)], boxes[to_key(relationship)]
        pair = (from_key(relationship), to_key(relationship))
        offset = pairs.get(pair, 0) * PARALLEL_OFFSET  # a second line between the same two
        pairs[pair] = pairs.get(pair, 0) + 1
        rightwards = end.x >= start.x
        lines.append(
            DiagramLine(
                relationship,
                x1=start.x + BOX_WIDTH if rightwards else start.x,
                y1=start.y + start.height // 2 + offset,
                x2=end.x if rightwards else end.x + BOX_WIDTH,
                y2=end.y + end.height // 2 + offset,
            )
        )
    width = 2 * MARGIN + len(columns) * BOX_WIDTH + max(len(columns) - 1, 0) * COLUMN_GAP
    return Diagram(
        tuple(boxes.values()),
        tuple(lines),
        width=max(width, 2 * MARGIN + 2 * BOX_WIDTH + COLUMN_GAP),
        height=2 * MARGIN + legend_height + tallest,
        named_note_y=LEGEND_HEIGHT + 12 if any_named else None,
    )


def mean_row(
    body_id: BoxKey, relationships: list[BodyRelationship], row: dict[BoxKey, float]
) -> float:
    placed = [
        row[from_key(relationship)]
        for relationship in relationships
        if to_key(relationship) == body_id and from_key(relationship) in row
    ]
    return sum(placed) / len(placed) if placed else float("inf")


def legend_entries() -> list[dict]:
    """Each kind of line in the legend above the picture, left to right, with its place."""
    return [
        {
            "kind": kind,
            "style": style,
            "x": MARGIN + index * LEGEND_ENTRY_WIDTH,
            "text_x": MARGIN + index * LEGEND_ENTRY_WIDTH + 50,
        }
        for index, (kind, style) in enumerate(LINE_STYLES.items())
    ]
