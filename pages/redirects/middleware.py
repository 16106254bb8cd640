"""Old addresses answer where their page went (301), or that it is gone (410).

Like django.contrib.redirects' fallback, this only looks at requests that
found nothing (a 404), so pages that exist cost nothing: a page published at
an old address answers itself. For a 404 it runs one indexed query over the
path and its ancestors (pages/redirects/models.py).
"""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from pages.redirects.models import Redirect

# How long browsers and caches may keep the answer: long enough to spare the
# server, short enough that an editor's change (or a page published at the
# old address) reaches everyone within the hour.
ANSWER_MAX_AGE = 60 * 60


def gone_response(request):
    """410 Gone: the page was taken off the website; help the visitor find what they wanted."""
    response = render(request, "pages/redirects/gone.html", status=410)
    patch_cache_control(response, max_age=ANSWER_MAX_AGE)
    return response


class OldAddressFallbackMiddleware:
    """Turn a 404 for an old address into a redirect to where its page lives now, or a 410."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        answer = Redirect.objects.answer_for(
            request.path, query=request.META.get("QUERY_STRING", "")
        )
        if answer is None:
            return response
        if answer.gone:
            return gone_response(request)
        redirect_class = HttpResponsePermanentRedirect if answer.permanent else HttpResponseRedirect
        redirect = redirect_class(answer.location)
        if answer.permanent:
            patch_cache_control(redirect, max_age=ANSWER_MAX_AGE)
        return redirect
