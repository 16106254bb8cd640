"""The publications the site is seeded with (shape: ``seed_types.SeedPublication``).

Sources (in /work/shared/source-documents, described in its README.md):

- 000, the "About Community and Children's Services" page (updated 20/09/2024): the ten
  documents of its "Strategies, plans and reports" list, with their titles and sizes exactly
  as printed ("Early Help Strategy 2023-26 PDF (2MB)") and their "Date submitted"; the
  Early Help Strategy's description (verbatim); the 2022 focussed visit and the 2018 joint
  local area SEND inspection; the Children's Partnership Board's oversight of the Children
  and Young People's Plan.
- 001, the "Contact the Children and Families team" page: the description of the
  Children and Young People's Plan 2018-21 and of the 2018 SEND inspection.
- 002, the committee report of 16/01/2025: "Ofsted Inspection of City of London
  Children's Services 2024" (also the dates of the 2022 focussed visit).
- 003, the departmental business plan summary for 2023/24 (undated).
- 004, the committee report of 11/06/2025: "Children's Social Care and Family Help Service
  Development Plan 2025–26".

The PDFs of the ten listed documents are not available, so where a source says nothing
about a document beyond its title, its summary says only what the title and date say.
The site has none of the published files: every seeded publication gets a stand-in PDF,
marked as one; the ten of 000's list carry the size 000 prints for the real one.
Only 002, 003 and 004 have their full text (``body_html``), cleaned of extraction damage;
their wording, figures, names and typing errors are kept as printed.
"""

from datetime import date

from publications.seed_documents import (
    business_plan_summary_2023_24,
    ofsted_inspection_2024,
    service_development_plan_2025_26,
)
from publications.seed_types import SeedPublication

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
        published_size="1MB",
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
        published_size="5MB",
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
        published_size="100KB",
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
        published_size="300KB",
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
        published_size="1MB",
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
        published_size="700KB",
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
        published_size="2MB",
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
        published_size="5MB",
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
        published_size="100KB",
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
        published_size="700KB",
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
        body_html=ofsted_inspection_2024.HTML,
    ),
    # Source 003, the business plan summary "for 2023/24". No source dates it: 003 carries
    # no date, and it is not in the list of 000 (whose entries each have a "Date submitted").
    # So it has no date (the site shows none) and is ordered by its year, 2023.
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
        date_submitted=None,
        document_year=2023,
        body_html=business_plan_summary_2023_24.HTML,
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
        body_html=service_development_plan_2025_26.HTML,
    ),
)
