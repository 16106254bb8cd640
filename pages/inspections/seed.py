"""The department's Ofsted inspections, as the source documents record them.

``seed_inspections()`` is idempotent and atomic: an inspection is created only if
there is no inspection of its type that started in the same month, so nothing an
editor changed is overwritten. Reports link to the seeded publications, found by
slug; if an editor has removed or renamed one, the link is left empty.

Sources: 000 (the March 2020 inspection and its headlines, the November 2022
focused visit's headline findings, the March 2018 joint local area SEND
inspection) and 002 (the committee report of 16 January 2025: the September
2024 inspection, its judgements, both recommendations and our response, and the
focused visit's dates).
"""

from datetime import date

from django.db import transaction

from pages.inspections.models import Inspection
from pages.inspections.vocabulary import (
    InspectionDatePrecision,
    InspectionGrade,
    InspectionKind,
    Inspectorate,
)
from pages.seed.sources import ABOUT_PAGE_UPDATED, OFSTED_REPORT_DATED
from publications.models import PublicationContent

# Our response as we gave it on 16 January 2025 (002 ¶25–39), in its own date: every plan in it
# was for a day now past, so each is told as what we said we would do ("we said we would"),
# never as what we will do. Names are the newer ones where 004 (June 2025) renamed them: the
# Head of Children's Social Care and Family Help, and family help for early help.
RESPONSE_GIVEN = (
    "This is the response we gave the Community and Children's Services Committee on "
    "16 January 2025."
)

DOMESTIC_ABUSE_RESPONSE = f"""\
{RESPONSE_GIVEN}

We address domestic abuse in several ways. Our children's social care and family help services \
use the Domestic Abuse, Stalking and Harassment (DASH) assessment tool, alongside referrals to \
Independent Domestic Violence Advisors (IDVAs) and work with local voluntary sector \
organisations. Family therapy is available to families and individuals, and we can buy \
specialised programmes for specific cultural or language needs. Children affected by domestic \
violence get direct support from our own workers, and through commissioned mentoring and \
confidence-building activities.

Family Therapy Clinic: we said that from January to June 2025 we would make sure that every \
child and family experiencing domestic abuse was automatically referred to the Family Therapy \
Clinic, as an opt-out offer.

Thresholds: we said that, with the City of London Police, we would review our thresholds and \
how the Multi-Agency Safeguarding Hub (MASH) applies them to domestic abuse, looking back over \
2024 to 2025, including children's experience, use of the DASH tool and impact assessment. We \
said we would update the MASH protocols after the review, and complete the work with the \
clinic by the end of March 2025.

Managing parental conflict: in the last quarter of 2024/25, our children's services staff were \
taking part in training in managing parental conflict.

A project lead: we said we would find a project lead in the service for six months, to join \
the Head of Service in running the City of London Violence Against Women and Girls forum with \
statutory and community partners.

Care leavers: several of our care leavers had become fathers. We said the team manager would \
review their needs and bring proposals to the Children's Senior Management Meeting for how we \
could better support parenting and relationships.

Testing the impact: we said an audit would test the impact of this work, taking account of \
equalities and evidence across each of the protected characteristics, including care leavers."""

EXPLOITATION_RESPONSE = f"""\
{RESPONSE_GIVEN}

Ofsted found that our risk assessments were detailed and of excellent quality. Inspectors \
thought that specific tools would help us further with assessments and our response. We \
relaunched the Adolescent Safeguarding Handbook in 2024, with our partners and the City of \
London Police, and said we would use it consistently, and promote and record its use.

Tools and assessments: we had asked the London Boroughs of Lambeth, Tower Hamlets, Hackney and \
Haringey for their tools and specialist risk assessments. We said the Head of Service and the \
whole team would review and adapt them, with a focus on protected characteristics, including \
care leavers, and that a final version would go to the Multi-Agency Child Exploitation (MACE) \
Panel in March 2025.

The MACE Panel: we said we would review the panel's impact and membership from January to \
March 2025, with advice from the City and Hackney Safeguarding Children Partnership, and in the \
light of the Pan-London MACE review of the year before.

A project lead: we said we would find a project lead in the team to work on exploitation and \
serious youth violence for six months, to invite exploitation experts to team meetings and \
promote use of the available tools.

The Pan-London MACE Network: we said that attendance at the network would be delegated to a \
team manager if either the Head of Safeguarding and Quality Assurance or the Head of \
Children's Social Care and Family Help could not attend, so that the team would keep up with \
learning and intelligence and feed it back into our work.

Testing ourselves: we said audit would test the impact of this work for children. A report on \
the MACE Panel's work had been completed in June 2024 for the Safeguarding and SEND \
Sub-Committee; we said a similar report on our progress would go to the Children's Senior \
Management Team and then to the sub-committee in 2025."""

