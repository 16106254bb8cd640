"""The publications the site is seeded with (shape: ``seed_types.SeedPublication``).

Sources (in /work/shared/source-documents, described in its README.md):

- 000, the "About Community and Children's Services" page (updated 20/09/2024): the ten
  documents of its "Strategies, plans and reports" list, with their titles exactly as
  printed and their "Date submitted"; the Early Help Strategy's description (verbatim); the
  2022 focussed visit and the 2018 joint local area SEND inspection; the Children's
  Partnership Board's oversight of the Children and Young People's Plan.
- 001, the "Contact the Children and Families team" page: the description of the
  Children and Young People's Plan 2018-21 and of the 2018 SEND inspection.
- 002, the committee report of 16/01/2025: "Ofsted Inspection of City of London
  Children's Services 2024" (also the dates of the 2022 focussed visit).
- 003, the departmental business plan summary for 2023/24 (undated).
- 004, the committee report of 11/06/2025: "Children's Social Care and Family Help Service
  Development Plan 2025–26".

The PDFs of the ten listed documents are not available, so where a source says nothing
about a document beyond its title, its summary says only what the title and date say.
Only 002, 003 and 004 have their full text (``body_html``), cleaned of extraction damage;
their wording, figures, names and typing errors are kept as printed.
"""

from datetime import date

from publications.seed_types import SeedPublication

