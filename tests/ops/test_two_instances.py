"""Two app instances on one host: a publish through one shows on the other's very next request.

Two gunicorn processes (production settings, one worker each) share a
database and the host's generation file, as two app servers on one machine
do: a temporary SQLite file, or with ``DATABASE_URL`` pointing at PostgreSQL,
a database ``test_dccs_scale_<worker>`` on that server, created and dropped here
(pytest-django's own test database cannot be shared with other processes).
Both keep the home page in memory; a Publisher adds an alert banner through
instance A's admin over HTTP; the next request to B must show it. A new version of
the home page scheduled for a minute replaces the kept page on both at that minute:
the instances' clock is moved there through a file (tests/ops/clock.py), not waited for.
``make scale-demo`` does the same with nginx and Redis, and hosts a second apart.

Then the findings of a probe of the production set-up, each on instance A: browsers told to
keep pages a minute; a ``SCRIPT_NAME`` header gunicorn believed; repeated and tracking query
parameters; query strings that bypassed the kept page.
"""

from __future__ import annotations

import json
import re
import secrets
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scripts.processes import (
    Rig,
    get,
    gunicorn,
    migrate_and_seed,
    run,
    site_environment,
    wait_until_healthy,
)
from scripts.scale_out.publisher import SignedInPublisher, create_publisher
from scripts.scratch_postgres import ScratchDatabase

PUBLISHER = "two-instances-publisher"


@pytest.fixture(autouse=True)
def empty_cache():
    """Overrides the suite's: the site under test runs in the gunicorn processes, not here,
    and this test has no database of pytest-django's to empty caches with."""
    yield


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory, postgres_url, scratch_database_name):
    """Instances A and B (ports), and a Publisher's password; everything stopped afterwards."""
    rig = Rig(folder=tmp_path_factory.mktemp("two-instances"))
    (rig.folder / "static").mkdir()
    database_url = f"sqlite:///{rig.folder / 'shared.sqlite3'}"
    with rig:
        if postgres_url:
            database = ScratchDatabase(postgres_url, scratch_database_name("dccs_scale"))
            rig.on_cleanup(database.drop)
            database_url = database.create()
        # Production settings on plain HTTP, one host: a shared generation file, no Redis.
        env = site_environment(
            rig.folder,
            database_url,
            label="two-instances",
            plain_http=True,
            settings="tests.ops.two_instances_settings",
            LOG_LEVEL="WARNING",
            # absent: the real clock; tests/ops/clock.py
            DCCS_TEST_CLOCK_FILE=str(rig.folder / "clock"),
        )
        log = rig.folder / "manage.log"
        migrate_and_seed(env, log)
        password = create_publisher(env, log, PUBLISHER)
        ports = {}
        for name in ("A", "B"):
            instance = rig.start(gunicorn(name, rig.folder, env, workers=1))
            wait_until_healthy(instance)
            ports[name] = instance.port
        yield {**ports, "password": password, "folder": rig.folder, "env": env, "log": log}


def test_a_publish_through_one_instance_shows_on_the_others_next_request(two_instances):
    a, b = two_instances["A"], two_instances["B"]
    for port in (a, b):
        first, second = get(port), get(port)
        assert first.status == second.status == 200
        assert second.headers.get("x-page-cache") == "hit", (
            f"instance on :{port} did not serve the home page from its memory the second time: "
            "without its fast path this test would prove nothing"
        )

    notice = f"Two-instance notice {secrets.token_hex(4)}"
    publisher = SignedInPublisher(a, PUBLISHER, two_instances["password"])
    publisher.add_alert_banner(notice, "Published through instance A.")

    from_b = get(b)
    assert from_b.status == 200
    assert from_b.shows(notice), (
        "instance B's next answer was the home page as it was before the publish "
        f"(X-Page-Cache: {from_b.headers.get('x-page-cache')}: 'hit' is the page B kept; "
        "'miss', an old copy from another of B's caches, such as django CMS's own)"
    )
    assert get(a).shows(notice)
    # and B keeps the new page: the next answer comes from its memory again
    again = get(b)
    assert again.shows(notice)
    assert again.headers.get("x-page-cache") == "hit"


