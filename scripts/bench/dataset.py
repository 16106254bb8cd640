"""A bigger site for benchmarks and scale tests: more CMS pages and more publications.

``build(pages, publications)`` adds to a database that ``manage.py seed_site``
has seeded, until it holds at least ``pages`` published CMS pages and at least
``publications`` published publications. It is idempotent (a second call with
the same sizes adds nothing) and only ever adds: nothing seeded or edited is
changed. ::

    from scripts.bench.dataset import build
    build(500, 10_000)  # about 500 pages and 10,000 publications

Pages are created and published the way the seed creates them (django CMS's
``create_page``, a text plugin, then djangocms-versioning's ``publish``), spread
under the seeded pages two levels deep so menus and breadcrumbs have depth.
Publications are bulk-created with varied titles, kinds, years and topics; they
all share one small stand-in PDF, so no upload check runs for each row.
"""

import itertools
import random
import time
from datetime import date

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

PAGE_PREFIX = "bench-page-"
PUBLICATION_PREFIX = "bench-"
STAND_IN_PDF = "publications/bench-stand-in.pdf"
BATCH = 1000
LANGUAGE = "en"

# Seeded pages the extra pages hang under. Not the home page (its children would sit
# at the top of the site) nor the publications list (its addresses belong to the list).
PARENT_REVERSE_IDS = (
    "about",
    "governance",
    "ofsted",
    "contact",
    "suggestions-and-complaints",
    "accessibility",
    "cookies",
    "privacy",
)

