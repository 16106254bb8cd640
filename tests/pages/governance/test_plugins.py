"""The governance page: every body grouped by kind, a picture of who reports to whom, its list."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.contrib.auth import get_user_model
from djangocms_versioning.models import Version

from pages.governance.models import BodyDuty, BodyRelationship, GovernanceBody, RelationshipKind
from pages.governance.plugins import reporting_list
from pages.governance.seed import seed_governance
from tests.pages.governance.test_diagram import bodies, relate

pytestmark = pytest.mark.django_db

LANGUAGE = "en"


def reseed_governance():
    """Exactly the seeded bodies: nothing an earlier test (or the site seed) left."""
    GovernanceBody.objects.all().delete()
    seed_governance()


def publish_governance_page(slug: str = "bodies") -> str:
    """A new published page with the plugin on it, as an editor would place it."""
    author, _ = get_user_model().objects.get_or_create(
        username="governance-author", defaults={"is_staff": True, "is_superuser": True}
    )
    page = create_page(
        title="Our governance", template="cms/page.html", language=LANGUAGE, slug=slug,
        created_by=author,
    )  # fmt: skip
    content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    add_plugin(placeholder, "GovernanceBodiesPlugin", LANGUAGE)
    Version.objects.get_for_content(content).publish(author)
    return f"/{slug}/"


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def body_section(html: str, slug: str) -> str:
    """One body's section: from its heading to the next heading of its level or above."""
    start = html.index(f'<h3 id="{slug}">')
    following = re.compile(r"<h[123][ >]").search(html, start + 1)
    return html[start : following.start() if following else None]


NAMED_NOTE = "(named so in the source; no section on this page)"


def stored_relationships() -> set[tuple[str, str, str]]:
    """(from slug, kind, to slug, or the name a source gives) of every relationship."""
    rows = BodyRelationship.objects.values_list(
        "from_body__slug", "kind", "to_body__slug", "to_name"
    )
    return {(one, kind, other or name) for one, kind, other, name in rows}


def picture_relationships(html: str) -> set[tuple[str, str, str]]:
    """(from slug, kind, to slug or name) of every line the picture draws."""
    svg = html[html.index("<svg") : html.index("</svg>")]
    lines = re.findall(r"<line [^>]*data-from[^>]*>", svg)
    found = set()
    for line in lines:
        attrs = dict(re.findall(r'data-(from|kind|to|to-name)="([^"]+)"', line))
        found.add((attrs["from"], attrs["kind"], attrs.get("to") or unescape(attrs["to-name"])))
    return found