NEW_HOME_PAGE_DRAFT = """
import os
from cms.models import Page, PageContent
from django.contrib.auth import get_user_model
from djangocms_text.models import Text
from djangocms_versioning.constants import PUBLISHED
from djangocms_versioning.models import Version
contents = PageContent.admin_manager.filter(page=Page.objects.get(is_home=True), language="en")
live = Version.objects.get(
    object_id__in=contents.values("pk"), content_type__model="pagecontent", state=PUBLISHED)
draft = live.copy(get_user_model().objects.get(username=os.environ["AUTHOR"]))
block = Text.objects.filter(
    placeholder=draft.content.get_placeholders().get(slot="content")).order_by("position").first()
block.body += "<p>" + os.environ["SENTENCE"] + "</p>"
block.save()
open(os.environ["DRAFT_FILE"], "w").write(str(draft.pk))
"""


def new_home_page_draft(two_instances, sentence: str) -> int:
    """A draft of the home page with one sentence more, made as "New draft" makes one
    (``Version.copy``), through ``manage.py shell``; its version's id."""
    written = Path(two_instances["folder"]) / "draft-version"
    run(
        [sys.executable, "manage.py", "shell", "-c", NEW_HOME_PAGE_DRAFT],
        log=two_instances["log"],
        env={
            **two_instances["env"],
            "AUTHOR": PUBLISHER,
            "SENTENCE": sentence,
            "DRAFT_FILE": str(written),
        },
        timeout=300,
    )
    return int(written.read_text())


@pytest.fixture
def instances_clock(two_instances):
    """Stops both instances' clock at a moment: ``instances_clock(moment)``; the real clock
    again afterwards."""
    clock = Path(two_instances["env"]["DCCS_TEST_CLOCK_FILE"])

    def stop_at(moment: datetime) -> None:
        written = clock.with_name("clock.new")
        written.write_text(moment.isoformat())
        written.replace(clock)  # at once: no request reads half a moment

    yield stop_at
    clock.unlink(missing_ok=True)


def test_a_kept_page_does_not_outlive_a_scheduled_minute(two_instances, instances_clock):
    a, b = two_instances["A"], two_instances["B"]
    sentence = f"Scheduled sentence {secrets.token_hex(4)}"
    draft = new_home_page_draft(two_instances, sentence)
    # Tomorrow at 09:00, London time: in the future for the form, whenever the test runs.
    tomorrow = datetime.now(ZoneInfo("Europe/London")) + timedelta(days=1)
    minute = tomorrow.replace(hour=9, minute=0, second=0, microsecond=0)
    publisher = SignedInPublisher(a, PUBLISHER, two_instances["password"])
    publisher.schedule(draft, go_live=minute)

    instances_clock(minute - timedelta(seconds=1))
    for port in (a, b):
        get(port)
        before = get(port)
        assert before.status == 200
        assert not before.shows(sentence), f"instance on :{port} showed the draft early"
        assert before.headers.get("x-page-cache") == "hit", (
            f"instance on :{port} did not serve the home page from its memory the second time "
            "in the second before the minute: without its fast path this test would prove nothing"
        )

    instances_clock(minute)
    # B first: it must see for itself that the minute has come (the schedule was made
    # through A), not only hear of A's publish.
    for port in (b, a):
        at_the_minute = get(port)
        assert at_the_minute.shows(sentence), (
            f"instance on :{port} still showed the home page as it was before the minute "
            f"(X-Page-Cache: {at_the_minute.headers.get('x-page-cache')})"
        )


# The findings of the probe of the production set-up, on a live gunicorn (one worker, as
# deploy/gunicorn.conf.py configures it: scripts/processes/site.py) with the fast path.

SHARED_LIFETIME = re.compile(r"^public, max-age=0, must-revalidate, s-maxage=(\d+)$")


def test_max_age_in_browsers_is_0_and_a_kept_page_answers_their_etag_with_304(two_instances):
    a = two_instances["A"]
    get(a, "/about/")
    kept = get(a, "/about/")

    lifetime = SHARED_LIFETIME.match(kept.headers["cache-control"])
    assert lifetime, kept.headers["cache-control"]  # browsers ask again every time
    assert 0 < int(lifetime[1]) <= 60  # shared caches: no longer than the server keeps it
    assert kept.headers.get("x-page-cache") == "hit"
    unchanged = get(a, "/about/", headers={"If-None-Match": kept.headers["etag"]})
    assert (unchanged.status, unchanged.body) == (304, b"")
    assert unchanged.headers.get("x-page-cache") == "hit"


