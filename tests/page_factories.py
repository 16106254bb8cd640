"""Published CMS pages built the way an editor makes them, for tests that need one page."""

from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.contrib.auth import get_user_model
from djangocms_versioning.models import Version


def page_author():
    author, _ = get_user_model().objects.get_or_create(
        username="page-author", defaults={"is_staff": True, "is_superuser": True}
    )
    return author


def published_page_with(slug: str, plugin_type: str, **data) -> str:
    """A new published page at /<slug>/ holding just this plugin; returns its address."""
    author = page_author()
    page = create_page(
        title=f"Page {slug}", template="cms/page.html", language="en", slug=slug, created_by=author
    )
    content = PageContent.admin_manager.get(page=page, language="en")
    content.rescan_placeholders()
    add_plugin(content.get_placeholders().get(slot="content"), plugin_type, "en", **data)
    Version.objects.get_for_content(content).publish(author)
    return f"/{slug}/"
