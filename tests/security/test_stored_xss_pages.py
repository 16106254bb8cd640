"""Stored XSS in CMS pages: titles, slugs, addresses, text, link and heading plugins."""

import json
import re
from html.parser import HTMLParser

import pytest
from cms.models import Page
from django.core.cache import cache
from django.utils.html import escape
from djangocms_link.models import Link
from djangocms_text.models import Text
from djangocms_versioning.helpers import version_list_url

from pages.management.commands.seed_site import HOME_ID
from tests.security import admin_forms
from tests.security.corpus import (
    ALL_PAYLOADS,
    HOSTILE_RICH_TEXT,
    HOSTILE_URLS,
    MARKUP_PAYLOADS,
    PAYLOAD_IDS,
    RICH_TEXT_SURVIVOR,
)
from tests.security.markup import assert_safe, unsafe_markup
from tests.security.stored_xss import (
    content_placeholder,
    editing_urls,
    publish,
    published_version,
    read_as_public,
    read_as_staff,
    refused,
    saved,
)

pytestmark = pytest.mark.django_db


def test_the_checker_finds_each_payload_when_it_is_not_escaped():
    """Proof that the checks below can fail: every payload, unescaped, is reported."""
    for markup in MARKUP_PAYLOADS:
        assert unsafe_markup(f"<p>{markup}</p>"), markup
    assert unsafe_markup('<a href="javascript:alert(1)">x</a>')
    assert unsafe_markup('<a href=" JaVa\tScRiPt:alert(1)">x</a>')
    assert unsafe_markup('<input value=""><script>alert(1)</script>">')
    assert not unsafe_markup("<p>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1)</p>")


# CMS pages -------------------------------------------------------------------------------------


def test_page_titles_menu_titles_and_descriptions_are_escaped(
    seeded_site, editor, publisher, client, payload
):
    draft = published_version("about").copy(editor)
    values = {
        "title": f"{payload} title",
        "page_title": f"{payload} page title",
        "menu_title": f"{payload} menu",
        "meta_description": f"{payload} description",
    }
    client.force_login(editor)
    saved(admin_forms.submit(client, f"/admin/cms/pagecontent/{draft.content.pk}/change/", values))
    read_as_staff(client, editor, editing_urls(draft.content), [values["page_title"]])

    publish(draft, publisher)
    read_as_public(
        client,
        ["/about/", "/about/performance/", "/"],
        [values["page_title"], values["menu_title"], values["meta_description"]],
    )
    read_as_staff(
        client,
        publisher,
        [
            "/about/",  # with the toolbar, which names the page
            "/admin/cms/pagecontent/",
            "/admin/cms/pagecontent/get-tree/",
            f"/admin/cms/pagecontent/{draft.content.pk}/change/",
            version_list_url(draft.content),
            "/admin/",
        ],
        [values["title"]],
    )


def test_a_slug_with_markup_or_a_scheme_is_refused(seeded_site, editor, client, payload):
    draft = published_version("about").copy(editor)
    client.force_login(editor)

    response = admin_forms.submit(
        client, f"/admin/cms/pagecontent/{draft.content.pk}/change/", {"slug": payload}
    )

    refused(response, "slug")
    assert Page.objects.get(reverse_id="about").get_slug("en") == "about"


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_a_page_redirect_to_a_script_address_is_refused(seeded_site, editor, client, address):
    """The menu links a redirecting page to its redirect: it must never be a script."""
    draft = published_version("about").copy(editor)
    client.force_login(editor)

    response = admin_forms.submit(
        client, f"/admin/cms/pagecontent/{draft.content.pk}/change/", {"redirect": address}
    )

    refused(response, "redirect")


@pytest.mark.parametrize("markup", MARKUP_PAYLOADS, ids=PAYLOAD_IDS[:3])
def test_an_overriding_address_with_markup_is_refused(seeded_site, editor, client, markup):
    """("javascript:alert(1)" is a harmless path here: the page's address is "/javascript:...".)"""
    draft = published_version("about").copy(editor)
    client.force_login(editor)

    response = admin_forms.submit(
        client, f"/admin/cms/pagecontent/{draft.content.pk}/change/", {"overwrite_url": markup}
    )

    refused(response, "overwrite_url")


