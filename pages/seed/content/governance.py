"""The governance page, and the words of the governance bodies it shows (seeded as records).

Sources: 000 (the "About Community and Children's Services" page, updated 20
September 2024), 002 (committee report, 16 January 2025), 003 (business plan
summary for 2023/24) and 004 (committee report, June and July 2025). Kinds and
relationship kinds are the values of ``pages.governance.models.BodyKind`` and
``RelationshipKind`` (plain strings here, so this module needs no models).
"""

from dataclasses import dataclass

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html


@dataclass(frozen=True)
class Named:
    """The other end of a relationship, by the name a source gives, for a body, programme or
    group the page has no section for: nothing is said about whether it is one of the bodies
    here under another name."""

    name: str


# Each body: its record's fields, "duties" (in order) and "sources" (codes, see SOURCES).
BODIES = (
    {
        "slug": "dccs",
        "name": "Department of Community and Children's Services",
        "short_name": "DCCS",
        "kind": "department",
        "purpose": (
            "Our business plan for 2023/24 lists the bodies we are accountable to, under "
            "accountability and transparency. It also names three regulators: Ofsted, the Care "
            "Quality Commission and the Social Housing Regulator."
        ),
        "sources": ("000", "003"),
    },
    {
        # Its name as 002 gives it. 000 names a "City Corporation CCS Grand Committee" and 003
        # "Community and Children's Services Grand and Sub Committees": no source says either
        # is this committee, so they stay names of their own (see RELATIONSHIPS), not "also
        # called" here.
        "slug": "community-and-childrens-services-committee",
        "name": "Community and Children's Services Committee",
        "kind": "committee",
        "purpose": (
            "The committee of the City of London Corporation that receives reports on our "
            "work. For example, on 16 January 2025 it received a report on Ofsted's 2024 "
            "inspection of our children's services, for information."
        ),
        "sources": ("002",),
    },
    {
        "slug": "health-and-social-care-scrutiny-committee",
        "name": "Health and Social Care Scrutiny Committee",
        "kind": "committee",
        "sources": ("003",),
        "position": 1,
    },
    {
        "slug": "crime-and-disorder-scrutiny-committee",
        "name": "Crime and Disorder Scrutiny Committee",
        "kind": "committee",
        "sources": ("003",),
        "position": 2,
    },
    {
        "slug": "safeguarding-and-send-sub-committee",
        "name": "Safeguarding and SEND Sub-Committee",
        "other_names": "Safeguarding Sub-Committee (in our report of January 2025)",
        "kind": "sub-committee",
        "purpose": (
            "The sub-committee receives reports on our children's services for oversight and "
            "challenge.\n\n"
            # 002 ¶39: "A similar report reviewing progress on the above will be submitted to
            # the Children's Senior Management Team and then to the Safeguarding
            # Sub-Committee in 2025": a plan for a year now past, told as what we said.
            "In June 2024, we completed a report on the work of the Multi-Agency Child "
            "Exploitation (MACE) Panel for the sub-committee. In January 2025, we said that a "
            "report on our progress in responding to children who experience exploitation "
            "and youth violence would go to the Children's Senior Management Team and then to "
            "the sub-committee in 2025.\n\n"
            # 004: "Committees: ... Safeguarding and SEND Sub-Committee – For Information |
            # Dated: 11/06/2025 01/07/2025"; ¶15: "Performance data will be brought to the
            # Achieving Excellence Board and the Safeguarding and SEND Sub-Committee."
            "Our report on the Children's Social Care and Family Help Service Development "
            "Plan 2025–26 was dated 1 July 2025 for the sub-committee, for information. In it, "
            "we said that performance data would be brought to the sub-committee."
        ),
        "sources": ("002", "004"),
    },
    {
        "slug": "city-sub-committee-of-the-chscp",
        "name": "City of London sub-committee of the City and Hackney Safeguarding Children "
        "Partnership",
        "kind": "sub-committee",
        "purpose": (
            "The City of London has a sub-committee which reports to the City and Hackney "
            "Safeguarding Children Partnership (CHSCP) and to the City's Corporate Parenting "
            "Task Group."
        ),
        "sources": ("000",),
        "position": 1,
    },
    {
        "slug": "corporate-parenting-task-group",
        "name": "Corporate Parenting Task Group",
        "kind": "task-group",
        "sources": ("000",),
    },
    {
        "slug": "achieving-excellence-board",
        "name": "Achieving Excellence Board",
        "kind": "board",
        "chair": "Independently chaired",
        "purpose": (
            "Our business plan for 2023/24 lists developing the Achieving Excellence Board "
            "among our major achievements, to sustain and improve the quality of children's "
            "social care.\n\n"
            # 004: "Committees: Achieving Excellence Board – For Information | Dated:
            # 11/06/2025"; ¶1 (the plan's objectives draw on the board); ¶15 (future tense).
            "Our report on the Children's Social Care and Family Help Service Development "
            "Plan 2025–26 was dated 11 June 2025 for the board, for information. The "
            "objectives in the plan draw on the work of the board, among other sources. In "
            "June 2025, we said that performance data would be brought to the board and to "
            "the Safeguarding and SEND Sub-Committee."
        ),
        "sources": ("003", "004"),
    },
    {
        "slug": "health-and-wellbeing-board",
        "name": "Health and Wellbeing Board",
        "kind": "board",
        "sources": ("000",),
        "position": 1,
    },
    {
        "slug": "childrens-partnership-board",
        "name": "Children's Partnership Board",
        "short_name": "CPB",
        "kind": "partnership-board",
        "purpose": (
            "The Children's Partnership Board provides a focus and forum for partnership work "
            "to improve outcomes for children and young people. It does this by championing, "
            "developing and delivering the Children and Young People's Plan (CYPP).\n\n"
            "Members of the board are expected to support partnership work to improve outcomes "
            "for children and young people, and to lead on the CYPP within their own "
            "organisations."
        ),
        "duties": (
            "Championing our local vision for children, young people and their families",
            "Overseeing and supporting delivery of our Children and Young People's Plan by "
            "starting, developing and monitoring partnership work",
            "Providing a forum for shared learning and development, and for joining up "
            "services, strategies and systems",
            "Championing engagement and co-production, including with the City Youth Forum, "
            "Children in Care Council and SEND Parents Forum",
            "Providing a way to oversee and carry out the CYPP, linking to the Health and "
            "Wellbeing Board, City and Hackney Children's Safeguarding Board, Integrated "
            "Commissioning Programme (Children and Maternity), Safer City Partnership and City "
            "Corporation CCS Grand Committee",
        ),
        "sources": ("000",),
    },
    {
        "slug": "city-and-hackney-safeguarding-adults-board",
        "name": "City and Hackney Safeguarding Adults Board",
        "kind": "statutory-board",
        "statutory_basis": "Care Act 2014",
        "chair": "Independently chaired",
        "purpose": (
            "The board is a statutory multi-agency partnership. Its main objective is to make "
            "sure that local safeguarding arrangements are in place and that organisations "
            "safeguard adults at risk of abuse in the City and Hackney.\n\n"
            "The London Borough of Hackney website has more information about the board."
        ),
        "duties_heading": "Its three main duties under the Care Act 2014",
        "duties": (
            "To publish a strategy, which tells people what the priorities are and how the "
            "board will meet them",
            "To publish an annual report on its achievements and how well it has carried out "
            "its strategy",
            "To carry out Safeguarding Adults Reviews where someone has died or suffered "
            "serious harm as a result of abuse or neglect",
        ),
        "sources": ("000", "003"),
    },
    {
        "slug": "city-and-hackney-safeguarding-children-partnership",
        "name": "City and Hackney Safeguarding Children Partnership",
        "short_name": "CHSCP",
        "kind": "partnership",
        "chair": "Independently chaired",
        "meets": "Quarterly",
        "purpose": (
            "The City of London jointly leads the partnership with the London Borough of "
            "Hackney. The partnership is made up of senior representatives from its member "
            "groups and sub-committees, which carry out its responsibilities. All "
            "sub-committees report back to the partnership.\n\n"
            "In January 2025, we reported that we had asked the partnership for advice on our "
            "review of the Multi-Agency Child Exploitation (MACE) Panel."
        ),
        "sources": ("000", "003", "002"),
    },
    {
        "slug": "safer-city-partnership",
        "name": "Safer City Partnership",
        "kind": "partnership",
        "purpose": (
            "Our business plan for 2023/24 says we developed and secured commitment to a new "
            "Safer City Partnership Strategy, and refreshed governance, on behalf of the "
            "responsible authorities of the partnership. We planned to revitalise and refocus "
            "the partnership's work to better deliver the City of London Corporation's "
            "statutory community safety responsibilities."
        ),
        "sources": ("003", "000"),
        "position": 1,
    },
    {
        "slug": "nhs-east-london-and-the-city",
        "name": "NHS East London and the City",
        "kind": "nhs-partnership",
        "purpose": (
            # 000's words, told as what it said on the day it was updated: its "will" is a
            # plan of that time, and NHS East London and the City has since been replaced.
            "As of 20 September 2024, our web page said that the three primary care trusts "
            "serving the City and Hackney, Newham and Tower Hamlets were working together as "
            "NHS East London and the City.\n\n"
            "It said that these trusts had joined forces to improve health services for local "
            "people, and would also work in partnership with local authorities to support the "
            "development of a GP commissioning group. A single board was accountable for "
            "making sure the responsibilities of the three primary care trusts were carried "
            "out."
        ),
        "sources": ("000",),
    },
    {
        "slug": "mace-panel",
        "name": "Multi-Agency Child Exploitation Panel",
        "short_name": "MACE Panel",
        "kind": "panel",
        "purpose": (
            "The MACE Panel is part of our response to Ofsted's 2024 recommendation on "
            "children who experience exploitation and youth violence.\n\n"
            "In January 2025, we said that tools and specialist risk assessments from other "
            "London boroughs would be reviewed, and a final version would go to the panel in "
            "March 2025. We said we would review the impact and membership of the panel from "
            "January to March 2025, including in light of the Pan-London MACE review.\n\n"
            "By June 2025, the panel had been reviewed and refreshed, and development work was "
            "continuing as part of our Children's Social Care and Family Help Service "
            "Development Plan 2025–26."
        ),
        "sources": ("002", "004"),
    },
    {
        "slug": "children-in-care-council",
        "name": "Children in Care Council",
        "kind": "forum",
        "purpose": (
            "In its 2024 inspection, Ofsted found that the Children in Care Council actively "
            "influences how our services are delivered. Young people are encouraged to take "
            "part in activities through the council, including sports and recreation."
        ),
        "sources": ("002", "000"),
    },
    {
        "slug": "city-youth-forum",
        "name": "City Youth Forum",
        "kind": "forum",
        "sources": ("000",),
        "position": 1,
    },
    {
        "slug": "send-parents-forum",
        "name": "SEND Parents Forum",
        "kind": "forum",
        "sources": ("000",),
        "position": 2,
    },
)

