"""Stored XSS: whatever an editor types is shown as text, on the public pages and in the admin.

Each test puts the corpus (tests/security/corpus.py) into every field an
editor or publisher fills in, through the same admin forms they use, and then
reads every page that shows it. Plain-text fields must come back escaped
(and visibly there, so the check is not vacuous); rich text must come back
sanitised; slugs and addresses must be refused. Removing any of those
protections (a ``|safe``, ``TEXT_HTML_SANITIZE = False``, a looser validator)
makes a test here fail.
"""

import datetime
from urllib.parse import quote
from xml.etree import ElementTree

import pytest
from cms.models import Page, PageContent
from cms.toolbar.utils import (
    get_object_edit_url,
    get_object_preview_url,
    get_object_structure_url,
)
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from djangocms_link.models import Link
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.helpers import version_list_url
from djangocms_versioning.models import Version

from contacts.bank_holidays import bank_holidays_in
from contacts.models import Closure, ContactLine, LineKind
from pages.management.commands.seed_site import HOME_ID
from pages.models import (
    AlertBanner,
    GovernanceBody,
    Inspection,
    Kpi,
    PageFeedback,
    PriorityTheme,
)
from publications.models import Publication, Topic
from tests.publications.conftest import make_pdf
from tests.security import admin_forms
from tests.security.corpus import (
    ALL_PAYLOADS,
    HOSTILE_RICH_TEXT,
    HOSTILE_URLS,
    MARKUP_PAYLOADS,
    RICH_TEXT_SURVIVOR,
    XSS_PAYLOADS,
)
from tests.security.markup import assert_safe, shows, unsafe_markup

pytestmark = pytest.mark.django_db

PAYLOAD_IDS = ["script-tag", "img-onerror", "svg-onload", "javascript-url"]


@pytest.fixture(params=XSS_PAYLOADS, ids=PAYLOAD_IDS)
def payload(request):
    return request.param


def published_version(reverse_id):
    contents = PageContent.admin_manager.filter(page__reverse_id=reverse_id, language="en")
    return Version.objects.get(
        object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED
    )


def content_placeholder(version):
    return version.content.get_placeholders().get(slot="content")


def editing_urls(content):
    """The editor's own views of a draft: edit mode, structure mode and preview."""
    return [
        get_object_edit_url(content),
        get_object_structure_url(content),
        get_object_preview_url(content),
    ]


def publish(draft, publisher):
    Version.objects.get(pk=draft.pk).publish(publisher)
    cache.clear()


def saved(response):
    """An admin form was accepted (it redirects); if not, say what it complained about."""
    assert response.status_code == 302, admin_forms.errors_in(response)
    return response


def refused(response, field):
    """The admin form came back with an error on ``field``, and the re-shown form is safe."""
    assert response.status_code == 200, f"{field} was accepted: {response.status_code}"
    html = assert_safe(response)
    assert f"errors field-{field}" in html, f"no error shown beside {field}"
    return html


def read_as_public(client, urls, expected=()):
    """Every page is safe; ``expected`` values are each shown (escaped) on at least one."""
    client.logout()
    pages = {url: assert_safe(client.get(url), where=url) for url in urls}
    for value in expected:
        assert any(shows(html, value) for html in pages.values()), f"{value!r} is not shown"
    return pages


def read_as_staff(client, user, urls, expected=()):
    client.force_login(user)
    pages = {url: assert_safe(client.get(url), where=url) for url in urls}
    for value in expected:
        assert any(shows(html, value) for html in pages.values()), f"{value!r} is not shown"
    return pages


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


# Publications ----------------------------------------------------------------------------------


