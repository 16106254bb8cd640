"""The first view of a page, as Chromium fetches it with an empty cache.

Measures what a new visitor's browser downloads for one page: how many
requests, how many bytes over the wire, from which hosts, and which
resources block rendering. The benchmark imports `measure`; run by hand:

    python scripts/bench/first_view.py http://127.0.0.1:8000/

prints a table and exits 1 when the page is over the limits below (issue
target 5). Bytes are Chromium's own count of what it received for each
response (Playwright's `request.sizes()`): response headers plus the body as
sent, so compressed when the server compressed it.

Render-blocking resources are the ones Chromium itself marks so (the DevTools
protocol's renderBlockingBehavior), plus any inline script in the head.
A browser asks for the favicon on a first view and it is counted; should a
Chromium not ask for it, `measure` loads the page's `<link rel="icon">` in the
same context so it is counted all the same.
"""

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:  # run by hand: import the shared helpers
    sys.path.insert(0, str(ROOT))

from scripts.processes import chromium_launch_args  # noqa: E402

MAX_TRANSFERRED_BYTES = 60 * 1024
MAX_REQUESTS = 5


class _HeadResources(HTMLParser):
    """What a document's markup asks for before it can render, and its icon."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_head = True
        self.blocking: list[tuple[str, str]] = []  # (kind, src) by the markup alone
        self.icon: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = {name: (value or "") for name, value in attrs}
        if tag == "body":
            self.in_head = False
        elif tag == "link":
            rel = attributes.get("rel", "").lower().split()
            if "icon" in rel and self.icon is None:
                self.icon = attributes.get("href")
            if "stylesheet" in rel and attributes.get("media", "all") in ("", "all", "screen"):
                self.blocking.append(("stylesheet", attributes.get("href", "")))
        elif tag == "script" and self.in_head:
            # A classic script in the head without async or defer stops the parser
            # before anything is drawn; modules are deferred by definition.
            deferred = "async" in attributes or "defer" in attributes
            is_module = attributes.get("type", "").lower() == "module"
            is_data = attributes.get("type", "").lower() not in ("", "text/javascript", "module")
            if not (deferred or is_module or is_data):
                self.blocking.append(("script", attributes.get("src") or "(inline script)"))


def _size(request) -> tuple[int, int]:
    """(bytes over the wire: headers + body as sent, body bytes as sent) of one response."""
    try:
        sizes = request.sizes()
    except Exception:  # a request that failed has no response to size
        return 0, 0
    headers = max(sizes.get("responseHeadersSize", 0), 0)
    body = max(sizes.get("responseBodySize", 0), 0)
    return headers + body, body


def _note_blocking(event: dict, blocking: dict[str, str]) -> None:
    """Record a request Chromium says blocks rendering (or the parser, from the body)."""
    behaviour = event.get("renderBlockingBehavior") or event["request"].get(
        "renderBlockingBehavior"
    )
    if behaviour in ("Blocking", "InBodyParserBlocking"):
        kind = {"Script": "script", "Stylesheet": "stylesheet"}.get(event.get("type"), "other")
        blocking[event["request"]["url"]] = kind


def _render_blocking(url, by_markup, by_chromium) -> list[dict]:
    """Chromium's list, plus what the markup shows that is not a request (inline scripts)."""
    found = dict(by_chromium)
    for kind, src in by_markup:
        found.setdefault(urljoin(url, src) if src != "(inline script)" else src, kind)
    return [{"type": kind, "url": address} for address, kind in found.items()]


def _kind(request) -> str:
    kind = request.resource_type
    return {"stylesheet": "css", "script": "js", "image": "image", "font": "font"}.get(kind, kind)


