"""The seeded site says what its sources say, with their dates (issue: "True to the sources,
honest about dates and stand-ins"), read from the rendered pages.

Each test quotes the source sentence it holds the site to. The sources are the department's
documents 000–004 (/work/shared/source-documents/).
"""

import re
from html import unescape

import pytest
from django.utils import timezone

from pages.seed.content import SEED_PAGES

pytestmark = pytest.mark.django_db


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def page_text(client, path: str) -> str:
    return visible(client.get(path).content.decode())


def body_section(html: str, slug: str) -> str:
    """One governance body's section: from its heading to the next heading of its level."""
    start = html.index(f'<h3 id="{slug}">')
    following = re.compile(r"<h[123][ >]").search(html, start + 1)
    return html[start : following.start() if following else None]


def last_updated(html: str) -> str:
    return re.search(r"Last updated: <time datetime=\"[^\"]+\">([^<]+)</time>", html)[1]


# Point 3: honest dates.

SOURCE_DATED = {
    "/": "16 January 2025",  # 000, 001, 002: 002 is the newest dated
    "/about/": "20 September 2024",  # 000 (003 is undated)
    "/about/performance/": "24 November 2026",  # 003 only, undated: the day it was written
    "/governance/": "11 June 2025",  # 000, 002, 003, 004: 004 is the newest
    "/ofsted/": "11 June 2025",  # 000, 001, 002, 004
    "/publications/": "20 September 2024",  # 000, 001
    "/contact/": "16 January 2025",  # 001 (undated), 002
    "/suggestions-and-complaints/": "24 November 2026",  # 001 only, undated
    "/accessibility/": "24 November 2026",  # written for this site
    "/cookies/": "6 December 2026",  # its cookie names and lifetimes rewritten that day
    "/privacy/": "24 November 2026",
}


def test_every_seeded_page_is_last_updated_as_of_its_source_not_the_seed_day(seeded_site, client):
    """000: "Date updated: 20/09/2024"; 002: "Dated: 16/01/2025"; 004: "Dated: 11/06/2025
    01/07/2025". Pages written for this site: "This statement was prepared on 24 November
    2026" (the accessibility statement; `git log` on pages/seed/content/ says the same day
    for every page whose only source is undated)."""
    dated = {seed.path: last_updated(client.get(seed.path).content.decode()) for seed in SEED_PAGES}

    # Each page its source's date, or the day its words were written: whatever day the
    # database was seeded on (which may be any of them, on the day one was written).
    assert dated == SOURCE_DATED


# After an editor's change is published, "Last updated" is that day: see
# tests/dccs_site/test_layout.py::test_every_page_says_when_it_was_last_updated.


def test_the_kpis_do_not_wear_the_day_the_database_was_seeded(seeded_site, client):
    """The issue: "/about/performance/ says 'These figures were last updated on 5 December
    2026' (the day the database was seeded) about the 2023/24 business plan's KPIs". 003,
    the business plan summary, gives its figures ("Current Performance") with no date."""
    text = page_text(client, "/about/performance/")

    assert "These figures were last updated" not in text
    assert "Their source gives no date for these figures: they are for 2023/24." in text
    assert f"{timezone.localdate():%-d %B %Y}" not in text


def test_governance_bodies_carry_the_date_of_their_sources(seeded_site, client):
    """000: "Date updated: 20/09/2024"; the issue: "each body's facts sit above a 'Last
    updated' of the seed day, though the page says 'This information is as of 20 September
    2024'". A body's facts are as at its newest dated source (002: "Dated: 16/01/2025")."""
    html = client.get("/governance/").content.decode()
    seed_day = f"{timezone.localdate():%-d %B %Y}"

    nhs = visible(body_section(html, "nhs-east-london-and-the-city"))
    assert "Information as at 20 September 2024" in nhs
    committee = visible(body_section(html, "community-and-childrens-services-committee"))
    assert "Information as at 16 January 2025" in committee
    plans_only = visible(body_section(html, "crime-and-disorder-scrutiny-committee"))
    assert "as at" not in plans_only  # 003 alone: no date to give
    bodies = visible(html[html.index("<h2>Our department</h2>") : html.index("<h2>Regulators")])
    assert "Last updated" not in bodies
    assert seed_day not in bodies


