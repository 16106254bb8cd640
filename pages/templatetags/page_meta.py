"""Facts about the page being shown, for the page templates."""

from cms.models import PageContent
from django import template
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version

register = template.Library()


def published_on(page, language):
    """When the page's live version was published, or None if it has none."""
    versions = Version.objects.filter(
        content_type=ContentType.objects.get_for_model(PageContent),
        object_id__in=PageContent.admin_manager.filter(page=page, language=language).values("pk"),
        state=PUBLISHED,
    )
    return versions.values_list("modified", flat=True).first()


@register.inclusion_tag("includes/last_updated.html", takes_context=True)
def last_updated(context):
    """'Last updated' from the published version of the current CMS page."""
    request = context.get("request")
    page = getattr(request, "current_page", None)
    if not page:
        return {"updated": None}
    return {"updated": published_on(page, getattr(request, "LANGUAGE_CODE", "en"))}
