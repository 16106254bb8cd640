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
  service is neither started nor touched.

Then, in rounds: a bounded load through nginx with wrk on the home page, and on
a static file nginx serves from disk for comparison (the ratio of the two is
reported; the target is at least 0.5); a publish through instance A over HTTP
(a signed-in Publisher adds an alert banner, shown on every page); and checks
that B and nginx show it, while clients keep requesting the home page from
both. The first rounds run B as if on the same host as A (one generation file:
B and nginx must show the change on the very next request); then B restarts as
if on another host (its own generation file, only Redis connects them: B must
show the change within one second, and nginx too, and keep showing it).

Exit status: 0 PASS, 1 FAIL, 2 when the rig could not be set up, 130 when
interrupted. Whatever happens it stops what it started (nginx, gunicorn),
drops the database, empties Redis database 5 and removes its temporary folder.
"""

from __future__ import annotations

import argparse
import atexit
import http.client
import http.cookiejar
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: import the sibling module
    sys.path.insert(0, str(ROOT))

from scripts.resilience import Background, Interrupted, SetupError, run, tail  # noqa: E402

NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "dccs.conf.template"
NGINX_MODULES = Path("/usr/lib/nginx/modules")
NGINX_PACKAGES = ["nginx", "libnginx-mod-http-lua"]
PURGE_PATH = "/_dccs/purge-cache"
HOST = "127.0.0.1"
NGINX_PORT, PORT_A, PORT_B = 8100, 8101, 8102
DATABASE = "dccs_scale"
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/5"  # a database of its own, emptied before and after
PUBLISHER = "scale-demo-publisher"
PAGE = "/"
# How soon another host must show a publish (instances on this host: the next request).
OTHER_HOST_SECONDS = 1.0
# How long the pollers keep asking after a publish.
WATCH_SECONDS = 2.0
STARTED = time.monotonic()


def say(message: str) -> None:
    print(f"[{time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


# HTTP, as a client on loopback.


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def shows(self, text: str) -> bool:
        return self.status == 200 and text.encode() in self.body


def get(port: int, path: str = PAGE, timeout: float = 10, headers: dict | None = None) -> Answer:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Answer(response.status, headers, body)
    finally:
        connection.close()


CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_ERRORS = re.compile(rb'class="errorlist[^"]*"[^>]*>(.*?)</ul>', re.S)


class SignedInPublisher:
    """A Publisher signed in to one app instance's admin, as a browser would be."""

    def __init__(self, port: int, username: str, password: str):
        self.base = f"http://{HOST}:{port}"
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self._post_form("/admin/login/?next=/admin/", {"username": username, "password": password})
        if not any(cookie.name == "sessionid" for cookie in self.cookies):
            raise SetupError(f"could not sign in to {self.base}/admin/ as {username}")

    def _open(self, path: str, data: dict | None = None) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)  # noqa: S310 (our loopback URL)
        with self.opener.open(request, timeout=30) as response:
            return response.geturl(), response.read()

    def _post_form(self, path: str, fields: dict) -> tuple[str, bytes]:
        _, page = self._open(path)
        token = CSRF_FIELD.search(page)
        if not token:
            raise SetupError(f"no CSRF token in the form at {self.base}{path}")
        return self._open(path, {"csrfmiddlewaretoken": token.group(1).decode(), **fields})

    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.cookies)

    def add_alert_banner(self, title: str, message: str) -> None:
        """Publish a banner shown on every page from now for an hour, through the admin's form."""
        now = datetime.now(ZoneInfo("Europe/London"))
        starts, ends = now - timedelta(minutes=5), now + timedelta(hours=1)
        final_url, page = self._post_form(
            "/admin/pages/alertbanner/add/",
            {
                "severity": "announcement",
                "title": title,
                "message": message,
                "link_url": "",
                "link_text": "",
                "starts_at_0": starts.strftime("%Y-%m-%d"),
                "starts_at_1": starts.strftime("%H:%M:%S"),
                "ends_at_0": ends.strftime("%Y-%m-%d"),
                "ends_at_1": ends.strftime("%H:%M:%S"),
                "_save": "Save",
            },
        )
        if urllib.parse.urlsplit(final_url).path != "/admin/pages/alertbanner/":
            errors = b" ".join(FORM_ERRORS.findall(page))[:500].decode(errors="replace")
            raise SetupError(f"the admin did not save the banner (at {final_url}): {errors}")


