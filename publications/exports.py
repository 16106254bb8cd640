"""The publications list as CSV and JSON, with the same filters as the page."""

import csv

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from publications.formatting import canonical_address
from publications.views import (
    FILTER_PARAMETERS,
    filtered_publications,
    reads_query,
    shared_for_a_minute,
)

COLUMNS = (
    "title",
    "kind",
    "topics",
    "summary",
    "year",
    "date_submitted",
    "date_updated",
    "file_size_bytes",
    "pages",
    "stand_in",
    "published_size",
    "url",
    "download_url",
)


def rows(request, publications):
    for item in publications:
        yield {
            "title": item.title,
            "kind": item.get_kind_display(),
            "topics": [topic.name for topic in item.topics.all()],
            "summary": item.summary,
            "year": item.document_year,
            # empty where no source dates the document (it is ordered by its year)
            "date_submitted": item.date_submitted.isoformat() if item.date_submitted else None,
            "date_updated": item.date_updated.isoformat() if item.date_updated else None,
            "file_size_bytes": item.file_size,
            # a stand-in's pages are not the document's: none given
            "pages": None if item.stand_in else item.page_count,
            "stand_in": item.stand_in,
            "published_size": item.published_size or None,  # as the source prints it
            "url": canonical_address(item.get_absolute_url()),
            "download_url": canonical_address(item.get_download_url()),
        }


def error_response(form, as_json):
    errors = {field: list(messages) for field, messages in form.errors.items()}
    if as_json:
        return JsonResponse({"errors": errors}, status=400)
    text = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in errors.items())
    return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")


# What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula, with a leading apostrophe: shown as
    the words it is, never run (a title "=HYPERLINK(...)" from an import, say)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# The list's words in another form: kept and shared as the list is, with its filters.
@require_safe
@reads_query(*FILTER_PARAMETERS)
@shared_for_a_minute
def export_csv(request):
    form, publications = filtered_publications(request)
    if not form.is_valid():
        return error_response(form, as_json=False)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="publications.csv"'
    writer = csv.DictWriter(response, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows(request, publications):
        row = {
            **row,
            "topics": "; ".join(row["topics"]),
            "stand_in": "true" if row["stand_in"] else "false",
        }
        writer.writerow({name: spreadsheet_safe(value) for name, value in row.items()})
    return response


@require_safe
@reads_query(*FILTER_PARAMETERS)
@shared_for_a_minute
def export_json(request):
    form, publications = filtered_publications(request)
    if not form.is_valid():
        return error_response(form, as_json=True)
    return JsonResponse({"publications": list(rows(request, publications))})
