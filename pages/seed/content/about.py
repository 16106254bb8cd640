"""The about page."""

from pages.seed import SeedPage, SeedPlugin
from pages.seed.content.markup import html

ABOUT = SeedPage(
    slug="about",
    title="About the department",
    menu_title="About",
    sources=("000", "003"),  # remit, themes, commissioning; the business plan for 2023/24
    meta_description=(
        "What the Department of Community and Children's Services does, its five priority "
        "themes, its plans and how it measures performance."
    ),
    sections=(
        html(
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
        # The themes are records (pages/performance/seed.py), shown by their plugin.
        SeedPlugin("PriorityThemesPlugin", {"heading": "Our five priority themes"}),
        html(
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
        html(
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
        html(
            """
            <h2>How we are performing</h2>
            <p>Our departmental business plan for 2023/24 set 13 key performance indicators
            (KPIs), each with a target.</p>
            <p><a href="/about/performance/">See how we are performing against our
            targets</a></p>
            """
        ),
        html(
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
        html(
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