# Source 002: the committee report of 16/01/2025, in full. The bare "Main Report"
# label is left out so that its sections (Background, Current Position, ...) are h2
# and the findings and responses fit within h4; the front matter is a table.
_OFSTED_INSPECTION_2024_HTML = (
    "<table>"
    "<caption>City of London Corporation Committee Report</caption>"
    "<tbody>"
    '<tr><th scope="row">Committee</th><td>Community and Children\'s Services '
    "Committee</td></tr>"
    '<tr><th scope="row">Dated</th><td>16/01/2025</td></tr>'
    '<tr><th scope="row">Subject</th><td>Ofsted Inspection of City of London Children\'s '
    "Services 2024</td></tr>"
    '<tr><th scope="row">Public report</th><td>For Information</td></tr>'
    '<tr><th scope="row">This proposal</th><td>delivers Corporate Plan 2024-29 outcomes '
    "(Providing Excellent Services; Diverse Engaged Communities); provides statutory "
    "duties</td></tr>"
    '<tr><th scope="row">Does this proposal require extra revenue and/or capital '
    "spending?</th><td>No</td></tr>"
    '<tr><th scope="row">If so, how much?</th><td>N/A</td></tr>'
    '<tr><th scope="row">What is the source of Funding?</th><td>N/A</td></tr>'
    '<tr><th scope="row">Has this Funding Source been agreed with the Chamberlain\'s '
    "Department?</th><td>No</td></tr>"
    '<tr><th scope="row">Report of</th><td>Judith Finlay, Executive Director Community and '
    "Children's Services</td></tr>"
    '<tr><th scope="row">Report author</th><td>Scott Myers, Strategy and Projects '
    "Officer</td></tr>"
    "</tbody>"
    "</table>"
    "<h2>Summary</h2>"
    "<p>Ofsted conducted a short inspection of Children's Social Care services between 23 and "
    "27 September 2024, under the Inspection of Local Authority Children's Services (ILACS) "
    "framework.</p>"
    "<p>Ofsted's findings were published on 5 November 2024. This report summarises key "
    "findings and appends Ofsted's findings in full. It also includes our response to two "
    "recommendations made by Ofsted to further improve the service.</p>"
    "<p>The City of London's Children Social Care service received an overall judgement of "
    "'Outstanding'.</p>"
    "<h2>Recommendation</h2>"
    "<p>Members are asked to:</p>"
    "<ul><li>Note the report.</li></ul>"
    "<h2>Background</h2>"
    "<p>1. Inspections of Children's Social Care focus on the effectiveness of local authority "
    "services and arrangements.</p>"
    "<p>2. The inspections assess the effectiveness of local authority services in several "
    "critical areas, including the protection and support of children, the experiences and "
    "progress of those in care – regardless of their living situation – and the arrangements "
    "for achieving permanence, such as adoption. Inspections also evaluate the experiences of "
    "care leavers and examine the effectiveness of leadership and management, focusing on "
    "their impact on the lives of children and young people, as well as the quality of "
    "professional practice.</p>"
    "<p>3. The last full inspection of Children's Social Care at the City of London took place "
    "in March 2020, and the City of London received an overall 'Outstanding' judgement.</p>"
    "<p>4. Ofsted conducted a focused visit on the 'front door' – the service that receives "
    "initial contacts and referrals – on 8 and 9 November 2022. Inspectors stated that this "
    'focus visit "found high-quality practice which ensures that children benefit from '
    'effective and responsive front door services".</p>'
    "<h2>Current Position</h2>"
    "<h3>Ofsted findings</h3>"
    "<p>5. The following summarises the specific findings from the 2024 inspection report.</p>"
    "<h4>The experiences and progress of children who need help and protection: Good</h4>"
    "<p>6. Children and families in the City of London receive timely Early Help services "
    "through effective multi-agency partnerships. Assessments are thorough and sensitive to "
    "diverse needs, with strong input from partners to strengthen family outcomes.</p>"
    "<p>7. Social workers maintain meaningful relationships with children through regular "
    "visits and comprehensive assessments. They effectively hear and understand children's "
    "voices and ensure that children's needs are met appropriately.</p>"
    "<p>8. Child protection processes are generally effective, with prompt risk assessment and "
    "multi-agency responses. While most protection plans are robust, some cases lack "
    "sufficient contingency planning and timely intervention.</p>"
    "<p>9. The service excels in supporting vulnerable groups, particularly unaccompanied "
    "asylum-seeking children, and disabled children. Oversight of legal proceedings, education "
    "welfare, and specialist support services is maintained, though some monitoring systems "
    "need improvement.</p>"
    "<h4>The experiences and progress of children in care: Outstanding</h4>"
    "<p>10. The City Corporation provides outstanding care services that significantly improve "
    "children's lives. Most children entering care are unaccompanied asylum-seeking children "
    "who receive efficient support from skilled social workers.</p>"
    "<p>11. Children benefit from stable homes and comprehensive care plans that reflect their "
    "individual needs. Their permanence plans progress quickly, with experienced managers "
    "providing excellent oversight. Regular reviews involve children's participation, and an "
    "Independent Reviewing Officer (IRO) provides consistent follow-up and warm communication "
    "about their progress.</p>"
    "<p>12. Social workers maintain strong, stable relationships with children, visiting "
    "regularly and advocating effectively on their behalf. Children receive good support for "
    "their education, health, and emotional wellbeing, with high aspirations maintained by all "
    "professionals involved. The virtual school provides extensive support, leading to good "
    "educational progress.</p>"
    "<p>13. Unaccompanied asylum-seeking children receive excellent support, including timely "
    "legal advice and help in accessing education and community services. Children with "
    "disabilities benefit from well-coordinated support and early transition planning. While "
    "the authority has few fostered or adopted children, robust commissioning and quality "
    "assurance processes ensure appropriate placements through regional partnerships.</p>"
    "<h4>The experiences and progress of care leavers: Outstanding</h4>"
    "<p>14. Care leavers, primarily unaccompanied asylum-seeking children, benefit from stable "
    "relationships with social workers who help them achieve their ambitions through effective "
    "pathway plans that respect their religious and cultural needs.</p>"
    "<p>15. Social workers are attentive to care leavers' emotional wellbeing and quickly "
    "address any risks or vulnerabilities. Young people have access to a comprehensive "
    "web-based local offer in multiple languages, and senior leaders provide monthly online "
    "sessions about rights and entitlements with support from various services.</p>"
    "<p>16. Care leavers are well-supported with housing, living primarily in supported "
    "accommodation where they learn independence skills. They receive priority status for City "
    "of London housing and are guaranteed tenancy by age 25. The virtual school actively "
    "supports their education and employment prospects, with workers showing creativity in "
    "addressing individual communication needs.</p>"
    "<p>17. Young people are encouraged to participate in various activities through the "
    "Children in Care Council, including sports and recreational opportunities. Social workers "
    "maintain regular contact beyond the age of 25, providing consistent support through "
    "various communication methods. Care leavers who become parents receive excellent support, "
    "with child protection processes implemented when necessary.</p>"
    "<h4>The impact of leaders on social work practice with children and families: "
    "Outstanding</h4>"
    "<p>18. The City of London Corporation demonstrates strong leadership through its Town "
    "Clerk, lead Committee Member for Children's Services, and Director of Children's "
    "Services, who actively champion children's needs. Corporate leaders maintain effective "
    "oversight and use unique political connections to enhance services.</p>"
    "<p>19. Partnership working is robust, with the City Corporation sharing its emergency "
    "duty service with the London Borough of Hackney.</p>"
    "<p>20. The service maintains an open learning culture under the Director of Children's "
    "Services' leadership, promoting workforce skills and different perspectives.</p>"
    "<p>21. The Children in Care Council actively influences service delivery, with strong "
    "corporate parenting extending to all care leavers up to age 25.</p>"
    "<p>22. The workforce benefits from manageable caseloads and effective support, enabling "
    "strong relationships with children and families. Senior leaders maintain a focus on "
    "anti-racist practice and diversity, with regular auditing and moderation processes "
    "ensuring service quality.</p>"
    "<h2>Proposals</h2>"
    "<p>23. In addition to the report's findings and overall Outstanding judgement, the City "
    "Corporation received two recommendations to further improve services:</p>"
    "<ul><li>Impact for children living in circumstances where there is domestic "
    "abuse.</li><li>The response to children who experience exploitation and youth "
    "violence.</li></ul>"
    "<p>24. Please see below for our response to these two recommendations.</p>"
    "<h3>Domestic Abuse</h3>"
    "<p>25. The City Corporation addresses domestic abuse through multiple approaches. The "
    "Domestic Abuse, Stalking and Harassment (DASH) assessment tool is used by Social Care and "
    "Early Help services, alongside Independent Domestic Violence Advisor (IDVA) referrals and "
    "local voluntary sector engagement. Family Therapy Services are available to families and "
    "individuals, while specialised programmes can be purchased for specific cultural or "
    "linguistic needs. Children affected by domestic violence receive direct support from "
    "in-house workers and through commissioned mentoring and confidence-building "
    "activities.</p>"
    "<h4>Family Therapy Clinic Offer Improvement</h4>"
    "<p>26. From January to June 2025, we will ensure that each child and family experiencing "
    "domestic abuse is automatically referred to the Family Therapy Clinic – it will be an "
    "opt-out offer. The process will be discussed between the lead clinician and the team "
    "manager (this was planned for end of November 2024, but has been moved back as the "
    "contract has yet to be awarded).</p>"
    "<h4>Review of Threshold/Multi-Agency Safeguarding Hub (MASH) Application for Domestic "
    "Abuse</h4>"
    "<p>27. Children's Social Care and Early Help services have been working with the City of "
    "London Police in response to threshold and joint working. At our last joint meeting in "
    "November 2024, we agreed to undertake a review of our thresholds and MASH application for "
    "domestic abuse (a retrospective of 2024–2025). This will look at the experience of "
    "children, and include use of the DASH tool and impact assessment.</p>"
    "<p>28. MASH protocols will be updated following the review, and the work with the clinic "
    "will be completed by the end of March 2025.</p>"
    "<h4>Managing Parental Conflict</h4>"
    "<p>29. In the last quarter of 2024/25 Children's Services staff are participating in "
    "training for managing parental conflict. This had previously been undertaken by the "
    "service team a couple of years ago, and the refresher will reach current staff and those "
    "new in post.</p>"
    "<h4>A Project Lead</h4>"
    "<p>30. There are two current service area leads in the Children's Social Care and Early "
    "Help services – for children with disabilities, and for national social care review and "
    "reform. As a service, we have decided to undertake short-term projects instead of lead "
    "areas, barring the above which involve consistent involvement. A project lead will be "
    "sought for six months within the service. They will join the Head of Service as she "
    "facilitates the City of London Violence Against Women and Girls forum with statutory and "
    "community partners.</p>"
    "<h4>Care Leavers</h4>"
    "<p>31. Several of our care leavers are now fathers. There is Social Care/Early Help "
    "intervention by resident local authorities for the children in their jurisdiction. The "
    "team manager will review this cohort to assess the needs for intervention. As intimate "
    "partner conflict has featured in some situations, the team manager will bring their "
    "proposals to the Children's Senior Management Meeting for how the service can better "
    "support parenting and interpersonal relationships.</p>"
    "<h4>Testing Ourselves and the Impact of Our Work</h4>"
    "<p>32. The work detailed above will inform an audit to test out impact. This will take "
    "into account equalities and evidence across each of the protected characteristics, "
    "including care leavers.</p>"
    "<h3>Exploitation and Youth Violence</h3>"
    "<p>33. Ofsted found that our risk assessments were detailed and of excellent quality. The "
    "inspection team thought that specific tools would further help formulation of assessments "
    "and our response.</p>"
    "<p>34. The <em>Adolescent Safeguarding Handbook</em> was relaunched in 2024. Our partners "
    "and City of London Police joined the launch. The handbook will be used consistently, and "
    "its use will be promoted and recorded.</p>"
    "<h4>Review of Local Authority Tools/Assessments</h4>"
    "<p>35. Tools and specialist risk assessments have been sought from the London Boroughs of "
    "Lambeth, Tower Hamlets, Hackney and Haringey. These will be reviewed by the Head of "
    "Service and the whole team to adapt to make the best use of the tools. Given that our "
    "work is often international, this will include a focus on protected characteristics, "
    "including care leavers. A final version will go to the Multi-Agency Child Exploitation "
    "(MACE) Panel in March 2025.</p>"
    "<h4>Review of MACE Panel</h4>"
    "<p>36. A review of the impact and membership of the MACE Panel will be undertaken from "
    "January to March 2025. Advice has been sought from the City and Hackney Safeguarding "
    "Children Partnership. A specific invitation for the review will be given for the January "
    "and March MACE meetings. This will include a review of our work in light of the "
    "Pan-London MACE review from last year.</p>"
    "<h4>Exploitation and Serious Youth Violence Leads</h4>"
    "<p>37. A project lead will be identified within the team to work on exploitation and "
    "serious youth violence, for a six-month period. This lead will be responsible for "
    "inviting exploitation experts to team meetings and promoting use of the available "
    "tools.</p>"
    "<h4>Pan-London MACE Network</h4>"
    "<p>38. Attendance at the Pan-London MACE Network will be delegated to Team Manager if "
    "either the Head of Safeguarding and Quality Assurance or the Head of Children's Social "
    "Care and Early Help cannot attend. This will help the team stay abreast of learning and "
    "intelligence and feed this back into our system.</p>"
    "<h4>Testing Ourselves</h4>"
    "<p>39. Audit will be used to test the impact of the above work for children. A report was "
    "completed on MACE's work in June 2024 for the Safeguarding Sub-Committee. A similar "
    "report reviewing progress on the above will be submitted to the Children's Senior "
    "Management Team and then to the Safeguarding Sub-Committee in 2025 for oversight and "
    "challenge.</p>"
    "<h2>Corporate &amp; Strategic Implications</h2>"
    "<p>40. Strategic implications – None identified</p>"
    "<p>41. Financial implications – None identified</p>"
    "<p>42. Resource implications – None identified</p>"
    "<p>43. Legal implications – None identified</p>"
    "<p>44. Risk implications – None identified</p>"
    "<p>45. Equalities implications – None identified</p>"
    "<p>46. Climate implications – None identified</p>"
    "<p>47. Security implications – None identified</p>"
    "<h2>Conclusion</h2>"
    "<p>48. The City of London Corporation Children's Social Care services are 'outstanding'. "
    "Children and families receive timely and good-quality support that makes a difference to "
    "achieving positive outcomes. Further work continues to improve our service based on the "
    "two recommendations made by Ofsted.</p>"
    "<h2>Appendices</h2>"
    "<ul><li>Appendix 1 – Inspection of City of London local authority children's services "
    "full report</li></ul>"
    "<p>Scott Myers, Strategy and Projects Officer</p>"
    "<p>Email: <a "
    'href="mailto:Scott.Myers@cityoflondon.gov.uk">Scott.Myers@cityoflondon.gov.uk</a></p>'
)