def feed_summary(response, title):
    """The Atom entry's summary, as the HTML a feed reader renders (its type is "html")."""
    assert response["Content-Type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ElementTree.fromstring(response.content)  # noqa: S314 (the site's own feed)
    entries = feed.iter(f"{atom}entry")
    entry = next(entry for entry in entries if entry.findtext(f"{atom}title") == title)
    summary = entry.find(f"{atom}summary")
    assert summary.get("type") == "html"
    return summary.text


def test_publication_fields_are_escaped_and_its_html_sanitised(
    seeded_site, editor, publisher, client, payload
):
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client, "/admin/publications/topic/add/", {"name": f"{payload} topic", "slug": "odd"}
        )
    )
    topic = Topic.objects.get(slug="odd")
    values = {
        "title": f"{payload} title",
        "summary": f"{payload} summary",
    }
    client.force_login(editor)
    saved(
        admin_forms.submit(
            client,
            "/admin/publications/publication/add/",
            {
                **values,
                "slug": "hostile",
                "kind": "report",
                "topics": [str(topic.pk)],
                "body": f"{HOSTILE_RICH_TEXT}<p>{payload}</p>",
                "document_year": "2099",  # the newest, so the home page lists it
                "file": SimpleUploadedFile("report.pdf", make_pdf()),
            },
        )
    )
    publication = Publication.objects.get(slug="hostile")
    assert not unsafe_markup(publication.body), publication.body
    admin_url = f"/admin/publications/publication/{publication.pk}/"
    client.force_login(publisher)
    saved(admin_forms.submit(client, f"{admin_url}change/", {"is_published": "on"}))

    public = read_as_public(
        client,
        ["/publications/", "/publications/hostile/", "/", f"/publications/?topic={topic.slug}"],
        [*values.values(), topic.name, RICH_TEXT_SURVIVOR],
    )
    assert shows(public["/publications/hostile/"], RICH_TEXT_SURVIVOR)
    summary = feed_summary(client.get("/publications/feed/"), values["title"])
    assert not unsafe_markup(summary), summary  # a feed reader renders it as HTML
    assert shows(summary, values["summary"])
    for export, content_type in (("export.json", "application/json"), ("export.csv", "text/csv")):
        response = client.get(f"/publications/{export}")
        assert response["Content-Type"].startswith(content_type)
        assert response["X-Content-Type-Options"] == "nosniff"
    read_as_staff(
        client,
        publisher,
        [
            "/admin/publications/publication/",
            f"/admin/publications/publication/?q={payload[:5]}",
            f"{admin_url}change/",
            f"{admin_url}history/",
            f"{admin_url}delete/",
            "/admin/publications/topic/",
            f"/admin/publications/topic/{topic.pk}/change/",
            "/admin/",
        ],
        [values["title"], topic.name],
    )

    saved(admin_forms.submit(client, f"{admin_url}change/", {"is_published": None}))
    client.logout()
    gone = client.get("/publications/hostile/")
    assert gone.status_code == 410
    assert not unsafe_markup(gone.content.decode())
    assert shows(gone.content.decode(), values["title"])


def test_search_results_show_hostile_titles_escaped(seeded_site, publisher, client, payload):
    """The search page marks up matches itself: what it marks up must stay text."""
    try:
        search_url = reverse("search")
    except NoReverseMatch:
        pytest.skip("the site has no search page")
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/publications/publication/add/",
            {
                "title": f"{payload} alert searchable",
                "slug": "hostile",
                "kind": "report",
                "summary": f"{payload} alert summary",
                "document_year": "2024",
                "is_published": "on",
                "file": SimpleUploadedFile("report.pdf", make_pdf()),
            },
        )
    )

    read_as_public(
        client,
        [f"{search_url}?q={quote(word)}" for word in ("alert", "searchable", payload, "<script")],
        [f"{payload} alert searchable"],
    )


@pytest.mark.parametrize("model", ["publication", "topic"])
def test_a_publication_or_topic_slug_with_markup_is_refused(
    seeded_site, publisher, client, payload, model
):
    client.force_login(publisher)
    fields = (
        {"name": "A topic"}
        if model == "topic"
        else {
            "title": "A title",
            "kind": "report",
            "summary": "A summary",
            "document_year": "2024",
            "file": SimpleUploadedFile("report.pdf", make_pdf()),
        }
    )
    response = admin_forms.submit(
        client, f"/admin/publications/{model}/add/", {**fields, "slug": payload}
    )
    refused(response, "slug")
    assert not (Topic if model == "topic" else Publication).objects.filter(slug=payload).exists()


# The department's records (pages/models) -------------------------------------------------------


