"""The words of the seeded pages, written from the department's source documents.

Every fact comes from /work/shared/source-documents/ (the project never reads
them at run time). Where a page draws on each document:

- Home ("/"): 000 (remit, resident numbers as of 20 September 2024, the
  "Strategies, plans and reports" list), 001 (phone numbers and hours) and
  002 (the September 2024 Ofsted inspection).
- About ("/about/"): 000 (remit, the five priority themes, commissioning) and
  003 (the departmental business plan for 2023/24: description, major
  workstreams, strategic commitments and the 13 KPIs).
- Governance ("/governance/"): 000 (Children's Partnership Board, City and
  Hackney Safeguarding Children Partnership and Safeguarding Adults Board, NHS
  East London and the City), 002 and 004 (committees, the Achieving Excellence
  Board, the MACE Panel) and 003 (accountability bodies, regulators, the Safer
  City Partnership).
- Ofsted ("/ofsted/"): 002 (September 2024 inspection, recommendations and
  the department's response), 004 (progress on the recommendations by June
  2025), 000 (November 2022 focused visit, March 2020 inspection, March 2018
  joint local area SEND inspection) and 001 (the 2018 SEND inspection).
- Publications ("/publications/"): 000 (the 10 documents with size and date
  submitted, the Early Help Strategy description) and 001 (the Children and
  Young People's Plan).
- Contact ("/contact/"): 001 (phone numbers, emails, postal address, who runs
  the team) and 002 (the emergency duty service is shared with Hackney).
- Suggestions and complaints ("/suggestions-and-complaints/"): 001.
- Accessibility, cookies and privacy: about this website itself, written to
  the GOV.UK model accessibility statement; no facts about the department.
"""

from pages.seed import SeedPage, SeedPlugin


def _html(text: str) -> str:
    """Join an HTML fragment written over several lines into clean markup.

    Lines are stripped. Two lines meet with a newline where one ends a tag and
    the next starts one (between block elements), and with a single space
    otherwise, so a sentence wrapped over two source lines reads as one.
    """
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    joined = lines[0]
    for previous, line in zip(lines, lines[1:], strict=False):
        separator = "\n" if previous.endswith(">") and line.startswith("<") else " "
        joined += separator + line
    return joined


OFFICE_PHONE = '<a href="tel:+442073323621">020 7332 3621</a>'
EMERGENCY_PHONE = '<a href="tel:+442083562710">020 8356 2710</a>'
OFFICE_EMAIL = (
    '<a href="mailto:children.duty@cityoflondon.gov.uk">children.duty@cityoflondon.gov.uk</a>'
)
EMERGENCY_EMAIL = '<a href="mailto:emergency.duty@hackney.gov.uk">emergency.duty@hackney.gov.uk</a>'
POSTAL_ADDRESS = (
    "<p>Community and Children's Services<br>"
    "City of London<br>"
    "North Wing, Guildhall<br>"
    "PO Box 270<br>"
    "London EC2P 2EJ</p>"
)
IMMEDIATE_DANGER = "<p><strong>If a child is in immediate danger, call 999.</strong></p>"


# --------------------------------------------------------------------------
# Home
# --------------------------------------------------------------------------

