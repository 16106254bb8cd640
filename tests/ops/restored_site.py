"""What a restored site answers: run by the restore drill in a process of its own.

``python -m tests.ops.restored_site REPORT.json`` with DATABASE_URL and
MEDIA_ROOT pointing at the restore. It asks the site, through Django's test
client, for every seeded page and for one publication's PDF, and writes what
came back to REPORT.json for tests/ops/test_backup_restore.py to judge.
"""

import hashlib
import html
import json
import re
import sys

import django


def heading(page: str) -> str:
    """The text of the page's <h1>, tags dropped, entities decoded."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    text = re.sub(r"<[^>]+>", "", found.group(1)) if found else ""
    return " ".join(html.unescape(text).split())


def main(report_path: str) -> None:
    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    from pages.seed.content import SEED_PAGES
    from publications.models import PublicationContent

    setup_test_environment()  # lets the test client's "testserver" in
    client = Client()
    pages = {}
    for seed in SEED_PAGES:
        response = client.get(seed.path)
        pages[seed.path] = {
            "status": response.status_code,
            "heading": heading(response.content.decode()),
        }
    publication = PublicationContent.objects.newest_first().first()
    response = client.get(publication.get_download_url())
    body = b"".join(response.streaming_content) if response.streaming else response.content
    report = {
        "pages": pages,
        "download": {
            "file": publication.file.name,
            "status": response.status_code,
            "content_type": response.get("Content-Type"),
            "starts_with": body[:5].decode("latin-1"),
            "sha256": hashlib.sha256(body).hexdigest(),
        },
    }
    with open(report_path, "w", encoding="utf-8") as output:
        json.dump(report, output, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
