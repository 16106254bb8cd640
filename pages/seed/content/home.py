"""The home page."""

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html

HOME = SeedPage(
    slug="",
    title="Community and Children's Services",
    menu_title="Home",
    meta_description=(
        "The City of London Corporation's Department of Community and Children's Services: "
        "what we do, how to contact us and our latest Ofsted judgement."
    ),
    template="cms/home.html",
    # 000 (what we do), 001 (the contact card) and 002 (the latest Ofsted judgement).
    sources=("000", "001", "002"),
    sections=(
        html(
            """
            <h2>What we do</h2>
            <p>The Department of Community and Children's Services (DCCS) provides care and
            support to the people who live and work in the City of London. We are responsible
            for:</p>
            <ul>
            <li>people, housing, education, social care and community services for the more
            than 9,000 residents of the Square Mile (as of September 2024)</li>
            <li>public health, leisure and adult education for residents and for the more than
            half a million people who work in the City of London</li>
            <li>building new affordable homes, and maintaining and repairing our existing
            homes</li>
            </ul>
            """
        ),
        SeedPlugin("ContactCardPlugin", {"layout": "compact", "heading": "Contact us"}),
        html(
            """
            <p><a href="/contact/">See all the ways to contact the Children and Families
            team</a></p>
            """
        ),
        SeedPlugin("LatestOfstedJudgementPlugin", {"heading": "Our latest Ofsted inspection"}),
        SeedPlugin("LatestPublicationsPlugin", {"heading": "Latest publications", "count": 3}),
        html(
            """
            <h2>Find out more</h2>
            <ul>
            <li><a href="/about/">About the department</a>: our priorities, plans and
            performance</li>
            <li><a href="/governance/">How we are governed</a>: the boards, committees and
            partnerships that oversee our work</li>
            </ul>
            """
        ),
    ),
)
