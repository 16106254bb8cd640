"""Hostile uploads: bad files are refused, and no file name becomes a path, a header or markup.

Uploads go through the admin as a browser sends them (the test client would
take the base name of a file name itself, hiding "../" from the server), with
the publications issue's bad-file corpus and the file names in
tests/security/corpus.py. The admin saves drafts; publishing is djangocms-versioning's
(tests/publications/conftest.py has its steps).
"""

import itertools
import re
import unicodedata
import uuid
from urllib.parse import unquote

import hypothesis
import pytest
from django.core.files.base import ContentFile
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from publications.file_names import download_name
from publications.models import Publication, PublicationContent
from tests.publications.conftest import (
    ADD_URL,
    change_url,
    draft_of,
    make_pdf,
    stored_files,
    version_admin_url,
    versions_url,
)
from tests.publications.factories import PublicationFactory
from tests.publications.test_pdf_inspection import BAD_FILES
from tests.security import admin_forms
from tests.security.corpus import HOSTILE_FILENAMES
from tests.security.markup import assert_safe, unsafe_markup

pytestmark = pytest.mark.django_db

STORED_NAME = re.compile(r"publications/[0-9a-f]{32}\.pdf")
# What a download's file name may be made of: no path, quote, control or bidi character.
SAFE_DOWNLOAD_NAME = re.compile(r"[-\w.]{1,100}\.pdf")


def browser_filename(name: str) -> bytes:
    """The file name as a browser writes it into multipart/form-data (WHATWG's escaping)."""
    escaped = name.replace("\n", "%0A").replace("\r", "%0D").replace('"', "%22")
    return escaped.encode("utf-8", "surrogatepass")


def multipart(fields: dict, filename: str, content: bytes) -> tuple[bytes, str]:
    boundary = f"----hostile{uuid.uuid4().hex}"
    parts = []
    for name, values in fields.items():
        for value in values if isinstance(values, list) else [values]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
                + str(value).encode()
                + b"\r\n"
            )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="'.encode()
        + browser_filename(filename)
        + b'"\r\nContent-Type: application/pdf\r\n\r\n'
        + content
        + b"\r\n"
    )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def upload(client, url, filename, content, **changes):
    """Post the admin form at ``url`` with this file, named exactly so."""
    fields = admin_forms.current_values(client, url) | changes
    body, content_type = multipart(fields, filename, content)
    return client.post(url, body, content_type=content_type)


NEW_PUBLICATION = {
    "title": "Annual report",
    "slug": "annual-report",
    "kind": "report",
    "summary": "What we did this year.",
    "document_year": "2025",
}


