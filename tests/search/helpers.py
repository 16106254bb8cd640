"""What the search tests build: pages and publications to find, and a search to run."""

from cms.api import add_plugin, create_page
from cms.models import PageContent
from django.db import connection
from djangocms_versioning.models import Version

from search.index import rebuild_index
from tests.publications.factories import bulk_published

ON_POSTGRESQL = connection.vendor == "postgresql"


def new_page(title, text, user, publish=True):
    """A real CMS page with one text plugin, published through djangocms-versioning."""
    page = create_page(title, "cms/page.html", "en", created_by=user, in_navigation=False)
    content = PageContent.admin_manager.get(page=page, language="en")
    content.rescan_placeholders()
    placeholder = content.get_placeholders().get(slot="content")
    add_plugin(placeholder, "TextPlugin", "en", body=f"<p>{text}</p>")
    if publish:
        Version.objects.get_for_content(content).publish(user)
    return page


def bulk_publications(count, title="Generated report", summary="A generated summary.", **fields):
    """Published publications written straight to the database, then indexed as a rebuild
    would."""
    bulk_published(count, title=title, summary=summary, **fields)
    rebuild_index()


def search(client, q, **params):
    return client.get("/search/", {"q": q, **params})


def result_urls(response):
    return [result.url for result in response.context["results"]]
