"""The built front end stays light, complete and long-cached.

The stylesheet and script are checked as `npm run build` leaves them in
build/static/ (`make test` builds first): compressed, each under a budget, so
re-importing the whole of GOV.UK Frontend fails here rather than in a visitor's
first view (issue target 5). Hashed files must be cached for good (target 7).
"""

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings

from dccs_site import settings as production_settings
from pages.inspections.vocabulary import TAG_COLOURS

BUILD = Path(settings.BASE_DIR) / "build" / "static"
TEMPLATES = Path(settings.BASE_DIR) / "templates"
LIBRARY_CSS = (
    Path(settings.BASE_DIR) / "node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css"
)

# Compressed sizes, in bytes. The whole library would be ~17 KB of CSS and ~11 KB
# of script gzipped; the site needs ~11 KB and ~4 KB.
CSS_BUDGET = 13_000
JS_BUDGET = 6_000


def built(relative: str) -> bytes:
    path = BUILD / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm run build` (make install does)")
    return path.read_bytes()


def compressed_sizes(content: bytes) -> dict[str, int]:
    sizes = {"gzip": len(gzip.compress(content, compresslevel=9))}
    try:
        import brotli
    except ImportError:  # whitenoise sends gzip alone then
        return sizes
    sizes["brotli"] = len(brotli.compress(content))
    return sizes


def template_sources() -> list[str]:
    return [path.read_text() for path in TEMPLATES.rglob("*.html")]


def govuk_classes_in_templates() -> set[str]:
    """Every govuk- class a template writes out, the tag colours records choose included."""
    classes = {f"govuk-tag--{colour}" for colour in set(TAG_COLOURS.values()) | {"grey"}}
    for source in template_sources():
        for attribute in re.findall(r'class="([^"]*)"', source):
            classes.update(re.findall(r"govuk-[\w!-]*[\w]", attribute))
    return classes


def defined_classes(css: str) -> set[str]:
    return {name.replace("\\", "") for name in re.findall(r"\.(govuk-(?:[\w-]|\\!)+)", css)}


def test_the_stylesheet_compressed_is_within_its_budget():
    sizes = compressed_sizes(built("css/site.css"))

    assert max(sizes.values()) <= CSS_BUDGET, (
        f"site.css compresses to {sizes}, over {CSS_BUDGET} bytes: @use only the GOV.UK "
        "Frontend components the templates use (static/scss/site.scss)"
    )


def test_the_script_compressed_is_within_its_budget():
    sizes = compressed_sizes(built("js/site.js"))

    assert max(sizes.values()) <= JS_BUDGET, (
        f"site.js compresses to {sizes}, over {JS_BUDGET} bytes: import only the "
        "GOV.UK Frontend components the pages use (static/js/site.js)"
    )


def test_every_govuk_style_a_template_uses_is_in_the_stylesheet():
    library = defined_classes(LIBRARY_CSS.read_text())
    ours = defined_classes(built("css/site.css").decode())
    used = govuk_classes_in_templates() & library  # hooks such as govuk-js-* have no style

    assert used, "no govuk- classes found in templates/: the check itself is broken"
    assert sorted(used - ours) == [], (
        "templates use GOV.UK Frontend styles that static/scss/site.scss leaves out: "
        "@use their component there"
    )


def test_every_govuk_module_a_template_uses_is_started_by_the_script():
    modules = set()
    for source in template_sources():
        modules.update(re.findall(r'data-module="govuk-([a-z-]+)"', source))
    script = (Path(settings.BASE_DIR) / "static" / "js" / "site.js").read_text()
    started = set(re.search(r"for \(const Component of \[([^\]]*)\]", script)[1].split(", "))

    needed = {"".join(word.title() for word in module.split("-")) for module in modules}
    assert modules, "no data-module found in templates/: the check itself is broken"
    assert sorted(needed - started) == [], "add these components to static/js/site.js"


def test_the_only_fonts_are_the_visitors_own():
    css = built("css/site.css").decode()

    assert "@font-face" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)  # nothing from another host


def test_hashed_static_files_are_cached_for_good_under_production_storage(tmp_path):
    """collectstatic with the production storage, then WhiteNoise serves a hashed file."""
    with override_settings(
        STATIC_ROOT=tmp_path,
        STORAGES=production_settings.STORAGES,
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        DEBUG=False,
        WHITENOISE_AUTOREFRESH=False,
        WHITENOISE_USE_FINDERS=False,
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        from django.contrib.staticfiles.storage import staticfiles_storage

        hashed = staticfiles_storage.url("css/site.css")
        client = Client()
        response = client.get(hashed, HTTP_ACCEPT_ENCODING="gzip, br")
        unhashed = client.get("/static/css/site.css")

    assert hashed != "/static/css/site.css"  # a content hash in the name
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
    assert response["Content-Encoding"] in ("br", "gzip")  # compressed ahead of time
    assert "immutable" not in unhashed["Cache-Control"]  # may change with the next release
