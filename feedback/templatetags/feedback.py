from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("feedback/includes/feedback_form.html", takes_context=True)
def feedback_form(context, form=None):
    """The "Is this page useful?" form; ``form`` is a bound FeedbackForm being shown again."""
    request = context["request"]
    path = form.data.get("path", "/") if form is not None else request.path
    return {
        "feedback_form": form,
        "feedback_path": path,
        "retention_days": settings.FEEDBACK_RETENTION_DAYS,
    }
