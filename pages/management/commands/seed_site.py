"""Seed the site: the department's pages, published, and the editorial roles.

Idempotent and atomic: it creates what is missing and never changes what is
there, so it is safe to run on every start (``make run`` does). Seeded pages
are recognised by their reverse id, so a page an editor has renamed or moved
is not created again.
"""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from cms.api import add_plugin, create_page
from cms.models import Page, PageContent
from cms.utils.apphook_reload import mark_urlconf_as_changed
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from djangocms_versioning.models import Version

from contacts.seed import seed_contacts
from pages.governance.seed import seed_governance
from pages.inspections.seed import seed_inspections
from pages.performance.seed import seed_performance
from pages.roles import ensure_roles
from pages.seed import SeedPage, SeedPlugin
from pages.seed.content import SEED_PAGES
from publications.seed import seed_publications

LANGUAGE = "en"
LONDON = ZoneInfo("Europe/London")
SEED_USERNAME = "site-seed"
HOME_ID = "home"
SITE_NAME = "Community and Children's Services"


def seed_author():
    """The account the seeded versions are credited to: cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        username=SEED_USERNAME,
        defaults={"is_active": False, "first_name": "Site", "last_name": "seed"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def reverse_id_for(seed: SeedPage) -> str:
    return seed.slug or HOME_ID


def create_seed_page(seed: SeedPage, author, site) -> Page:
    """Create one page with its sections as text plugins and publish it."""
    page = create_page(
        title=seed.title,
        template=seed.template,
        language=LANGUAGE,
        menu_title=seed.menu_title,
        slug=seed.slug or HOME_ID,
        meta_description=seed.meta_description,
        created_by=author,
        in_navigation=seed.in_navigation,
        reverse_id=reverse_id_for(seed),
        site=site,
        apphook=seed.apphook or None,
        parent=Page.objects.get(reverse_id=seed.parent, site=site) if seed.parent else None,
        apphook_namespace="publications" if seed.apphook == "PublicationsApphook" else None,
    )
    content = PageContent.admin_manager.get(page=page, language=LANGUAGE)
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    for section in seed.sections:
        if isinstance(section, SeedPlugin):
            add_plugin(placeholder, section.plugin_type, LANGUAGE, **section.data)
        else:
            add_plugin(placeholder, "TextPlugin", LANGUAGE, body=section)
    Version.objects.get_for_content(content).publish(author)
    if not seed.slug:
        # After publishing: the home page's URL becomes "/" only once it has one.
        page.set_as_homepage(author)
    if seed.apphook:
        # Every running process reloads its URLs on its next request.
        mark_urlconf_as_changed()
    date_as_of_its_source(seed, content)
    return page


def date_as_of_its_source(seed: SeedPage, content: PageContent) -> None:
    """Date the published version as of its source, not the day the database was seeded.

    "Last updated" (pages/templatetags/page_meta.py) and the sitemap read these
    dates; an editor's next publish sets them to that day. Set by ``update()``,
    last, so no save signal moves them again.
    """
    updated = datetime.combine(seed.updated_on, time(), tzinfo=LONDON)
    Version.objects.filter(pk=Version.objects.get_for_content(content).pk).update(modified=updated)
    PageContent.admin_manager.filter(pk=content.pk).update(changed_date=updated)


class Command(BaseCommand):
    help = "Create the seeded pages (published) and the Editor and Publisher groups, if missing."

    @transaction.atomic
    def handle(self, *args, **options):
        ensure_roles()
        author = seed_author()
        contacts = seed_contacts()
        if contacts:
            self.stdout.write(f"Seeded contacts: {', '.join(contacts)}.")
        publications = seed_publications(author)
        if publications:
            self.stdout.write(f"Seeded {len(publications)} publication(s).")
        # Records shown on pages, before the pages (inspections link to publications).
        for name, seed in (
            ("governance", seed_governance),
            ("Ofsted inspections", seed_inspections),
            ("performance", seed_performance),
        ):
            records = seed()
            if records:
                summary = ", ".join(records) if len(records) <= 4 else f"{len(records)} records"
                self.stdout.write(f"Seeded {name}: {summary}.")
        site = Site.objects.get_current()
        if site.name == "example.com":  # Django's placeholder, shown in the CMS toolbar
            site.name = SITE_NAME
            site.save(update_fields=["name"])
        created = []
        for seed in SEED_PAGES:
            reverse_id = reverse_id_for(seed)
            if Page.objects.filter(reverse_id=reverse_id, site=site).exists():
                continue
            create_seed_page(seed, author, site)
            created.append(seed.path)
        if created:
            self.stdout.write(f"Seeded {len(created)} page(s): {', '.join(created)}")
        else:
            self.stdout.write("Every seeded page is already there: nothing changed.")
        # Last, so pages are indexed at their final addresses (the home page's is "/").
        call_command("rebuild_search_index", stdout=self.stdout)
