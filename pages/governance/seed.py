"""Seed the governance bodies, their duties and relationships from the source documents.

The words are in ``pages.seed.content.governance`` (``BODIES`` and
``RELATIONSHIPS``). ``seed_governance()`` is idempotent and atomic: it creates
a body only if no body has its slug, its duties only together with it, and a
relationship only if one of its bodies was created in the same run. So
nothing an editor changed, or deliberately removed, is ever put back. Each
body's facts are as at the newest date its sources give (``as_at``).
"""

from django.db import transaction

from pages.governance.models import BodyDuty, BodyRelationship, GovernanceBody, RelationshipKind
from pages.seed.content.governance import BODIES, RELATIONSHIPS, SOURCES, Named
from pages.seed.sources import newest_date

NOT_FIELDS = ("duties", "sources")


def sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def source_note(codes: tuple[str, ...]) -> str:
    """Where a body's facts come from: "About ... (updated 20 September 2024); our ..."."""
    return sentence("; ".join(SOURCES[code] for code in codes)) + "."


@transaction.atomic
def seed_governance() -> list[str]:
    """Create the bodies, duties and relationships that are missing. Returns what it created."""
    created = []
    new_slugs = set()
    for seed in BODIES:
        if GovernanceBody.objects.filter(slug=seed["slug"]).exists():
            continue
        body = GovernanceBody(
            **{key: value for key, value in seed.items() if key not in NOT_FIELDS},
            source_note=source_note(seed["sources"]),
            as_at=newest_date(seed["sources"]),
        )
        body.full_clean()
        body.save()
        for position, text in enumerate(seed.get("duties", ()), start=1):
            BodyDuty.objects.create(body=body, text=text, position=position)
        new_slugs.add(body.slug)
        created.append(body.name)

    bodies = GovernanceBody.objects.in_bulk(field_name="slug")
    for from_slug, kind, to, source in RELATIONSHIPS:
        named = isinstance(to, Named)
        ends = {from_slug} if named else {from_slug, to}
        if not ends & new_slugs or not ends <= bodies.keys():
            continue
        relationship = BodyRelationship(
            from_body=bodies[from_slug],
            kind=kind,
            to_body=None if named else bodies[to],
            to_name=to.name if named else "",
            source=source,
        )
        relationship.full_clean()
        relationship.save()
        created.append(
            f"{relationship.from_body} {RelationshipKind(kind).label.lower()} "
            f"{relationship.other_end.name}"
        )
    return created