def test_inspections_carry_the_date_of_their_sources(seeded_site, client):
    """002: "Dated: 16/01/2025" (the 2024 inspection and our response); 000: "Date
    updated: 20/09/2024" (the March 2018 joint local area SEND inspection)."""
    text = page_text(client, "/ofsted/")
    before_the_prose = text.split("What Ofsted found in September 2024")[0]

    assert before_the_prose.count("Information as at 16 January 2025") == 3
    assert before_the_prose.count("Information as at 20 September 2024") == 1
    assert "Last updated" not in before_the_prose


def test_publishers_can_change_each_records_as_at_date(seeded_site, client, publisher):
    """Records carry the date their facts were true, and Publishers can change it."""
    client.force_login(publisher)

    for change_list in ("governancebody", "kpi", "inspection"):
        listing = client.get(f"/admin/pages/{change_list}/")
        first = re.search(rf'href="(/admin/pages/{change_list}/\d+/change/)', listing.text)[1]
        form = client.get(first).content.decode()
        assert 'name="as_at"' in form, change_list


# Point 4: a changed meaning.


def test_the_pan_london_mace_network_is_delegated_if_either_head_cannot_attend(seeded_site, client):
    """002 ¶38: "Attendance at the Pan-London MACE Network will be delegated to Team Manager
    if either the Head of Safeguarding and Quality Assurance or the Head of Children's Social
    Care and Early Help cannot attend." Either, not neither."""
    text = page_text(client, "/ofsted/")

    assert (
        "attendance at the network would be delegated to a team manager if either the Head of "
        "Safeguarding and Quality Assurance or the Head of Children's Social Care and Family "
        "Help could not attend" in text
    )
    assert "when neither" not in text


# Point 5: the newer names.


def test_the_ofsted_page_uses_the_names_of_june_2025(seeded_site, client):
    """004 (11/06/2025): "Rachel Talmage, Head of Children's Social Care and Family Help";
    "The Service Development Plan has been renamed the Children's Social Care and Family Help
    Service Development Plan". 002 (January 2025) had "Head of Children's Social Care and
    Early Help" and "Social Care and Early Help services"."""
    text = page_text(client, "/ofsted/")

    assert "Head of Children's Social Care and Early Help" not in text
    assert "social care and early help services" not in text.lower()
    assert "Head of Children's Social Care and Family Help" in text
    assert "Our children's social care and family help services use the Domestic Abuse" in text


# Point 6: the Children's Partnership Board's links.

CPB_LINKS_NAMED = (
    "City and Hackney Children's Safeguarding Board",
    "Integrated Commissioning Programme (Children and Maternity)",
    "City Corporation CCS Grand Committee",
)


def test_the_picture_and_its_list_show_every_link_of_the_childrens_partnership_board(
    seeded_site, client
):
    """000 (updated 20/09/2024), the CPB's key responsibilities: "Providing a vehicle for
    oversight and implementation of the CYPP linking to the Health and Wellbeing Board, City
    and Hackney Children's Safeguarding Board, Integrated Commissioning Programme (Children
    and Maternity), Safer City Partnership and City Corporation CCS Grand Committee"."""
    html = client.get("/governance/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    drawn = {
        unescape(name)
        for name in re.findall(
            r'data-from="childrens-partnership-board" data-kind="links-with" '
            r'data-to-name="([^"]+)"',
            svg,
        )
    }
    listed = html[html.index("data-reporting-list") : html.index("<h2>Our department</h2>")]
    cpb = visible(listed[listed.index('href="#childrens-partnership-board"') :])

    assert drawn == set(CPB_LINKS_NAMED)
    for name in CPB_LINKS_NAMED:
        # in 000's words, said to have no section here, and nothing said of which body it is
        assert f"{name} (named so in the source; no section on this page)" in cpb
    for linked in ("health-and-wellbeing-board", "safer-city-partnership"):
        assert (
            f'data-from="childrens-partnership-board" data-kind="links-with" data-to="{linked}"'
            in (svg)
        )
    section = visible(body_section(html, "childrens-partnership-board"))
    assert "City and Hackney Children's Safeguarding Board (named so in the source" in section
    assert "About Community and Children's Services (our web page, updated 20 September 2024)" in (
        section
    )


