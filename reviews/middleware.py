""" "Save and ask for review" on a versioned record's change form (reviews/status.html).

The button submits the form, so nothing typed is lost; once the admin has saved it
(a redirect), this sends the editor on to the ask form for that draft, and back to
the change form afterwards. A form with errors is shown again as the admin shows it.
"""

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse


def draft_version_changed_by(request):
    """The version of the versioned record whose admin change form this request posted."""
    from djangocms_versioning import versionables
    from djangocms_versioning.models import Version

    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    model_admin = getattr(match.func, "model_admin", None)  # set by ModelAdmin.get_urls
    if model_admin is None or not (match.url_name or "").endswith("_change"):
        return None
    model = model_admin.model
    if not versionables.exists_for_content(model):
        return None
    content = model.admin_manager.filter(pk=match.kwargs.get("object_id")).first()
    return Version.objects.get_for_content(content) if content else None


class AskAfterSavingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method == "POST"
            and "_ready_for_review" in request.POST
            and response.status_code == 302
        ):
            version = draft_version_changed_by(request)
            if version is not None:
                ask = reverse("admin:reviews_reviewrequest_ask", args=[version.pk])
                return HttpResponseRedirect(f"{ask}?{urlencode({'next': request.path})}")
        return response
