"""The search page, /search/?q=: the form, and the results a page at a time.

Which entries match and in what order is search/ranking.py; how they are shown,
search/results.py; what is in the index, search/index.py.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from search.forms import SearchForm
from search.ranking import find
from search.results import results_for

RESULTS_PER_PAGE = 20


@require_safe
@cache_control(public=True, max_age=60)  # kept and shared like pages; a publish empties caches
def search(request):
    """The search page: the form, and the results for ``q`` a page at a time."""
    response = results_page(request)
    # The page caches in front key the answer on these alone, and give the view no other.
    response.query_parameters = tuple(SearchForm.base_fields)  # q, page
    return response


def results_page(request):
    form = SearchForm(request.GET)
    valid = form.is_valid()
    query = form.cleaned_data.get("q", "")  # the words are cleaned, never refused
    context = {"form": form, "query": query, "query_string": urlencode({"q": query})}
    if not valid:
        return render(request, "search/results.html", context, status=400)
    if query:
        paginator = Paginator(find(query), RESULTS_PER_PAGE)
        page = paginator.get_page(form.cleaned_data["page"] or 1)
        context |= {
            "page_obj": page,
            "results": results_for(page.object_list, query),
            "page_numbers": paginator.get_elided_page_range(page.number, on_each_side=1),
        }
    return render(request, "search/results.html", context)