SEED_INSPECTIONS = (
    {
        "kind": InspectionKind.SHORT_ILACS,
        "inspectorate": Inspectorate.OFSTED,
        "starts_on": date(2024, 9, 23),
        "ends_on": date(2024, 9, 27),
        "published_on": date(2024, 11, 5),
        "overall_judgement": InspectionGrade.OUTSTANDING,
        "summary": (
            "A short inspection of our children's social care services under the Inspection of "
            "Local Authority Children's Services (ILACS) framework. We reported the findings, "
            "and our response to Ofsted's two recommendations, to the Community and Children's "
            "Services Committee on 16 January 2025."
        ),
        "report": "ofsted-inspection-of-city-of-london-childrens-services-2024",
        "as_at": OFSTED_REPORT_DATED,  # 002
        "judgements": (
            ("The experiences and progress of children who need help and protection", "good"),
            ("The experiences and progress of children in care", "outstanding"),
            ("The experiences and progress of care leavers", "outstanding"),
            (
                "The impact of leaders on social work practice with children and families",
                "outstanding",
            ),
        ),
        "recommendations": (
            (
                "The impact for children living in circumstances where there is domestic abuse.",
                DOMESTIC_ABUSE_RESPONSE,
            ),
            (
                "The response to children who experience exploitation and youth violence.",
                EXPLOITATION_RESPONSE,
            ),
        ),
    },
    {
        "kind": InspectionKind.FOCUSED_VISIT,
        "inspectorate": Inspectorate.OFSTED,
        "starts_on": date(2022, 11, 8),
        "ends_on": date(2022, 11, 9),
        "summary": (
            "A focused visit to our “front door”: the service that receives initial contacts "
            "and referrals."
        ),
        "report": "ofsted-focussed-visit-letter-2022",
        "as_at": OFSTED_REPORT_DATED,  # dates from 002 (16/01/2025), findings from 000
        "findings": (
            "Inspectors found high-quality practice which ensures that children benefit from "
            "effective and responsive front door services",
            "Children in need receive the right support at the right time",
            "Leaders are creating the right environment for social work to flourish",
            "The City of London has a stable workforce",
        ),
    },
    {
        # Source 000 gives the month only: no day is recorded, so none is shown.
        "kind": InspectionKind.FULL_ILACS,
        "inspectorate": Inspectorate.OFSTED,
        "starts_on": date(2020, 3, 1),
        "date_precision": InspectionDatePrecision.MONTH,
        "overall_judgement": InspectionGrade.OUTSTANDING,
        "as_at": OFSTED_REPORT_DATED,  # 000's headlines; 002 ¶3 ("overall 'Outstanding'") is newer
        "summary": (
            "A full inspection of our children's social care services under the Inspection of "
            "Local Authority Children's Services (ILACS) framework."
        ),
        "judgements": (
            (
                "The impact of leaders on social work practice with children and families",
                "outstanding",
            ),
            ("The experiences and progress of children who need help and protection", "good"),
            (
                "The experiences and progress of children in care and care leavers",
                "outstanding",
            ),
        ),
        "findings": (
            "Children’s services in the City of London are outstanding.",
            "Children benefit from a strong and highly effective social work service which has "
            "continued to significantly improve since the previous inspection.",
        ),
    },
    {
        "kind": InspectionKind.AREA_SEND,
        "inspectorate": Inspectorate.OFSTED_WITH_CQC,
        "starts_on": date(2018, 3, 12),
        "ends_on": date(2018, 3, 16),
        "summary": (
            "Ofsted and the Care Quality Commission (CQC) inspected the City of London as a local "
            "area, to judge how effectively it was putting in place the disability and special "
            "educational needs (SEN) reforms set out in the Children and Families Act 2014. "
            "Inspectors spoke with children and young people who have SEN and/or disabilities, "
            "parents and carers, and local authority and National Health Service (NHS) officers, "
            "and visited a range of providers. The inspection letter sets out areas of strength "
            "and areas for further improvement."
        ),
        "report": "joint-local-area-send-inspection-letter-2018",
        "as_at": ABOUT_PAGE_UPDATED,  # 000 (001 says the same, undated)
    },
)


def create_inspection(seed: dict) -> Inspection:
    fields = {
        key: value
        for key, value in seed.items()
        if key not in ("report", "judgements", "findings", "recommendations")
    }
    report = PublicationContent.admin_manager.filter(slug=seed.get("report", "")).first()
    inspection = Inspection(**fields, report_id=report.publication_id if report else None)
    inspection.full_clean()
    inspection.save()
    for order, (area, grade) in enumerate(seed.get("judgements", ()), start=1):
        judgement = inspection.judgements.model(
            inspection=inspection, area=area, grade=grade, order=order
        )
        judgement.full_clean()
        judgement.save()
    for order, quote in enumerate(seed.get("findings", ()), start=1):
        inspection.findings.create(quote=quote, order=order)
    for order, (text, response) in enumerate(seed.get("recommendations", ()), start=1):
        inspection.recommendations.create(text=text, department_response=response, order=order)
    return inspection


@transaction.atomic
def seed_inspections() -> list[str]:
    """Create the seeded inspections that are missing; return the titles of those created."""
    created = []
    for seed in SEED_INSPECTIONS:
        starts_on = seed["starts_on"]
        same = Inspection.objects.filter(kind=seed["kind"])
        if same.started_in(starts_on.year, starts_on.month).exists():
            continue
        created.append(create_inspection(seed).title)
    return created