# Watching instances while a change is published.


@dataclass(frozen=True)
class Seen:
    started: float
    fresh: bool
    status: int | None
    cache_status: str = ""


@dataclass
class Watcher:
    """Requests the page from one port over and over, noting whether each showed ``text``."""

    name: str
    port: int
    text: str
    seen: list[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._run, daemon=True)
        thread.start()
        return thread

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.monotonic()
            try:
                answer = get(self.port, timeout=5)
                self.seen.append(
                    Seen(
                        started,
                        answer.shows(self.text),
                        answer.status,
                        answer.headers.get("x-cache-status", ""),
                    )
                )
            except (OSError, http.client.HTTPException):
                self.seen.append(Seen(started, False, None))
            time.sleep(0.005)

    def stale_for(self, moment: float) -> float:
        """Seconds from ``moment`` to the start of the last request that did not show the change."""
        stale = self.stale_after(moment)
        return stale[-1].started - moment if stale else 0.0

    def stale_after(self, moment: float) -> list[Seen]:
        return [seen for seen in self.seen if seen.started >= moment and not seen.fresh]

    def asked_after(self, moment: float) -> int:
        return sum(1 for seen in self.seen if seen.started >= moment)


# The round's verdict.


@dataclass
class Round:
    number: int
    topology: str  # "same host" or "other host"
    page_rps: float = 0.0
    static_rps: float = 0.0
    nginx_cached: str = ""
    b_stale_for: float = 0.0
    nginx_stale_for: float = 0.0
    watched: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.page_rps / self.static_rps if self.static_rps else 0.0


def judge_publish(
    result: Round, published_at: float, b: Watcher, nginx: Watcher, a_fresh: bool
) -> None:
    """Same host: the next request anywhere shows it. Other host: within a second, then always."""
    if not a_fresh:
        result.problems.append("instance A did not show its own publish on the next request")
    result.b_stale_for = b.stale_for(published_at)
    result.nginx_stale_for = nginx.stale_for(published_at)
    result.watched = b.asked_after(published_at) + nginx.asked_after(published_at)
    if result.topology == "same host":
        from_when = {"B": published_at, "nginx": published_at}
        promise = "on the next request"
    else:
        settled = published_at + OTHER_HOST_SECONDS
        from_when = {"B": settled, "nginx": settled}
        promise = f"within {OTHER_HOST_SECONDS:g} s"
    for name, watcher in (("B", b), ("nginx", nginx)):
        since = from_when[name]
        if watcher.asked_after(since) == 0:
            result.problems.append(f"{name} was not asked after the publish")
        stale = watcher.stale_after(since)
        if stale:
            first = stale[0]
            result.problems.append(
                f"{name} served the old page {first.started - published_at:+.3f} s after the "
                f"publish (HTTP {first.status}, X-Cache-Status {first.cache_status or '-'}); "
                f"{len(stale)} such answers: it must show the change {promise}"
            )


# The rig.


class Rig:
    """Everything started, in the order it must be stopped; stops it all exactly once."""

    def __init__(self, keep: bool):
        self.folder = Path(tempfile.mkdtemp(prefix="dccs-scale-"))
        self.keep = keep
        self.cleanups: list = []
        self._cleaned = False

    def on_cleanup(self, stop) -> None:
        self.cleanups.append(stop)

    def cleanup(self) -> None:
        """Stop everything, last started first. Each step runs once: if a signal cuts this
        short, the atexit call finishes the steps left."""
        while self.cleanups:
            stop = self.cleanups.pop()
            began = time.monotonic()
            try:
                stop()
            except Exception as error:  # keep stopping the rest
                say(f"while cleaning up: {error}")
            if time.monotonic() - began > 5:
                say(f"cleaning up: {getattr(stop, '__qualname__', stop)} took a while")
        if self._cleaned:
            return
        self._cleaned = True
        if self.keep:
            say(f"kept {self.folder}")
        else:
            shutil.rmtree(self.folder, ignore_errors=True)