def measure(url: str) -> dict:
    """Open `url` in a fresh Chromium context (empty cache) and account for its first view.

    Returns a dict:
      requests           number of requests (the favicon included)
      transferred_bytes  bytes received: response headers + body as sent (compressed if it was)
      body_bytes         the bodies alone, as sent
      by_type            {"document"/"css"/"js"/"image"/...: {"requests", "transferred_bytes",
                          "body_bytes"}}
      hosts              sorted hosts contacted; third_party_hosts: those other than url's host
      render_blocking    [{"type": "script"|"stylesheet", "url"}] from the document's head:
                         classic scripts without async/defer, and stylesheets (one is normal)
      resources          one row per request: url, type, status, encoding, bytes
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        try:
            return first_view(browser, url)
        finally:
            browser.close()


def first_view(browser, url: str) -> dict:
    """`measure` with a Playwright browser already launched (the browser tests have one)."""
    context = browser.new_context()  # a new profile: nothing cached, no cookies
    try:
        requests = []
        context.on("request", lambda request: requests.append(request))
        page = context.new_page()
        blocking_by_chromium = {}  # url: "script" or "stylesheet"
        devtools = context.new_cdp_session(page)
        devtools.on(
            "Network.requestWillBeSent",
            lambda event: _note_blocking(event, blocking_by_chromium),
        )
        devtools.send("Network.enable")
        response = page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        markup = _HeadResources()
        markup.feed(response.text() if response else "")

        icon = urljoin(page.url, markup.icon) if markup.icon else None
        if icon and not any(request.url == icon for request in requests):
            context.new_page().goto(icon, wait_until="load")

        resources = []
        for request in requests:
            transferred, body = _size(request)
            reply = request.response()
            resources.append(
                {
                    "url": request.url,
                    "type": "image" if request.url == icon else _kind(request),
                    "status": reply.status if reply else None,
                    "encoding": reply.headers.get("content-encoding", "") if reply else "",
                    "transferred_bytes": transferred,
                    "body_bytes": body,
                }
            )
    finally:
        context.close()

    page_host = urlsplit(url).netloc
    hosts = sorted({urlsplit(row["url"]).netloc for row in resources} - {""})
    by_type: dict[str, dict[str, int]] = {}
    for row in resources:
        totals = by_type.setdefault(
            row["type"], {"requests": 0, "transferred_bytes": 0, "body_bytes": 0}
        )
        totals["requests"] += 1
        totals["transferred_bytes"] += row["transferred_bytes"]
        totals["body_bytes"] += row["body_bytes"]
    return {
        "url": url,
        "requests": len(resources),
        "transferred_bytes": sum(row["transferred_bytes"] for row in resources),
        "body_bytes": sum(row["body_bytes"] for row in resources),
        "by_type": by_type,
        "hosts": hosts,
        "third_party_hosts": [host for host in hosts if host != page_host],
        "render_blocking": _render_blocking(url, markup.blocking, blocking_by_chromium),
        "resources": resources,
    }


def failures(result: dict) -> list[str]:
    """Which of issue target 5's limits a `measure` result breaks (empty when it meets them)."""
    problems = []
    if result["transferred_bytes"] > MAX_TRANSFERRED_BYTES:
        problems.append(
            f"{result['transferred_bytes']} bytes transferred, over {MAX_TRANSFERRED_BYTES}"
        )
    if result["requests"] > MAX_REQUESTS:
        problems.append(f"{result['requests']} requests, over {MAX_REQUESTS}")
    if result["third_party_hosts"]:
        problems.append(f"third-party hosts: {', '.join(result['third_party_hosts'])}")
    scripts = [item["url"] for item in result["render_blocking"] if item["type"] == "script"]
    if scripts:
        problems.append(f"render-blocking scripts: {', '.join(scripts)}")
    return problems


def report(result: dict) -> str:
    """The result as a short table, one row per request, then the totals."""
    lines = [f"First view of {result['url']} (bytes: headers + body as sent)"]
    lines.append(f"{'type':<9}{'status':>6}{'encoding':>10}{'body':>9}{'wire':>9}  url")
    for row in result["resources"]:
        lines.append(
            f"{row['type']:<9}{row['status'] or '-':>6}{row['encoding'] or '-':>10}"
            f"{row['body_bytes']:>9}{row['transferred_bytes']:>9}  {row['url']}"
        )
    lines.append(
        f"{'total':<9}{'':>6}{'':>10}{result['body_bytes']:>9}{result['transferred_bytes']:>9}"
        f"  {result['requests']} requests (limits: {MAX_TRANSFERRED_BYTES} bytes,"
        f" {MAX_REQUESTS} requests)"
    )
    lines.append(f"hosts: {', '.join(result['hosts'])}")
    blocking = ", ".join(f"{item['type']} {item['url']}" for item in result["render_blocking"])
    lines.append(f"render-blocking: {blocking or 'none'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: first_view.py URL", file=sys.stderr)
        return 2
    result = measure(args[0])
    print(report(result))
    problems = failures(result)
    for problem in problems:
        print(f"OVER LIMIT: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
