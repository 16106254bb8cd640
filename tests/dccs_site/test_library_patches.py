"""The fixes the project carries for libraries' Python code and templates (dccs_site/
library_patches.py, templates/admin/) do their work, and each library still needs them.

A test here that fails after an upgrade says the library has changed: if it fixed the
fault, remove the project's fix; if it changed a template the project copies, copy it again
with the fix made.
"""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import django.contrib.admin
import pytest
from cms.models import Page
from django.conf import settings
from django.http import QueryDict
from django.template import engines
from djangocms_versioning import admin as versioning_admin
from djangocms_versioning import helpers as versioning_helpers
from djangocms_versioning.models import Version

from dccs_site import library_patches

TEMPLATES = Path(settings.BASE_DIR) / "templates"
VERSIONING_PAGE_FORM = "admin/djangocms_versioning/page/change_form.html"
DELETE_CONFIRMATION = "admin/delete_confirmation.html"


@pytest.fixture
def about(seeded_site):
    return Page.objects.get(reverse_id="about").get_admin_content("en")


def test_the_library_still_doubles_the_query_string(about):
    url = library_patches.library_get_editable_url(about, False, QueryDict("language=en"))

    assert url.endswith("?language=en?language=en"), "fixed upstream: remove the patch"


def test_the_edit_address_has_the_query_string_once(about):
    url = versioning_helpers.get_editable_url(about, False, QueryDict("language=en&x=1"))

    assert urlsplit(url).path.endswith(f"/edit/{about.pk}/")
    assert parse_qs(urlsplit(url).query) == {"language": ["en"], "x": ["1"]}


def test_the_library_answers_everything_else_as_before(about):
    request_query = QueryDict("language=en")

    assert versioning_helpers.get_editable_url(about) == library_patches.library_get_editable_url(
        about
    )
    assert versioning_helpers.get_editable_url(
        about, True, request_query
    ) == library_patches.library_get_editable_url(about, True, request_query)


def test_the_admin_calls_the_fixed_function():
    assert versioning_admin.get_editable_url is library_patches.get_editable_url


def test_edit_from_the_preview_lands_on_one_language(about, publisher, client):
    version = Version.objects.get_for_content(about)
    client.force_login(publisher)

    response = client.post(
        f"/admin/djangocms_versioning/pagecontentversion/{version.pk}/edit-redirect/?language=en"
    )

    assert response.status_code == 302
    assert urlsplit(response["Location"]).query == "language=en"


def library_template(name: str) -> str:
    """The source of the template the project's copy stands in for: the next one found."""
    ours = TEMPLATES / name
    for loader in engines["django"].engine.template_loaders:
        for origin in loader.get_template_sources(name):
            if Path(origin.name) != ours and Path(origin.name).exists():
                return Path(origin.name).read_text()
    raise AssertionError(f"no library template {name}")


def without_our_note(source: str) -> str:
    """The template less the project's note on why it is copied."""
    start = source.index("{% comment %}\n")
    end = source.index("{% endcomment %}\n") + len("{% endcomment %}\n")
    return source[:start] + source[end:]


# What the project's copy of the page settings form changes: the language tabs' onclick
# goes, and the pop-up's submit row takes django CMS's class in place of a style attribute.
PAGE_FORM_CHANGES = (
    (re.compile(r"^ *onclick=\"CMS\.API\.changeLanguage\([^\n]*\n", re.MULTILINE), ""),
    (
        re.compile(
            re.escape('<div class="submit-row"')
            + re.escape('{% if is_popup %} style="overflow: auto;"{% endif %}>')
        ),
        '<div class="submit-row{% if is_popup %} cms-submit-row-popup{% endif %}">',
    ),
)


def test_the_page_settings_form_is_the_librarys_with_the_fixes_made():
    ours = without_our_note((TEMPLATES / VERSIONING_PAGE_FORM).read_text())
    library = library_template(VERSIONING_PAGE_FORM)

    fixed = library
    for code, replacement in PAGE_FORM_CHANGES:
        assert code.search(library), f"the library changed {code.pattern}: look at our copy"
        fixed = code.sub(replacement, fixed)
    assert ours == fixed, "the library changed its template: copy it again, fixed"
    assert " onclick=" not in ours and " style=" not in ours


def test_the_delete_confirmation_is_djangos_own():
    ours = without_our_note((TEMPLATES / DELETE_CONFIRMATION).read_text())
    django_admin = Path(django.contrib.admin.__file__).parent / "templates" / DELETE_CONFIRMATION
    admin_style = library_template(DELETE_CONFIRMATION)

    assert "onclick=" in admin_style, "djangocms-admin-style fixed it: remove our copy"
    assert ours == django_admin.read_text()