def test_no_body_is_added_or_joined_for_a_name_the_source_gives(seeded_site, client):
    """000 names a "City and Hackney Children's Safeguarding Board" beside the "City and
    Hackney Safeguarding Children Partnership"; no source says whether they are one body."""
    html = client.get("/governance/").content.decode()
    headings = [visible(heading) for heading in re.findall(r"<h3 id=[^>]+>(.*?)</h3>", html)]

    assert not [name for name in CPB_LINKS_NAMED if any(name in h for h in headings)]
    partnership = visible(body_section(html, "city-and-hackney-safeguarding-children-partnership"))
    assert "Children's Safeguarding Board" not in partnership


# Point 7: two names kept apart.


def test_the_committee_and_the_grand_committee_are_not_said_to_be_one_body(seeded_site, client):
    """002: "Committee: Community and Children's Services Committee"; 000: "City Corporation
    CCS Grand Committee"; 003: "Community and Children's Services Grand and Sub Committees".
    No source says they are the same body."""
    html = client.get("/governance/").content.decode()
    committee = visible(body_section(html, "community-and-childrens-services-committee"))
    svg = html[html.index("<svg") : html.index("</svg>")]

    assert "Also called" not in committee
    assert "Grand" not in committee
    assert (
        'data-from="childrens-partnership-board" data-kind="links-with" '
        'data-to="community-and-childrens-services-committee"' not in svg
    )
    assert (
        'data-from="dccs" data-kind="accountable-to" '
        'data-to-name="Community and Children&#x27;s Services Grand and Sub Committees"' in svg
    )


# Point 8: KPI 9 reads the right way.


def test_kpi_9_says_a_bigger_reduction_is_better(seeded_site, client):
    """003: "9 | 20% reduction of defined as living on streets | ↓ 9% | ↓ 20%" and "Achieve
    20% reduction in those defined as living on streets KPI9": a bigger reduction is better."""
    html = client.get("/about/performance/").content.decode()
    row = visible(re.search(r"<tr[^>]*>\s*<th[^>]*><strong>KPI 9</strong>.*?</tr>", html, re.S)[0])
    text = visible(html)

    assert row.endswith("9% reduction Not on target 20% reduction A bigger reduction is better")
    assert "Lower is better" not in row
    assert "lower is better for KPI 1; a bigger reduction is better for KPI 9." in text


# Point 9: plans told with the date they were made.

PLANS_DATED = {
    "/ofsted/": (
        "This is the response we gave the Community and Children's Services Committee on "
        "16 January 2025.",
        "Family Therapy Clinic: we said that from January to June 2025 we would make sure",
        "that a final version would go to the Multi-Agency Child Exploitation (MACE) Panel in "
        "March 2025",
    ),
    "/governance/": (
        "In January 2025, we said that a report on our progress in responding to children who "
        "experience exploitation and youth violence would go to the Children's Senior "
        "Management Team and then to the sub-committee in 2025.",
    ),
}


@pytest.mark.parametrize("path", PLANS_DATED)
def test_plans_say_when_they_were_made_and_are_past_once_their_date_is(seeded_site, client, path):
    """002 ¶26: "From January to June 2025, we will ensure that each child and family
    experiencing domestic abuse is automatically referred to the Family Therapy Clinic"; ¶35:
    "A final version will go to the Multi-Agency Child Exploitation (MACE) Panel in March
    2025"; ¶39: "A similar report reviewing progress on the above will be submitted to the
    Children's Senior Management Team and then to the Safeguarding Sub-Committee in 2025".
    Each was said on 16 January 2025, for a day now past."""
    html = client.get(path).content.decode()
    text = visible(html)
    # Sentences end at a full stop or at the end of a paragraph, list item or heading.
    blocks = re.split(r"</(?:p|li|dt|dd|h[1-6]|title|desc)>", html)
    sentences = [part for block in blocks for part in re.split(r"(?<=[.!?])\s+", visible(block))]
    today = timezone.localdate()

    for dated in PLANS_DATED[path]:
        assert dated in text
    future_tense_for_a_past_year = [
        sentence
        for sentence in sentences
        if re.search(r"\b(will|is to go|are to go)\b", sentence)
        and any(int(year) < today.year for year in re.findall(r"\b20\d\d\b", sentence))
    ]
    assert future_tense_for_a_past_year == []
