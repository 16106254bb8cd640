"""The names of a publication's files: where its PDF is stored, what staff see, what a
download is called. No name a browser or a script sent is ever used as a path::

    stored_file_name(publication, "../../report.pdf")  # "publications/<32 hex digits>.pdf"
    shown_file_name("C:\\Users\\me\\report\u202efdp.exe")  # "reportfdp.exe"
    download_name("Annual report (final).pdf", "annual-report")  # "Annual_report_final.pdf"
    staff_download_name("Annual report (final).pdf", "annual-report")  # as it was uploaded
"""

import os
import re
import uuid

from django.core.exceptions import SuspiciousFileOperation
from django.utils.text import get_valid_filename


def stored_file_name(instance, filename):
    """A generated name: the uploaded name is never used as a path."""
    return f"publications/{uuid.uuid4().hex}.pdf"


def shown_file_name(name: str) -> str:
    """The uploaded file's own name, as staff see it: no folders, no invisible characters.

    Django cleans a browser's upload this way; a file added by a script (an
    import) is not, and a right-to-left override (U+202E) in "report<U+202E>fdp.exe"
    would make it read as "reportexe.pdf".
    """
    name = re.split(r"[/\\]", name or "")[-1]
    return "".join(character for character in name if character.isprintable())[:255]


def download_name(original_filename: str, fallback: str) -> str:
    """A safe file name for the download, ending in .pdf.

    Only letters, digits, "-", "_" and "." are kept from the uploaded name; a
    name with none of them ("<>.pdf", which Django accepts) gets the fallback.
    """
    stem = os.path.splitext(os.path.basename(original_filename or ""))[0]
    try:
        safe = get_valid_filename(stem)[:100] if stem.strip(" ._") else ""
    except SuspiciousFileOperation:  # nothing of the name was left to use
        safe = ""
    return f"{safe or fallback}.pdf"


def staff_download_name(original_filename: str, fallback: str) -> str:
    """The uploaded file's own name, for staff opening a version's or an earlier file:
    cleaned as staff see it (``shown_file_name``), ending in .pdf. (Django quotes it in
    Content-Disposition; the public download keeps the stricter ``download_name``.)"""
    name = shown_file_name(original_filename).strip()
    if not name.strip(" ._"):
        return f"{fallback}.pdf"
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"
