"""Stored XSS in CMS pages: titles, slugs, addresses, text, link and heading plugins."""

import pytest
from cms.models import Page
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
