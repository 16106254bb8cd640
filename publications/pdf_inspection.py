"""Check that an upload really is a readable PDF, and count its pages.

The bytes are checked here; the parsing (pypdf) runs in a child process with a
time limit and a memory limit, so a malformed or looping file cannot hang or
exhaust a web worker. (pypdf has no timeout of its own, and signal-based
timeouts only work in the main thread.) The child is ``python -m
publications.pdf_worker``.
"""

import codecs
import hashlib
import json
import subprocess
import sys
import tempfile
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

from publications.formatting import format_file_size

# What other kinds of file start with, to say what an upload really is.
SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive (or a Word, Excel or PowerPoint file)"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office document"),
    (b"{\\rtf", "a Rich Text Format (RTF) document"),
    (b"%!PS", "a PostScript file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"#!", "a script"),
)
TEXT_SIGNATURES = (
    ("<svg", "an SVG image"),
    ("<?xml", "an XML or SVG file"),
    ("<!doctype html", "a web page (HTML)"),
    ("<html", "a web page (HTML)"),
    ("<script", "a script"),
)
PLAIN_TEXT = "plain text"


@dataclass(frozen=True)
class PdfFacts:
    """What the site works out from a stored PDF."""

    size: int
    pages: int


def describe_non_pdf(head: bytes) -> str | None:
    """What the first bytes of a file that is not a PDF look like ("a PNG image", "plain
    text"), or None if they look like nothing known.

    >>> describe_non_pdf(b"Minutes of the meeting")
    'plain text'
    """
    for signature, description in SIGNATURES:
        if head.startswith(signature):
            return description
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").decode("latin-1").lower()
    for signature, description in TEXT_SIGNATURES:
        if opening.startswith(signature):
            return description
    return PLAIN_TEXT if as_text(head) is not None else None


def as_text(head: bytes) -> str | None:
    """The first bytes of a file read as text (UTF-8, UTF-16 with its mark, or Windows'
    own encoding), or None if they are not text: something other than printable
    characters and white space. The last character may be cut short."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="ignore")
    else:
        try:
            text = head.decode("utf-8")
        except UnicodeDecodeError as error:
            cut_short = error.reason == "unexpected end of data"
            if cut_short:
                text = head[: error.start].decode("utf-8")
            else:
                try:
                    text = head.decode("cp1252")
                except UnicodeDecodeError:
                    return None
    text = text.lstrip("\ufeff")
    if not text.strip():
        return None
    if all(character.isprintable() or character.isspace() for character in text):
        return text
    return None


def not_a_pdf(head: bytes) -> ValidationError:
    """The refusal of a file that is not a PDF, saying what it looks like if that is known."""
    description = describe_non_pdf(head)
    looks_like = f": it looks like {description}" if description else ""
    return ValidationError(
        f"This file is not a PDF{looks_like}. Save it as a PDF and upload it again.",
        code="not_pdf",
    )


def read_all(upload) -> bytes:
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return data


def inspect_pdf(upload) -> PdfFacts:
    """Return the PDF's size and page count, or raise ValidationError saying what is wrong."""
    limit = settings.PUBLICATIONS_MAX_UPLOAD_BYTES
    size = upload.size
    if not size:
        raise ValidationError("The file is empty. Choose the PDF again.", code="empty")
    if size > limit:
        raise ValidationError(
            f"The file is {format_file_size(size)}; the largest file accepted is "
            f"{format_file_size(limit)}.",
            code="too_large",
        )
    data = read_all(upload)
    if not data.startswith(b"%PDF-"):
        raise not_a_pdf(data[:512])
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(
            "The PDF is incomplete (it has no end-of-file marker): it may have been cut short "
            "while it was downloaded or copied. Upload the complete file.",
            code="truncated",
        )
    return PdfFacts(size=size, pages=count_pages_in_child(data))


# Page counts of files that passed the check, by their digest and the limits they passed under.
_counted: OrderedDict[tuple, int] = OrderedDict()
COUNTED_KEPT = 128


def count_pages_in_child(data: bytes) -> int:
    """The page count, read by a child process with its own time and memory limits.

    The same bytes always give the same count, so a file that passed once (the seed
    run again, the same PDF uploaded twice) is not read again in a new child.
    """
    key = (
        hashlib.blake2b(data, digest_size=20).digest(),
        settings.PUBLICATIONS_PDF_CHECK_MEMORY_BYTES,
        settings.PUBLICATIONS_PDF_CHECK_SECONDS,
    )
    if key in _counted:
        _counted.move_to_end(key)
        return _counted[key]
    pages = _count_pages(data)
    _counted[key] = pages
    if len(_counted) > COUNTED_KEPT:
        _counted.popitem(last=False)
    return pages


def _count_pages(data: bytes) -> int:
    timeout = settings.PUBLICATIONS_PDF_CHECK_SECONDS
    with tempfile.NamedTemporaryFile(suffix=".pdf") as copy:
        copy.write(data)
        copy.flush()
        try:
            result = subprocess.run(  # noqa: S603 (our own interpreter and module)
                [
                    sys.executable,
                    "-m",
                    "publications.pdf_worker",
                    copy.name,
                    str(settings.PUBLICATIONS_PDF_CHECK_MEMORY_BYTES),
                    str(timeout),
                ],
                capture_output=True,
                timeout=timeout,
                check=False,
                cwd=settings.BASE_DIR,
            )
        except subprocess.TimeoutExpired:
            raise ValidationError(
                "Checking the PDF took too long, so it may be damaged. Save it again as a PDF "
                "and upload the new copy.",
                code="timeout",
            ) from None
    try:
        answer = json.loads(result.stdout)
    except ValueError:
        answer = {"error": "unreadable"}
    if "pages" in answer and result.returncode == 0:
        return int(answer["pages"])
    if answer.get("error") == "encrypted":
        raise ValidationError(
            "The PDF is protected by a password, so it cannot be opened by everyone. Upload a "
            "copy without a password.",
            code="encrypted",
        )
    raise ValidationError(
        "The PDF could not be read: it may be damaged. Save it again as a PDF and upload the "
        "new copy.",
        code="unreadable",
    )
