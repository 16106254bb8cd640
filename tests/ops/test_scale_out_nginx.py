"""scripts/scale_out/nginx.py and deploy/nginx/dccs.conf.template: a request with the cookies
of a signed-in editor, named as the site's settings name them, bypasses nginx's cache.

``make scale-demo`` proves it against nginx itself; this checks the names and the map's
pattern without starting anything.
"""

import re

import pytest

from scripts.processes import SetupError, SiteCookies, site_cookies, site_environment
from scripts.scale_out.nginx import private_cookies_pattern, render_nginx_site

PLACEHOLDERS = {
    "LISTEN": "127.0.0.1:8100",
    "SERVER_NAME": "localhost",
    "UPSTREAM_SERVERS": "server 127.0.0.1:8101;",
    "CACHE_DIR": "/var/cache/nginx/dccs",
    "STATIC_ROOT": "/srv/dccs/static",
    "PURGE_ALLOW": "allow 127.0.0.1;",
}


def bypass_pattern(cookie_names) -> re.Pattern:
    """The regular expression of the template's cookie map, as rendered (PCRE; Python's re
    reads this one alike)."""
    site = render_nginx_site(
        {**PLACEHOLDERS, "PRIVATE_COOKIES": private_cookies_pattern(cookie_names)}
    )
    (pattern,) = re.findall(r'^\s*"~(.*)" 1;$', site, re.M)
    return re.compile(pattern)


def test_nginx_bypasses_its_cache_for_the_cookies_production_sets(tmp_path):
    production = site_cookies(site_environment(tmp_path, "sqlite:///unused", label="nginx-map"))
    bypass = bypass_pattern(production.names())

    assert production == SiteCookies("__Host-sessionid", "__Host-csrftoken", "messages")
    for header in (
        "__Host-sessionid=abc",
        "_ga=GA1.1; __Host-sessionid=abc",
        "_ga=GA1.1;__Host-csrftoken=abc",
        "messages=abc",
    ):
        assert bypass.search(header), header
    for header in ("_ga=GA1.1", "x__Host-sessionid=abc", "__Host-sessionidx=abc", "a=sessionid"):
        assert not bypass.search(header), header


def test_a_plain_http_site_keeps_plain_cookie_names_and_nginx_follows(tmp_path):
    env = site_environment(tmp_path, "sqlite:///unused", label="nginx-map", plain_http=True)
    plain = site_cookies(env)

    assert plain == SiteCookies("sessionid", "csrftoken", "messages")
    assert bypass_pattern(plain.names()).search("theme=dark; sessionid=abc")


@pytest.mark.parametrize("names", [[], ["sessionid|.*"], ["a b"], ['x"']])
def test_a_cookie_name_the_map_cannot_take_is_refused(names):
    with pytest.raises(SetupError):
        private_cookies_pattern(names)
