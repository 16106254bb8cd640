"""The "Governance bodies" plugin: every body grouped by kind, and who reports to whom.

The picture (laid out by pages/governance/diagram.py, drawn as SVG by the
template, no JavaScript) and its text equivalent (a nested list) are both built
from the same list of relationships, so they always carry the same facts.
"""

from dataclasses import dataclass
from itertools import groupby

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from pages.governance.diagram import FONT_SIZE, layout_diagram, legend_entries
from pages.governance.models import (
    BodyKind,
    BodyRelationship,
    GovernanceBodiesPluginModel,
    GovernanceBody,
    NamedBody,
    RelationshipKind,
)


@dataclass(frozen=True)
class RelatedBodies:
    """The bodies at the other end of one kind of relationship, and where it is stated."""

    kind: RelationshipKind
    label: str  # "Reports to", or read from the other end: "Reports to it"
    bodies: tuple[GovernanceBody | NamedBody, ...]  # a NamedBody has no section to link to
    sources: tuple[str, ...]  # each source once, in order


def sources_once(sources) -> tuple[str, ...]:
    """Each source once, in order, less any that another one names in full ("A" beside
    "A and B")."""
    unique = tuple(dict.fromkeys(sources))
    return tuple(
        source
        for source in unique
        if not any(other != source and source in other for other in unique)
    )


def by_kind(relationships, other_end: str = "other_end") -> list[RelatedBodies]:
    """The relationships grouped by kind, kinds in a fixed order.

    ``other_end`` is "other_end" for a body's own relationships (to a body, or
    to a name its source gives), "from_body" for the relationships other
    bodies have with it.
    """
    order = list(RelationshipKind)
    ordered = sorted(relationships, key=lambda relationship: order.index(relationship.kind))
    grouped = []
    for kind, group in groupby(ordered, key=lambda relationship: relationship.kind):
        kind = RelationshipKind(kind)
        group = list(group)
        grouped.append(
            RelatedBodies(
                kind,
                kind.label if other_end == "other_end" else kind.incoming_label,
                tuple(getattr(relationship, other_end) for relationship in group),
                sources_once(relationship.source for relationship in group),
            )
        )
    return grouped


def reporting_list(relationships: list[BodyRelationship]):
    """The picture's text equivalent: [(body, [RelatedBodies])], in the picture's order."""
    sources = {}
    for relationship in relationships:
        sources.setdefault(relationship.from_body_id, []).append(relationship)
    return [(found[0].from_body, by_kind(found)) for found in sources.values()]


def section_of(body: GovernanceBody, outgoing=None, incoming=None) -> dict:
    """What a body's own section shows about its relationships, both ways.

    ``outgoing`` and ``incoming`` are its relationships when the caller has
    them already; otherwise they are read from the body.
    """
    outgoing = body.relationships.all() if outgoing is None else outgoing
    incoming = body.relationships_in.all() if incoming is None else incoming
    return {
        "body": body,
        "related": by_kind(outgoing) + by_kind(incoming, other_end="from_body"),
    }


def bodies_with_relationships():
    """Every body (duties prefetched) in page order, and each one's relationships both ways.

    All relationships come in one query (in their own order) and are joined to
    the bodies already loaded: three queries in all, however many bodies.
    """
    kinds = list(BodyKind)
    bodies = sorted(
        GovernanceBody.objects.prefetch_related("duties"),
        key=lambda body: (kinds.index(body.kind), body.position, body.name),
    )
    by_id = {body.pk: body for body in bodies}
    outgoing: dict[int, list[BodyRelationship]] = {body.pk: [] for body in bodies}
    incoming: dict[int, list[BodyRelationship]] = {body.pk: [] for body in bodies}
    for relationship in BodyRelationship.objects.all():
        relationship.from_body = by_id[relationship.from_body_id]
        outgoing[relationship.from_body_id].append(relationship)
        if relationship.to_body_id:  # not a name its source gives
            relationship.to_body = by_id[relationship.to_body_id]
            incoming[relationship.to_body_id].append(relationship)
    return bodies, outgoing, incoming


@plugin_pool.register_plugin
class GovernanceBodiesPlugin(CMSPluginBase):
    """Every governance body, grouped by kind, after a picture of who reports to whom."""

    model = GovernanceBodiesPluginModel
    name = "Governance bodies"
    module = "Department records"
    render_template = "pages/governance/bodies.html"
    allow_children = False

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        bodies, outgoing, incoming = bodies_with_relationships()
        relationships = [relationship for body in bodies for relationship in outgoing[body.pk]]
        context["groups"] = [
            (
                BodyKind(kind).group_heading,
                [section_of(body, outgoing[body.pk], incoming[body.pk]) for body in members],
            )
            for kind, members in groupby(bodies, key=lambda body: body.kind)
        ]
        context["diagram"] = layout_diagram(relationships) if relationships else None
        context["reporting_list"] = reporting_list(relationships)
        context["line_styles"] = legend_entries()
        context["font_size"] = FONT_SIZE
        context["id_prefix"] = f"governance-{instance.pk}"
        return context