def ensure_packages() -> None:
    """nginx with the Lua module, and wrk, from Debian's packages (never starting a service)."""
    have = (
        shutil.which("nginx")
        and (NGINX_MODULES / "ngx_http_lua_module.so").exists()
        and shutil.which("wrk")
    )
    if have:
        return
    if os.geteuid() != 0:
        raise SetupError(
            "needs nginx, its Lua module and wrk: "
            f"sudo apt-get install -y {' '.join(NGINX_PACKAGES)} wrk"
        )
    say(f"installing {' '.join(NGINX_PACKAGES)} wrk with apt-get")
    # Installing nginx would start the system's nginx service (port 80); a
    # policy-rc.d answering 101 tells the package not to, as Debian's images do.
    policy = Path("/usr/sbin/policy-rc.d")
    placed_policy = not policy.exists()
    if placed_policy:
        policy.write_text("#!/bin/sh\n# scripts/scale_demo.py: start no service\nexit 101\n")
        policy.chmod(0o755)
    try:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        log = Path(tempfile.gettempdir()) / "dccs-scale-apt.log"
        run(["apt-get", "update", "-q"], log=log, env=env)
        run(["apt-get", "install", "-y", "-q", *NGINX_PACKAGES, "wrk"], log=log, env=env)
    finally:
        if placed_policy:
            policy.unlink(missing_ok=True)


def port_is_free(port: int) -> bool:
    """Nothing listens there (connections of a previous run in TIME_WAIT don't count)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def postgres(statement: str, admin_url: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(statement)


def empty_redis_database() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5)
    try:
        client.flushdb()
    finally:
        client.close()


def site_environment(folder: Path, database_url: str, generation_file: Path) -> dict[str, str]:
    """Production settings on plain HTTP behind nginx; nothing from the caller's own site config."""
    dropped_prefixes = ("SECURE_", "SESSION_", "CSRF_", "PAGE_CACHE_", "PROXY_PURGE_", "MEDIA_")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "SENTRY_DSN", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}
        and not key.startswith(dropped_prefixes)
    }
    env.update(
        DEBUG="0",
        DJANGO_SETTINGS_MODULE="dccs_site.settings",
        DJANGO_SECRET_KEY=f"scale-demo-{secrets.token_urlsafe(40)}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        # plain HTTP on loopback: no redirect to HTTPS, no Secure-only cookies
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        DATABASE_URL=database_url,
        REDIS_URL=REDIS_URL,
        MEDIA_ROOT=str(folder / "media"),
        STATIC_ROOT=str(folder / "static"),
        PAGE_CACHE_GENERATION_FILE=str(generation_file),
        PROXY_PURGE_URLS=f"http://{HOST}:{NGINX_PORT}{PURGE_PATH}",
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


def gunicorn(name: str, folder: Path, env: dict[str, str], port: int, workers: int) -> Background:
    log = folder / f"gunicorn-{name}.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "dccs_site.wsgi:application",
        f"--workers={workers}",
        "--worker-class=sync",
        f"--bind={HOST}:{port}",
        "--timeout=30",
        "--graceful-timeout=5",
        "--capture-output",
        f"--error-logfile={log}",
    ]
    return Background(command, log, env)


def wait_until_healthy(process: Background, port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.exited() is not None:
            raise SetupError(f"exited with {process.exited()}:\n{tail(process.log)}")
        try:
            if get(port, "/healthz", timeout=2).status == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.2)
    raise SetupError(f"nothing healthy on port {port} after {seconds:.0f}s:\n{tail(process.log)}")


def render_nginx_site(values: dict[str, str]) -> str:
    """deploy/nginx/dccs.conf.template with its {{PLACEHOLDERS}} filled in."""
    text = NGINX_TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    left = sorted(set(re.findall(r"\{\{([A-Z_]+)\}\}", text)))
    if left:
        raise SetupError(f"placeholders left unfilled in {NGINX_TEMPLATE.name}: {left}")
    return text


