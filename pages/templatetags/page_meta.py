"""Facts about the page being shown, for the page templates."""

from cms.models import PageContent
from django import template
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

register = template.Library()


def published_on(page, language):
    """When the page's live version was published, or None if it has none.

    A visitor's page has its live content loaded already: its version is found
    by its key (one quick query). Staff previewing a draft have the draft
    loaded, so the live version is looked up through the page.
    """
    content_type = ContentType.objects.get_for_model(PageContent)
    published = Version.objects.filter(content_type=content_type, state=PUBLISHED)
    content = page.get_content_obj(language, fallback=False)
    if content.pk:
        modified = published.filter(object_id=content.pk).values_list("modified", flat=True).first()
        if modified is not None:
            return modified
    contents = PageContent.admin_manager.filter(page=page, language=language).values("pk")
    return published.filter(object_id__in=contents).values_list("modified", flat=True).first()


@register.inclusion_tag("includes/last_updated.html", takes_context=True)
def last_updated(context):
    """'Last updated' from the published version of the current CMS page."""
    request = context.get("request")
    page = getattr(request, "current_page", None)
    if not page:
        return {"updated": None}
    return {"updated": published_on(page, getattr(request, "LANGUAGE_CODE", "en"))}