def test_text_plugins_are_sanitised(seeded_site, editor, publisher, client):
    draft = published_version("about").copy(editor)
    text = Text.objects.filter(placeholder=content_placeholder(draft)).order_by("position")[0]
    client.force_login(editor)

    admin_forms.submit(
        client,
        f"/admin/cms/placeholder/edit-plugin/{text.pk}/?cms_path=/about/",
        {"body": HOSTILE_RICH_TEXT},
    )

    text.refresh_from_db()
    assert RICH_TEXT_SURVIVOR in text.body, "the edit did not reach the plugin"
    assert not unsafe_markup(text.body), text.body
    read_as_staff(
        client,
        editor,
        [
            *editing_urls(draft.content),
            f"/admin/cms/placeholder/edit-plugin/{text.pk}/?cms_path=/about/",
        ],
    )
    publish(draft, publisher)
    read_as_public(client, ["/about/"], [RICH_TEXT_SURVIVOR])


def add_link_plugin(client, draft, changes):
    placeholder = content_placeholder(draft)
    position = placeholder.get_plugins().count() + 1
    url = (
        f"/admin/cms/placeholder/add-plugin/?plugin_type=LinkPlugin&placeholder_id="
        f"{placeholder.pk}&plugin_language=en&plugin_position={position}&cms_path=/about/"
    )
    response = admin_forms.submit(client, url, {"name": "Read more", **changes})
    return response, Link.objects.filter(placeholder=placeholder)


def test_a_link_plugin_takes_an_ordinary_address(seeded_site, editor, client):
    """The control for the refusals below: the same form, with a good address, is accepted."""
    client.force_login(editor)
    _, links = add_link_plugin(
        client,
        published_version("about").copy(editor),
        {"link_0": "external_link", "link_1": "https://www.cityoflondon.gov.uk/"},
    )
    assert links.count() == 1


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_a_link_plugin_refuses_a_script_address(seeded_site, editor, client, address):
    client.force_login(editor)
    response, links = add_link_plugin(
        client,
        published_version("about").copy(editor),
        {"link_0": "external_link", "link_1": address},
    )
    assert not links.exists(), f"{address!r} was accepted"
    assert_safe(response)


def test_a_link_plugin_refuses_event_handler_attributes(seeded_site, editor, client):
    client.force_login(editor)
    response, links = add_link_plugin(
        client,
        published_version("about").copy(editor),
        {
            "link_0": "external_link",
            "link_1": "https://www.cityoflondon.gov.uk/",
            "attributes_key[attributes]": "onmouseover",
            "attributes_value[attributes]": "alert(1)",
        },
    )
    assert not links.exists()
    assert_safe(response)


def test_plugin_headings_are_escaped(seeded_site, editor, publisher, client):
    """Every heading an editor gives a plugin, on every seeded page that has one."""
    pages = {HOME_ID: "/", "about": "/about/", "governance": "/governance/", "ofsted": "/ofsted/"}
    pages |= {"performance": "/about/performance/", "contact": "/contact/"}
    heading_fields = ("heading", "latest_heading", "diagram_heading")
    client.force_login(editor)
    edited = 0
    for reverse_id in pages:
        draft = published_version(reverse_id).copy(editor)
        for plugin in content_placeholder(draft).get_plugins():
            instance, _ = plugin.get_plugin_instance()
            fields = [name for name in heading_fields if hasattr(instance, name)]
            if not fields:
                continue
            url = f"/admin/cms/placeholder/edit-plugin/{plugin.pk}/?cms_path={pages[reverse_id]}"
            admin_forms.submit(client, url, dict.fromkeys(fields, ALL_PAYLOADS))
            instance.refresh_from_db()
            assert all(getattr(instance, name) == ALL_PAYLOADS for name in fields), url
            edited += 1
        read_as_staff(client, editor, editing_urls(draft.content))
        publish(draft, publisher)
    assert edited >= 7
    read_as_public(client, list(pages.values()), [ALL_PAYLOADS])


# Rich text stored other than through the editor's form (an import, a migration, a query) ------

IMPORTED_LINKS = {
    f"imported link {number}": address for number, address in enumerate(HOSTILE_URLS)
} | {
    "a relative link": "page/",
    "a link to another site without a scheme": "//elsewhere.example/",
}
ALLOWED_LINKS = {
    "a link on this site": "/contact/",
    "a place on the page": "#contact-the-team",
    "a link to GOV.UK": "https://www.gov.uk/",
    "a phone number": "tel:+442073323621",
    "an email address": "mailto:dccs@example.gov.uk",
}
IMPORTED_RICH_TEXT = (
    HOSTILE_RICH_TEXT
    + "".join(
        f'<p><a href="{escape(address)}">{text}</a></p>'
        for text, address in (IMPORTED_LINKS | ALLOWED_LINKS).items()
    )
    + '<p style="color:#d4351c">Imported styled words</p>'
)


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: dict[str, str | None] = {}
        self.styled: list[str] = []
        self._href = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if "style" in attributes and tag == "p":
            self.styled.append(attributes["style"])
        if tag == "a":
            self._href, self._text = attributes.get("href"), ""

    def handle_data(self, data):
        self._text += data

    def handle_endtag(self, tag):
        if tag == "a":
            self.hrefs[self._text.strip()] = self._href