def nginx(folder: Path, upstream_ports: list[int]) -> Background:
    """nginx from a prefix of its own: configuration, cache, pid, logs and temp files."""
    prefix = folder / "nginx"
    for sub in ("cache", "tmp", "logs"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    site = render_nginx_site(
        {
            "LISTEN": f"{HOST}:{NGINX_PORT}",
            "SERVER_NAME": "127.0.0.1 localhost",
            "UPSTREAM_SERVERS": "\n    ".join(f"server {HOST}:{port};" for port in upstream_ports),
            "CACHE_DIR": str(prefix / "cache"),
            "STATIC_ROOT": str(folder / "static"),
            "PURGE_ALLOW": "allow 127.0.0.1;\n        allow ::1;",
        }
    )
    (prefix / "dccs.conf").write_text(site)
    # Workers run as whoever runs this (as root, nginx would otherwise pick "nobody").
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};" if os.geteuid() == 0 else ""
    temp = prefix / "tmp"
    main = f"""
load_module {NGINX_MODULES}/ndk_http_module.so;
load_module {NGINX_MODULES}/ngx_http_lua_module.so;
{user}
daemon off;
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log {prefix}/logs/access.log combined buffer=256k flush=1s;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {prefix}/dccs.conf;
}}
"""
    (prefix / "nginx.conf").write_text(main)
    command = [
        shutil.which("nginx") or "/usr/sbin/nginx",
        "-p",
        f"{prefix}/",
        "-c",
        str(prefix / "nginx.conf"),
        "-e",
        str(prefix / "logs" / "error.log"),
    ]
    run([*command, "-t"], log=prefix / "logs" / "nginx-t.log")
    return Background(command, prefix / "logs" / "nginx.out", dict(os.environ))


WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_PROBLEMS = re.compile(r"(Non-2xx or 3xx responses: \d+|Socket errors:[^\n]*)")