HOME = SeedPage(
    slug="",
    title="Community and Children's Services",
    menu_title="Home",
    meta_description=(
        "The City of London Corporation's Department of Community and Children's Services: "
        "what we do, how to contact us and our latest Ofsted judgement."
    ),
    template="cms/home.html",
    sections=(
        _html(
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
        _html(
            """
            <p><a href="/contact/">See all the ways to contact the Children and Families
            team</a></p>
            """
        ),
        _html(
            """
            <h2>Our latest Ofsted inspection</h2>
            <p>Ofsted inspected our children's social care services from 23 to 27 September
            2024. This was a short inspection under the Inspection of Local Authority
            Children's Services (ILACS) framework.</p>
            <p>Ofsted published its findings on 5 November 2024. Our services received an
            overall judgement of <strong>Outstanding</strong>.</p>
            <p><a href="/ofsted/">Read about our Ofsted inspections</a></p>
            """
        ),
        SeedPlugin("LatestPublicationsPlugin", {"heading": "Latest publications", "count": 3}),
        _html(
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


# --------------------------------------------------------------------------
# About
# --------------------------------------------------------------------------

# The 13 KPIs of the departmental business plan for 2023/24 (003):
# number, KPI, current performance, target. Arrows are written as words.
KPIS = (
    (
        "1",
        "Proportion of children looked after with 3 or more accommodation placements",
        "0%",
        "0%",
    ),
    (
        "2",
        "Proportion of children looked after receiving initial health assessment within timescale",
        "90%",
        "100%",
    ),
    ("3", "Proportion of care leavers with up-to-date pathway plan", "79%", "90%"),
    ("4", "Proportion of care leavers in education, employment or training", "88%", "100%"),
    ("5", "Proportion of care leavers in suitable accommodation", "95%", "100%"),
    (
        "6",
        "Proportion of children with special educational needs and disability receiving an "
        "Education Health and Care Plan within 20 days",
        "100%",
        "100%",
    ),
    (
        "7",
        "Proportion of 2023/24 major works programme (3,880 windows, 1,510 fire doors) delivered",
        "New",
        "90%",
    ),
    (
        "8",
        "Increase the thermal efficiency (SAP Rating) of the social housing stock",
        "69",
        "Increase",
    ),
    (
        "9",
        "20% reduction in people defined as living on the streets",
        "9% reduction",
        "20% reduction",
    ),
    (
        "10",
        "Proportion of individuals new to rough sleeping to be offered a route off the streets "
        "within 72 hours of their first contact with City outreach",
        "84%",
        "100%",
    ),
    ("11", "Proportion of Adult Social Care Assessments completed within 28 days", "New", "70%"),
    (
        "12",
        "Proportion of Carer Reviews completed within 12 months of previous review",
        "70%",
        "100%",
    ),
    (
        "13",
        "Proportion of older people (65 and over) who were still at home 91 days after "
        "discharge from hospital into reablement/rehabilitation services",
        "85%",
        "90%",
    ),
)

KPI_ROWS = "\n".join(
    f'<tr><td>{number}</td><th scope="row">{kpi}</th><td>{current}</td><td>{target}</td></tr>'
    for number, kpi, current, target in KPIS
)

ABOUT = SeedPage(
    slug="about",
    title="About the department",
    menu_title="About",
    meta_description=(
        "What the Department of Community and Children's Services does, its five priority "
        "themes, its plans and how it measures performance."
    ),
    sections=(
        _html(
            """
            <h2>What we do</h2>
            <p>The Department of Community and Children's Services (DCCS) has a wide remit. We
            provide care and support to the people who live and work in the City of London.
            We are responsible for:</p>
            <ul>
            <li>all the people, housing, education, social care and community services for the
            more than 9,000 residents of the Square Mile (as of 20 September 2024)</li>
            <li>public health, leisure and adult education for residents and for the more than
            half a million people who work in the City of London</li>
            <li>building new affordable homes, and the maintenance and repairs programme for our
            existing properties, including the Barbican Estate, Middlesex Street Estate,
            Golden Lane Estate and ten other estates in six different London boroughs</li>
            </ul>
            <p>We work to support the most vulnerable people in the City, tackle health
            inequalities, provide safe and secure homes, deliver education to children and
            adults, and deliver services that improve the welfare of the City's communities.
            We do this by making the most of our assets (libraries, housing stock, community
            centres and staff), through our partnerships with health, policing, neighbouring
            authorities and colleagues across the City of London Corporation, and by leading
            pan-London initiatives.</p>
            """
        ),
        _html(
            """
            <h2>Our five priority themes</h2>
            <p>The DCCS Outcomes Framework sets out our five priority themes:</p>
            <ul>
            <li><strong>Safe</strong>: people of all ages live in safe communities, our homes
            are safe and well maintained and our estates are protected from harm</li>
            <li><strong>Potential</strong>: people of all ages can achieve their ambitions
            through education, training and lifelong learning</li>
            <li><strong>Independence, involvement and choice</strong>: people of all ages can
            live independently, play a role in their communities and exercise choice over
            their services</li>
            <li><strong>Health and wellbeing</strong>: people of all ages enjoy good health and
            wellbeing</li>
            <li><strong>Community</strong>: people of all ages feel part of, engaged with and
            able to shape their community</li>
            </ul>
            """
        ),
        _html(
            """
            <h2>Our major workstreams for 2023/24</h2>
            <p>Our departmental business plan for 2023/24 set out these major workstreams:</p>
            <ul>
            <li>delivering outstanding statutory services to adult and child residents with
            needs, including adult and children's social care, support with special
            educational needs, access to education, and help for people who ask the local
            authority for help with homelessness</li>
            <li>fulfilling our statutory responsibility to improve the health of our local
            population, including reducing health inequalities, and to make sure public health
            services are provided; and delivering our statutory duty to provide a library
            service</li>
            <li>addressing housing needs and homelessness by delivering 69 new social rented
            homes (of a programme of 270) in 2023/24</li>
            <li>improving services to reduce rough sleeping, through capital works and service
            commissioning to deliver a rough sleeping assessment centre by December 2023</li>
            <li>refurbishing Artizan Street Library by June 2023, to make it more relevant,
            improve its service and reach more of the community</li>
            <li>alleviating poverty by delivering a “food pantry” for low-income and struggling
            households</li>
            <li>transforming adult social care to integrate it better with health services,
            support more residents to be cared for in their homes, and deliver efficiencies to
            mitigate increased demand for care and support</li>
            <li>revitalising and refocusing the work of the Safer City Partnership to better
            deliver the City of London Corporation's statutory community safety
            responsibilities</li>
            <li>supporting social mobility and tackling pupil disadvantage through a new
            education funding model affecting 7,294 pupils by December 2023 (the end of the
            current Education, Cultural Learning and Skills strategies period), with ongoing
            annual investment informed by the 2024-2028 strategies being developed during
            2023</li>
            <li>delivering safer homes by installing improved fire safety rated doors across
            our social housing and the Barbican Estate by 2025</li>
            <li>delivering better, more thermally efficient homes by repairing windows in about
            500 properties on the Golden Lane Estate by 2026</li>
            <li>agreeing a medium-term strategy and investment for running the Golden Lane
            Leisure Centre</li>
            </ul>
            """
        ),
        _html(
            """
            <h2>Our strategic commitments</h2>
            <p>The business plan for 2023/24 also set out our strategic commitments:</p>
            <ul>
            <li><strong>Sustaining outstanding children's services</strong>: stable homes and
            timely health assessments for children looked after; up-to-date pathway plans,
            suitable accommodation and education, employment or training for all care leavers;
            and Education Health and Care Plans within 20 days for children with special
            educational needs and disability</li>
            <li><strong>Delivering new social homes and improving our existing housing
            stock</strong>: 69 new social rented homes in 2023/24, a major works programme
            (window refurbishment, fire door replacement and sprinkler retrofit), and a new
            housing management strategy and customer service standards</li>
            <li><strong>Reducing the impact and incidence of rough sleeping</strong>: a new
            rough sleeping assessment centre, a 20% reduction in people defined as living on
            the streets, a route off the streets within 72 hours for everyone new to rough
            sleeping, and a new homelessness and rough sleeping strategy</li>
            <li><strong>Delivering effective adult social care that secures choice and
            independence, and evidences person-centred care</strong>: assessments within 28
            days, carer reviews within 12 months, effective reablement, a review of brokerage,
            and an Unpaid Carers Strategy</li>
            <li><strong>Reducing health inequalities</strong>: a food pantry to tackle food and
            income poverty, reducing the impact of cost-of-living pressures, and a new Joint
            Health and Wellbeing Strategy</li>
            <li><strong>Delivering exceptional education, cultural and creative learning and
            skills</strong>: a new education funding model, and a Maker Space at Artizan Street
            Library</li>
            </ul>
            """
        ),
        _html(
            f"""
            <h2>Key performance indicators</h2>
            <p>Our departmental business plan for 2023/24 set 13 key performance indicators
            (KPIs). The table shows our performance when the plan was written, and the target
            for each indicator. “New” is how the plan marks a new indicator.</p>
            <table>
            <caption>Key performance indicators from the departmental business plan for
            2023/24</caption>
            <thead>
            <tr><th scope="col">Number</th><th scope="col">KPI</th>
            <th scope="col">Current performance</th><th scope="col">Target</th></tr>
            </thead>
            <tbody>
            {KPI_ROWS}
            </tbody>
            </table>
            """
        ),
        _html(
            """
            <h2>Commissioning</h2>
            <p>We commission a range of services to support our work. These include social
            care support, specialist accommodation, homelessness services, and sports and
            leisure services.</p>
            <p>We commission services and accommodation from voluntary, charitable and private
            sector organisations, social enterprises, local authorities and other public
            bodies. We also commission some services jointly with, or on behalf of, other
            local authorities. This lets us draw on the expertise and innovation of many
            organisations, and respond to the individual needs of the people we support.</p>
            <p>Our Market Sustainability Plan sets out our work and approach to help support a
            vibrant social care sector. Adult social care providers can read it on the City of
            London Corporation's Fair Cost of Care and Market Sustainability Plan web page.</p>
            """
        ),
        _html(
            """
            <h2>Find out more</h2>
            <ul>
            <li><a href="/governance/">How we are governed</a></li>
            <li><a href="/ofsted/">Our Ofsted inspections</a></li>
            <li><a href="/publications/">Our strategies, plans and reports</a></li>
            </ul>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Governance
# --------------------------------------------------------------------------

GOVERNANCE = SeedPage(
    slug="governance",
    title="How we are governed",
    menu_title="Governance",
    meta_description=(
        "The City of London Corporation committees, boards, partnerships and regulators "
        "that oversee the work of Community and Children's Services."
    ),
    sections=(
        _html(
            """
            <p>The work of Children and Families Services is governed by the wider City of
            London Corporation and various partner organisations. This page describes the
            committees, boards, partnerships and regulators that oversee our work.</p>
            """
        ),
        _html(
            """
            <h2>Who we are accountable to</h2>
            <p>Our departmental business plan for 2023/24 lists these bodies under
            accountability and transparency:</p>
            <ul>
            <li>Community and Children's Services Grand and Sub Committees</li>
            <li>City and Hackney Safeguarding Adults Board (independently chaired)</li>
            <li>City and Hackney Safeguarding Children Partnership (independently chaired)</li>
            <li>Health and Social Care Scrutiny Committee</li>
            <li>Achieving Excellence Board (independently chaired)</li>
            <li>Crime and Disorder Scrutiny Committee</li>
            <li>Ofsted, the Care Quality Commission and the Social Housing Regulator</li>
            </ul>
            """
        ),
        _html(
            """
            <h2>Committees</h2>
            <h3>Community and Children's Services Committee</h3>
            <p>The Community and Children's Services Committee receives reports on our work.
            For example, on 16 January 2025 it received a report on Ofsted's 2024 inspection
            of our children's services, for information.</p>
            <h3>Safeguarding and SEND Sub-Committee</h3>
            <p>The Safeguarding and SEND Sub-Committee receives reports on our children's
            services for oversight and challenge. Our report of January 2025 calls it the
            Safeguarding Sub-Committee.</p>
            <ul>
            <li>In June 2024, we completed a report on the work of the Multi-Agency Child
            Exploitation (MACE) Panel for the sub-committee.</li>
            <li>A report on our progress in responding to children who experience exploitation
            and youth violence is to go to the Children's Senior Management Team and then to
            the sub-committee in 2025.</li>
            <li>The sub-committee received our Children's Social Care and Family Help Service
            Development Plan 2025–26 on 1 July 2025, for information.</li>
            <li>Performance data about our children's social care and family help service is
            brought to the sub-committee.</li>
            </ul>
            <h3>Scrutiny committees</h3>
            <p>Our business plan for 2023/24 lists the Health and Social Care Scrutiny
            Committee and the Crime and Disorder Scrutiny Committee among the bodies we are
            accountable to.</p>
            """
        ),
        _html(
            """
            <h2>Achieving Excellence Board</h2>
            <p>The Achieving Excellence Board is independently chaired. Our business plan for
            2023/24 lists developing the board among our major achievements, to sustain and
            improve the quality of children's social care.</p>
            <p>The board receives our Children's Social Care and Family Help Service
            Development Plan. The plan for 2025–26 went to the board on 11 June 2025, for
            information. The objectives in the plan draw on the work of the board, among other
            sources. Performance data is brought to the board and to the Safeguarding and SEND
            Sub-Committee.</p>
            """
        ),
        _html(
            """
            <h2>Children's Partnership Board</h2>
            <p>The Children's Partnership Board (CPB) provides a focus and forum for partnership
            work to improve outcomes for children and young people. It does this by
            championing, developing and delivering the Children and Young People's Plan
            (CYPP).</p>
            <h3>Key responsibilities</h3>
            <p>The board's key responsibilities are:</p>
            <ul>
            <li>championing our local vision for children, young people and their
            families</li>
            <li>overseeing and supporting delivery of our Children and Young People's Plan by
            starting, developing and monitoring partnership work</li>
            <li>providing a forum for shared learning and development, and for joining up
            services, strategies and systems</li>
            <li>championing engagement and co-production, including with the City Youth Forum,
            Children in Care Council and SEND Parents Forum</li>
            <li>providing a way to oversee and carry out the CYPP, linking to the Health and
            Wellbeing Board, City and Hackney Children's Safeguarding Board, Integrated
            Commissioning Programme (Children and Maternity), Safer City Partnership and City
            Corporation Community and Children's Services Grand Committee</li>
            </ul>
            <p>Members of the board are expected to support partnership work to improve
            outcomes for children and young people, and to lead on the CYPP within their own
            organisations.</p>
            """
        ),
        _html(
            """
            <h2>Forums for children, young people and parents</h2>
            <p>The Children's Partnership Board champions engagement and co-production with
            these groups.</p>
            <h3>Children in Care Council</h3>
            <p>In its 2024 inspection, Ofsted found that the Children in Care Council actively
            influences how our services are delivered. Young people are encouraged to take part
            in activities through the council, including sports and recreation.</p>
            <h3>City Youth Forum</h3>
            <p>The City Youth Forum is one of the groups the Children's Partnership Board works
            with on engagement and co-production.</p>
            <h3>SEND Parents Forum</h3>
            <p>The SEND Parents Forum is one of the groups the Children's Partnership Board
            works with on engagement and co-production.</p>
            """
        ),
        _html(
            """
            <h2>City and Hackney Safeguarding Children Partnership</h2>
            <p>The City of London jointly leads the City and Hackney Safeguarding Children
            Partnership (CHSCP) with the London Borough of Hackney. Our business plan for
            2023/24 describes the partnership as independently chaired.</p>
            <p>The partnership is made up of senior representatives from its member groups and
            sub-committees, which carry out its responsibilities. All sub-committees report
            back to the partnership, which meets quarterly.</p>
            <p>The City of London has a sub-committee which reports to the CHSCP and to the
            City's Corporate Parenting Task Group.</p>
            <p>In January 2025, we reported that we had asked the partnership for advice on our
            review of the Multi-Agency Child Exploitation (MACE) Panel.</p>
            """
        ),
        _html(
            """
            <h2>Multi-Agency Child Exploitation (MACE) Panel</h2>
            <p>The MACE Panel is part of our response to Ofsted's 2024 recommendation on
            children who experience exploitation and youth violence. In January 2025, we said
            that:</p>
            <ul>
            <li>tools and specialist risk assessments from other London boroughs would be
            reviewed, and a final version would go to the panel in March 2025</li>
            <li>we would review the impact and membership of the panel from January to March
            2025, including in light of the Pan-London MACE review</li>
            <li>a team manager would attend the Pan-London MACE Network if the Head of
            Safeguarding and Quality Assurance or the Head of Children's Social Care and Early
            Help cannot attend</li>
            </ul>
            <p>By June 2025, the panel had been reviewed and refreshed, and development work
            continues as part of our Children's Social Care and Family Help Service Development
            Plan 2025–26.</p>
            """
        ),
        _html(
            """
            <h2>City and Hackney Safeguarding Adults Board</h2>
            <p>The board is a statutory multi-agency partnership, under the Care Act 2014. Its
            main objective is to make sure that local safeguarding arrangements are in place
            and that organisations safeguard adults at risk of abuse in the City and Hackney.
            Our business plan for 2023/24 describes the board as independently chaired.</p>
            <p>Under the Care Act 2014, the board has three main duties:</p>
            <ul>
            <li>to publish a strategy, which tells people what the priorities are and how the
            board will meet them</li>
            <li>to publish an annual report on its achievements and how well it has carried out
            its strategy</li>
            <li>to carry out Safeguarding Adults Reviews where someone has died or suffered
            serious harm as a result of abuse or neglect</li>
            </ul>
            <p>The London Borough of Hackney website has more information about the board.</p>
            """
        ),
        _html(
            """
            <h2>Other partnerships</h2>
            <h3>Health and Wellbeing Board</h3>
            <p>The Children's Partnership Board links to the Health and Wellbeing Board in
            overseeing and carrying out the Children and Young People's Plan.</p>
            <h3>Safer City Partnership</h3>
            <p>The Children's Partnership Board also links to the Safer City Partnership. Our
            business plan for 2023/24 says:</p>
            <ul>
            <li>we developed and secured commitment to a new Safer City Partnership Strategy,
            and refreshed governance, on behalf of the responsible authorities of the
            partnership</li>
            <li>we planned to revitalise and refocus the partnership's work to better deliver
            the City of London Corporation's statutory community safety responsibilities</li>
            </ul>
            <h3>NHS East London and the City</h3>
            <p>The three primary care trusts serving the City and Hackney, Newham and Tower
            Hamlets are working together as NHS East London and the City.</p>
            <p>These trusts have joined forces to improve health services for local people.
            They will also work in partnership with local authorities to support the
            development of a GP commissioning group. A single board is accountable for making
            sure the responsibilities of the three primary care trusts are carried out.</p>
            <p>This information about NHS East London and the City is as of 20 September
            2024.</p>
            """
        ),
        _html(
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


# --------------------------------------------------------------------------
# Ofsted
# --------------------------------------------------------------------------

OFSTED = SeedPage(
    slug="ofsted",
    title="Ofsted inspections",
    menu_title="Ofsted",
    meta_description=(
        "Ofsted rated our children's services Outstanding in September 2024: judgements, "
        "findings and our response, and earlier inspections since 2018."
    ),
    sections=(
        _html(
            """
            <p>Ofsted inspects our children's services. Our latest inspection was from 23 to 27
            September 2024, and Ofsted rated our services Outstanding overall. This page also
            covers our earlier inspections and visits, latest first.</p>
            """
        ),
        _html(
            """
            <h2>Inspection of children's services, September 2024</h2>
            <p>Ofsted carried out a short inspection of our children's social care services
            between 23 and 27 September 2024. It used the Inspection of Local Authority
            Children's Services (ILACS) framework.</p>
            <p>Ofsted published its findings on 5 November 2024. Our children's social care
            service received an overall judgement of <strong>Outstanding</strong>.</p>
            <table>
            <caption>Ofsted judgements from the September 2024 inspection</caption>
            <thead>
            <tr><th scope="col">Area</th><th scope="col">Judgement</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">The experiences and progress of children who need help and
            protection</th><td>Good</td></tr>
            <tr><th scope="row">The experiences and progress of children in
            care</th><td>Outstanding</td></tr>
            <tr><th scope="row">The experiences and progress of care
            leavers</th><td>Outstanding</td></tr>
            <tr><th scope="row">The impact of leaders on social work practice with children and
            families</th><td>Outstanding</td></tr>
            <tr><th scope="row">Overall judgement</th><td>Outstanding</td></tr>
            </tbody>
            </table>
            <p>We reported the findings to the Community and Children's Services Committee on
            16 January 2025.</p>
            """
        ),
        _html(
            """
            <h2>What Ofsted found in 2024</h2>
            <h3>Children who need help and protection: Good</h3>
            <ul>
            <li>Children and families get timely early help services through effective
            multi-agency partnerships. Assessments are thorough and sensitive to diverse needs,
            with strong input from partners.</li>
            <li>Social workers build meaningful relationships with children through regular
            visits and comprehensive assessments. They hear and understand children's voices
            and make sure their needs are met.</li>
            <li>Child protection processes are generally effective, with prompt risk assessment
            and multi-agency responses. Most protection plans are robust, but some cases lack
            enough contingency planning and timely intervention.</li>
            <li>The service excels in supporting vulnerable groups, particularly unaccompanied
            asylum-seeking children and disabled children. Some monitoring systems need
            improvement.</li>
            </ul>
            <h3>Children in care: Outstanding</h3>
            <ul>
            <li>We provide outstanding care services that significantly improve children's
            lives. Most children entering care are unaccompanied asylum-seeking children, who
            get efficient support from skilled social workers.</li>
            <li>Children have stable homes and comprehensive care plans that reflect their
            individual needs. Their permanence plans progress quickly, with excellent oversight
            from experienced managers. Children take part in regular reviews, and an
            Independent Reviewing Officer (IRO) follows up consistently.</li>
            <li>Social workers have strong, stable relationships with children, visit regularly
            and advocate well for them. Children get good support for their education, health
            and emotional wellbeing. The virtual school gives extensive support, leading to good
            educational progress.</li>
            <li>Unaccompanied asylum-seeking children get excellent support, including timely
            legal advice. Disabled children benefit from well-coordinated support and early
            transition planning. We have few fostered or adopted children, but robust
            commissioning and quality assurance make sure placements through regional
            partnerships are appropriate.</li>
            </ul>
            <h3>Care leavers: Outstanding</h3>
            <ul>
            <li>Care leavers, mainly unaccompanied asylum-seeking children, have stable
            relationships with social workers. Their pathway plans help them achieve their
            ambitions and respect their religious and cultural needs.</li>
            <li>Social workers pay attention to care leavers' emotional wellbeing and deal
            quickly with any risks. Young people can use a web-based local offer in several
            languages, and senior leaders run monthly online sessions about rights and
            entitlements.</li>
            <li>Care leavers are well supported with housing, mostly in supported accommodation
            where they learn to live independently. They get priority status for City of London
            housing and are guaranteed a tenancy by age 25. The virtual school supports their
            education and employment.</li>
            <li>Social workers stay in regular contact beyond the age of 25. Care leavers who
            become parents get excellent support.</li>
            </ul>
            <h3>The impact of leaders: Outstanding</h3>
            <ul>
            <li>The Town Clerk, the lead Committee Member for Children's Services and the
            Director of Children's Services show strong leadership and actively champion
            children's needs.</li>
            <li>Partnership working is robust. We share our emergency duty service with the
            London Borough of Hackney.</li>
            <li>The service has an open learning culture. The Children in Care Council actively
            influences how services are delivered, and strong corporate parenting extends to
            all care leavers up to age 25.</li>
            <li>Staff have manageable caseloads and effective support. Senior leaders focus on
            anti-racist practice and diversity, with regular auditing to check the quality of
            the service.</li>
            </ul>
            """
        ),
        _html(
            """
            <h2>Ofsted's recommendations</h2>
            <p>Ofsted made two recommendations to improve our services further:</p>
            <ul>
            <li>the impact for children living in circumstances where there is domestic
            abuse</li>
            <li>the response to children who experience exploitation and youth violence</li>
            </ul>
            <p>We set out our response in a report to the Community and Children's Services
            Committee on 16 January 2025. By June 2025, we had added both areas to our
            Children's Social Care and Family Help Service Development Plan 2025–26, to make
            sure our work has a consistent impact and to keep oversight of it. We sent Ofsted a
            report on our actions, with a six-month update on our self-evaluation. Senior
            leaders then had an engagement meeting with Ofsted.</p>
            """
        ),
        _html(
            """
            <h2>Our response: children living with domestic abuse</h2>
            <p>We already address domestic abuse in several ways:</p>
            <ul>
            <li>our social care and early help services use the Domestic Abuse, Stalking and
            Harassment (DASH) assessment tool</li>
            <li>we refer people to Independent Domestic Violence Advisors (IDVAs) and work with
            local voluntary sector organisations</li>
            <li>family therapy is available to families and individuals, and we can buy
            specialised programmes for specific cultural or language needs</li>
            <li>children affected by domestic violence get direct support from our own workers,
            and through commissioned mentoring and confidence-building activities</li>
            </ul>
            <p>In January 2025, we said we would:</p>
            <ul>
            <li>from January to June 2025, automatically refer every child and family
            experiencing domestic abuse to the Family Therapy Clinic, as an opt-out offer</li>
            <li>review, with the City of London Police, our thresholds and how the Multi-Agency
            Safeguarding Hub (MASH) applies them to domestic abuse, looking back over 2024 to
            2025, and then update MASH protocols</li>
            <li>train staff in managing parental conflict in the last quarter of 2024/25</li>
            <li>find a project lead in the service for six months, to join the Head of Service
            in running the City of London Violence Against Women and Girls forum with statutory
            and community partners</li>
            <li>review the needs of care leavers who have become fathers, and propose how we
            can better support parenting and relationships</li>
            <li>audit the impact of this work, taking account of evidence across each of the
            protected characteristics</li>
            </ul>
            <p>By June 2025, all staff had done training in reducing parental conflict. We had
            worked with our newly commissioned partner, Domestic Abuse Intervention Services
            (DAIS), to support a family living with violence and emotional harm. Group
            supervision and joint learning with the police are key actions to support this
            work.</p>
            """
        ),
        _html(
            """
            <h2>Our response: exploitation and youth violence</h2>
            <p>Ofsted found that our risk assessments were detailed and of excellent quality.
            Inspectors thought that specific tools would help us further with assessments and
            our response.</p>
            <p>We relaunched the Adolescent Safeguarding Handbook in 2024, with our partners and
            the City of London Police. We will use it consistently, and promote and record its
            use.</p>
            <p>In January 2025, we said we would:</p>
            <ul>
            <li>review tools and specialist risk assessments from the London Boroughs of
            Lambeth, Tower Hamlets, Hackney and Haringey, and take a final version to the
            Multi-Agency Child Exploitation (MACE) Panel in March 2025</li>
            <li>review the impact and membership of the MACE Panel from January to March 2025,
            with advice from the City and Hackney Safeguarding Children Partnership</li>
            <li>find a project lead in the team to work on exploitation and serious youth
            violence for six months</li>
            <li>make sure the team is represented at the Pan-London MACE Network, to keep up
            with learning and intelligence</li>
            <li>test the impact through audit, and report on progress to the Children's Senior
            Management Team and then to the Safeguarding and SEND Sub-Committee in 2025</li>
            </ul>
            <p>By June 2025, the MACE Panel had been reviewed and refreshed. The panel, with the
            Heads of Quality Assurance and Children's Services, went to the Metropolitan
            Police's conference on county lines and child criminal exploitation.</p>
            """
        ),
        _html(
            """
            <h2>Focused visit, November 2022</h2>
            <p>On 8 and 9 November 2022, Ofsted made a focused visit to our “front door”. This
            is the service that receives initial contacts and referrals.</p>
            <p>Ofsted's headline findings were:</p>
            <ul>
            <li>“Inspectors found high-quality practice which ensures that children benefit
            from effective and responsive front door services”</li>
            <li>“Children in need receive the right support at the right time”</li>
            <li>“Leaders are creating the right environment for social work to flourish”</li>
            <li>“The City of London has a stable workforce”</li>
            </ul>
            <p>The Ofsted Focussed Visit Letter 2022 is listed on our
            <a href="/publications/">strategies, plans and reports page</a>.</p>
            """
        ),
        _html(
            """
            <h2>Inspection of children's services, March 2020</h2>
            <p>Ofsted's previous full inspection of our children's social care services was in
            March 2020. We were rated Outstanding.</p>
            <p>Ofsted said:</p>
            <blockquote><p>Children’s services in the City of London are
            outstanding.</p></blockquote>
            <blockquote><p>Children benefit from a strong and highly effective social work
            service which has continued to significantly improve since the previous
            inspection.</p></blockquote>
            <table>
            <caption>Ofsted judgements from the March 2020 inspection</caption>
            <thead>
            <tr><th scope="col">Area</th><th scope="col">Judgement</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">The impact of leaders on social work practice with children and
            families</th><td>Outstanding</td></tr>
            <tr><th scope="row">The experiences and progress of children who need help and
            protection</th><td>Good</td></tr>
            <tr><th scope="row">The experiences and progress of children in care and care
            leavers</th><td>Outstanding</td></tr>
            <tr><th scope="row">Overall effectiveness</th><td>Outstanding</td></tr>
            </tbody>
            </table>
            """
        ),
        _html(
            """
            <h2>Joint local area SEND inspection, March 2018</h2>
            <p>From 12 to 16 March 2018, Ofsted and the Care Quality Commission (CQC) carried
            out a joint inspection of the City of London as a local area. They judged how
            effectively the area was putting in place the disability and special educational
            needs (SEN) reforms set out in the Children and Families Act 2014.</p>
            <p>Inspectors spoke with children and young people who have SEN and/or
            disabilities, parents and carers, and local authority and National Health Service
            (NHS) officers. They visited a range of providers and spoke to leaders, staff and
            governors about how they were putting the reforms in place.</p>
            <p>The inspection letter sets out the findings, including some areas of strength
            and areas for further improvement. The Joint Local Area SEND Inspection Letter 2018
            is listed on our <a href="/publications/">strategies, plans and reports
            page</a>.</p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Publications
# --------------------------------------------------------------------------

PUBLICATIONS = SeedPage(
    slug="publications",
    title="Strategies, plans and reports",
    menu_title="Publications",
    meta_description=(
        "Strategies, plans and reports from Community and Children's Services, including "
        "the Early Help Strategy and the Children and Young People's Plan."
    ),
    # The list itself comes from the publications records (the apphook).
    apphook="PublicationsApphook",
    sections=(
        _html(
            """
            <p>Our strategies, plans, inspection letters and reports, newest first. Filter
            them by type, topic or year, or search them. Every document has its own page with
            a link to download it, and you can ask for it in another format.</p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Contact
# --------------------------------------------------------------------------

CONTACT = SeedPage(
    slug="contact",
    title="Contact the Children and Families team",
    menu_title="Contact",
    meta_description=(
        "Phone, email and postal details for the Children and Families team, and the "
        "emergency duty line for outside office hours."
    ),
    sections=(
        # Which line to call right now, both lines, the address and the 999 warning.
        SeedPlugin("ContactCardPlugin", {"layout": "full"}),
        _html(
            """
            <h2>Who runs the team</h2>
            <p>The Children and Families team is run by the Department of Community and
            Children's Services (DCCS).</p>
            <p><a href="/about/">Find out more about the department</a>, including its goals and
            strategies, <a href="/governance/">how the department is governed</a> and the
            partnership organisations it works with.</p>
            """
        ),
        _html(
            """
            <h2>Suggestions and complaints</h2>
            <p>We want to hear from you if you have a suggestion or complaint.</p>
            <p><a href="/suggestions-and-complaints/">Make a suggestion or complaint</a></p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Suggestions and complaints
# --------------------------------------------------------------------------

SUGGESTIONS_AND_COMPLAINTS = SeedPage(
    slug="suggestions-and-complaints",
    title="Suggestions and complaints",
    menu_title="Suggestions and complaints",
    in_navigation=False,
    meta_description=(
        "How to make a suggestion or complaint to the Children and Families team at the "
        "City of London Corporation."
    ),
    sections=(
        _html(
            """
            <p>If you have a complaint or suggestion to make, we want to hear from you.</p>
            """
        ),
        _html(
            """
            <h2>Why you might get in touch</h2>
            <p>You may:</p>
            <ul>
            <li>be unhappy about decisions we have made about your care</li>
            <li>think that no one is listening to you</li>
            <li>feel that you are not being treated properly by our staff, your social worker
            or carers</li>
            <li>have an idea about how to improve the service</li>
            </ul>
            """
        ),
        _html(
            f"""
            <h2>How to get in touch</h2>
            <p>Contact the Children and Families team.</p>
            <p>Phone: {OFFICE_PHONE}, 9am to 5pm Monday to Friday</p>
            <p>Email: {OFFICE_EMAIL}</p>
            <p>Post:</p>
            {POSTAL_ADDRESS}
            <p><a href="/contact/">See all the ways to contact the Children and Families
            team</a>, including outside office hours.</p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Accessibility statement (GOV.UK model statement, for this website)
# --------------------------------------------------------------------------

ACCESSIBILITY = SeedPage(
    slug="accessibility",
    title="Accessibility statement",
    menu_title="Accessibility",
    in_navigation=False,
    meta_description=(
        "How accessible this website is, how to report a problem and what we are doing "
        "about content that is not yet accessible."
    ),
    sections=(
        _html(
            """
            <p>This accessibility statement applies to this website, the website of the City
            of London Corporation's Department of Community and Children's Services. It does
            not cover other City of London Corporation websites.</p>
            <p>This website is run by the Department of Community and Children's Services. We
            want as many people as possible to be able to use it. We aim to meet the Web
            Content Accessibility Guidelines (WCAG) version 2.2 at level AA. This means you
            should be able to:</p>
            <ul>
            <li>zoom in up to 300% without the text spilling off the screen</li>
            <li>navigate the website using just a keyboard</li>
            <li>use the website with a screen reader</li>
            <li>use the website without JavaScript</li>
            </ul>
            <p>We've also made the text on this website as simple as possible to
            understand.</p>
            <p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice on making your
            device easier to use if you have a disability</a>.</p>
            """
        ),
        _html(
            """
            <h2>How accessible this website is</h2>
            <p>We have tested this website with automated accessibility checks and by using it
            with a keyboard. We know of no accessibility problems with its pages.</p>
            <p>Some older documents listed on our
            <a href="/publications/">strategies, plans and reports page</a> are PDFs. They may
            not be fully accessible, and they are not yet available as HTML pages.</p>
            """
        ),
        _html(
            """
            <h2>Feedback and contact information</h2>
            <p>If you need information on this website in a different format, including any of
            the documents listed on our strategies, plans and reports page,
            <a href="/contact/">contact the Children and Families team</a>.</p>
            <h3>Reporting accessibility problems with this website</h3>
            <p>We're always looking to improve the accessibility of this website. If you find
            any problems not listed on this page, or think we're not meeting accessibility
            requirements, <a href="/contact/">contact the Children and Families team</a>.</p>
            """
        ),
        _html(
            """
            <h2>Enforcement procedure</h2>
            <p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the
            Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
            Regulations 2018 (the “accessibility regulations”). If you're not happy with how we
            respond to your complaint, <a href="https://www.equalityadvisoryservice.com/">contact
            the Equality Advisory and Support Service (EASS)</a>.</p>
            """
        ),
        _html(
            """
            <h2>Technical information about this website's accessibility</h2>
            <p>The City of London Corporation is committed to making this website accessible,
            in accordance with the Public Sector Bodies (Websites and Mobile Applications)
            (No. 2) Accessibility Regulations 2018.</p>
            <h3>Compliance status</h3>
            <p>This website is partially compliant with the Web Content Accessibility
            Guidelines version 2.2 AA standard, due to the non-compliance listed below.</p>
            """
        ),
        _html(
            """
            <h2>Non-accessible content</h2>
            <p>The content listed below is non-accessible for the following reasons.</p>
            <h3>Non-compliance with the accessibility regulations</h3>
            <p>Some older documents listed on our strategies, plans and reports page are PDFs.
            They may not meet accessibility standards. For example, they may not be structured
            so that a screen reader can read them. They are not yet available as HTML
            pages.</p>
            """
        ),
        _html(
            """
            <h2>What we're doing to improve accessibility</h2>
            <p>We will check these documents for accessibility before we make them available to
            download from this website. Until then, you can
            <a href="/contact/">ask the Children and Families team for a document in a
            different format</a>.</p>
            """
        ),
        _html(
            """
            <h2>Preparation of this accessibility statement</h2>
            <p>This statement was prepared on 24 November 2026.</p>
            <p>This website was tested with automated accessibility checks and by using it with
            a keyboard.</p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Cookies
# --------------------------------------------------------------------------

COOKIES = SeedPage(
    slug="cookies",
    title="Cookies",
    menu_title="Cookies",
    in_navigation=False,
    meta_description=(
        "This website sets no cookies when you read it. Only staff who sign in to edit it "
        "get strictly necessary cookies."
    ),
    sections=(
        _html(
            """
            <p>Cookies are small files saved on your phone, tablet or computer when you visit a
            website. This page explains how this website uses cookies. It is about this website
            only.</p>
            """
        ),
        _html(
            """
            <h2>If you read this website</h2>
            <p>This website does not set any cookies when you read it. Nothing is stored in
            your browser.</p>
            <p>We do not use analytics or any kind of tracking.</p>
            """
        ),
        _html(
            """
            <h2>If you sign in to edit this website</h2>
            <p>Staff who sign in to edit this website get 2 strictly necessary cookies.</p>
            <table>
            <caption>Cookies for staff who edit this website</caption>
            <thead>
            <tr><th scope="col">Name</th><th scope="col">Purpose</th></tr>
            </thead>
            <tbody>
            <tr><th scope="row">sessionid</th><td>A session cookie that keeps you signed
            in</td></tr>
            <tr><th scope="row">csrftoken</th><td>Protects the website's forms from being
            misused by other websites</td></tr>
            </tbody>
            </table>
            <p>These cookies are deleted when you sign out or when they expire.</p>
            """
        ),
        _html(
            """
            <h2>Your consent</h2>
            <p>These cookies are strictly necessary for signing in and editing the website, so
            the website does not need your consent for them.</p>
            <p><a href="/privacy/">Read our privacy notice</a></p>
            """
        ),
    ),
)


# --------------------------------------------------------------------------
# Privacy notice
# --------------------------------------------------------------------------

PRIVACY = SeedPage(
    slug="privacy",
    title="Privacy notice",
    menu_title="Privacy",
    in_navigation=False,
    meta_description=(
        "What personal information this website keeps about readers and editors, why, and "
        "who is responsible for it."
    ),
    sections=(
        _html(
            """
            <p>This privacy notice explains what personal information this website keeps and
            why. It covers this website only.</p>
            """
        ),
        _html(
            """
            <h2>Who is responsible for your information</h2>
            <p>The City of London Corporation is the data controller for this website. The
            website is run by the Corporation's Department of Community and Children's
            Services.</p>
            """
        ),
        _html(
            """
            <h2>If you read this website</h2>
            <p>This website stores nothing in your browser and does not use analytics.
            <a href="/cookies/">Read about cookies on this website</a>.</p>
            <p>Our servers may keep technical logs, such as your IP address, the page you
            asked for and the time you asked for it. We use these logs to keep the website
            secure and running.</p>
            """
        ),
        _html(
            """
            <h2>If you edit this website</h2>
            <p>If you are a member of staff who edits this website, we keep:</p>
            <ul>
            <li>your account name</li>
            <li>your email address</li>
            <li>a history of the changes you make</li>
            </ul>
            """
        ),
        _html(
            """
            <h2>If you contact the department</h2>
            <p>This notice does not cover information you give us when you contact the
            department by phone, email or post. That is covered by the department's own
            handling of personal information.</p>
            <p>If you have a question about how we handle your personal information,
            <a href="/contact/">contact the Children and Families team</a>.</p>
            """
        ),
    ),
)


SEED_PAGES: tuple[SeedPage, ...] = (
    HOME,
    ABOUT,
    GOVERNANCE,
    OFSTED,
    PUBLICATIONS,
    CONTACT,
    SUGGESTIONS_AND_COMPLAINTS,
    ACCESSIBILITY,
    COOKIES,
    PRIVACY,
)
