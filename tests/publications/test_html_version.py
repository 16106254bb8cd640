"""publications/html_version.py: an HTML version with nothing to read in it is stored as none,
from the admin's form and from the import alike, and is never advertised."""

import csv
import importlib
import io

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from publications.html_version import html_version_or_blank
from publications.models import PublicationContent
from tests.publications.conftest import ADD_URL, make_pdf, publication_form, publish

EMPTY = [
    "",
    "<p></p>",
    "<p><br></p>",
    "<p>&nbsp;</p>\n<p> </p>",
    '<p class="x"><br/></p><div><span>\u00a0</span></div>',
    "  \n\t",
    "<P>&#160;&NBSP;<BR></P>",
]
SAYS_SOMETHING = [
    "<p>Our plan</p>",
    "<p></p><p>Our plan</p>",
    '<p><img src="/static/chart.png" alt="A chart"></p>',
    "<table><tr><td></td></tr></table>",
    "<pre> </pre>",
]


@pytest.mark.parametrize("html", EMPTY)
def test_html_with_nothing_to_read_is_blank(html):
    assert html_version_or_blank(html) == ""


@pytest.mark.parametrize("html", SAYS_SOMETHING)
def test_html_that_says_something_is_kept_as_it_is(html):
    assert html_version_or_blank(html) == html


def shown(client, content):
    """What readers see of a published version: its list entry and its page."""
    listing = client.get("/publications/").content.decode()
    entry = next(item for item in listing.split("<li") if content.title in item)
    return entry, client.get(content.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_an_untouched_html_version_from_the_admin_is_stored_as_none(client, publisher, seeded_site):
    client.force_login(publisher)
    form = publication_form(
        title="No HTML here",
        slug="no-html-here",
        body="<p></p>",  # what the untouched editor sends
        file=SimpleUploadedFile("plan.pdf", make_pdf()),
    )

    assert client.post(ADD_URL, form).status_code == 302

    content = PublicationContent.admin_manager.get(slug="no-html-here")
    assert content.body == ""
    publish(content, publisher)
    client.logout()
    entry, page = shown(client, content)
    assert "HTML version" not in entry
    assert "HTML version" not in page and 'id="html-version"' not in page


@pytest.mark.django_db
def test_an_empty_html_version_from_the_import_is_stored_as_none(tmp_path, seeded_site):
    (tmp_path / "plan.pdf").write_bytes(make_pdf())
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["title", "kind", "topics", "date_submitted", "summary", "file", "html_version"]
        )
        writer.writerow(["Empty one", "plan", "", "5/1/24", "A plan.", "plan.pdf", "<p><br></p>"])
        writer.writerow(["Full one", "plan", "", "5/1/24", "A plan.", "plan.pdf", "<p>Words</p>"])

    call_command(
        "import_publications", str(manifest), str(tmp_path), "--publish", stdout=io.StringIO()
    )

    assert PublicationContent.objects.get(slug="empty-one").body == ""
    assert PublicationContent.objects.get(slug="full-one").body == "<p>Words</p>"


@pytest.mark.django_db
def test_versions_saved_before_lose_their_empty_html_version(make_publication):
    phantom = make_publication(title="Saved with a phantom")
    real = make_publication(title="Saved with words")
    versions = PublicationContent.admin_manager
    versions.filter(pk=phantom.pk).update(body="<p></p>")  # as the admin stored it until now
    versions.filter(pk=real.pk).update(body="<p>Words</p>")
    migration = importlib.import_module("publications.migrations.0007_no_empty_html_versions")

    migration.blank_empty_html_versions(apps, None)

    assert versions.get(pk=phantom.pk).body == ""
    assert versions.get(pk=real.pk).body == "<p>Words</p>"