def wrk(url: str, seconds: float, threads: int, connections: int) -> float:
    result = subprocess.run(  # noqa: S603 (our own command)
        [
            shutil.which("wrk") or "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds:g}s",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=False,
    )
    found = WRK_RPS.search(result.stdout)
    if result.returncode != 0 or not found:
        raise SetupError(f"wrk {url} failed:\n{result.stdout}\n{result.stderr}")
    problems = WRK_PROBLEMS.findall(result.stdout)
    if problems:
        raise SetupError(f"wrk {url}: {'; '.join(problems)}")
    return float(found.group(1))


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
    ensure_packages()
    busy = [port for port in (NGINX_PORT, PORT_A, PORT_B) if not port_is_free(port)]
    if busy:
        raise SetupError(f"ports already in use on {HOST}: {busy}")
    (folder / "media").mkdir()
    database_url = urllib.parse.urlsplit(args.postgres)._replace(path=f"/{DATABASE}").geturl()
    host_1, host_2 = folder / "host-1.generation", folder / "host-2.generation"
    env = site_environment(folder, database_url, host_1)

    say(f"PostgreSQL: creating database {DATABASE}; Redis: emptying {REDIS_URL}")
    postgres(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)', args.postgres)
    postgres(f'CREATE DATABASE "{DATABASE}"', args.postgres)
    rig.on_cleanup(
        lambda: postgres(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)', args.postgres)
    )
    empty_redis_database()
    rig.on_cleanup(empty_redis_database)

    collectstatic = Background(
        [sys.executable, "-c", COLLECT_STATIC_WITHOUT_COMPRESSING],
        folder / "collectstatic.log",
        env,
    )
    rig.on_cleanup(collectstatic.stop)
    collectstatic.start()
    say("migrating and seeding it (collecting static files meanwhile)")
    manage_log = folder / "manage.log"
    run([sys.executable, "manage.py", "migrate", "--noinput"], log=manage_log, cwd=ROOT, env=env)
    run([sys.executable, "manage.py", "seed_site"], log=manage_log, cwd=ROOT, env=env)
    password = secrets.token_urlsafe(24)
    create_publisher = (
        "import os\n"
        "from django.contrib.auth import get_user_model\n"
        "from pages.seed.roles import PUBLISHER, ensure_roles\n"
        "user = get_user_model().objects.create_user(\n"
        "    os.environ['SCALE_PUBLISHER'], password=os.environ['SCALE_PASSWORD'], is_staff=True)\n"
        "user.groups.add(ensure_roles()[PUBLISHER])\n"
    )
    run(
        [sys.executable, "manage.py", "shell", "-c", create_publisher],
        log=manage_log,
        cwd=ROOT,
        env={**env, "SCALE_PUBLISHER": PUBLISHER, "SCALE_PASSWORD": password},
    )
    if collectstatic.wait() != 0:
        raise SetupError(f"collectstatic failed:\n{tail(collectstatic.log)}")
    return {"env": env, "host_1": host_1, "host_2": host_2, "password": password}


def start_instance(
    rig: Rig, name: str, env: dict, generation_file: Path, port: int, workers: int
) -> Background:
    process = gunicorn(
        name, rig.folder, {**env, "PAGE_CACHE_GENERATION_FILE": str(generation_file)}, port, workers
    )
    rig.on_cleanup(process.stop)
    process.start()
    wait_until_healthy(process, port)
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


def stale_time(seconds: float) -> str:
    return f"+{seconds * 1000:.0f} ms" if seconds else "none (fresh on the next request)"


def private_requests_bypass_the_cache(publisher: SignedInPublisher) -> list[str]:
    """A signed-in editor, or a request with credentials, never gets nor leaves a cached copy."""
    problems = []
    cases = {
        "signed in (session cookie)": {"Cookie": publisher.cookie_header()},
        "with an Authorization header": {"Authorization": "Basic c2NhbGU6ZGVtbw=="},
        "with only a CSRF cookie": {"Cookie": "csrftoken=abc"},
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


def summary(
    rounds: list[Round], min_ratio: float, rig_problems: list[str]
) -> tuple[bool, list[str]]:
    lines = [
        "round  B is on      page req/s  static req/s  ratio  last old page: from B  from nginx",
    ]
    for r in rounds:

        def ms(seconds):
            return f"+{seconds * 1000:.0f} ms" if seconds else "none"

        lines.append(
            f"{r.number:>5}  {r.topology:<10} {r.page_rps:>11,.0f}  {r.static_rps:>12,.0f}  "
            f"{r.ratio:>5.2f}  {ms(r.b_stale_for):>21}  {ms(r.nginx_stale_for):>10}"
        )
    ratio = statistics.median(r.ratio for r in rounds)
    ok = not any(r.problems for r in rounds) and not rig_problems
    lines += [f"  {problem}" for problem in rig_problems]
    lines.append(f"median ratio, pages through nginx / a static file from nginx: {ratio:.2f}")
    if ratio < min_ratio:
        ok = False
        lines.append(f"  below the target of {min_ratio:g}")
    for r in rounds:
        lines += [f"  round {r.number}: {problem}" for problem in r.problems]
    return ok, lines


def demonstrate(args: argparse.Namespace, rig: Rig) -> int:
    prepared = prepare(args, rig)
    env = prepared["env"]
    say(f"starting gunicorn A on :{PORT_A} and B on :{PORT_B} (same host: one generation file)")
    start_instance(rig, "A", env, prepared["host_1"], PORT_A, args.workers)
    b = start_instance(rig, "B", env, prepared["host_1"], PORT_B, args.workers)
    proxy = nginx(rig.folder, [PORT_A, PORT_B])
    rig.on_cleanup(proxy.stop)
    proxy.start()
    wait_until_healthy(proxy, NGINX_PORT)
    say(f"nginx on :{NGINX_PORT} in front of both, its cache in {rig.folder / 'nginx' / 'cache'}")
    page_size = len(get(NGINX_PORT).body)
    static, static_size = static_reference(rig.folder, page_size)
    say(f"{PAGE} is {page_size:,} bytes; the static reference {static} is {static_size:,} bytes")
    publisher = SignedInPublisher(PORT_A, PUBLISHER, prepared["password"])
    rig_problems = private_requests_bypass_the_cache(publisher)
    say(
        "signed-in, Authorization and CSRF-cookie requests bypass nginx's cache: "
        + ("yes" if not rig_problems else "NO")
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

    def interrupt(signum, frame):
        raise Interrupted(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)
    rig = Rig(args.keep)
    atexit.register(rig.cleanup)
    try:
        return demonstrate(args, rig)
    except SetupError as error:
        say(f"SETUP FAILED: {error}")
        return 2
    except (KeyboardInterrupt, Interrupted):
        say("interrupted")
        return 130
    finally:
        # A second Ctrl-C must not leave things running half-stopped.
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_IGN)
        rig.cleanup()
        say("stopped everything it had started, and cleaned up after it")


if __name__ == "__main__":
    sys.exit(main())
