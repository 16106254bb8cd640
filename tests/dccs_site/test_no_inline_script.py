"""The strict CSP holds because the public pages have no inline script, no
event-handler attributes, no inline styles, and set no cookie on a reader."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings

from pages.seed.content import SEED_PAGES

ROOT = Path(__file__).resolve().parents[2]
# Data blocks are not run by the browser, so the CSP allows them.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
# Templates of the site's own, public or not (the admin's templates are Django's).
TEMPLATE_FOLDERS = [
    ROOT / "templates",
    ROOT / "pages" / "templates",
    ROOT / "publications" / "templates",
    ROOT / "contacts" / "templates",
]


class InlineCodeFinder(HTMLParser):
    """Collects every inline script, event handler, inline style and javascript: URL."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>")
            if name in {"href", "src", "action", "formaction"} and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if "style" in attributes:
            self.problems.append(f"<{tag} style=...>")
        if tag == "style":
            self.problems.append("<style> element")
        if (
            tag == "script"
            and not attributes.get("src")
            and attributes.get("type") not in DATA_SCRIPT_TYPES
        ):
            self.problems.append(f"inline <script {attributes}>")


def inline_code_in(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def test_the_finder_finds_what_the_policy_would_block():
    # The check itself must be able to fail.
    found = inline_code_in(
        '<script>alert(1)</script><img src="x" onerror="alert(1)">'
        '<a href=" JavaScript:alert(1)">x</a><p style="color:red"></p><style>p{}</style>'
        '<script type="module">import x</script>'
        '<script type="application/ld+json">{}</script><script src="/static/a.js"></script>'
    )

    assert len(found) == 6


def site_templates():
    return sorted(p for folder in TEMPLATE_FOLDERS for p in folder.rglob("*.html"))


@pytest.mark.parametrize("template", site_templates(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_has_inline_script_or_handlers(template):
    source = template.read_text()
    # Template tags would confuse the HTML parser; they never produce script.
    markup = re.sub(r"{%.*?%}|{{.*?}}|{#.*?#}", "TAG", source, flags=re.S)

    assert inline_code_in(markup) == []


PUBLIC_PATHS = [seed.path for seed in SEED_PAGES] + [
    "/publications/",
    "/publications/?q=plan&kind=strategy",
    "/no-such-page/",
]


def publication_path():
    from publications.models import PublicationContent

    return PublicationContent.objects.first().get_absolute_url()


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PATHS)
def test_rendered_public_pages_have_no_inline_script_and_set_no_cookie(client, url):
    response = client.get(url)

    assert inline_code_in(response.text) == []
    assert response.cookies == {}, f"{url} set {list(response.cookies)}"


@pytest.mark.django_db
def test_a_publication_page_and_its_download_set_no_cookie(client):
    page = client.get(publication_path())
    download = client.get(page.context["publication"].get_download_url())

    assert inline_code_in(page.text) == []
    assert page.cookies == {}
    assert download.status_code == 200
    assert download.cookies == {}


@pytest.mark.django_db
def test_only_the_login_page_may_set_a_cookie_and_only_for_csrf(client):
    response = client.get("/admin/login/")

    assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    cookie = response.cookies.get(settings.CSRF_COOKIE_NAME)
    if cookie is not None:
        assert cookie["samesite"] == "Lax"