def test_a_script_name_header_does_not_make_a_kept_page_another_address(two_instances):
    a = two_instances["A"]
    about = f"/about/?probe={secrets.token_hex(4)}"
    get(a, about, headers={"SCRIPT_NAME": "/about"})

    for _ in range(2):
        readers = get(a, about)
        assert readers.status == 200
        assert b"<title>About" in readers.body, "a reader of /about/ got another page"
    assert readers.headers.get("x-page-cache") == "hit"


def test_a_script_name_header_gets_the_sites_answer_not_a_bare_500(two_instances):
    evil = get(two_instances["A"], "/about/", headers={"SCRIPT_NAME": "/evil"})

    assert evil.status == 200
    assert "content-security-policy" in evil.headers  # the site's answer, not gunicorn's


def test_repeated_query_parameters_get_each_its_own_answer(two_instances):
    a = two_instances["A"]
    christmas, after = "at=2026-12-25T10:00:00Z", "at=2026-12-29T10:00:00Z"
    first = json.loads(get(a, f"/contact/now.json?{christmas}&{after}").body)
    swapped = json.loads(get(a, f"/contact/now.json?{after}&{christmas}").body)

    assert first["at"].startswith("2026-12-29")  # Django reads the last value
    assert swapped["at"].startswith("2026-12-25")
    get(a, "/search/?q=ofsted&q=zzzz")
    words = get(a, "/search/?q=zzzz&q=ofsted")
    assert b'value="ofsted"' in words.body


def test_tracking_parameters_do_not_leak_into_kept_pages(two_instances):
    a = two_instances["A"]
    probe = secrets.token_hex(4)
    for _ in range(2):
        get(a, f"/publications/?x={probe}&utm_campaign=attacker-chosen&gclid=zzz")

    later = get(a, f"/publications/?x={probe}")

    assert later.status == 200
    assert b"export.csv" in later.body
    assert b"attacker-chosen" not in later.body and b"gclid" not in later.body


def test_query_strings_do_not_bypass_the_kept_page(two_instances):
    a = two_instances["A"]
    get(a, "/governance/")

    answers = [get(a, f"/governance/?x={secrets.token_hex(4)}") for _ in range(5)]

    assert [answer.headers.get("x-page-cache") for answer in answers] == ["hit"] * 5


# One canonical origin: the instances allow two host names (127.0.0.1, the site's own, and
# localhost), as the probe's set-up did; SITE_URL is https://127.0.0.1.

SITE_URL = "https://127.0.0.1"
OTHER_HOST = {"Host": "localhost"}
CANONICAL = re.compile(rb'<link rel="canonical" href="([^"]+)"')
OG_URL = re.compile(rb'<meta property="og:url" content="([^"]+)"')


def test_a_request_for_another_host_name_never_becomes_readers_canonical_address(two_instances):
    a = two_instances["A"]
    path = "/ofsted/"  # asked for by no other test here: nothing kept yet
    for _ in range(4):
        other = get(a, path, headers=OTHER_HOST)
        assert other.status == 301
        assert other.headers["location"] == f"{SITE_URL}{path}"

    for _ in range(2):
        reader = get(a, path)
        assert reader.status == 200
        assert CANONICAL.findall(reader.body) == [f"{SITE_URL}{path}".encode()]
        assert OG_URL.findall(reader.body) == [f"{SITE_URL}{path}".encode()]
    assert reader.headers.get("x-page-cache") == "hit"  # and that is the page readers keep getting


def test_the_sitemap_feed_and_robots_name_the_sites_own_address(two_instances):
    a = two_instances["A"]
    sitemap = get(a, "/sitemap.xml").body.decode()
    feed = get(a, "/publications/feed/").body.decode()
    robots = get(a, "/robots.txt").body.decode()

    addresses = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert addresses and all(address.startswith(f"{SITE_URL}/") for address in addresses)
    links = re.findall(r'href="(https?://[^"]+)"', feed)
    assert links and all(link.startswith(f"{SITE_URL}/") for link in links)
    assert "example.com" not in sitemap + feed + robots
    assert f"Sitemap: {SITE_URL}/sitemap.xml" in robots


def test_the_health_check_answers_on_any_allowed_host_name(two_instances):
    assert get(two_instances["A"], "/healthz", headers=OTHER_HOST).status == 200
