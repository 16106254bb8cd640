"""The ofsted page."""

from pages.seed import SeedPage
from pages.seed.content.markup import html

OFSTED = SeedPage(
    slug="ofsted",
    title="Ofsted inspections",
    menu_title="Ofsted",
    meta_description=(
        "Ofsted rated our children's services Outstanding in September 2024: judgements, "
        "findings and our response, and earlier inspections since 2018."
    ),
    sections=(
        html(
            """
            <p>Ofsted inspects our children's services. Our latest inspection was from 23 to 27
            September 2024, and Ofsted rated our services Outstanding overall. This page also
            covers our earlier inspections and visits, latest first.</p>
            """
        ),
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
