"""The browser's launch: the benchmark's first view and the browser tests start Chromium alike.

Playwright cannot download its own browser here, so both use Debian's
(/usr/bin/chromium; CHROMIUM_PATH overrides)::

    browser = playwright.chromium.launch(**chromium_launch_args())
"""

import os
import shutil

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_launch_args() -> dict:
    """Playwright's ``chromium.launch`` arguments: Debian's Chromium, headless, quiet."""
    return {"executable_path": CHROMIUM, "args": list(CHROMIUM_FLAGS)}