# Source 003: the departmental business plan summary for 2023/24, in full. Left out:
# the link "The departmental handbook can be found at here" (no address survives),
# the three staff survey statements under "What our staff told us" (their chart
# data did not survive) and the chart legend markers; "Where we work" keeps its
# three places. The KPI arrows are written as words; the three "Our Impact"
# columns are one list; the partners are the names on their logos.
_BUSINESS_PLAN_SUMMARY_2023_24_HTML = (
    "<h2>Community and Children's Services</h2>"
    "<p>Community and Children's Services works to support the most vulnerable in the City, "
    "tackle health inequalities, provide safe and secure homes, deliver education to children "
    "and adults, and deliver services enhancing the welfare of the City's communities. It does "
    "so through maximising the use and reach of its assets (libraries, housing stock, "
    "community centres and staff), through its wider partnerships with health, policing, "
    "neighbouring authorities and corporate colleagues, and leading on pan-London "
    "initiatives.</p>"
    "<h3>Our aims and objectives are...</h3>"
    "<p>Through our delivery and response to statutory requirements and the outcomes of "
    "Corporate Plan, the department aims to secure its priority outcomes:</p>"
    "<ul>"
    "<li><strong>Safe:</strong> People of all ages live in safe communities; our homes are "
    "safe and well maintained and our estates are protected from harm</li>"
    "<li><strong>Potential:</strong> People of all ages are prepared to flourish in a rapidly "
    "changing world through exceptional education, cultural and creative learning and skills "
    "which link to the world of work</li>"
    "<li><strong>Independence, Involvement and Choice:</strong> People of all ages can live "
    "independently, play a role in their communities and exercise choice over their "
    "services</li>"
    "<li><strong>Health and Wellbeing:</strong> People of all ages enjoy good mental and "
    "physical wellbeing</li>"
    "<li><strong>Community:</strong> People of all ages feel part of, engaged with and able to "
    "shape their community</li>"
    "</ul>"
    "<h3>Our major workstreams this year will be...</h3>"
    "<ul>"
    "<li>delivering <strong>outstanding statutory services</strong> to adult and child "
    "residents with needs – including adult and children's social care, support with special "
    "educational needs, access to education, and those that ask the local authority for help "
    "with homelessness</li>"
    "<li>fulfilling the statutory responsibility for <strong>improving the health of our local "
    "population</strong> – including the <strong>reduction of health inequalities</strong> - "
    "and for ensuring provision of public health services; and deliver the statutory duty to "
    "provide a library service</li>"
    "<li>addressing <strong>housing needs and homelessness</strong> through the delivery of 69 "
    "new social rented homes (of a programme of 270) in 2023/24</li>"
    "<li>enhancing services to <strong>reduce rough sleeping</strong> through the capital "
    "works and service commissioning to deliver a rough sleeping assessment centre by December "
    "2023</li>"
    "<li>Securing greater relevance, and improved service offer and increased community reach "
    "through the <strong>refurbishment of the Artizan Street Library</strong> by June 2023</li>"
    '<li><strong>alleviating poverty</strong> through the delivery of a "food pantry" for '
    "low-income and struggling households</li>"
    "<li><strong>transforming adult social care delivery</strong> to drive better integration "
    "with health services, support more residents to remain cared for in their homes, and "
    "deliver efficiencies to mitigate increased demand for care and support</li>"
    "<li>revitalising and refocusing the work of the <strong>Safer City Partnership</strong> "
    "to better deliver the Corporation's statutory community safety responsibilities</li>"
    "<li>supporting <strong>social mobility and tackling pupil disadvantage</strong> through "
    "the delivery of a new education funding model impacting 7,294 pupils by December 2023 "
    "(the end of the current Education, Cultural Learning and Skills strategies period), with "
    "ongoing annual investment informed by the 2024-2028 strategies being developed during "
    "2023.</li>"
    "<li>delivering <strong>safer homes</strong> through the installation improved fire safety "
    "rated doors across our social housing portfolio and the Barbican Estate by 2025</li>"
    "<li>delivering <strong>better, more thermally efficient homes</strong> through the repair "
    "of windows to approximately 500 properties on the Golden Lane Estate by 2026</li>"
    "<li>securing an agreed medium-term strategy and associated investment for the delivery "
    "and management of the <strong>Golden Lane Leisure Centre</strong></li>"
    "</ul>"
    "<h2>What's changed since last year...</h2>"
    "<h3>External drivers</h3>"
    "<ul>"
    "<li>Cost of living pressures and recessionary pressures/risk impacting on community needs "
    "and service demand</li>"
    "<li>Inflationary pressures driving up costs of care, interim accommodation, commissioned "
    "service delivery, capital project costs and threatening viability of leisure services "
    "provision</li>"
    "<li>Pressures on interdependent services – notably health</li>"
    "<li>Government and legislative drivers: wider homelessness duties; focus on rough "
    "sleeping; adult social care delivery and funding reform</li>"
    "</ul>"
    "<h3>Internal drivers</h3>"
    "<ul>"
    "<li>Implementation of Target Operating Model (TOM) changes</li>"
    "<li>Reduced resource base at time of increased demand for statutory delivery</li>"
    "</ul>"
    "<h3>Major achievements</h3>"
    "<ul>"
    "<li>Secured, refurbished and mobilised delivery of 29 bed <strong>high support "
    "hostel</strong> in partnership St Mungos, the Greater London Authority and LB Southwark "
    "to secure more effective response to rough sleeping</li>"
    "<li>Developed and delivered <strong>Children and Young People's Plan</strong> and "
    "Achieving Excellence Board to sustain and improve the quality of children social care "
    "delivery (Ofsted rated Outstanding)</li>"
    "<li>Delivered comprehensive multi-agency <strong>response to cost of living "
    "pressures</strong> to alleviate pressures on community</li>"
    "<li>Developed and secured commitment to a <strong>new Safer City Partnership "
    "Strategy</strong> - and refreshed governance - on behalf of the responsible authorities "
    "of that partnership, to delivery more comprehensive and co-ordinated to community safety "
    "issues</li>"
    "<li>Secured £200k in <strong>savings and value</strong> in the recommissioning of service "
    "delivery</li>"
    "<li>implemented a <strong>new housing management structure</strong> to strengthen "
    "emphasis on customer service and deliver efficiencies</li>"
    "</ul>"
    "<h2>Our strategic commitments</h2>"
    "<h3>Sustaining outstanding children's services</h3>"
    "<ul>"
    "<li>Children looked after have stable accommodation (number of placements 2 or fewer – "
    "100%) (KPI 1)</li>"
    "<li>All children looked after given Initial Health Assessment within timescale (KPI "
    "2)</li>"
    "<li>All care leavers have up-to-date pathway plan and live in suitable accommodation (KPI "
    "3; KPI 5)</li>"
    "<li>All care leavers are in education, employment or training (KPI 4)</li>"
    "<li>All children with special educational needs and disability receiving an Education "
    "Health and Care Plan within 20 days (KPI 6)</li>"
    "</ul>"
    "<h3>Delivering new social homes and improving our existing housing stock</h3>"
    "<ul>"
    "<li>69 new social rented homes delivered in 2023/24</li>"
    "<li>Deliver major works programme: windows refurbishment, fire door replacement; "
    "sprinkler retrofit (KPI 7; KPI 8)</li>"
    "<li>New housing management strategy (Oct 2023) and customer service standards (Dec "
    "2023)</li>"
    "</ul>"
    "<h3>Reducing the impact and incidence of rough sleeping</h3>"
    "<ul>"
    "<li>New rough sleeping assessment centre opened November 2023</li>"
    "<li>Achieve 20% reduction in those defined as living on streets (KPI 9)</li>"
    "<li>All individuals new to rough sleeping offered a route off the streets within 72 hours "
    "of first contact with City outreach (KPI 10)</li>"
    "<li>Approve and deliver new homelessness and rough sleeping strategy</li>"
    "</ul>"
    "<h3>Delivering effective adult social care that secures choice and independence, and "
    "evidence person centred care</h3>"
    "<ul>"
    "<li>All Adult Social Care Assessments completed within 28 days (KPI 11)</li>"
    "<li>All Carer Reviews completed within 12 months of previous review (KPI 12)</li>"
    "<li>Brokerage review and process redesign complete (Mar 2024)</li>"
    "<li>Effective reablement supports independence (KPI 13)</li>"
    "<li>Approve and deliver Unpaid Carers Strategy (Sep 2023)</li>"
    "</ul>"
    "<h3>Reducing health inequalities</h3>"
    "<ul>"
    "<li>Mobilise food pantry to tackle food and income poverty</li>"
    "<li>Mitigate impact of cost-of-living pressures</li>"
    "<li>Approve and deliver new Joint Health and Wellbeing Strategy (Sep 2023)</li>"
    "</ul>"
    "<h3>Delivery exceptional education, cultural and creative learning and skills</h3>"
    "<ul>"
    "<li>Deliver new education funding model (Dec 2023)</li>"
    "<li>Complete refurbishment and delivery of Maker Space at Artizan Street Library (Aug "
    "2023)</li>"
    "</ul>"
    "<h2>Key Performance Indicators</h2>"
    "<table>"
    "<caption>Key Performance Indicators: current performance and target</caption>"
    '<thead><tr><th scope="col">Number</th><th scope="col">KPI</th><th scope="col">Current '
    'performance</th><th scope="col">Target</th></tr></thead>'
    "<tbody>"
    '<tr><td>1</td><th scope="row">Proportion of children looked after with 3 or more '
    "accommodation placements</th><td>0%</td><td>0%</td></tr>"
    '<tr><td>2</td><th scope="row">Proportion of children looked after receiving initial '
    "health assessment within timescale</th><td>90%</td><td>100%</td></tr>"
    '<tr><td>3</td><th scope="row">Proportion of care leavers with up-to-date pathway '
    "plan</th><td>79%</td><td>90%</td></tr>"
    '<tr><td>4</td><th scope="row">Proportion of Care Leavers in education, employment or '
    "training</th><td>88%</td><td>100%</td></tr>"
    '<tr><td>5</td><th scope="row">Proportion of Care Leavers in suitable '
    "accommodation</th><td>95%</td><td>100%</td></tr>"
    '<tr><td>6</td><th scope="row">Proportion of children with special educational needs and '
    "disability receiving an Education Health and Care Plan within 20 "
    "days</th><td>100%</td><td>100%</td></tr>"
    '<tr><td>7</td><th scope="row">Proportion of 2023/24 major works programme (3,880 windows, '
    "1,510 fire doors) delivered</th><td>New</td><td>90%</td></tr>"
    '<tr><td>8</td><th scope="row">Increase the thermal efficiency (SAP Rating) of the social '
    "housing stock</th><td>69</td><td>Increase</td></tr>"
    '<tr><td>9</td><th scope="row">20% reduction of defined as living on streets</th><td>9% '
    "reduction</td><td>20% reduction</td></tr>"
    '<tr><td>10</td><th scope="row">Proportion of individuals new to rough sleeping to be '
    "offered a route off the streets within 72 hours of their first contact with City "
    "outreach</th><td>84%</td><td>100%</td></tr>"
    '<tr><td>11</td><th scope="row">Proportion of Adult Social Care Assessments completed '
    "within 28 days</th><td>New</td><td>70%</td></tr>"
    '<tr><td>12</td><th scope="row">Proportion of Carer Reviews completed within 12 months of '
    "previous review</th><td>70%</td><td>100%</td></tr>"
    '<tr><td>13</td><th scope="row">Proportion of older people (65 and over) who were still at '
    "home 91 days after discharge from hospital into reablement/rehabilitation "
    "services</th><td>85%</td><td>90%</td></tr>"
    "</tbody>"
    "</table>"
    "<h2>Our People</h2>"
    "<p>313 staff (303 FTE)</p>"
    "<ul>"
    "<li>male 54%; female 46%</li>"
    "<li>White 59%; BAME 33%; not known 8%</li>"
    "<li>Declared disability 8%</li>"
    "<li>LGBT 9%</li>"
    "</ul>"
    "<p>2022 Staff Engagement score: 48%</p>"
    "<h3>Where could we do better?</h3>"
    "<p>40% of staff responded negatively to the statement “senior leaders manage change well "
    "and communicate this to staff” (coincided with TOM)</p>"
    "<p>In response:</p>"
    "<ul>"
    "<li>Strengthened communications</li>"
    "<li>23/24 staff conference</li>"
    "<li>Embedding post-TOM structures</li>"
    "</ul>"
    "<h3>Where we work</h3>"
    "<ul>"
    "<li>Barbican &amp; Community Libraries</li>"
    "<li>City housing estates and Barbican Estate Office</li>"
    "<li>Guildhall</li>"
    "</ul>"
    "<h2>Our plans to progress EDI</h2>"
    "<h3>Our developing role and commitments</h3>"
    "<ul>"
    "<li><strong>Anti-racist practice standards</strong> developed to support delivery</li>"
    "<li>management development via the London wide <strong>Leadership in Colour Development "
    "Programme</strong></li>"
    "<li>Staff survey: 68% of staff agree positively with the statement “I feel I can be "
    "<strong>my true self at work</strong>”, 18% neutral, 14% negative</li>"
    "<li>Staff survey: 61% of staff agree positively with the statement “<strong>Leaders "
    "understand that Diversity is critical</strong> to our future success”, 24% neutral, 15% "
    "negative</li>"
    "<li><strong>Celebration of diversity</strong> in departmental newsletter including "
    "special editions celebrating Pride and Black History month and through the events and "
    "exhibitions of our libraries</li>"
    "<li><strong>Culturally relevant service delivery</strong> to unaccompanied asylum "
    "seekers, Afghan evacuees and our wider service users</li>"
    "<li><strong>Equality Analysis completed</strong> for new policies, strategies and "
    "commissioned delivery</li>"
    "<li><strong>Targeted employment support</strong> to those disadvantaged in the labour "
    "market through the Connecting Communities programme</li>"
    "</ul>"
    "<h3>Our additional plans ahead</h3>"
    "<ul>"
    "<li>Improvements to diversity monitoring processes and recording in Adult Social Care</li>"
    "<li>Reassessing ED&amp;I Assessment Score</li>"
    "<li>Establish Departmental EDI Working Group</li>"
    "<li>Delivering an EDI statement for Resident Associations</li>"
    "<li>Embedding Equality Impact Assessments in all eviction processes</li>"
    "</ul>"
    "<h2>Our Stakeholder and Customer Needs</h2>"
    "<ul>"
    "<li>8,500 residents of whom 1,200 are aged 65 and over</li>"
    "<li><strong>Adult Social Care Services:</strong> 165 residents requested support (21/22) "
    "- up 6% over the last four years, but among those aged over 65 up by 73%. Support given "
    "to around 30 carers.</li>"
    "<li><strong>Children’s services:</strong> 57 Care Leavers supported – grown from 42 at "
    "the end of 2020/21. Eleven Children Looked After; 19 children and young people in the "
    "City of London supported with an Education, Health, and Care Plan (EHCP)</li>"
    "<li>12 housing estates, containing approximately 2,000 homes; 13,505 housing related "
    "calls (2022)</li>"
    "<li>820 households on the City Corporation’s Housing waiting list as of 11 January 2023 "
    "of which 327 are in the two highest need categories</li>"
    "<li>428 people approached the City Corporation for help because of the risk of experience "
    "of homelessness – an increase of 26% on 2020/21</li>"
    "<li>372 people were recorded as sleeping on the streets of the Square Mile In 2021-22 – "
    "the seventh highest among London’s local authorities</li>"
    "<li>172,000 visits to the libraries in 2021-22</li>"
    "</ul>"
    "<h2>Our Partners</h2>"
    "<ul>"
    "<li>Mayor of London</li>"
    "<li>Office for Health Improvement &amp; Disparities</li>"
    "<li>Department for Levelling Up, Housing &amp; Communities</li>"
    "<li>North East London</li>"
    "</ul>"
    "<h2>Our delivery, impact and accountability</h2>"
    "<h3>Corporate Plan Outcomes</h3>"
    "<ul>"
    "<li>Outcome 1: People are safe and feel safe</li>"
    "<li>Outcome 2: People enjoy good health and wellbeing</li>"
    "<li>Outcome 3: People have equal opportunities to enrich their lives and reach their full "
    "potential</li>"
    "<li>Outcome 4: Communities are cohesive and have the facilities they need</li>"
    "<li>Outcome 8: We have access to the skills and talent we need</li>"
    "<li>Outcome 12: Our spaces are secure, resilient and well-maintained</li>"
    "</ul>"
    "<h3>Our Impact</h3>"
    "<ul>"
    "<li>Children's Services rated 'Outstanding'</li>"
    "<li>Ofsted focussed visit 2022: 'High-quality practice which ensures that children "
    "benefit from effective and responsive front-door services'</li>"
    "<li>Carer satisfaction with Adult Social Care: ranked 1st within the peer group and 12th "
    "out of 150 councils. Carer-reported quality of life score ranked 1st in the peer group "
    "and 52nd out of 150 councils</li>"
    "<li>Social care-related quality of life score ranked 1st within peer group and of 150 "
    "councils. But overall satisfaction of fell by 42% in 21-22.</li>"
    "<li>98% of expected social housing rent collected</li>"
    "<li>125 street homeless people provided accommodation in 2022/23</li>"
    "<li>3,400 hours of community activity this year in our community centre provision in the "
    "Square Mile</li>"
    "<li>Library service and activities valued by 90% of survey respondents</li>"
    "<li>Adult Skills Ofsted rated 'Good'</li>"
    "<li>6 of 10 City of London Academy schools and the City's only primary maintained school "
    "rated 'Outstanding'</li>"
    "<li>91% of respondents said libraries offer good range of indivual and group learning</li>"
    "<li>674 fire doors, 782 smoke and heat detectors, 391 carbon monoxide detectors</li>"
    "<li>Overall social tenant satisfaction with repair and maintenance services 94%</li>"
    "<li>Safer City Partnership and Strategy renewed</li>"
    "</ul>"
    "<h3>Accountability and transparency</h3>"
    "<ul>"
    "<li>Community and Children's Services Grand and Sub Committees</li>"
    "<li>City and Hackney Safeguarding Adults Board (independently chaired)</li>"
    "<li>City and Hackney Safeguarding Children's Partnership (independently chaired)</li>"
    "<li>Health and Social Care Scrutiny Committee</li>"
    "<li>Achieving Excellence Board (independently chaired)</li>"
    "<li>Crime and Disorder Scrutiny Committee</li>"
    "<li>Ofsted, Care Quality Commission, Social Housing Regulator</li>"
    "</ul>"
)

