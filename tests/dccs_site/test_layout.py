"""What every page gives a resident: header, breadcrumbs, footer, a helpful 404."""

import re
from html import unescape

import pytest
import time_machine

from pages.seed.content import SEED_PAGES

SEEDED_PATHS = [seed.path for seed in SEED_PAGES]


def text_of(response):
    return unescape(response.content.decode())


@pytest.mark.django_db
@pytest.mark.parametrize("path", SEEDED_PATHS)
def test_every_page_has_the_shared_layout(seeded_site, client, path):
    html = text_of(client.get(path))

    assert '<html lang="en-GB"' in html
    assert len(re.findall(r"<h1[ >]", html)) == 1
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    for link in ("/contact/", "/accessibility/", "/cookies/", "/privacy/"):
        assert f'href="{link}"' in html
    # Both numbers in the footer as plain text, whatever the page.
    footer = html[html.index("<footer") :]
    assert "020 7332 3621" in footer and "020 8356 2710" in footer
    assert re.search(r'<meta name="description" content="[^"]{20,}">', html)


@pytest.mark.django_db
def test_titles_are_unique(seeded_site, client):
    titles = [
        re.search(r"<title>(.*?)</title>", text_of(client.get(p)), re.S)[1] for p in SEEDED_PATHS
    ]
    assert len(set(titles)) == len(titles)


@pytest.mark.django_db
def test_breadcrumbs_lead_home_from_an_inner_page(seeded_site, client):
    html = text_of(client.get("/about/"))
    crumbs = html[html.index('aria-label="Breadcrumb"') :]
    crumbs = crumbs[: crumbs.index("</nav>")]

    assert re.search(r'<a class="govuk-breadcrumbs__link" href="/">Home</a>', crumbs)
    assert re.search(r'aria-current="page">\s*About\s*<', crumbs)
    # Below the header, above the main content.
    assert html.index("</header>") < html.index('aria-label="Breadcrumb"') < html.index("<main")


@pytest.mark.django_db
def test_the_home_page_has_no_breadcrumbs(seeded_site, client):
    assert 'aria-label="Breadcrumb"' not in text_of(client.get("/"))


@pytest.mark.django_db
def test_the_navigation_marks_the_current_section(seeded_site, client):
    html = text_of(client.get("/governance/"))
    nav = html[html.index('id="navigation"') :]
    nav = nav[: nav.index("</ul>")]

    assert re.search(r'href="/governance/" aria-current="page"', nav)
    for path in ("/", "/about/", "/ofsted/", "/publications/", "/contact/"):
        assert f'href="{path}"' in nav


@pytest.mark.django_db
def test_every_page_says_when_it_was_last_updated(seeded_site, client, publisher):
    """The date is when the live version was published, not when the page was made."""
    from tests.pages.test_roles import make_draft_with_sentence, published_version

    draft = make_draft_with_sentence(published_version("contact"), publisher)
    with time_machine.travel("2027-03-02 10:00:00+00:00", tick=False):
        draft.publish(publisher)

    html = text_of(client.get("/contact/"))
    assert re.search(r'Last updated: <time datetime="2027-03-02">2 March 2027</time>', html)


@pytest.mark.django_db
def test_a_missing_page_gets_a_helpful_404(seeded_site, client):
    response = client.get("/no-such-page/")
    html = text_of(response)

    assert response.status_code == 404
    assert "Page not found" in html
    assert 'href="/"' in html and 'href="/contact/"' in html
    assert not response.cookies


@pytest.mark.django_db
@pytest.mark.parametrize("path", [*SEEDED_PATHS, "/no-such-page/"])
def test_no_anonymous_page_sets_a_cookie(seeded_site, client, path):
    response = client.get(path)

    assert not response.cookies, f"{path} set {list(response.cookies)}"


@pytest.mark.django_db
def test_pages_load_nothing_from_elsewhere(seeded_site, client):
    for path in SEEDED_PATHS:
        html = text_of(client.get(path))
        # rel="canonical" names this page's own address; it loads nothing.
        assets = r'<(?:script|link(?! rel="canonical")|img)[^>]+(?:src|href)="([^"]+)"'
        for asset in re.findall(assets, html):
            assert asset.startswith("/"), f"{path} loads {asset}"
        assert "<script>" not in html, f"{path} has an inline script"


@pytest.mark.django_db
def test_the_favicon_request_is_answered_without_a_404(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("images/favicon.svg")