def test_governance_body_fields_are_escaped(seeded_site, publisher, client, payload):
    other = GovernanceBody.objects.order_by("pk")[0]
    values = {
        "name": f"{payload} name",
        "short_name": payload,
        "other_names": f"{payload} other names",
        "statutory_basis": f"{payload} statute",
        "chair": f"{payload} chair",
        "meets": f"{payload} meets",
        "purpose": f"{payload} purpose\n\n{payload} second paragraph",
        "duties_heading": f"{payload} duties heading",
        "link_text": f"{payload} link text",
        "source_note": f"{payload} source note",
        "duties-0-text": f"{payload} duty",
        "relationships-0-source": f"{payload} relationship source",
    }
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/governancebody/add/",
            {
                **values,
                "slug": "",  # made from the name
                "kind": "board",
                "link_url": "https://example.org/",
                "duties-TOTAL_FORMS": "1",
                "duties-0-position": "1",
                "relationships-TOTAL_FORMS": "1",
                "relationships-0-kind": "reports-to",
                "relationships-0-to_body": str(other.pk),
            },
        )
    )
    body = GovernanceBody.objects.get(name=values["name"])
    assert body.slug and "<" not in body.slug and '"' not in body.slug

    shown = [value for name, value in values.items() if name != "purpose"]
    read_as_public(client, ["/governance/"], [*shown, f"{payload} second paragraph"])
    read_as_staff(
        client,
        publisher,
        [
            "/admin/pages/governancebody/",
            f"/admin/pages/governancebody/{body.pk}/change/",
            "/admin/pages/bodyrelationship/",
            "/admin/",
        ],
        [values["name"], values["relationships-0-source"], values["duties-0-text"]],
    )


@pytest.mark.parametrize("field", ["slug", "link_url"])
def test_a_governance_slug_or_link_with_script_is_refused(
    seeded_site, publisher, client, payload, field
):
    client.force_login(publisher)
    response = admin_forms.submit(
        client,
        "/admin/pages/governancebody/add/",
        {"name": "A new board", "kind": "board", "link_text": "Its website", field: payload},
    )
    refused(response, field)
    assert not GovernanceBody.objects.filter(name="A new board").exists()


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_a_governance_or_inspection_link_refuses_every_script_address(
    seeded_site, publisher, client, address
):
    client.force_login(publisher)
    body = GovernanceBody.objects.order_by("pk")[0]
    response = admin_forms.submit(
        client, f"/admin/pages/governancebody/{body.pk}/change/", {"link_url": address}
    )
    refused(response, "link_url")
    inspection = Inspection.objects.order_by("pk")[0]
    response = admin_forms.submit(
        client, f"/admin/pages/inspection/{inspection.pk}/change/", {"report_url": address}
    )
    refused(response, "report_url")


def test_inspection_fields_are_escaped(seeded_site, publisher, client, payload):
    values = {
        "summary": f"{payload} summary",
        "judgements-0-area": f"{payload} area",
        "findings-0-quote": f"{payload} finding",
        "recommendations-0-text": f"{payload} recommendation",
        "recommendations-0-department_response": f"{payload} response\n\n{payload} more",
    }
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/inspection/add/",
            {
                **values,
                "inspectorate": "ofsted",
                "kind": "full-ilacs",
                "overall_judgement": "good",
                "starts_on": "2099-01-12",
                "ends_on": "2099-01-16",
                "date_precision": "day",
                "judgements-TOTAL_FORMS": "1",
                "judgements-0-grade": "good",
                "judgements-0-order": "1",
                "findings-TOTAL_FORMS": "1",
                "findings-0-order": "1",
                "recommendations-TOTAL_FORMS": "1",
                "recommendations-0-order": "1",
            },
        )
    )
    inspection = Inspection.objects.get(summary=values["summary"])

    shown = [value for name, value in values.items() if "response" not in name]
    read_as_public(client, ["/ofsted/", "/"], [*shown, f"{payload} response", f"{payload} more"])
    read_as_staff(
        client,
        publisher,
        ["/admin/pages/inspection/", f"/admin/pages/inspection/{inspection.pk}/change/"],
        [values["summary"], values["findings-0-quote"]],
    )


def test_priority_theme_and_kpi_fields_are_escaped(seeded_site, publisher, client, payload):
    theme = {"name": f"{payload} theme", "description": f"{payload} description"}
    kpi = {"measure": f"{payload} measure", "current_note": f"{payload} note", "period": payload}
    client.force_login(publisher)
    saved(admin_forms.submit(client, "/admin/pages/prioritytheme/add/", {**theme, "order": "9"}))
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/kpi/add/",
            {**kpi, "number": "99", "unit": "percent", "target_value": "50"},
        )
    )
    theme_pk = PriorityTheme.objects.get(name=theme["name"]).pk
    kpi_pk = Kpi.objects.get(number=99).pk

    read_as_public(client, ["/about/", "/about/performance/"], [*theme.values(), *kpi.values()])
    read_as_staff(
        client,
        publisher,
        [
            "/admin/pages/prioritytheme/",
            f"/admin/pages/prioritytheme/{theme_pk}/change/",
            "/admin/pages/kpi/",
            f"/admin/pages/kpi/{kpi_pk}/change/",
        ],
        [theme["name"], theme["description"], kpi["measure"]],
    )


