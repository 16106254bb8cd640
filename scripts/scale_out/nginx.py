"""nginx in front of the app instances, as deploy/nginx/dccs.conf.template configures it.

It runs as the current user from a prefix of its own in the rig's folder: its
configuration, cache, pid file and logs; the system's nginx service is neither
started nor touched. Debian's nginx and its Lua module (which empties the
cache on a publish) are installed with apt-get when missing.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from scripts.processes import HOST, ROOT, ProcessGroup, SetupError, apt_install, run

NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "dccs.conf.template"
NGINX_MODULES = Path("/usr/lib/nginx/modules")
NGINX_PACKAGES = ["nginx", "libnginx-mod-http-lua"]
PURGE_PATH = "/_dccs/purge-cache"


def ensure_packages(log: Path) -> None:
    """nginx with the Lua module, and wrk, from Debian's packages (never starting a service)."""
    have = (
        shutil.which("nginx")
        and (NGINX_MODULES / "ngx_http_lua_module.so").exists()
        and shutil.which("wrk")
    )
    if not have:
        apt_install([*NGINX_PACKAGES, "wrk"], log)


def render_nginx_site(values: dict[str, str]) -> str:
    """deploy/nginx/dccs.conf.template with its {{PLACEHOLDERS}} filled in."""
    text = NGINX_TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    left = sorted(set(re.findall(r"\{\{([A-Z_]+)\}\}", text)))
    if left:
        raise SetupError(f"placeholders left unfilled in {NGINX_TEMPLATE.name}: {left}")
    return text


# A cookie name as the site's settings may give it (letters, digits, "_" and "-", as in
# "__Host-sessionid"): nothing that would mean something else in the map's pattern.
COOKIE_NAME = re.compile(r"[A-Za-z0-9_-]+")


def private_cookies_pattern(names: Iterable[str]) -> str:
    """The names of the cookies that keep a request out of nginx's cache, for its map."""
    names = list(names)
    wrong = [name for name in names if not COOKIE_NAME.fullmatch(name)]
    if not names or wrong:
        raise SetupError(f"cookie names the nginx map cannot take: {wrong or names}")
    return "|".join(names)


def nginx(
    folder: Path, port: int, upstream_ports: list[int], private_cookies: Iterable[str]
) -> ProcessGroup:
    """nginx on ``port``, from a prefix of its own: configuration, cache, pid, logs, temp files.

    ``private_cookies``: the names of the cookies the site sets for signed-in staff and forms
    (``scripts.processes.site_cookies(env).names()``); a request with any of them bypasses
    the cache.
    """
    prefix = folder / "nginx"
    for sub in ("cache", "tmp", "logs"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    site = render_nginx_site(
        {
            "LISTEN": f"{HOST}:{port}",
            "SERVER_NAME": "127.0.0.1 localhost",
            "UPSTREAM_SERVERS": "\n    ".join(f"server {HOST}:{up};" for up in upstream_ports),
            "CACHE_DIR": str(prefix / "cache"),
            "STATIC_ROOT": str(folder / "static"),
            "PURGE_ALLOW": "allow 127.0.0.1;\n        allow ::1;",
            "PRIVATE_COOKIES": private_cookies_pattern(private_cookies),
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
    return ProcessGroup("nginx", command, prefix / "logs" / "nginx.out", dict(os.environ), port)
