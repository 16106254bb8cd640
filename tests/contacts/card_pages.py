"""Put a contact card on a published CMS page, as an editor would, for the tests that need one.

Tests build the little they need instead of relying on the seed: this adds a
card as the first thing on the page (a new version, published), or creates
the page if the site has none at that slug.
"""

from cms.api import add_plugin, create_page
from cms.models import Page, PageContent
from django.contrib.auth import get_user_model
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

from contacts.choices import CardLayout

LANGUAGE = "en"


def card_author():
    user, _ = get_user_model().objects.get_or_create(
        username="card-author", defaults={"is_staff": True, "is_superuser": True}
    )
    return user


def _published_version(page: Page) -> Version | None:
    contents = PageContent.admin_manager.filter(page=page, language=LANGUAGE)
    return Version.objects.filter(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    ).first()


def publish_card_on(slug: str, layout: str = CardLayout.FULL, heading: str = "") -> Page:
    """Make sure the live page at /<slug>/ starts with a contact card; return the page."""
    author = card_author()
    page = Page.objects.filter(urls__slug=slug).first()
    if page is None:
        page = create_page(
            title=f"Page {slug}",
            template="cms/page.html",
            language=LANGUAGE,
            slug=slug,
            created_by=author,
        )
        draft = Version.objects.get_for_content(
            PageContent.admin_manager.get(page=page, language=LANGUAGE)
        )
    else:
        live = _published_version(page)
        placeholder = live.content.get_placeholders().get(slot="content")
        if placeholder.get_plugins().filter(plugin_type="ContactCardPlugin").exists():
            return page
        draft = live.copy(author)
    content = draft.content
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    add_plugin(
        placeholder,
        "ContactCardPlugin",
        LANGUAGE,
        position="first-child",
        layout=layout,
        heading=heading,
    )
    draft.publish(author)
    return page