SUBJECTS = (
    "Early help",
    "Children's social care",
    "Special educational needs",
    "Care leavers",
    "Adult social care",
    "Housing and homelessness",
    "Youth services",
    "Fostering and adoption",
    "Safeguarding children",
    "Carers",
    "Public health",
    "Libraries and learning",
    "Mental health",
    "Domestic abuse",
    "Family hubs",
    "Rough sleeping",
)
FACETS = (
    "how we work",
    "who can get help",
    "what to expect",
    "our standards",
    "partners",
    "making a referral",
    "information for professionals",
    "frequently asked questions",
    "reports and figures",
    "getting involved",
)
DOCUMENTS = {
    "strategy": ("{subject} strategy {span}", "{subject}: our strategy to {year_to}"),
    "plan": ("{subject} action plan {span}", "{subject} delivery plan {year}"),
    "report": ("{subject} annual report {span}", "{subject}: report to committee, {month} {year}"),
    "inspection-letter": ("Ofsted letter on {subject_lower}, {month} {year}",),
    "handbook": ("{subject} handbook ({year} edition)", "A guide to {subject_lower}"),
    "policy": ("{subject} policy", "{subject} policy, reviewed {month} {year}"),
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FIRST_YEAR, LAST_YEAR = 2006, 2025


def build(pages: int, publications: int, stdout=None) -> None:
    """Add pages and publications until there are at least ``pages`` and ``publications``.

    Both counts are of published items, the seeded ones included. ``stdout``
    (a file-like object) gets a line for each part, with how long it took.
    """
    started = time.perf_counter()
    added_publications = _add_publications(publications)
    _say(stdout, f"publications: added {added_publications}", started)
    started = time.perf_counter()
    added_pages = _add_pages(pages)
    _say(stdout, f"pages: added {added_pages}", started)


def _say(stdout, message: str, started: float) -> None:
    if stdout is not None:
        stdout.write(f"{message} ({time.perf_counter() - started:.1f} s)\n")


def published_page_count() -> int:
    from cms.models import PageContent

    # The public manager: only contents whose version is published.
    return PageContent.objects.filter(language=LANGUAGE).count()


def _add_pages(wanted: int) -> int:
    from cms.api import add_plugin, create_page
    from cms.models import Page, PageContent
    from django.contrib.sites.models import Site
    from djangocms_versioning.models import Version

    from pages.management.commands.seed_site import seed_author

    missing = wanted - published_page_count()
    if missing <= 0:
        return 0
    site = Site.objects.get_current()
    author = seed_author()
    parents = list(Page.objects.filter(site=site, reverse_id__in=PARENT_REVERSE_IDS))
    if not parents:
        raise RuntimeError("Seed the site first (manage.py seed_site): no pages to add under.")
    taken = set(
        Page.objects.filter(reverse_id__startswith=PAGE_PREFIX).values_list("reverse_id", flat=True)
    )
    numbers = (number for number in itertools.count(1) if f"{PAGE_PREFIX}{number:04d}" not in taken)
    # Extra pages directly under a seeded page: the others hang under these, so the
    # tree is three levels deep at most (and addresses stay well within 255 characters).
    first_level = list(
        Page.objects.filter(reverse_id__startswith=PAGE_PREFIX, parent__in=parents).order_by("pk")
    )
    added = 0
    for _ in range(missing):
        number = next(numbers)
        subject = SUBJECTS[number % len(SUBJECTS)]
        facet = FACETS[(number // len(SUBJECTS)) % len(FACETS)]
        # Two in three hang under a seeded page, one in three under one of those.
        under_extra = bool(first_level) and number % 3 == 0
        if under_extra:
            parent = first_level[(number // 3) % len(first_level)]
        else:
            parent = parents[number % len(parents)]
        with transaction.atomic():
            page = create_page(
                title=f"{subject}: {facet}",
                template="cms/page.html",
                language=LANGUAGE,
                menu_title=f"{subject} ({number})",
                slug=f"{subject}-{facet}-{number}".lower().replace(" ", "-").replace("'", ""),
                meta_description=f"{subject}: {facet}, from the Department of Community "
                "and Children's Services.",
                created_by=author,
                in_navigation=True,
                reverse_id=f"{PAGE_PREFIX}{number:04d}",
                site=site,
                parent=parent,
            )
            content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
            content.rescan_placeholders()
            placeholder = content.get_placeholders().get(slot="content")
            add_plugin(
                placeholder,
                "TextPlugin",
                LANGUAGE,
                body=f"<h2>{facet.capitalize()}</h2><p>This page explains {facet} for "
                f"{subject.lower()} in the City of London. Call the Children and Families "
                "team if you are not sure where to start.</p>",
            )
            Version.objects.get_for_content(content).publish(author)
        if not under_extra:
            first_level.append(page)
        added += 1
    return added


def stand_in_pdf_name() -> tuple[str, int, int]:
    """The shared stand-in PDF (written once): its stored name, size and page count."""
    from publications.stand_in_pdf import stand_in_pdf

    if not default_storage.exists(STAND_IN_PDF):
        pdf = stand_in_pdf(
            "Benchmark publication",
            "This PDF stands in for every publication added for benchmarks.",
        )
        default_storage.save(STAND_IN_PDF, ContentFile(pdf))
    return STAND_IN_PDF, default_storage.size(STAND_IN_PDF), 1


def _publication_fields(number: int, rng: random.Random) -> dict:
    kind = rng.choice(tuple(DOCUMENTS))
    subject = rng.choice(SUBJECTS)
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    month = rng.randrange(12)
    pattern = rng.choice(DOCUMENTS[kind])
    title = pattern.format(
        subject=subject,
        subject_lower=subject.lower(),
        span=f"{year} to {year + rng.choice((1, 2, 3))}",
        year=year,
        year_to=year + 3,
        month=MONTHS[month],
    )
    summary = (
        f"{title}: what the department of Community and Children's Services "
        f"{rng.choice(('plans', 'found', 'agreed', 'reviewed', 'will do'))} for "
        f"{subject.lower()} in the City of London."
    )
    body = ""
    if rng.random() < 0.3:  # some have an HTML version, as the seeded ones do
        body = "".join(
            f"<h2>{facet.capitalize()}</h2><p>{summary} This section covers {facet} "
            f"for {subject.lower()}, with figures for {year}.</p>"
            for facet in rng.sample(FACETS, 4)
        )
    return {
        "title": title[:255],
        "slug": f"{PUBLICATION_PREFIX}{number:05d}",
        "kind": kind,
        "summary": summary,
        "body": body,
        "document_year": year,
        "document_date": date(year, month + 1, rng.randint(1, 28)) if rng.random() < 0.5 else None,
        "date_submitted": date(min(year + 1, LAST_YEAR), rng.randint(1, 12), rng.randint(1, 28)),
    }


def _add_publications(wanted: int) -> int:
    """Published publications, each a grouper, one content and one published version."""
    from django.contrib.auth import get_user_model

    from publications.models import PublicationContent, PublicationSlug, Topic
    from publications.publishing import add_published_in_bulk

    missing = wanted - PublicationContent.objects.count()  # published versions
    if missing <= 0:
        return 0
    file_name, file_size, page_count = stand_in_pdf_name()
    topics = [
        Topic.objects.get_or_create(
            slug=subject.lower().replace(" ", "-").replace("'", ""), defaults={"name": subject}
        )[0]
        for subject in SUBJECTS
    ]
    taken = set(
        PublicationContent.admin_manager.filter(slug__startswith=PUBLICATION_PREFIX).values_list(
            "slug", flat=True
        )
    )
    taken |= set(
        PublicationSlug.objects.filter(slug__startswith=PUBLICATION_PREFIX).values_list(
            "slug", flat=True
        )
    )
    rng = random.Random(wanted)  # noqa: S311 (not secret: the same data for the same size)
    numbers = (
        number for number in itertools.count(1) if f"{PUBLICATION_PREFIX}{number:05d}" not in taken
    )
    Through = PublicationContent.topics.through
    author, _ = get_user_model().objects.get_or_create(
        username="bench-data", defaults={"is_active": False}
    )
    added = 0
    with transaction.atomic():
        while added < missing:
            batch = [
                PublicationContent(
                    **_publication_fields(next(numbers), rng),
                    file=file_name,
                    original_filename="stand-in.pdf",
                    file_size=file_size,
                    page_count=page_count,
                )
                for _ in range(min(BATCH, missing - added))
            ]
            created = add_published_in_bulk(batch, author=author)
            Through.objects.bulk_create(
                Through(publicationcontent_id=publication.pk, topic_id=topic.pk)
                for publication in created
                for topic in rng.sample(topics, rng.choice((1, 1, 2, 3)))
            )
            added += len(created)
    return added
