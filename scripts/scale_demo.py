#!/usr/bin/env python3
"""The site scaled out on loopback, load through nginx, and publishes that show at once.

Run it with ``make scale-demo``. It starts, all on 127.0.0.1:

- two stateless app instances, gunicorn A on :8101 and B on :8102 (production
  settings, DEBUG off), sharing one PostgreSQL database (``dccs_scale``,
  created, migrated and seeded here, dropped at the end), one Redis cache
  (database 5, emptied before and after) and one media folder;
- nginx on :8100 (Debian's, installed with apt-get if missing), balancing over
  both, caching pages as their Cache-Control says, serving /static/ itself,
  with its cache emptied on every publish (deploy/nginx/dccs.conf.template,
  site_cache/proxy_purge.py). It runs as the current user from a temporary
  folder: its own configuration, cache, pid file and logs; the system's nginx
  service is neither started nor touched (scripts/scale_out/nginx.py).

First, requests from the signed-in Publisher (with the cookies the site set, named as
in production: ``__Host-sessionid``, ``__Host-csrftoken``), and ones with an
Authorization header, a CSRF or a messages cookie, must bypass nginx's cache.
Then, in rounds: a bounded load through nginx with wrk on the home page, and on
a static file nginx serves from disk for comparison (the ratio of the two is
reported; the target is at least 0.5); a publish through instance A over HTTP
(a signed-in Publisher adds an alert banner, shown on every page); and checks
that B and nginx show it, while clients keep requesting the home page from
both. The first rounds run B as if on the same host as A (one generation file:
B and nginx must show the change on the very next request); then B restarts as
if on another host (its own generation file, only Redis connects them: B must
show the change within one second, and nginx too, and keep showing it):
scripts/scale_out/freshness.py.

Exit status: 0 PASS, 1 FAIL, 2 when the rig could not be set up, 130 when
interrupted. Whatever happens it stops what it started (nginx, gunicorn),
drops the database, empties Redis database 5 and removes its temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: import the sibling modules
    sys.path.insert(0, str(ROOT))

from scripts.bench.wrk import WrkOutputError, run_wrk  # noqa: E402
from scripts.processes import (  # noqa: E402
    HOST,
    ProcessGroup,
    Rig,
    SetupError,
    SiteCookies,
    get,
    gunicorn,
    migrate_and_seed,
    port_is_free,
    say,
    site_cookies,
    site_environment,
    start_collectstatic,
    tail,
    wait_until_healthy,
)
from scripts.scale_out.freshness import Round, Watcher, judge_publish, stale_time, summary  # noqa: E402
from scripts.scale_out.nginx import PURGE_PATH, ensure_packages, nginx  # noqa: E402
from scripts.scale_out.publisher import SignedInPublisher, create_publisher  # noqa: E402
from scripts.scratch_postgres import ScratchDatabase  # noqa: E402

NGINX_PORT, PORT_A, PORT_B = 8100, 8101, 8102
DATABASE = "dccs_scale"
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/5"  # a database of its own, emptied before and after
PUBLISHER = "scale-demo-publisher"
PAGE = "/"
# How long the pollers keep asking after a publish.
WATCH_SECONDS = 2.0


def empty_redis_database() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def wrk(url: str, seconds: float, threads: int, connections: int) -> float:
    """Requests per second through ``url``; a SetupError when any request failed."""
    try:
        result = run_wrk(url, threads=threads, connections=connections, seconds=seconds, headers=())
    except WrkOutputError as error:
        raise SetupError(str(error)) from error
    if result.errors:
        raise SetupError(
            f"wrk {url}: {result.non_2xx_3xx} non-2xx or 3xx responses, "
            f"{result.socket_errors} socket errors"
        )
    return result.requests_per_second


def static_reference(folder: Path, size: int) -> tuple[str, int]:
    """The collected static file (by its hashed name) closest in size to the page, and its size.

    The reference is nginx sending a file of about the same size from disk, so
    the ratio compares caching, not the number of bytes.
    """
    manifest = json.loads((folder / "static" / "staticfiles.json").read_text())["paths"]
    sizes = {name: (folder / "static" / name).stat().st_size for name in manifest.values()}
    name = min(sizes, key=lambda candidate: abs(sizes[candidate] - size))
    return "/static/" + name, sizes[name]


# The demonstration.

# collectstatic with the production storage spends a minute and a half brotli-
# and gzip-compressing 600 files; the hashed names and the manifest the app
# needs come from Django's own manifest storage in seconds. nginx serves
# /static/ itself, so nothing here reads the compressed copies.
COLLECT_STATIC_WITHOUT_COMPRESSING = """
import django
from django.conf import settings
django.setup()
from django.core.management import call_command
from django.test.utils import override_settings
manifest = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
with override_settings(STORAGES={**settings.STORAGES, "staticfiles": manifest}):
    call_command("collectstatic", "--noinput", verbosity=1)
