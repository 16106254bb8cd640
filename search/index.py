"""Keep the search index (search.SearchEntry) in step with what the public can see.

A page's or a publication's entry is rewritten when one of its versions is
published or unpublished (a publication's removed when it is deleted), and the entries of
pages showing records (governance bodies, inspections, KPIs, contact lines,
publications...) when those records change: each app declares which models its
plugins show in ``shown_on_pages`` on its AppConfig, and site_cache, which keeps
cached pages fresh from that declaration, calls ``SearchConfig.shown_records_changed``
(site_cache/declarations.py). ``manage.py
rebuild_search_index`` rewrites every entry::

    index_page(page.pk)  # after publishing or unpublishing it
    index_publication(publication_id)  # after publishing or unpublishing a version
    rebuild_index()  # everything, writing only what changed

A page's text is what its plugins render for an anonymous visitor, as plain
text, so records shown by a plugin are found on the page that shows them.
"""

import logging

from django.db import transaction

from search.models import SearchEntry
from search.text import (
    MAX_BODY_CHARACTERS,
    language,
    plain_text,
    published_page_contents,
    rendered_page_text,
    tidy,
)

logger = logging.getLogger(__name__)


def page_entry(content) -> SearchEntry:
    """The entry for a page, from its published content."""
    return SearchEntry(
        kind=SearchEntry.Kind.PAGE,
        object_id=content.page_id,
        url=content.page.get_absolute_url(language()) or "",
        title=tidy(content.page_title or content.title)[:255],  # as the page's <h1> shows it
        label="Page",
        summary=tidy(content.meta_description),
        body=rendered_page_text(content),
    )


def publication_entry(publication) -> SearchEntry:
    """The entry for a publication, from its published version: title, summary, HTML version.

    Keyed by the publication (``Publication``), whose id outlives its versions.
    """
    return SearchEntry(
        kind=SearchEntry.Kind.PUBLICATION,
        object_id=publication.publication_id,
        url=publication.get_absolute_url(),
        title=tidy(publication.title)[:255],
        label=publication.get_kind_display(),
        summary=tidy(publication.summary),
        body=plain_text(publication.body)[:MAX_BODY_CHARACTERS],
    )


INDEXED_FIELDS = ("url", "title", "label", "summary", "body")


def _write(kind, object_id, entry):
    """Store the entry for this object, or remove the object's entry when ``entry`` is None."""
    if entry is None:
        SearchEntry.objects.filter(kind=kind, object_id=object_id).delete()
    else:
        SearchEntry.objects.update_or_create(
            kind=kind,
            object_id=object_id,
            defaults={field: getattr(entry, field) for field in INDEXED_FIELDS},
        )


def _urls_up_to_date():
    """Bring this process's URLs up to date before working any out, as each request does.

    django CMS loads the URLs of apphooked pages (the publications list) once per
    process and reloads them when a request finds a newer revision. Indexing can
    be the first to load them (while seeding, say): without the revision noted,
    the process would keep URLs from before an apphook was attached.
    """
    from cms.utils.apphook_reload import ensure_urlconf_is_up_to_date

    ensure_urlconf_is_up_to_date()


def _safely(write, description, *args):
    """Write an entry in a savepoint: a failure is logged and never stops a publish or a save.

    The entry is then out of date until the next change or ``rebuild_search_index``.
    """
    try:
        _urls_up_to_date()
        with transaction.atomic():
            write(*args)
    except Exception:
        logger.exception("Search index: could not update %s", description)


def index_page(page_id: int) -> None:
    """Rewrite a page's entry from its published content; remove it if none is public."""

    def write():
        content = published_page_contents().filter(page_id=page_id).first()
        _write(SearchEntry.Kind.PAGE, page_id, page_entry(content) if content else None)

    _safely(write, f"page {page_id}")


def index_publication(publication_id: int) -> None:
    """Rewrite a publication's entry from its published version; remove it once withdrawn."""
    from publications.models import PublicationContent

    def write():
        published = PublicationContent.objects.filter(publication=publication_id).first()
        entry = publication_entry(published) if published else None
        _write(SearchEntry.Kind.PUBLICATION, publication_id, entry)

    _safely(write, f"publication {publication_id}")


def current_entries():
    """Every entry the index should hold now, keyed by (kind, object id)."""
    from publications.models import PublicationContent

    entries = [page_entry(content) for content in published_page_contents()]
    entries += [publication_entry(p) for p in PublicationContent.objects.all()]  # published
    return {(entry.kind, entry.object_id): entry for entry in entries}


@transaction.atomic
def rebuild_index() -> dict[str, int]:
    """Make the index match the site, writing only the entries that differ.

    Running it twice changes nothing the second time. Returns how many entries
    were added, changed and removed.
    """
    _urls_up_to_date()
    wanted = current_entries()
    entries = SearchEntry.objects.defer("search_vector")
    stored = {(entry.kind, entry.object_id): entry for entry in entries}
    added = [entry for key, entry in wanted.items() if key not in stored]
    changed = []
    for key, entry in wanted.items():
        old = stored.get(key)
        if old and any(getattr(old, f) != getattr(entry, f) for f in INDEXED_FIELDS):
            for field in INDEXED_FIELDS:
                setattr(old, field, getattr(entry, field))
            changed.append(old)
    removed = [entry.pk for key, entry in stored.items() if key not in wanted]
    SearchEntry.objects.bulk_create(added)
    SearchEntry.objects.bulk_update(changed, INDEXED_FIELDS, batch_size=100)
    SearchEntry.objects.filter(pk__in=removed).delete()
    return {"added": len(added), "changed": len(changed), "removed": len(removed)}


# Signal receivers, connected in SearchConfig.ready() (search/apps.py).


def version_operation(sender, operation, obj, **kwargs):
    """A page or publication version was published or unpublished (djangocms-versioning)."""
    from cms.models import PageContent
    from djangocms_versioning.constants import OPERATION_PUBLISH, OPERATION_UNPUBLISH

    from publications.models import PublicationContent

    if operation not in (OPERATION_PUBLISH, OPERATION_UNPUBLISH):
        return
    if operation == OPERATION_UNPUBLISH and kwargs.get("to_be_published"):
        return  # a newer version is being published: its own signal follows
    if sender is PageContent:
        index_page(obj.content.page_id)
    elif sender is PublicationContent:
        index_publication(obj.content.publication_id)


def page_deleted(sender, instance, **kwargs):
    SearchEntry.objects.filter(kind=SearchEntry.Kind.PAGE, object_id=instance.pk).delete()


def publication_deleted(sender, instance, **kwargs):
    SearchEntry.objects.filter(kind=SearchEntry.Kind.PUBLICATION, object_id=instance.pk).delete()


def records_shown_changed(plugin_types) -> None:
    """Rows shown by these plugins changed: re-read the published pages that hold them.

    Called by ``SearchConfig.shown_records_changed``, which site_cache calls for
    every model an app declares in ``shown_on_pages`` (site_cache/declarations.py).
    """
    for page_id in pages_showing(plugin_types):
        index_page(page_id)


def pages_showing(plugin_types):
    """Ids of published pages holding any of these plugins."""
    from cms.models import CMSPlugin, PageContent
    from django.contrib.contenttypes.models import ContentType

    contents = published_page_contents()
    placeholders = CMSPlugin.objects.filter(
        plugin_type__in=plugin_types,
        placeholder__content_type=ContentType.objects.get_for_model(PageContent),
    ).values("placeholder__object_id")
    return set(contents.filter(pk__in=placeholders).values_list("page_id", flat=True))
