"""The libraries' scripts are served and collected with the project's fixes
(dccs_site/static_patches.py), and a fix the library has made its own is reported.

The browser shows what the fixes are for (tests/browser/test_admin_console.py); these
check the finder: which file answers for a path, and when.
"""

import re
from pathlib import Path

import cms
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import override_settings

from dccs_site.static_patches import PATCHES, PatchedLibraryFinder, StaticPatch

CMS_DIST = f"cms/js/dist/{cms.__version__}"
JQUERY_BUNDLES = (
    "djangocms_admin_style/js/dist/bundle.adminstyle.min.js",
    f"{CMS_DIST}/bundle.admin.base.min.js",
    f"{CMS_DIST}/bundle.toolbar.min.js",
)
POPUP_RESPONSE = "admin/js/popup_response.js"
# jQuery 1.11's focusin probe, as the minifiers left it in the bundles.
FOCUSIN_PROBE = re.compile(r"\.setAttribute\([\w$]+,\"t\"\)")
JQUERY_PATCH, POPUP_PATCH, DATE_SHORTCUTS_PATCH = PATCHES
DATE_SHORTCUTS = "admin/js/admin/DateTimeShortcuts.js"


def library_file(path: str) -> Path:
    return Path(finders.AppDirectoriesFinder().find(path))


def test_every_patch_still_finds_the_code_it_mends():
    # When a library fixes one, this fails: check its release notes, then remove the patch.
    assert PatchedLibraryFinder().check() == []


@pytest.mark.parametrize("path", JQUERY_BUNDLES)
def test_the_bundles_are_served_without_the_focusin_probe(path):
    served = Path(finders.find(path))

    assert served.is_relative_to(settings.STATIC_PATCHES_ROOT)
    assert FOCUSIN_PROBE.search(library_file(path).read_text())
    assert not FOCUSIN_PROBE.search(served.read_text())


def test_the_probe_gives_the_answer_every_browser_but_old_internet_explorer_gave():
    shipped = (
        'for(e in{submit:!0,change:!0,focusin:!0})t="on"+e,(p[e+"Bubbles"]=t in r)||'
        '(n.setAttribute(t,"t"),p[e+"Bubbles"]=!1===n.attributes[t].expando);'
    )
    jquery_min = (
        '(k[b+"Bubbles"]=c in a)||'
        '(d.setAttribute(c,"t"),k[b+"Bubbles"]=d.attributes[c].expando===!1)'
    )

    assert JQUERY_PATCH.apply(shipped) == (
        'for(e in{submit:!0,change:!0,focusin:!0})t="on"+e,(p[e+"Bubbles"]=t in r)||'
        '(p[e+"Bubbles"]=!1);',
        1,
    )
    assert JQUERY_PATCH.apply(jquery_min) == ('(k[b+"Bubbles"]=c in a)||(k[b+"Bubbles"]=!1)', 1)


def test_the_popup_response_hands_back_only_to_a_window_that_opened_it():
    served = Path(finders.find(POPUP_RESPONSE)).read_text()

    assert "if (window.opener) switch (initData.action) {" in served
    assert served.count("opener.dismiss") == 3  # Django's three answers, unchanged


def test_the_calendar_and_clock_links_are_named_by_their_words():
    """Django 5.2 puts "Choose a Date" and "Choose a Time" only in a title on an empty span
    inside each link: a link without a name (axe-core's link-name) beside every date field."""
    shipped = library_file(DATE_SHORTCUTS).read_text()
    served = Path(finders.find(DATE_SHORTCUTS)).read_text()

    assert "aria-label" not in shipped
    assert "clock_link.setAttribute('aria-label', gettext('Choose a Time'));" in served
    assert "cal_link.setAttribute('aria-label', gettext('Choose a Date'));" in served


def test_files_no_patch_names_are_left_to_the_other_finders():
    assert (
        PatchedLibraryFinder().find("admin/js/core.js") == []
    )  # a miss, as Django's own finders answer
    assert PatchedLibraryFinder().find("admin/js/core.js", find_all=True) == []
    assert Path(finders.find("admin/js/core.js")) == library_file("admin/js/core.js")


def test_a_patch_whose_code_is_gone_serves_the_file_as_shipped_and_warns(tmp_path):
    gone = StaticPatch(
        reason="fixed upstream",
        paths=(POPUP_RESPONSE,),
        pattern=re.compile(r"code no release has"),
        replacement="",
    )
    finder = PatchedLibraryFinder(patches=(gone,), root=tmp_path)

    assert finder.find(POPUP_RESPONSE) == []  # a miss, as Django's own finders answer
    assert list(finder.list(None)) == []
    assert [warning.id for warning in finder.check()] == ["dccs_site.W001"]


def test_an_upgraded_library_is_patched_afresh(tmp_path):
    library = tmp_path / "library" / "admin" / "js" / "popup_response.js"
    library.parent.mkdir(parents=True)
    library.write_text("switch(initData.action) { /* one */ }")
    finder = PatchedLibraryFinder(patches=(POPUP_PATCH,), root=tmp_path / "patched")

    first = finder.patched_copy(POPUP_RESPONSE, str(library)).read_text()
    library.write_text("switch(initData.action) { /* two, longer */ }")
    second = finder.patched_copy(POPUP_RESPONSE, str(library)).read_text()

    assert first == "if (window.opener) switch (initData.action) { /* one */ }"
    assert second == "if (window.opener) switch (initData.action) { /* two, longer */ }"


def test_collectstatic_collects_the_patched_copies(tmp_path):
    with override_settings(
        STATIC_ROOT=tmp_path,
        STATICFILES_FINDERS=[
            "dccs_site.static_patches.PatchedLibraryFinder",
            "django.contrib.staticfiles.finders.AppDirectoriesFinder",
        ],
    ):
        finders.get_finder.cache_clear()
        try:
            call_command("collectstatic", interactive=False, verbosity=0)
        finally:
            finders.get_finder.cache_clear()

    assert (tmp_path / POPUP_RESPONSE).read_text() == Path(finders.find(POPUP_RESPONSE)).read_text()
    toolbar = (tmp_path / JQUERY_BUNDLES[2]).read_text()
    assert not FOCUSIN_PROBE.search(toolbar)


def test_the_patched_copies_come_before_the_apps_own():
    finder_names = settings.STATICFILES_FINDERS

    assert finder_names.index("dccs_site.static_patches.PatchedLibraryFinder") < (
        finder_names.index("django.contrib.staticfiles.finders.AppDirectoriesFinder")
    )