# Source 004: the committee report of 11/06/2025, in full. As in 002 the "Main
# Report" label is left out. The page footnote that cut paragraph 4 in two is
# moved to the end, under "Notes", and marked "(see note 1)" in paragraph 2.
_SERVICE_DEVELOPMENT_PLAN_2025_26_HTML = (
    "<table>"
    "<caption>City of London Corporation Committee Report</caption>"
    "<tbody>"
    '<tr><th scope="row">Committees</th><td>Achieving Excellence Board – For Information; '
    "Safeguarding and SEND Sub-Committee – For Information</td></tr>"
    '<tr><th scope="row">Dated</th><td>11/06/2025; 01/07/2025</td></tr>'
    '<tr><th scope="row">Subject</th><td>Children\'s Social Care and Family Help Service '
    "Development Plan 2025–26</td></tr>"
    '<tr><th scope="row">Public report</th><td>For Information</td></tr>'
    '<tr><th scope="row">This proposal</th><td>Diverse Engaged Communities; Dynamic Economic '
    "Growth; Providing Excellent Services</td></tr>"
    '<tr><th scope="row">Does this proposal require extra revenue and/or capital '
    "spending?</th><td>No</td></tr>"
    '<tr><th scope="row">If so, how much?</th><td>n/a</td></tr>'
    '<tr><th scope="row">What is the source of Funding?</th><td>n/a</td></tr>'
    '<tr><th scope="row">Has this Funding Source been agreed with the Chamberlain\'s '
    "Department?</th><td>n/a</td></tr>"
    '<tr><th scope="row">Report of</th><td>Judith Finlay, Executive Director of Community and '
    "Children's Services</td></tr>"
    '<tr><th scope="row">Report author</th><td>Rachel Talmage, Head of Children\'s Social '
    "Care and Family Help</td></tr>"
    "</tbody>"
    "</table>"
    "<h2>Summary</h2>"
    "<p>This report introduces the new Children's Social Care and Family Help Service "
    "Development Plan for April 2025 to March 2026. The report draws on learning from children "
    "and their families, national research, views of practitioners, independent Ofsted "
    "findings, and external and internal audit.</p>"
    "<h2>Recommendation</h2>"
    "<p>Members are asked to:</p>"
    "<ul><li>Note the report.</li></ul>"
    "<h2>Background</h2>"
    "<p>1. The Service Development Plan has been renamed the Children's Social Care and Family "
    "Help Service Development Plan in alignment with changes in the national agenda. The new "
    "Children's Social Care and Family Help Service Development Plan 2025–26 (see Appendix 1) "
    "sets out objectives to improve outcomes for children and their families. These are drawn "
    "from listening to children and families, from staff, audit, the Achieving Excellence "
    "Board, Serious Case Reviews, performance information, Ofsted inspection, and work from "
    "the London Innovation and Improvement Alliance. The Children's Social Care and Family "
    "Help Service Development Plan sets out how we will achieve excellent outcomes for every "
    "child and young person, and is in alignment with our annual self-evaluation.</p>"
    "<p>2. In their Inspection of Children's Social Care Services in September 2024, Ofsted "
    "found our services to be 'Outstanding'. They made two recommendations for further "
    "improvement: the impact for children living in circumstances where there is domestic "
    "abuse; and the response to children who experience exploitation and youth violence (see "
    "note 1). This work has been further developed, and the areas are on the new Children's "
    "Social Care and Family Help Service Development Plan to ensure consistency of impact and "
    "maintain oversight. An update on our actions on this area has been provided to Ofsted in "
    "report form, along with a six-month update on our Self Evaluation. This was followed up "
    "with an engagement meeting between senior leaders in the Corporation and Ofsted, which "
    "went well. The inspection provided useful rigorous scrutiny on the work under the "
    "previous Service Development Plan 2024–25.</p>"
    "<p>3. Key pieces of work completed in 2024–25 include the publishing and fulfilment of "
    "our Care Leaver offer, the socialisation of this with young people, training and use of "
    "non-verbal ways of working with those who do not use verbal language, the effective "
    "preparation of unaccompanied asylum-seeking children who moved out of the City via the "
    "National Transfer Scheme (good use of infectious disease screening, health screening, and "
    "English for Speakers of Other Languages (ESOL) classes), delivery of holiday programmes "
    "for children open to our service, including those with disabilities.</p>"
    "<p>4. Further achievements include our fulfilling the 'just one thing' commitment of the "
    "Trailblazer Project. This joint project between the 12 local authorities that use the "
    "Central Family Court aims to reduce the length of care proceedings for children and their "
    "families. The main reason for delay in this area is court availability; other factors "
    "include the use of external experts such as psychiatrists and psychologists who often "
    "file reports late, affecting the court timetable. As a collective group it was agreed to "
    "focus on just one thing within our control filing social work evidence on time. This has "
    "been achieved in the City of London, even where external assessment has been very late "
    "and would likely have derailed the court timetable.</p>"
    "<h2>Current Position</h2>"
    "<p>5. The new Children's Social Care and Family Help Service Development Plan sets out "
    "our ambitions for the financial year April 2025-March 2026, considering learning from "
    "children and families, learning from within our staff group and partnership groups, and "
    "national strategy. The plan is a live document and learning from the recent annual survey "
    "will be included once a final report is received.</p>"
    "<p>6. Work by Families in the City led by the Head of Children's Social Care and Family "
    "Help has its own detailed action plan and will be referenced, but not duplicated, here. "
    "This is one of the key areas of action this financial year.</p>"
    "<h3>Care leavers</h3>"
    "<p>7. Further significant actions include behaviour improvement. The service has noticed "
    "that the behaviour of some care leavers has worsened since granting of limited leave to "
    "remain, and again on award of tenancy. This has included racist behaviour to staff, which "
    "is unacceptable. This is an area that needs to improve. An anti-racist and "
    "trauma-informed approach needs to be taken. Staff must be believed and supported, and "
    "behaviour needs to be addressed. This is a key area to be strengthened this year. Staff "
    "support in relation to experiences of racism from service users is being reviewed at "
    "senior management level in terms of service response.</p>"
    "<p>8. There will be better earlier support for tenancy planning, to be good neighbours "
    "and tenants. A mandatory programme is being considered, which must be completed before an "
    "individual is put forward for a tenancy.</p>"
    "<p>9. Staff development/training will be procured to focus on the Care Leaver Covenant "
    "and Compact, to deepen the London-wide and national direction of travel.</p>"
    "<p>10. Improving access to employment will be a continued focus, as many of our care "
    "leavers remain in low-paying work often on zero hours contracts. This access will be in "
    "line with recovery from harm and trauma informed.</p>"
    "<h3>Domestic Abuse</h3>"
    "<p>11. All staff have undertaken training for reducing parental conflict. Our service has "
    "worked with our newly commissioned partner, Domestic Abuse Intervention Services (DAIS) "
    "to support a family living with violence and emotional harm. Group supervision and joint "
    "learning with the police in this area is a key action to support this work.</p>"
    "<h3>Contextual Safeguarding</h3>"
    "<p>12. The Multi Agency Child Exploitation Panel has been reviewed and refreshed, and "
    "development work continues as part of this plan. The panel, along with the Heads of "
    "Quality Assurance and Children's Services joined the Metropolitan Police at their recent "
    "conference entitled County Lines &amp; Child Criminal Exploitation, and tools to identify "
    "and respond to harm.</p>"
    "<h2>Options</h2>"
    "<p>13. There are no options for Members to consider.</p>"
    "<h2>Proposals</h2>"
    "<p>14. There is no proposal for Members to consider.</p>"
    "<h2>Key Data</h2>"
    "<p>15. Performance data will be brought to the Achieving Excellence Board and the "
    "Safeguarding and SEND Sub-Committee. Key data shows the increase in children accessing "
    "short breaks – our long-term Children with a Disability offer. The data shows a reduction "
    "of children with disabilities supported via a Child in Need Plan. This is due to the "
    "additional support to families via the Short Breaks offer – families can seek support "
    "from the Short Breaks practitioner – it is in line with what families want and does not "
    "necessitate full assessments, plans or visits. Rather, it is proportionate and "
    "responsive. The data for short breaks should be viewed in this context.</p>"
    "<h2>Corporate &amp; Strategic Implications</h2>"
    "<p>16. <strong>Strategic implications</strong> – Diverse engaged communities; National "
    "Government reforms are driving transformational change in service delivery for children, "
    "young people and families.</p>"
    "<p>17. <strong>Providing excellent services</strong> – Ofsted found our services to "
    "children and families to be 'Outstanding'. The Children's Social Care and Family Help "
    "Service Development Plan aims to develop our offer further with our community and "
    "voluntary sector partners for a cohesive, safe and enriching offer.</p>"
    "<p>18. <strong>Financial implications</strong> – No additional funds are sought.</p>"
    "<p>19. <strong>Resource implications</strong> – Venues are sought within the City of "
    "London Corporation to run an in-person family hub. This is in the exploration stage and "
    "is not requested in this report.</p>"
    "<p>20. <strong>Legal implications</strong> – The change in immigration rules around "
    "citizenship are to be added to the Care Leaver offer, as well as any amendments around "
    "cessation of service in the very rare circumstance where staff safety is at risk.</p>"
    "<p>21. <strong>Risk implications</strong> – there is a risk to children and their "
    "families if services are not responsive and of high standard.</p>"
    "<p>22. <strong>Equalities implications</strong> – Care leavers receive support akin to "
    "protected characteristics recovery, trauma and geography and movement are considered when "
    "looking at responding to behaviour. Staff emotional and physical safety are considered in "
    "respect of racist harm from service users. The Care Leaver post-25 offer reflects good "
    "lifelong parenting by the City of London Corporation this will be tested and refined as "
    "needed.</p>"
    "<p>23. <strong>Climate implications</strong> – none.</p>"
    "<p>24. <strong>Security implications</strong> – none.</p>"
    "<h2>Conclusion</h2>"
    "<p>25. The new Children's Social Care and Family Help Service Development Plan sets out "
    "the development of the Children's Social Care and Family Help service for the financial "
    "year 2025–26. It is ambitious for children and families. Together with the Families in "
    "the City programme, the plan sets out change in line with national requirements that will "
    "work in our unique context.</p>"
    "<h2>Appendices</h2>"
    "<ul><li>Appendix 1 – Children's Social Care and Family Help Service Development Plan "
    "2025-26</li></ul>"
    "<p>Rachel Talmage, Head of Children's Social Care and Family Help</p>"
    "<p>Telephone: 0203 834 7373</p>"
    "<p>Email: <a "
    'href="mailto:Rachel.Talmage@cityoflondon.gov.uk">Rachel.Talmage@cityoflondon.gov.uk</a></p>'
    "<h2>Notes</h2>"
    "<ol><li>50260648 Ofsted: Inspection of Local Authority Children's Services published 5 "
    "November 2024</li></ol>"
)

