from django import template
from django.utils import timezone

from pages.alerts.models import AlertBanner

register = template.Library()


@register.inclusion_tag("includes/alert_banner.html")
def alert_banners():
    """The banners showing now, the most severe first (one query)."""
    return {"banners": list(AlertBanner.objects.showing_at(timezone.now()))}
