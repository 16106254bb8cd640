"""The editors' guide (docs/editors.md), shown to signed-in staff at /admin/guide/.

The guide is written once, in Markdown, for the repository and for the admin alike:
markdown-it-py renders it (no raw HTML passes through), its headings get the anchors
GitHub gives them (so the contents list works in both places), and its screenshots
(docs/images/editors/) are served by ``guide_image``. The "Checked by:" line that ends
each section names the browser test that walks its steps: it is for developers, so the
admin leaves it out.
"""

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.contrib import admin
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

IMAGES = "images/editors/"
CHECKED_BY = "Checked by:"


def guide_path() -> Path:
    return Path(settings.BASE_DIR) / "docs" / "editors.md"


def images_folder() -> Path:
    return guide_path().parent / IMAGES


def _images_from_the_view(state) -> None:
    """A markdown-it core rule: the guide's own images are fetched from ``guide_image``."""
    for token in state.tokens:
        for child in token.children or ():
            source = child.attrGet("src") if child.type == "image" else None
            if source and source.startswith(IMAGES):
                name = source.removeprefix(IMAGES)
                child.attrSet("src", reverse("staff_guide_image", args=[name]))


def _without_checked_by(state) -> None:
    """A markdown-it core rule: leave out the paragraphs that name a section's test."""
    tokens, kept = state.tokens, []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if (
            token.type == "paragraph_open"
            and index + 2 < len(tokens)
            and tokens[index + 1].content.startswith(CHECKED_BY)
        ):
            index += 3  # paragraph_open, inline, paragraph_close
            continue
        kept.append(token)
        index += 1
    state.tokens = kept


def markdown() -> MarkdownIt:
    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    renderer.use(anchors_plugin, min_level=2, max_level=3)
    renderer.core.ruler.push("guide_images", _images_from_the_view)
    renderer.core.ruler.push("guide_without_checked_by", _without_checked_by)
    return renderer


@lru_cache(maxsize=4)
def _rendered(path: Path, modified: float) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.lstrip("# ").strip(), markdown().render(body)


def rendered_guide() -> tuple[str, str]:
    """The guide's title (its first line) and its body as HTML; read again when it changes."""
    path = guide_path()
    return _rendered(path, path.stat().st_mtime)


def guide_view(request):
    title, body = rendered_guide()
    context = {**admin.site.each_context(request), "title": title, "guide": body}
    return TemplateResponse(request, "staff/guide.html", context)


def guide_image(request, name):
    """One of the guide's screenshots (a PNG in docs/images/editors/), to staff only."""
    path = images_folder() / name
    if path.parent != images_folder() or path.suffix != ".png" or not path.is_file():
        raise Http404("No such picture in the editors' guide.")
    return FileResponse(path.open("rb"), content_type="image/png")