def links_in(html) -> _Links:
    reader = _Links()
    reader.feed(html)
    return reader


def import_into_the_first_text(version, body):
    """Write a text plugin's body as an import would: straight to the database, past the
    editor's form and the model's save."""
    text = Text.objects.filter(placeholder=content_placeholder(version)).order_by("position")[0]
    Text.objects.filter(pk=text.pk).update(body=body)
    cache.clear()


def test_a_stored_javascript_link_in_rich_text_never_reaches_the_page(seeded_site, editor, client):
    """Links are cleaned as rich text is shown, not only when the editor's form saves it:
    only http, https, mailto, tel, a path on this site or a place on the page keep their
    address. The rest of what an import could hold (script, handlers, style) goes too."""
    import_into_the_first_text(published_version("about"), IMPORTED_RICH_TEXT)
    draft = published_version("about").copy(editor)
    import_into_the_first_text(draft, IMPORTED_RICH_TEXT)

    public = read_as_public(client, ["/about/"], [RICH_TEXT_SURVIVOR, *IMPORTED_LINKS])
    staff = read_as_staff(client, editor, editing_urls(draft.content), [RICH_TEXT_SURVIVOR])

    for url, html in {**public, **staff}.items():
        links = links_in(html)
        for text in IMPORTED_LINKS:
            if text in links.hrefs:  # edit and preview show the draft; structure mode none
                assert links.hrefs[text] is None, f"{url}: {text} kept {links.hrefs[text]!r}"
        for text, address in ALLOWED_LINKS.items():
            assert links.hrefs.get(text, address) == address, f"{url}: {text} lost its address"
        assert not links.styled, f"{url} kept {links.styled}"
    assert "Imported styled words" in public["/about/"]


def test_style_attributes_are_stripped_when_rich_text_is_saved(seeded_site, editor, client):
    """The public Content-Security-Policy refuses inline styles: a style kept on saving would
    vanish from the page without a word, so it is not kept."""
    draft = published_version("about").copy(editor)
    text = Text.objects.filter(placeholder=content_placeholder(draft)).order_by("position")[0]
    client.force_login(editor)

    saved_form = admin_forms.submit(
        client,
        f"/admin/cms/placeholder/edit-plugin/{text.pk}/?cms_path=/about/",
        {
            "body": '<p style="color:#d4351c;font-size:30px" class="govuk-body">Red words</p>'
            '<h2 style="text-align:center">A centred heading</h2>'
            '<p><a href="page/" style="color:red">A relative link</a></p>'
        },
    )

    assert saved_form.status_code == 200
    text.refresh_from_db()
    assert "Red words" in text.body and "A centred heading" in text.body
    assert "style" not in text.body, text.body
    assert 'class="govuk-body"' in text.body
    assert 'href="page/"' not in text.body  # shown without its address, so stored so


# Toolbar buttons that write a style attribute, colour text or pick a font (TipTap's and
# CKEditor 4's names, which djangocms-text's toolbar settings accept).
STYLE_BUTTONS = {
    "TextColor",
    "BGColor",
    "Highlight",
    "Font",
    "FontSize",
    "Styles",
    "InlineStyles",
    "BlockStyles",
    "JustifyLeft",
    "JustifyCenter",
    "JustifyRight",
    "JustifyBlock",
}


def test_the_rich_text_editor_offers_no_button_that_writes_style(seeded_site, editor, client):
    draft = published_version("about").copy(editor)
    text = Text.objects.filter(placeholder=content_placeholder(draft)).order_by("position")[0]
    client.force_login(editor)

    form = client.get(f"/admin/cms/placeholder/edit-plugin/{text.pk}/?cms_path=/about/")

    settings_script = re.search(
        rf'<script id="cms-cfg-{text.pk}" type="application/json">(.*?)</script>',
        form.content.decode(),
        re.S,
    )
    assert settings_script, "no editor settings on the plugin's form"
    toolbar = json.loads(settings_script.group(1))["options"]["toolbar"]
    offered = {item for group in toolbar for item in group if item != "-"}
    assert offered.isdisjoint(STYLE_BUTTONS), offered & STYLE_BUTTONS
    assert {"Bold", "Link", "Table", "Format", "CMSPlugins"} <= offered