def assert_safe_download(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    disposition = response["Content-Disposition"]
    assert not re.search(r"[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]", disposition), disposition
    filename = re.fullmatch(r'inline; filename="([^"]*)"', disposition) or re.fullmatch(
        r"inline; filename\*=utf-8''([-\w.%]*)", disposition
    )
    assert filename and SAFE_DOWNLOAD_NAME.fullmatch(unquote(filename[1])), disposition
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize("case", HOSTILE_FILENAMES)
def test_a_pdf_with_a_hostile_name_is_stored_under_a_generated_one(
    seeded_site, publisher, client, case
):
    client.force_login(publisher)
    response = upload(client, ADD_URL, HOSTILE_FILENAMES[case], make_pdf(), **NEW_PUBLICATION)

    assert response.status_code == 302, admin_forms.errors_in(response)
    publication = PublicationContent.admin_manager.get(slug="annual-report")
    assert STORED_NAME.fullmatch(publication.file.name), publication.file.name
    assert not re.search(r"[/\\\x00-\x1f\u202a-\u202e]", publication.original_filename)
    assert len(publication.original_filename) <= 255
    client.post(version_admin_url("publish", publication))

    # Replacing the file (in a new draft, then published) keeps the hostile-named one as an
    # earlier version.
    client.post(version_admin_url("edit_redirect", publication))
    draft = draft_of(publication)
    response = upload(client, change_url(draft), HOSTILE_FILENAMES[case], make_pdf(2))
    assert response.status_code == 302, admin_forms.errors_in(response)
    client.post(version_admin_url("publish", draft))
    earlier = publication.publication.earlier_files.get()

    admin_pages = (
        "/admin/publications/publicationcontent/",
        change_url(publication),
        change_url(draft),
        f"/admin/publications/publicationcontent/{draft.pk}/preview/",
        versions_url(draft),
        "/admin/",
    )
    for url in admin_pages:
        assert_safe(client.get(url), where=url)
    client.logout()
    for url in ("/publications/", "/publications/annual-report/"):
        assert_safe(client.get(url), where=url)
    assert_safe_download(client.get("/publications/annual-report/download/"))
    assert_safe_download(client.get(f"/publications/annual-report/earlier/{earlier.pk}/download/"))


# Django's own file field refuses an empty upload before the PDF check sees it.
REFUSED_BY_THE_FORM = {"empty": "The submitted file is empty."}


@pytest.mark.parametrize(
    "case, name",
    list(zip(BAD_FILES, itertools.cycle(HOSTILE_FILENAMES.values()), strict=False)),
)
def test_a_bad_file_with_a_hostile_name_is_refused_and_nothing_is_stored(
    seeded_site, publisher, client, settings, case, name
):
    content, reason = BAD_FILES[case]
    reason = REFUSED_BY_THE_FORM.get(case, reason)
    client.force_login(publisher)
    before = stored_files(settings)
    publications = Publication.objects.count()

    response = upload(client, ADD_URL, name, content, **NEW_PUBLICATION)

    assert response.status_code == 200
    html = assert_safe(response)
    assert reason in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert not PublicationContent.admin_manager.filter(slug="annual-report").exists()
    assert Publication.objects.count() == publications
    assert stored_files(settings) == before


def published(filename="report.pdf"):
    """A published publication whose file a script (an import) named ``filename``."""
    return PublicationFactory(
        title="Annual report",
        slug="annual-report",
        kind="report",
        summary="What we did this year.",
        document_year=2025,
        file=ContentFile(make_pdf(), name=filename),
    )


@pytest.mark.parametrize("case", HOSTILE_FILENAMES)
def test_a_file_added_by_a_script_keeps_no_path_or_invisible_character(seeded_site, client, case):
    """An import names files itself: Django's cleaning of uploads never saw these names."""
    publication = published(HOSTILE_FILENAMES[case])

    assert STORED_NAME.fullmatch(publication.file.name), publication.file.name
    assert not re.search(r"[/\\\x00-\x1f\u202a-\u202e]", publication.original_filename)
    assert len(publication.original_filename) <= 255
    assert_safe_download(client.get(publication.get_download_url()))


def test_a_name_of_nothing_but_punctuation_still_downloads(seeded_site, client):
    """Django keeps "<>.pdf" as an upload's name; its download needs a name all the same."""
    publication = published()
    PublicationContent.admin_manager.filter(pk=publication.pk).update(original_filename="<>.pdf")

    response = client.get(publication.get_download_url())

    assert_safe_download(response)
    assert publication.slug in response["Content-Disposition"]


@hypothesis.settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(original=st.text(max_size=400), fallback=st.from_regex(r"[a-z0-9-]{1,50}", fullmatch=True))
def test_every_download_name_is_a_plain_file_name(original, fallback):
    name = download_name(original, fallback)

    assert SAFE_DOWNLOAD_NAME.fullmatch(name), name
    assert not any(unicodedata.category(char).startswith(("C", "Z")) for char in name)
    assert name not in {".pdf", "..pdf"}


def test_the_admin_shows_a_stored_hostile_name_escaped(seeded_site, publisher, client):
    """A name that reached the database some other way (an import) is still shown as text."""
    publication = published()
    PublicationContent.admin_manager.filter(pk=publication.pk).update(
        original_filename=HOSTILE_FILENAMES["html"]
    )
    client.force_login(publisher)

    html = assert_safe(client.get(change_url(publication)))

    assert not unsafe_markup(html)
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in html
