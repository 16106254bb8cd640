#!/usr/bin/env python3
"""The editors' guide's pictures (docs/images/editors/), from the seeded site: make screenshots.

Seeds a scratch SQLite database in a temporary folder, serves the site as production does
(gunicorn, DEBUG off, on plain HTTP), signs in as a Publisher in Chromium at 1366 px wide and
saves a band of each screen the guide shows, the full width of the window, as a small PNG.
Run it after a change to the screens the pictures show, and commit the PNGs; CI does not
run it (tests/browser/test_editors_guide.py checks that the guide's pictures load).

    python scripts/screenshots.py [--keep]
"""

from __future__ import annotations

import argparse
import io
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: import the sibling modules
    sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402 (Pillow comes with fpdf2, a dependency of the site)
from playwright.sync_api import sync_playwright  # noqa: E402

from scripts.processes import (  # noqa: E402
    HOST,
    Rig,
    chromium_launch_args,
    free_port,
    gunicorn,
    migrate_and_seed,
    run,
    say,
    site_environment,
    start_collectstatic,
    wait_until_healthy,
)

PICTURES = ROOT / "docs" / "images" / "editors"
WIDTH, HEIGHT = 1366, 900
MARGIN = 12  # above the part of the screen a picture shows (below: 4, short of the next label)
PUBLISHER = "pat"
MAKE_PUBLISHER = """
from pages.roles import PUBLISHER, give_role
from django.contrib.auth import get_user_model
user = get_user_model().objects.create_user({username!r}, password={password!r},
    first_name="Pat", last_name="Publisher")
give_role(user, PUBLISHER)
"""


def save_picture(page, name: str, first, last=None) -> None:
    """Save the part of the page from ``first`` to ``last`` (or ``first`` alone), with a
    margin, as a palette PNG (a tenth of the size, the same to the eye for these screens).
    Taken in a 1366 px window and kept at its own size: the guide shows it unscaled."""
    scrolled = page.evaluate("window.scrollY")  # boxes are in the window; the clip, the page
    boxes = [first.bounding_box(), (last or first).bounding_box()]
    left = max(min(box["x"] for box in boxes) - MARGIN, 0)
    right = min(max(box["x"] + box["width"] for box in boxes) + MARGIN, WIDTH)
    top = max(boxes[0]["y"] + scrolled - MARGIN, 0)
    bottom = boxes[1]["y"] + scrolled + boxes[1]["height"] + 4
    box = {"x": left, "y": top, "width": right - left, "height": bottom - top}
    shot = page.screenshot(clip=box, full_page=True)
    picture = Image.open(io.BytesIO(shot)).convert("RGB").quantize(colors=128)
    picture.save(PICTURES / name, optimize=True)
    say(f"saved docs/images/editors/{name} ({(PICTURES / name).stat().st_size // 1024} KB)")


def take_pictures(site: str, password: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        page = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}).new_page()
        page.goto(f"{site}/admin/")
        page.get_by_label("Username").fill(PUBLISHER)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("heading", name="Editing the website").wait_for()

        # The editing bar on a draft, as the guide's "Change a page" describes it.
        page.goto(f"{site}/about/")
        page.locator(".cms-toolbar").get_by_role("link", name="New draft").click()
        page.mouse.move(WIDTH // 2, HEIGHT - 10)  # no hover on the bar
        toolbar = page.locator(".cms-toolbar")
        save_picture(
            page,
            "toolbar-draft.png",
            toolbar.get_by_role("link", name="Create"),
            toolbar.get_by_role("link", name="Schedule…"),
        )

        # The publication form's document section, with the PDF box.
        page.goto(f"{site}/admin/publications/publicationcontent/add/")
        document = page.get_by_role("group", name="The document")
        document.scroll_into_view_if_needed()
        save_picture(page, "publication-pdf.png", document, document.locator(".field-file"))

        # The alert banner form's times: a day and a time, the end left empty.
        page.goto(f"{site}/admin/pages/alertbanner/add/")
        row = "xpath=ancestor::div[contains(@class, 'form-row')][1]"
        shown_from = page.get_by_role("group", name="Shown from (London time)").locator(row)
        until = page.get_by_role("group", name="Shown until (London time, optional)")
        save_picture(page, "alert-banner-times.png", shown_from, until.locator(row))
        browser.close()


def make_pictures(rig: Rig) -> int:
    port = free_port()
    site = f"http://{HOST}:{port}"
    env = site_environment(
        rig.folder,
        f"sqlite:///{rig.folder / 'db.sqlite3'}",
        label="screenshots",
        plain_http=True,
        SITE_URL=site,
    )
    say("seeding a scratch database and collecting the static files")
    collecting = start_collectstatic(rig, env)
    migrate_and_seed(env, rig.folder / "manage.log")
    password = secrets.token_urlsafe(16)
    run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            MAKE_PUBLISHER.format(username=PUBLISHER, password=password),
        ],
        log=rig.folder / "manage.log",
        env=env,
        timeout=120,
    )
    collecting.wait_for_success()
    server = rig.start(gunicorn("screenshots", rig.folder, env, workers=2, port=port))
    wait_until_healthy(server)
    say(f"the seeded site answers at {site}")
    PICTURES.mkdir(parents=True, exist_ok=True)
    take_pictures(site, password)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    args = parser.parse_args(argv)
    return Rig("dccs-screenshots-", keep=args.keep).run(make_pictures)


if __name__ == "__main__":
    sys.exit(main())
