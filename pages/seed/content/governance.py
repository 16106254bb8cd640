"""The governance page."""

from pages.seed import SeedPage
from pages.seed.content.markup import html

GOVERNANCE = SeedPage(
    slug="governance",
    title="How we are governed",
    menu_title="Governance",
    meta_description=(
        "The City of London Corporation committees, boards, partnerships and regulators "
        "that oversee the work of Community and Children's Services."
    ),
    sections=(
        html(
            """
            <p>The work of Children and Families Services is governed by the wider City of
            London Corporation and various partner organisations. This page describes the
            committees, boards, partnerships and regulators that oversee our work.</p>
            """
        ),
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
        html(
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
