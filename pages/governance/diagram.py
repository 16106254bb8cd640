"""The governance picture's layout: every body in a relationship as a box, in columns.

Pure geometry over the relationships the plugin has loaded (pages/governance/plugins.py
renders it as a server-drawn SVG, with no JavaScript, beside its text
equivalent)::

    diagram = layout_diagram(relationships)  # boxes, lines, width and height
    legend_entries()  # where the legend draws each kind of line

Bodies nothing reports to stand on the left; each body sits one column right of
the furthest body reporting to it. Line kinds differ by width, dashes and
arrowheads as well as colour, so colour is never the only signal.
"""

import textwrap
from dataclasses import dataclass

from pages.governance.models import BodyRelationship, GovernanceBody, RelationshipKind

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

    body: GovernanceBody
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


def columns_for(relationships: list[BodyRelationship]) -> dict[int, int]:
    """Each body's column: 0 for bodies nothing points to, else one past its furthest source.

    A relationship that would close a loop (A reports to B, B to A) is left
    out of the reckoning, so the columns are always defined.
    """
    sources: dict[int, list[int]] = {}
    for relationship in relationships:
        sources.setdefault(relationship.to_body_id, []).append(relationship.from_body_id)
        sources.setdefault(relationship.from_body_id, [])
    column: dict[int, int] = {}
    visiting: set[int] = set()

    def place(body_id: int) -> int:
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
    bodies = {}
    for relationship in relationships:
        bodies[relationship.from_body_id] = relationship.from_body
        bodies[relationship.to_body_id] = relationship.to_body
    column = columns_for(relationships)
    order = list(bodies)  # first mention first: relationships come in reporting order
    row: dict[int, float] = {}
    columns: list[list[int]] = []
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
    boxes: dict[int, DiagramBox] = {}
    for number, members in enumerate(columns):
        x = MARGIN + number * (BOX_WIDTH + COLUMN_GAP)
        y = MARGIN + LEGEND_HEIGHT + (tallest - column_heights[number]) // 2
        for body_id in members:
            boxes[body_id] = DiagramBox(bodies[body_id], x, y, heights[body_id], wrapped[body_id])
            y += heights[body_id] + BOX_GAP

    lines = []
    pairs: dict[tuple[int, int], int] = {}
    for relationship in relationships:
        start, end = boxes[relationship.from_body_id], boxes[relationship.to_body_id]
        pair = (relationship.from_body_id, relationship.to_body_id)
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
        height=2 * MARGIN + LEGEND_HEIGHT + tallest,
    )


def mean_row(body_id: int, relationships: list[BodyRelationship], row: dict[int, float]) -> float:
    placed = [
        row[relationship.from_body_id]
        for relationship in relationships
        if relationship.to_body_id == body_id and relationship.from_body_id in row
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
