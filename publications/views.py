"""Publications pages: the list, one publication, its download, and old addresses."""

from functools import wraps

from django.conf import settings
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from publications.forms import PublicationFilterForm, filter_form_for
from publications.models import (
    EarlierFile,
    PublicationContent,
    PublicationSettings,
    PublicationSlug,
)


def filtered_publications(request):
    """The filter form for this request and, if it is valid, the matching publications."""
    form = filter_form_for(request.GET)
    if not form.is_valid():
        return form, PublicationContent.objects.none()
    # The default manager holds published versions only (djangocms-versioning).
    publications = form.filter(PublicationContent.objects.all()).prefetch_related("topics")
    return form, publications.newest_first()


# Lists and details are kept and shared like CMS pages for a minute: a publish empties
# every cache at once (site_cache/refresh.py). Browsers are told to ask again each time,
# and shared caches how long is left (site_cache/lifetimes.py rewrites the header).
shared_for_a_minute = cache_control(public=True, max_age=60)

# What the list and the exports read from the query string: the filters, and the list's page.
FILTER_PARAMETERS = tuple(PublicationFilterForm.base_fields)
LIST_PARAMETERS = (*FILTER_PARAMETERS, "page")


def reads_query(*names):
    """Say on the view's answers which query parameters it reads, and that it reads no other.

    The page caches in front key an answer on these alone, and take any other
    parameter (``utm_campaign``, ``gclid``...) out of the request before the view
    sees it, so none reaches a link on a page kept for later readers::

        @reads_query("q", "kind", "topic", "year", "page")
        def publication_list(request): ...
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            response.query_parameters = names
            return response

        return wrapper

    return decorator


@require_safe
@reads_query(*LIST_PARAMETERS)
@shared_for_a_minute
def publication_list(request):
    form, publications = filtered_publications(request)
    # The list shows no topics (the exports do): no need to fetch them.
    publications = publications.prefetch_related(None).with_email_to_ask()
    page = Paginator(publications, settings.PUBLICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publications/publication_list.html",
        {
            "form": form,
            "page_obj": page,
            "publications": page.object_list,
            "filter_query": query.urlencode(),
            "is_filtered": any(form.data.get(name) for name in form.fields),
        },
        status=200 if form.is_valid() else 400,
    )


def find_publication(slug):
    """The published version of the publication at this address (its own or an old one).

    Raises Http404 for an address no publication has had, and Gone (rendered as
    410) for one whose publication was withdrawn (no version published now) or
    deleted. A draft's new address leads nowhere until that draft is published.
    """
    live = PublicationContent.objects.select_related("publication")
    publication = live.filter(slug=slug).first()
    if publication is not None:
        return publication
    old = get_object_or_404(PublicationSlug.objects.select_related("publication"), slug=slug)
    if old.publication is None:
        raise Gone(None)
    publication = live.filter(publication=old.publication).first()
    if publication is None:
        if old.publication.first_published_at is not None:
            raise Gone(old.publication.last_public_content())
        raise Http404("No such publication")
    return publication


class Gone(Exception):
    """The publication was here once and has been withdrawn or deleted."""

    def __init__(self, publication):
        super().__init__("publication gone")
        self.publication = publication


def answers_gone(view):
    """Render 410 Gone (with a short explanation) when the view finds a withdrawn publication."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Gone as error:
            return render(
                request,
                "publications/publication_gone.html",
                {"publication": error.publication},
                status=410,
            )

    return wrapper


@require_safe
@reads_query()
@shared_for_a_minute
@answers_gone
def publication_detail(request, slug):
    publication = find_publication(slug)
    if publication.slug != slug:
        return redirect(publication, permanent=True)
    return render(
        request,
        "publications/publication_detail.html",
        {
            "publication": publication,
            "earlier_files": publication.publication.earlier_files.all(),
            "superseded_by": PublicationContent.objects.filter(
                supersedes=publication.publication_id
            ).first(),
            "supersedes": (
                publication.supersedes.published_content() if publication.supersedes_id else None
            ),
            "settings": PublicationSettings.current(),
        },
    )


def pdf_response(stored_file, filename):
    response = FileResponse(
        stored_file.open("rb"), content_type="application/pdf", filename=filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
@answers_gone
def publication_download(request, slug):
    publication = find_publication(slug)
    if publication.slug != slug:
        return redirect(publication.get_download_url(), permanent=True)
    return pdf_response(publication.file, publication.download_filename)


@require_safe
@answers_gone
def earlier_file_download(request, slug, pk):
    publication = find_publication(slug)
    earlier = get_object_or_404(EarlierFile, publication=publication.publication_id, pk=pk)
    return pdf_response(earlier.file, earlier.download_filename)
