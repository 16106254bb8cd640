"""Small, valid PDFs that stand in for documents whose real files the site does not have."""

import re
from functools import lru_cache
from html import unescape

from fpdf import FPDF

# The PDF core fonts cover Latin-1 only: write typographic characters plainly.
PLAIN = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "↑": "up", "↓": "down"}
)


def plain_text(text: str) -> str:
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


def html_to_lines(html: str) -> list[tuple[str, str]]:
    """The HTML body as (style, text) lines: headings bold, list items bulleted."""
    html = re.sub(r"</(p|h[2-6]|li|tr|caption)>", "\n", html)
    html = re.sub(r"<li[^>]*>", "\x00li", html)
    html = re.sub(r"<h[2-6][^>]*>", "\x00h", html)
    html = re.sub(r"</t[dh]>", "  ", html)
    lines = []
    for raw in unescape(re.sub(r"<[^>]+>", "", html)).split("\n"):
        text = " ".join(raw.split())
        if not text.strip("\x00lih"):
            continue
        if text.startswith("\x00h"):
            lines.append(("heading", text[2:].strip()))
        elif text.startswith("\x00li"):
            lines.append(("item", "- " + text[3:].strip()))
        else:
            lines.append(("text", text.replace("\x00li", "").replace("\x00h", "")))
    return lines


@lru_cache(maxsize=64)  # the same words make the same bytes: a second seed need not lay them out
def stand_in_pdf(title: str, note: str, body_html: str = "") -> bytes:
    """A PDF with a title page (saying what it stands in for) and, if given, the full text."""
    pdf = FPDF(format="A4")
    pdf.set_title(plain_text(title))
    pdf.set_author("City of London Corporation: Community and Children's Services")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, plain_text(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 7, plain_text(note), new_x="LMARGIN", new_y="NEXT")
    if body_html:
        pdf.add_page()
        for style, text in html_to_lines(body_html):
            if style == "heading":
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", 13)
            else:
                pdf.set_font("Helvetica", size=11)
            pdf.multi_cell(0, 6, plain_text(text), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