class ReportingListReader(HTMLParser):
    """Reads the picture's text equivalent: body link > "Reports to:" > linked bodies, or
    the names a source gives for bodies with no section (text, not links)."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # <ul> levels inside the list; 0 outside it
        self.body = self.kind = self.link = None
        self.words = self.item = ""
        self.found: set[tuple[str, str, str]] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "ul" and (self.depth or "data-reporting-list" in attrs):
            if self.depth == 2:
                self.kind = self.words.strip().rstrip(":")
            self.depth += 1
        elif tag == "li" and self.depth == 2:
            self.words = ""
        elif tag == "li" and self.depth == 3:
            self.item, self.link = "", None
        elif tag == "a" and self.depth == 1:
            self.body = attrs["href"].lstrip("#")
        elif tag == "a" and self.depth == 3:
            self.link = attrs["href"].lstrip("#")

    def handle_endtag(self, tag):
        if tag == "li" and self.depth == 3:
            named = self.item.replace(NAMED_NOTE, "").strip()
            self.found.add((self.body, self.kind, self.link or named))
        if tag == "ul" and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth == 2:
            self.words += data
        elif self.depth == 3:
            self.item += data


def list_relationships(html: str) -> set[tuple[str, str, str]]:
    """(from slug, kind as written, to slug or name) of every item in the nested list."""
    reader = ReportingListReader()
    reader.feed(html)
    return reader.found


@pytest.fixture
def governance_page():
    reseed_governance()
    return publish_governance_page()


def test_the_seeded_facts_appear_in_each_bodys_section(governance_page, client):
    html = client.get(governance_page).content.decode()

    board = visible(body_section(html, "achieving-excellence-board"))
    assert "Chair Independently chaired" in board
    adults = visible(body_section(html, "city-and-hackney-safeguarding-adults-board"))
    assert "Statutory basis Care Act 2014" in adults
    assert "Its three main duties under the Care Act 2014" in adults
    for duty in (
        "To publish a strategy",
        "To publish an annual report",
        "Safeguarding Adults Reviews",
    ):
        assert duty in adults
    partnership = visible(body_section(html, "city-and-hackney-safeguarding-children-partnership"))
    assert "City and Hackney Safeguarding Children Partnership (CHSCP)" in partnership
    assert "Meets Quarterly" in partnership
    assert "Reports to it City of London sub-committee" in partnership
    sub_committee = visible(body_section(html, "safeguarding-and-send-sub-committee"))
    assert "Also called Safeguarding Sub-Committee (in our report of January 2025)" in sub_committee


def test_every_body_has_a_section_at_a_stable_anchor_grouped_by_kind(governance_page, client):
    html = client.get(governance_page).content.decode()

    for body in GovernanceBody.objects.all():
        assert f'<h3 id="{body.slug}">{body.heading}</h3>'.replace("'", "&#x27;") in html
        assert body.get_absolute_url() == f"/governance/#{body.slug}"
    groups = re.findall(r"<h2>([^<]+)</h2>", html)
    assert groups[:3] == ["Our department", "Committees", "Sub-committees"]
    assert groups[-1] == "Forums for children, young people and parents"
    forums = html[html.index("<h2>Forums for children") :]
    for name in ("Children in Care Council", "City Youth Forum", "SEND Parents Forum"):
        assert f">{name}</h3>" in forums


def test_the_picture_and_its_list_carry_the_same_relationships_as_the_data(governance_page, client):
    html = client.get(governance_page).content.decode()
    stored = stored_relationships()
    labels = {kind.value: kind.label for kind in RelationshipKind}

    assert picture_relationships(html) == stored
    assert list_relationships(html) == {(one, labels[kind], other) for one, kind, other in stored}
    assert len(stored) == 18


def test_the_picture_is_an_image_with_a_text_alternative(governance_page, client):
    html = client.get(governance_page).content.decode()
    svg = html[html.index("<svg") : html.index(">", html.index("<svg"))]

    assert 'role="img"' in svg
    title = re.search(r'aria-labelledby="([^"]+)"', svg)[1]
    desc = re.search(r'aria-describedby="([^"]+)"', svg)[1]
    assert re.search(rf'<title id="{title}">Who reports to whom: ', html)
    assert re.search(rf'<desc id="{desc}">[^<]*The list after the picture gives the same', html)
    assert "<script" not in html[html.index("<svg") : html.index("</svg>")]


def test_each_body_says_as_at_when_its_facts_were_true_not_when_it_was_saved(
    governance_page, client
):
    body = GovernanceBody.objects.get(slug="corporate-parenting-task-group")
    GovernanceBody.objects.filter(pk=body.pk).update(
        as_at="2025-03-04", updated_at="2026-12-05T12:00:00Z"
    )
    undated = GovernanceBody.objects.get(slug="crime-and-disorder-scrutiny-committee")

    html = client.get(governance_page).content.decode()

    section = body_section(html, body.slug)
    assert 'Information as at <time datetime="2025-03-04">4 March 2025</time>' in section
    assert "2026" not in section and "Last updated" not in section
    # Its only source (the business plan for 2023/24) gives no date: none is shown.
    assert "as at" not in body_section(html, undated.slug)


def test_a_saved_change_shows_on_the_cached_page(
    governance_page, client, django_capture_on_commit_callbacks
):
    board = GovernanceBody.objects.get(slug="achieving-excellence-board")
    assert "Meets monthly" not in visible(client.get(governance_page).content.decode())
    # The page really is cached: a change behind its back (no save signal) does not show.
    GovernanceBody.objects.filter(pk=board.pk).update(meets="Behind the cache")
    assert "Behind the cache" not in client.get(governance_page).text

    with django_capture_on_commit_callbacks(execute=True):
        board.meets = "Monthly"
        board.save()
        BodyDuty.objects.create(body=board, text="Holding the service to account", position=1)
    section = visible(body_section(client.get(governance_page).content.decode(), board.slug))

    assert "Meets Monthly" in section
    assert "Holding the service to account" in section


def test_a_new_relationship_shows_in_the_picture_and_the_list(
    governance_page, client, django_capture_on_commit_callbacks
):
    client.get(governance_page)  # cached
    with django_capture_on_commit_callbacks(execute=True):
        BodyRelationship.objects.create(
            from_body=GovernanceBody.objects.get(slug="mace-panel"),
            kind=RelationshipKind.REPORTS_TO,
            to_body=GovernanceBody.objects.get(slug="safeguarding-and-send-sub-committee"),
            source="A test",
        )
    html = client.get(governance_page).content.decode()

    added = ("mace-panel", "reports-to", "safeguarding-and-send-sub-committee")
    assert added in picture_relationships(html)
    assert ("mace-panel", "Reports to", "safeguarding-and-send-sub-committee") in (
        list_relationships(html)
    )


def test_the_page_takes_the_same_number_of_queries_however_many_bodies(governance_page, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from site_cache.refresh import forget_everything

    def queries():
        forget_everything()
        with CaptureQueriesContext(connection) as captured:
            client.get(governance_page)
        return len(captured)

    queries()  # warm the per-process caches (menus, URLs)
    before = queries()
    department = GovernanceBody.objects.get(slug="dccs")
    for number in range(5):
        body = GovernanceBody.objects.create(name=f"Test board {number}", kind="board")
        BodyDuty.objects.create(body=body, text="A duty")
        BodyRelationship.objects.create(
            from_body=department,
            kind=RelationshipKind.ACCOUNTABLE_TO,
            to_body=body,
            source="A test",
        )

    assert queries() == before


def test_with_no_bodies_the_plugin_says_so(client):
    GovernanceBody.objects.all().delete()
    page = publish_governance_page("no-bodies")

    html = client.get(page).content.decode()

    assert "No governance bodies have been added yet." in html
    assert "<svg" not in html


def test_the_seeded_governance_page_carries_its_key_facts(seeded_site, client):
    from tests.pages.test_seed import KEY_FACTS

    reseed_governance()

    text = visible(client.get("/governance/").content.decode())

    assert [fact for fact in KEY_FACTS["/governance/"] if fact not in text] == []
    assert "Regulators" in text  # the prose that is not about one body stays


def test_the_list_groups_each_bodys_relationships_by_kind():
    department, committee, board = bodies("Department", "Committee", "Board")
    lines = [
        relate(department, RelationshipKind.REPORTS_TO, committee),
        relate(department, RelationshipKind.ACCOUNTABLE_TO, board),
        relate(department, RelationshipKind.ACCOUNTABLE_TO, committee),
    ]

    [(body, kinds)] = reporting_list(lines)

    assert body == department
    assert [(group.label, [other.name for other in group.bodies]) for group in kinds] == [
        ("Reports to", ["Committee"]),
        ("Accountable to", ["Board", "Committee"]),
    ]