ABOUT_PAGE = "About Community and Children's Services (our web page, updated 20 September 2024)"
BUSINESS_PLAN = "our departmental business plan summary for 2023/24"
OFSTED_REPORT = "our committee report on the 2024 Ofsted inspection (16 January 2025)"
PLAN_REPORT = (
    "our committee report on the Children's Social Care and Family Help Service Development "
    "Plan 2025–26 (June and July 2025)"
)
SOURCES = {"000": ABOUT_PAGE, "002": OFSTED_REPORT, "003": BUSINESS_PLAN, "004": PLAN_REPORT}

ACCOUNTABILITY = f"{BUSINESS_PLAN}, under accountability and transparency"
CPB_LINKS = f"the Children's Partnership Board's key responsibilities, in {ABOUT_PAGE}"
CPB_ENGAGEMENT = (
    "the Children's Partnership Board's key responsibilities (engagement and co-production), "
    f"in {ABOUT_PAGE}"
)
CHSCP = "city-and-hackney-safeguarding-children-partnership"
CPB = "childrens-partnership-board"
CITY_SUB_COMMITTEE = "city-sub-committee-of-the-chscp"

# Only what a source states: (from slug, kind, to slug or a ``Named``, where it is stated).
RELATIONSHIPS = (
    # 003, "Accountability and transparency": "Community and Children's Services Grand and Sub
    # Committees", in its words: no source says which committees these are.
    (
        "dccs",
        "accountable-to",
        Named("Community and Children's Services Grand and Sub Committees"),
        ACCOUNTABILITY,
    ),
    ("dccs", "accountable-to", "city-and-hackney-safeguarding-adults-board", ACCOUNTABILITY),
    ("dccs", "accountable-to", CHSCP, ACCOUNTABILITY),
    ("dccs", "accountable-to", "health-and-social-care-scrutiny-committee", ACCOUNTABILITY),
    ("dccs", "accountable-to", "achieving-excellence-board", ACCOUNTABILITY),
    ("dccs", "accountable-to", "crime-and-disorder-scrutiny-committee", ACCOUNTABILITY),
    (
        "dccs",
        "reports-to",
        "safeguarding-and-send-sub-committee",
        f"{OFSTED_REPORT} and {PLAN_REPORT}",
    ),
    # 002: "Committee: Community and Children's Services Committee ... Report of: Judith Finlay,
    # Executive Director Community and Children's Services".
    ("dccs", "reports-to", "community-and-childrens-services-committee", OFSTED_REPORT),
    (CITY_SUB_COMMITTEE, "reports-to", CHSCP, ABOUT_PAGE),
    (CITY_SUB_COMMITTEE, "reports-to", "corporate-parenting-task-group", ABOUT_PAGE),
    # 000, the board's key responsibilities: "... linking to the Health and Wellbeing Board,
    # City and Hackney Children's Safeguarding Board, Integrated Commissioning Programme
    # (Children and Maternity), Safer City Partnership and City Corporation CCS Grand
    # Committee". Three of the five have no section here: they are kept in 000's words.
    (CPB, "links-with", "health-and-wellbeing-board", CPB_LINKS),
    (CPB, "links-with", Named("City and Hackney Children's Safeguarding Board"), CPB_LINKS),
    (
        CPB,
        "links-with",
        Named("Integrated Commissioning Programme (Children and Maternity)"),
        CPB_LINKS,
    ),
    (CPB, "links-with", "safer-city-partnership", CPB_LINKS),
    (CPB, "links-with", Named("City Corporation CCS Grand Committee"), CPB_LINKS),
    (CPB, "links-with", "city-youth-forum", CPB_ENGAGEMENT),
    (CPB, "links-with", "children-in-care-council", CPB_ENGAGEMENT),
    (CPB, "links-with", "send-parents-forum", CPB_ENGAGEMENT),
)

GOVERNANCE = SeedPage(
    slug="governance",
    title="How we are governed",
    menu_title="Governance",
    sources=("000", "002", "003", "004"),
    meta_description=(
        "The City of London Corporation committees, boards, partnerships and regulators "
        "that oversee the work of Community and Children's Services."
    ),
    sections=(
        html(
            """
            <p>The work of Children and Families Services is governed by the wider City of
            London Corporation and various partner organisations. This page describes the
            committees, boards, partnerships and forums that oversee and shape our work, and
            how they relate to each other, as our published documents describe them.</p>
            """
        ),
        SeedPlugin("GovernanceBodiesPlugin", {"diagram_heading": "Who reports to whom"}),
        html(
            """
            <h2>Regulators</h2>
            <p>Our business plan for 2023/24 names three regulators we are accountable to:</p>
            <ul>
            <li>Ofsted</li>
            <li>the Care Quality Commission (CQC)</li>
            <li>the Social Housing Regulator</li>
            </ul>
            <p>Ofsted inspects our children's services. In March 2018, Ofsted and the CQC
            jointly inspected how the City of London puts in place the special educational
            needs and disability reforms.</p>
            <p><a href="/ofsted/">Read about our Ofsted inspections</a></p>
            """
        ),
    ),
)
