"""The ofsted page.

The inspections themselves (dates, judgements, headline findings, the
recommendations and our response) are records, shown by the "Ofsted
inspections" plugin: see ``pages/inspections/seed.py``. The prose here is what
the records do not hold: what inspectors found in each area in 2024 (002) and
our progress on the recommendations by June 2025 (004), told as of that date.
"""

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html

OFSTED = SeedPage(
    slug="ofsted",
    title="Ofsted inspections",
    menu_title="Ofsted",
    sources=("000", "001", "002", "004"),
    meta_description=(
        "Ofsted rated our children's services Outstanding in September 2024: judgements, "
        "findings and our response, and earlier inspections since 2018."
    ),
    sections=(
        SeedPlugin("OfstedInspectionsPlugin", {"latest_heading": "Our latest Ofsted judgement"}),
        html(
            """
            <h2>What Ofsted found in September 2024</h2>
            <p>We reported Ofsted's findings to the Community and Children's Services Committee
            on 16 January 2025. In summary:</p>
            <h3>Children who need help and protection</h3>
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
            <h3>Children in care</h3>
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
            <h3>Care leavers</h3>
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
            <h3>The impact of leaders</h3>
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
        html(
            """
            <h2>Progress on Ofsted's recommendations by June 2025</h2>
            <p>By June 2025, we had added both areas Ofsted asked us to improve, children living
            with domestic abuse and children who experience exploitation and youth violence, to
            our Children's Social Care and Family Help Service Development Plan 2025–26, to make
            sure our work has a consistent impact and to keep oversight of it. We sent Ofsted a
            report on our actions, with a six-month update on our self-evaluation. Senior
            leaders then had an engagement meeting with Ofsted.</p>
            <p>All staff had done training in reducing parental conflict. We had worked with our
            newly commissioned partner, Domestic Abuse Intervention Services (DAIS), to support a
            family living with violence and emotional harm. We said that group supervision and
            joint learning with the police were key actions to support this work.</p>
            <p>The Multi-Agency Child Exploitation (MACE) Panel had been reviewed and refreshed,
            and development work was continuing as part of the plan. The panel, with the Heads
            of Quality Assurance and Children's Services, went to the Metropolitan Police's
            conference on county lines and child criminal exploitation.</p>
            """
        ),
    ),
)
