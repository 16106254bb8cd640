"""Remember every address a published page has lived at (pages/redirects/models.py).

Connected in ``PagesConfig.ready``:

- djangocms-versioning's ``post_version_operation``: a publish may have given
  the page (and so everything under it) a new path;
- django CMS's ``post_obj_operation`` for ``move_page``: a move in the page
  tree changes the paths at once, with no publish;
- ``pre_delete`` of a page: its address answers "gone" from then on.

Each also reloads the URLs when an application is hooked to a page that
moved, was unpublished or was deleted: django CMS builds the publications
app's URLs from its page's path, and does not rebuild them on its own when
that path changes, so /new-path/<slug>/ would not answer until a restart.
"""

from django.conf import settings
from django.utils import timezone

from pages.redirects.models import Redirect, page_url_for_path


def remember_live_paths() -> int:
    """Record the path of every published page not yet recorded as that page's.

    The whole site, not just the page that changed: a publish moves the
    page's descendants too, and a change made where no signal is sent (a page
    moved from code, a new home page) is caught by the next publish. Two
    queries, plus a write when something changed. An editor's redirect is
    never changed. Returns how many paths were recorded or handed to a new page.
    """
    from cms.models import PageUrl

    live = {}
    urls = PageUrl.objects.filter(
        language=settings.LANGUAGE_CODE, site_id=settings.SITE_ID, path__isnull=False
    ).values_list("page_id", "path")
    for page_id, path in urls:
        url = page_url_for_path(path)
        if url and url != "/":  # the home page's "/" is never redirected
            live[url] = page_id
    known = {row.from_path: row for row in Redirect.objects.filter(from_path__in=list(live))}
    new, handed_over = [], []
    for url, page_id in live.items():
        row = known.get(url)
        if row is None:
            new.append(Redirect(from_path=url, to_page_id=page_id, automatic=True))
        elif row.automatic and row.to_page_id != page_id:
            # A new page lives where another used to: the address is now its.
            row.to_page_id, row.to_path, row.permanent = page_id, "", True
            row.updated_at = timezone.now()
            handed_over.append(row)
    # Another publish at the same moment may record the same path: either row is right.
    Redirect.objects.bulk_create(new, ignore_conflicts=True)
    Redirect.objects.bulk_update(handed_over, ["to_page", "to_path", "permanent", "updated_at"])
    return len(new) + len(handed_over)


def reload_urls_if_hooked(page) -> None:
    """Rebuild the URLs in every process if an application hangs on this page or below it."""
    from cms.models import Page
    from cms.utils.apphook_reload import mark_urlconf_as_changed

    subtree = Page.objects.filter(site_id=page.site_id, path__startswith=page.path)
    if subtree.has_apphooks():
        mark_urlconf_as_changed()


def version_operation_done(sender, operation, obj, **kwargs):
    """A page version was published or unpublished."""
    from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH

    page = obj.content.page
    if operation == OPERATION_PUBLISH:
        remember_live_paths()
        reload_urls_if_hooked(page)
    elif operation == OPERATION_UNPUBLISH and kwargs.get("to_be_published") is None:
        # Taken off the site (not replaced by a newer version): its old
        # addresses now say "gone", and its application's URLs must go.
        reload_urls_if_hooked(page)


def page_operation_done(sender, operation, obj=None, **kwargs):
    """An operation in the page tree (django CMS's admin) finished."""
    from cms import operations

    if operation == operations.MOVE_PAGE and obj is not None:
        remember_live_paths()
        reload_urls_if_hooked(obj)


def page_deleting(sender, instance, **kwargs):
    """A page is about to be deleted: its address will answer "gone".

    Rows that already point at the page lose it through ``on_delete=SET_NULL``
    and so say "gone"; this records the current address too, in case no
    publish recorded it.
    """
    from cms.utils.apphook_reload import mark_urlconf_as_changed

    url = page_url_for_path(instance.get_path(settings.LANGUAGE_CODE, fallback=False))
    if url and url != "/":
        Redirect.objects.get_or_create(from_path=url, defaults={"automatic": True})
    if instance.application_urls:
        mark_urlconf_as_changed()