"""


def prepare(args: argparse.Namespace, rig: Rig) -> dict:
    folder = rig.folder
    ensure_packages(folder / "apt.log")
    busy = [port for port in (NGINX_PORT, PORT_A, PORT_B) if not port_is_free(port)]
    if busy:
        raise SetupError(f"ports already in use on {HOST}: {busy}")
    (folder / "media").mkdir()
    database = ScratchDatabase(args.postgres, DATABASE)
    env = site_environment(
        folder,
        database.url,
        label="scale-demo",
        plain_http=True,  # nginx on plain HTTP, loopback
        # but the cookies as production sets them (Secure, "__Host-" names): loopback is a
        # secure origin to browsers, and to the Publisher (scripts/scale_out/publisher.py)
        SESSION_COOKIE_SECURE="1",
        CSRF_COOKIE_SECURE="1",
        REDIS_URL=REDIS_URL,
        PROXY_PURGE_URLS=f"http://{HOST}:{NGINX_PORT}{PURGE_PATH}",
        LOG_LEVEL="WARNING",
    )
    cookies = site_cookies(env)
    say(f"the site's cookies for staff: {', '.join(cookies.names())} (nginx bypasses its cache)")

    say(f"PostgreSQL: creating database {DATABASE}; Redis: emptying {REDIS_URL}")
    rig.on_cleanup(database.drop)
    database.create()
    rig.on_cleanup(empty_redis_database)
    empty_redis_database()

    collectstatic = start_collectstatic(
        rig, env, [sys.executable, "-c", COLLECT_STATIC_WITHOUT_COMPRESSING]
    )
    say("migrating and seeding it (collecting static files meanwhile)")
    manage_log = folder / "manage.log"
    migrate_and_seed(env, manage_log)
    password = create_publisher(env, manage_log, PUBLISHER)
    collectstatic.wait_for_success()
    return {
        "env": env,
        "cookies": cookies,
        "host_1": folder / "host-1.generation",
        "host_2": folder / "host-2.generation",
        "password": password,
    }


def start_instance(
    rig: Rig, name: str, env: dict, generation_file: Path, port: int, workers: int
) -> ProcessGroup:
    env = {**env, "PAGE_CACHE_GENERATION_FILE": str(generation_file)}
    process = rig.start(gunicorn(name, rig.folder, env, workers=workers, port=port))
    wait_until_healthy(process)
    return process


def one_round(
    number: int, topology: str, args: argparse.Namespace, publisher: SignedInPublisher, static: str
) -> Round:
    result = Round(number, topology)
    for port in (PORT_A, PORT_B, NGINX_PORT, NGINX_PORT):
        warm = get(port)
        if warm.status != 200:
            raise SetupError(f"GET {PAGE} on port {port} answered {warm.status}")
    result.nginx_cached = warm.headers.get("x-cache-status", "")
    if result.nginx_cached != "HIT":
        result.problems.append(
            f"nginx did not serve the page from its cache on a second request "
            f"(X-Cache-Status {result.nginx_cached or '-'}, "
            f"Cache-Control {warm.headers.get('cache-control', '-')!r})"
        )

    nginx_url = f"http://{HOST}:{NGINX_PORT}"
    result.page_rps = wrk(nginx_url + PAGE, args.duration, args.threads, args.connections)
    result.static_rps = wrk(nginx_url + static, args.duration, args.threads, args.connections)
    say(
        f"round {number} ({topology}): through nginx {result.page_rps:,.0f} requests/s for "
        f"{PAGE}, {result.static_rps:,.0f} for {static}: ratio {result.ratio:.2f}"
    )

    text = f"Scale demo notice {number} {secrets.token_hex(4)}"
    watchers = [Watcher("B", PORT_B, text), Watcher("nginx", NGINX_PORT, text)]
    threads = [watcher.start() for watcher in watchers]
    time.sleep(1.0)  # B's processes are busy, and so have looked at Redis recently
    publisher.add_alert_banner(text, "Shown by scripts/scale_demo.py to check freshness.")
    published_at = time.monotonic()
    a_fresh = get(PORT_A).shows(text)
    time.sleep(WATCH_SECONDS)
    for watcher in watchers:
        watcher.stop.set()
    for thread in threads:
        thread.join(timeout=10)
    judge_publish(result, published_at, watchers[0], watchers[1], a_fresh)

    say(
        f"round {number} ({topology}): published {text!r} through A; of "
        f"{result.watched} requests in the {WATCH_SECONDS:g} s after it, the last old page came "
        f"from B at {stale_time(result.b_stale_for)}, from nginx at "
        f"{stale_time(result.nginx_stale_for)}"
    )
    for problem in result.problems:
        say(f"  problem: {problem}")
    return result


def private_requests_bypass_the_cache(
    publisher: SignedInPublisher, cookies: SiteCookies
) -> list[str]:
    """A signed-in editor, or a request with credentials, never gets nor leaves a cached copy.

    The editor's cookies are the ones the site set at sign-in, named as its settings say
    (``__Host-sessionid`` and ``__Host-csrftoken`` here, as in production).
    """
    problems = []
    missing = {cookies.session, cookies.csrf} - publisher.cookie_names()
    if missing:
        problems.append(f"signing in did not set {sorted(missing)}: {publisher.cookie_names()}")
    cases = {
        "signed in (session cookie)": {"Cookie": publisher.cookie_header()},
        "with an Authorization header": {"Authorization": "Basic c2NhbGU6ZGVtbw=="},
        "with only a CSRF cookie": {"Cookie": f"_ga=1; {cookies.csrf}=abc"},
        "with only a messages cookie": {"Cookie": f"{cookies.messages}=abc"},
    }
    for name, headers in cases.items():
        for _ in range(2):
            answer = get(NGINX_PORT, headers=headers)
        status = answer.headers.get("x-cache-status", "")
        if status != "BYPASS":
            problems.append(f"a request {name} got X-Cache-Status {status or '-'} from nginx")
    signed_in = get(NGINX_PORT, headers=cases["signed in (session cookie)"])
    if "private" not in signed_in.headers.get("cache-control", ""):
        problems.append("the signed-in page was not marked private")
    if get(NGINX_PORT, PURGE_PATH).status != 405:
        problems.append(f"GET {PURGE_PATH} was not refused with 405")
    return problems


def demonstrate(args: argparse.Namespace, rig: Rig) -> int:
    prepared = prepare(args, rig)
    env = prepared["env"]
    say(f"starting gunicorn A on :{PORT_A} and B on :{PORT_B} (same host: one generation file)")
    start_instance(rig, "A", env, prepared["host_1"], PORT_A, args.workers)
    b = start_instance(rig, "B", env, prepared["host_1"], PORT_B, args.workers)
    cookies = prepared["cookies"]
    wait_until_healthy(rig.start(nginx(rig.folder, NGINX_PORT, [PORT_A, PORT_B], cookies.names())))
    say(f"nginx on :{NGINX_PORT} in front of both, its cache in {rig.folder / 'nginx' / 'cache'}")
    page_size = len(get(NGINX_PORT).body)
    static, static_size = static_reference(rig.folder, page_size)
    say(f"{PAGE} is {page_size:,} bytes; the static reference {static} is {static_size:,} bytes")
    publisher = SignedInPublisher(PORT_A, PUBLISHER, prepared["password"])
    rig_problems = private_requests_bypass_the_cache(publisher, cookies)
    say(
        f"signed-in ({cookies.session}), Authorization, CSRF- and messages-cookie requests "
        "bypass nginx's cache: " + ("yes" if not rig_problems else "NO")
    )

    rounds = []
    for _ in range(args.rounds):
        rounds.append(one_round(len(rounds) + 1, "same host", args, publisher, static))
    say("restarting B as if on another host: its own generation file, only Redis in common")
    b.stop()
    start_instance(rig, "B2", env, prepared["host_2"], PORT_B, args.workers)
    for _ in range(args.rounds):
        rounds.append(one_round(len(rounds) + 1, "other host", args, publisher, static))

    ok, lines = summary(rounds, args.min_ratio, rig_problems)
    print("\n".join(lines), flush=True)
    if ok:
        say("PASS: both instances and nginx served every publish fresh, as promised")
        return 0
    print(f"--- nginx error log ---\n{tail(rig.folder / 'nginx' / 'logs' / 'error.log')}")
    for name in ("A", "B", "B2"):
        print(f"--- gunicorn {name} (last lines) ---\n{tail(rig.folder / f'gunicorn-{name}.log')}")
    say("FAIL: see above")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="rounds per topology (default 2)")
    parser.add_argument("--duration", type=float, default=4, help="seconds of each wrk run")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per instance")
    parser.add_argument(
        "--min-ratio", type=float, default=0.5, help="pages/static requests per second (0.5)"
    )
    parser.add_argument(
        "--postgres",
        default=os.environ.get("SCALE_DEMO_POSTGRES", POSTGRES_ADMIN_URL),
        help=f"a PostgreSQL URL to create {DATABASE} from (default {POSTGRES_ADMIN_URL})",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    args = parser.parse_args(argv)

    return Rig("dccs-scale-", keep=args.keep).run(lambda rig: demonstrate(args, rig))


if __name__ == "__main__":
    sys.exit(main())