SEED_PUBLICATIONS: tuple[SeedPublication, ...] = (
    # Source 000 (list); the plan's role from 000 and 001.
    SeedPublication(
        slug="draft-children-and-young-peoples-plan-2022-25",
        title="Draft Children and Young People's Plan 2022-25",
        kind="plan",
        topics=("Children's social care",),
        summary=(
            "The draft of the City of London's Children and Young People's Plan for 2022 to "
            "2025. The Children and Young People's Plan is the overarching strategy that sets a "
            "framework for the vision for children and young people in the City; the Children's "
            "Partnership Board oversees its delivery."
        ),
        date_submitted=date(2022, 5, 31),
        document_year=2022,
    ),
    # Source 000 (list); described in 001, which calls it "the draft Children and Young
    # People's Plan 2018-21" where 000 lists it without "Draft".
    SeedPublication(
        slug="children-and-young-peoples-plan-2018-21",
        title="Children and Young People's Plan 2018-21",
        kind="plan",
        topics=("Children's social care",),
        summary=(
            "The overarching strategy that sets a framework for the City of London's vision for "
            "children and young people from 2018 to 2021: what the issues are for them, how we "
            "plan to address them and what we hope to achieve. It was developed with young "
            "people who live and learn in the City and those who care and provide for them, "
            "using that local intelligence together with data."
        ),
        date_submitted=date(2019, 12, 30),
        document_year=2018,
    ),
    # Source 000 (list, "focussed" as printed there); the visit's dates from 002.
    SeedPublication(
        slug="ofsted-focussed-visit-letter-2022",
        title="Ofsted Focussed Visit Letter 2022",
        kind="inspection-letter",
        topics=("Children's social care",),
        summary=(
            "Ofsted's letter on its focussed visit of 8 and 9 November 2022 to the City of "
            "London's children's services 'front door', the service that receives initial "
            "contacts and referrals. Inspectors found high-quality practice which ensures that "
            "children benefit from effective and responsive front door services."
        ),
        date_submitted=date(2022, 12, 13),
        document_year=2022,
    ),
    # Source 000 (list); the inspection described in 000 and 001.
    SeedPublication(
        slug="joint-local-area-send-inspection-letter-2018",
        title="Joint Local Area SEND Inspection Letter 2018",
        kind="inspection-letter",
        topics=("SEND",),
        summary=(
            "The letter from Ofsted and the Care Quality Commission on their joint inspection of "
            "the City of London local area from 12 to 16 March 2018, judging how effectively the "
            "area implements the disability and special educational needs reforms of the "
            "Children and Families Act 2014. It outlines the findings, including areas of "
            "strength and areas for further improvement."
        ),
        date_submitted=date(2019, 12, 30),
        document_year=2018,
    ),
    # Source 000 (list): title and date only. Topics: the department's remit in 000
    # (housing, social care), as nothing is known of the plan's content.
    SeedPublication(
        slug="dccs-business-plan-2017-22",
        title="DCCS Business Plan 2017-22",
        kind="plan",
        topics=("Children's social care", "Adult social care", "Housing and homelessness"),
        summary=(
            "The business plan of the Department of Community and Children's Services for 2017 "
            "to 2022."
        ),
        date_submitted=date(2019, 12, 30),
        document_year=2017,
    ),
    # Source 000 (list): title and date only; topics as for the business plan above.
    SeedPublication(
        slug="community-and-childrens-services-departmental-handbook",
        title="Community and Children's Services Departmental Handbook",
        kind="handbook",
        topics=("Children's social care", "Adult social care", "Housing and homelessness"),
        summary=(
            "The departmental handbook of the City of London Corporation's Department of "
            "Community and Children's Services."
        ),
        date_submitted=date(2023, 3, 10),
        document_year=2023,
    ),
    # Source 000 (list), with its description verbatim.
    SeedPublication(
        slug="early-help-strategy-2023-26",
        title="Early Help Strategy 2023-26",
        kind="strategy",
        topics=("Early help",),
        summary=(
            "The Early Help Strategy lays out our vision, strengths, challenges and how we aim "
            "to impact the lives of the children, young people and families in the City of "
            "London."
        ),
        date_submitted=date(2023, 4, 11),
        document_year=2023,
    ),
    # Source 000 (list): title and date only.
    SeedPublication(
        slug="early-years-strategy-2015-2018",
        title="Early Years Strategy 2015-2018",
        kind="strategy",
        topics=("Early years",),
        summary="The City of London's Early Years Strategy for 2015 to 2018.",
        date_submitted=date(2019, 12, 30),
        document_year=2015,
    ),
    # Source 000 (list): title and date only.
    SeedPublication(
        slug="children-and-young-peoples-emotional-health-and-wellbeing-summary",
        title="Children and Young People's Emotional Health and Wellbeing Summary",
        kind="strategy",
        topics=("Health and wellbeing",),
        summary=(
            "The Children and Young People's Emotional Health and Wellbeing Summary, submitted "
            "on 14 June 2022 together with the Children and Young People's Emotional Health and "
            "Wellbeing Strategy."
        ),
        date_submitted=date(2022, 6, 14),
        document_year=2022,
    ),
    # Source 000 (list): title and date only.
    SeedPublication(
        slug="children-and-young-peoples-emotional-health-and-wellbeing-strategy",
        title="Children and Young People's Emotional Health and Wellbeing Strategy",
        kind="strategy",
        topics=("Health and wellbeing",),
        summary=(
            "The City of London's strategy for the emotional health and wellbeing of children "
            "and young people, submitted on 14 June 2022."
        ),
        date_submitted=date(2022, 6, 14),
        document_year=2022,
    ),
    # Source 002, the committee report of 16/01/2025.
    SeedPublication(
        slug="ofsted-inspection-of-city-of-london-childrens-services-2024",
        title="Ofsted Inspection of City of London Children's Services 2024",
        kind="report",
        topics=("Children's social care", "Children in care and care leavers", "Safeguarding"),
        summary=(
            "Report to the Community and Children's Services Committee on Ofsted's inspection "
            "of the City of London's children's social care services from 23 to 27 September "
            "2024, published on 5 November 2024, which gave an overall judgement of "
            "'Outstanding'. It summarises the key findings and our response to Ofsted's two "
            "recommendations."
        ),
        date_submitted=date(2025, 1, 16),
        document_year=2025,
        document_date=date(2025, 1, 16),
        body_html=_OFSTED_INSPECTION_2024_HTML,
    ),
    # Source 003, the business plan summary "for 2023/24". It is undated and not in the
    # list of 000, so date_submitted is the date page 000 was last updated (20/09/2024):
    # the latest date by which we know the department had published it. Not a guess at
    # the plan's own date.
    SeedPublication(
        slug="community-and-childrens-services-departmental-business-plan-summary-2023-24",
        title="Community and Children's Services Departmental Business Plan Summary 2023/24",
        kind="plan",
        topics=("Children's social care", "Adult social care", "Housing and homelessness"),
        summary=(
            "The department's business plan summary for 2023/24: its aims and priority "
            "outcomes, major workstreams, strategic commitments and 13 key performance "
            "indicators with current performance and targets, with its people, stakeholders, "
            "partners and accountability."
        ),
        date_submitted=date(2024, 9, 20),
        document_year=2023,
        body_html=_BUSINESS_PLAN_SUMMARY_2023_24_HTML,
    ),
    # Source 004, the committee report. It is "Dated: 11/06/2025 01/07/2025" for its two
    # committees (Achieving Excellence Board, then Safeguarding and SEND Sub-Committee);
    # the first date is used.
    SeedPublication(
        slug="childrens-social-care-and-family-help-service-development-plan-2025-26",
        title="Children's Social Care and Family Help Service Development Plan 2025–26",
        kind="report",
        topics=("Children's social care", "Children in care and care leavers", "Safeguarding"),
        summary=(
            "Report introducing the new Children's Social Care and Family Help Service "
            "Development Plan for April 2025 to March 2026. It draws on learning from children "
            "and their families, national research, views of practitioners, independent Ofsted "
            "findings, and external and internal audit."
        ),
        date_submitted=date(2025, 6, 11),
        document_year=2025,
        document_date=date(2025, 6, 11),
        body_html=_SERVICE_DEVELOPMENT_PLAN_2025_26_HTML,
    ),
)
