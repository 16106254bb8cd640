"""Stored XSS in publications: fields, HTML body, feed, exports, search and slugs.

An editor adds a draft through the admin; a Publisher publishes it through
djangocms-versioning's views, as the buttons in the admin do.
"""

from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from publications.models import PublicationContent, Topic
from tests.publications.conftest import (
    ADD_URL,
    make_pdf,
    version_admin_url,
    versions_url,
)
from tests.security import admin_forms
from tests.security.corpus import (
    HOSTILE_RICH_TEXT,
    RICH_TEXT_SURVIVOR,
)
from tests.security.markup import shows, unsafe_markup
from tests.security.stored_xss import (
    read_as_public,
    read_as_staff,
    refused,
    saved,
)

pytestmark = pytest.mark.django_db


# Publications ----------------------------------------------------------------------------------


def feed_summary(response, title):
    """The Atom entry's summary, as the HTML a feed reader renders (its type is "html")."""
    assert response["Content-Type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.fromstring(response.content)  # noqa: S314 (the site's own feed)
    entries = feed.iter(f"{atom}entry")
    entry = next(entry for entry in entries if entry.findtext(f"{atom}title") == title)
    summary = entry.find(f"{atom}summary")
    assert summary.get("type") == "html"
    return summary.text


def test_publication_fields_are_escaped_and_its_html_sanitised(
    seeded_site, editor, publisher, client, payload
):
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client, "/admin/publications/topic/add/", {"name": f"{payload} topic", "slug": "odd"}
        )
    )
    topic = Topic.objects.get(slug="odd")
    values = {
        "title": f"{payload} title",
        "summary": f"{payload} summary",
    }
    client.force_login(editor)
    saved(
        admin_forms.submit(
            client,
            ADD_URL,
            {
                **values,
                "slug": "hostile",
                "kind": "report",
                "topics": [str(topic.pk)],
                "body": f"{HOSTILE_RICH_TEXT}<p>{payload}</p>",
                "document_year": "2099",  # the newest, so the home page lists it
                "file": SimpleUploadedFile("report.pdf", make_pdf()),
            },
        )
    )
    publication = PublicationContent.admin_manager.get(slug="hostile")
    assert not unsafe_markup(publication.body), publication.body
    admin_url = f"/admin/publications/publicationcontent/{publication.pk}/"
    # The draft as its editor and a Publisher see it before it goes live.
    staff_pages = [
        f"{admin_url}change/",
        f"{admin_url}preview/",
        versions_url(publication),
        "/admin/publications/publicationcontent/",
    ]
    read_as_staff(client, editor, staff_pages, [values["title"], RICH_TEXT_SURVIVOR])
    client.force_login(publisher)
    saved(client.post(version_admin_url("publish", publication)))

    public = read_as_public(
        client,
        ["/publications/", "/publications/hostile/", "/", f"/publications/?topic={topic.slug}"],
        [*values.values(), topic.name, RICH_TEXT_SURVIVOR],
    )
    assert shows(public["/publications/hostile/"], RICH_TEXT_SURVIVOR)
    summary = feed_summary(client.get("/publications/feed/"), values["title"])
    assert not unsafe_markup(summary), summary  # a feed reader renders it as HTML
    assert shows(summary, values["summary"])
    for export, content_type in (("export.json", "application/json"), ("export.csv", "text/csv")):
        response = client.get(f"/publications/{export}")
        assert response["Content-Type"].startswith(content_type)
        assert response["X-Content-Type-Options"] == "nosniff"
    read_as_staff(
        client,
        publisher,
        [
            *staff_pages,
            f"/admin/publications/publicationcontent/?q={payload[:5]}",
            f"{admin_url}history/",
            version_admin_url("unpublish", publication),  # the confirmation page
            "/admin/publications/topic/",
            f"/admin/publications/topic/{topic.pk}/change/",
            "/admin/",
        ],
        [values["title"], topic.name],
    )

    saved(client.post(version_admin_url("unpublish", publication)))
    read_as_staff(client, publisher, [f"{admin_url}delete/"], [values["title"]])
    client.logout()
    gone = client.get("/publications/hostile/")
    assert gone.status_code == 410
    assert not unsafe_markup(gone.content.decode())
    assert shows(gone.content.decode(), values["title"])


def test_search_results_show_hostile_titles_escaped(seeded_site, publisher, client, payload):
    """The search page marks up matches itself: what it marks up must stay text."""
    try:
        search_url = reverse("search")
    except NoReverseMatch:
        pytest.skip("the site has no search page")
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            ADD_URL,
            {
                "title": f"{payload} alert searchable",
                "slug": "hostile",
                "kind": "report",
                "summary": f"{payload} alert summary",
                "document_year": "2024",
                "file": SimpleUploadedFile("report.pdf", make_pdf()),
            },
        )
    )
    draft = PublicationContent.admin_manager.get(slug="hostile")
    saved(client.post(version_admin_url("publish", draft)))

    read_as_public(
        client,
        [f"{search_url}?q={quote(word)}" for word in ("alert", "searchable", payload, "<script")],
        [f"{payload} alert searchable"],
    )


@pytest.mark.parametrize("model", ["publicationcontent", "topic"])
def test_a_publication_or_topic_slug_with_markup_is_refused(
    seeded_site, publisher, client, payload, model
):
    client.force_login(publisher)
    fields = (
        {"name": "A topic"}
        if model == "topic"
        else {
            "title": "A title",
            "kind": "report",
            "summary": "A summary",
            "document_year": "2024",
            "file": SimpleUploadedFile("report.pdf", make_pdf()),
        }
    )
    response = admin_forms.submit(
        client, f"/admin/publications/{model}/add/", {**fields, "slug": payload}
    )
    refused(response, "slug")
    records = Topic.objects if model == "topic" else PublicationContent.admin_manager
    assert not records.filter(slug=payload).exists()