def test_alert_banner_fields_are_escaped(seeded_site, publisher, client, payload):
    values = {
        "title": f"{payload} title",
        "message": f"{payload} message",
        "link_text": f"{payload} link",
    }
    now = timezone.localtime()
    client.force_login(publisher)
    saved(
        admin_forms.submit(
            client,
            "/admin/pages/alertbanner/add/",
            {
                **values,
                "severity": "emergency",
                "link_url": "/contact/",
                "starts_at_0": str(now.date() - datetime.timedelta(days=1)),
                "starts_at_1": "09:00:00",
                "ends_at_0": str(now.date() + datetime.timedelta(days=1)),
                "ends_at_1": "17:00:00",
            },
        )
    )
    banner = AlertBanner.objects.get(title=values["title"])

    read_as_public(client, ["/", "/about/", "/publications/"], values.values())
    read_as_staff(
        client,
        publisher,
        ["/admin/pages/alertbanner/", f"/admin/pages/alertbanner/{banner.pk}/change/"],
        [values["title"], values["message"]],
    )


@pytest.mark.parametrize("address", HOSTILE_URLS)
def test_an_alert_banner_link_refuses_every_script_address(seeded_site, publisher, client, address):
    client.force_login(publisher)
    response = admin_forms.submit(
        client,
        "/admin/pages/alertbanner/add/",
        {
            "title": "Offices closed",
            "message": "Closed today.",
            "link_text": "Why",
            "link_url": address,
        },
    )
    refused(response, "link_url")


def test_reader_feedback_is_shown_to_staff_escaped(seeded_site, publisher, client, payload):
    """Anyone can send feedback: the most hostile input the site keeps."""
    path = f"/{payload}"
    response = client.post(
        "/feedback/",
        {"path": path, "useful": "no", "looking_for": f"{payload} looking for"},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 303, response.content.decode()[:2000]
    thanks = client.get(response["Location"])
    assert not unsafe_markup(thanks.content.decode())
    feedback = PageFeedback.objects.get(path=path)

    read_as_staff(
        client,
        publisher,
        ["/admin/pages/pagefeedback/", f"/admin/pages/pagefeedback/{feedback.pk}/change/"],
        [path, f"{payload} looking for"],
    )


# Contacts --------------------------------------------------------------------------------------


def test_contact_lines_and_closures_are_escaped(seeded_site, publisher, client, payload):
    office = ContactLine.objects.get(kind=LineKind.OFFICE)
    line = {
        "name": f"{payload} line",
        "purpose": f"{payload} purpose",
        "address": f"{payload} first line\n{payload} second line",
    }
    today = datetime.date.today()
    closure = {"reason": f"{payload} closure"}
    client.force_login(publisher)
    saved(admin_forms.submit(client, f"/admin/contacts/contactline/{office.pk}/change/", line))
    saved(
        admin_forms.submit(
            client,
            "/admin/contacts/closure/add/",
            {
                **closure,
                "starts_on": str(today - datetime.timedelta(days=1)),
                "ends_on": str(today + datetime.timedelta(days=1)),
            },
        )
    )
    closure_pk = Closure.objects.get(reason=closure["reason"]).pk
    next_year = today.year + 1
    holiday = min(bank_holidays_in(next_year))
    note = f"{payload} note"
    saved(
        admin_forms.submit(
            client,
            "/admin/contacts/bankholidayexception/add/",
            {"date": str(holiday), "note": note},
        )
    )

    read_as_public(
        client,
        ["/contact/", "/"],
        [line["name"], line["purpose"], f"{payload} second line", closure["reason"]],
    )
    status = client.get("/contact/now.json")
    assert status["Content-Type"] == "application/json"
    read_as_staff(
        client,
        publisher,
        [
            "/admin/contacts/contactline/",
            f"/admin/contacts/contactline/{office.pk}/change/",
            "/admin/contacts/closure/",
            f"/admin/contacts/closure/{closure_pk}/change/",
            "/admin/contacts/bankholidayexception/",
        ],
        [line["name"], closure["reason"], note],
    )


@pytest.mark.parametrize("field", ["email", "phone"])
def test_a_contact_email_or_phone_with_markup_is_refused(seeded_site, publisher, client, field):
    office = ContactLine.objects.get(kind=LineKind.OFFICE)
    client.force_login(publisher)
    for markup in MARKUP_PAYLOADS:
        response = admin_forms.submit(
            client, f"/admin/contacts/contactline/{office.pk}/change/", {field: markup}
        )
        refused(response, field)
