"""Fixes to libraries' static files, carried by the project until the libraries ship them.

Each ``StaticPatch`` names the static paths it mends (shell-style patterns: django CMS
puts its version in its bundles' paths), the code it replaces and why. The finder
``PatchedLibraryFinder``, placed before ``AppDirectoriesFinder`` in
``STATICFILES_FINDERS``, answers for those paths with a patched copy of the library's
own file, written under ``STATIC_PATCHES_ROOT``: the development server, the live
server of the browser tests and ``collectstatic`` all serve the patched file, and an
upgraded library is patched afresh, never replaced by a stale copy.

A patch that no longer finds its code (the library changed or fixed it) leaves the
file as the library ships it, and ``manage.py check`` warns (``dccs_site.W001``) that
the patch can go.

To carry one more fix, add a ``StaticPatch`` to ``PATCHES``::

    StaticPatch(
        reason="what goes wrong, and where upstream tracks it",
        paths=("someapp/js/dist/*/bundle.min.js",),
        pattern=re.compile(r"the code as the library ships it"),
        replacement=r"the code as it should be",
    )
"""

import os
import re
import tempfile
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import AppDirectoriesFinder
from django.core import checks
from django.core.files.storage import FileSystemStorage


@dataclass(frozen=True)
class StaticPatch:
    """One fix to one piece of code, in every library static file whose path matches."""

    reason: str
    paths: tuple[str, ...]
    pattern: re.Pattern
    replacement: str

    def applies_to(self, path: str) -> bool:
        return any(fnmatchcase(path, candidate) for candidate in self.paths)

    def apply(self, text: str) -> tuple[str, int]:
        """The text with the fix made, and how many times the code was found."""
        return self.pattern.subn(self.replacement, text)


# A minifier's name for a variable.
_NAME = r"[\w$]+"

PATCHES = (
    StaticPatch(
        reason=(
            "jQuery 1.11.3, bundled into djangocms-admin-style's and django CMS's scripts, "
            "probes for the focusin event by setting an onfocusin attribute on a <div>. "
            "Chromium treats that as an inline event handler, which the staff "
            "Content-Security-Policy refuses, and logs an error on every admin and toolbar "
            "page. The probe reads `expando`, which only Internet Explorer 8 and earlier "
            "have: everywhere else its answer is false, so the patch gives that answer "
            "without setting the attribute."
        ),
        paths=(
            "djangocms_admin_style/js/dist/bundle.adminstyle.min.js",
            "cms/js/dist/*/bundle.admin.base.min.js",
            "cms/js/dist/*/bundle.toolbar.min.js",
        ),
        # (div.setAttribute(name,"t"),support[event+"Bubbles"]=!1===div.attributes[name].expando)
        pattern=re.compile(
            rf"\((?P<div>{_NAME})\.setAttribute\((?P<name>{_NAME}),\"t\"\),"
            rf"(?P<support>{_NAME}\[{_NAME}\+\"Bubbles\"\])="
            rf"(?:!1===(?P=div)\.attributes\[(?P=name)\]\.expando"
            rf"|(?P=div)\.attributes\[(?P=name)\]\.expando===!1)\)"
        ),
        replacement=r"(\g<support>=!1)",
    ),
    StaticPatch(
        reason=(
            "Django's popup_response.js hands a saved object back to the window that opened "
            "the pop-up (window.opener). django CMS opens the same admin forms (page "
            "settings, advanced settings) in its modal, an <iframe> with no opener, so "
            'saving one threw "Cannot read properties of null (reading '
            "'dismissChangeRelatedObjectPopup')\". The modal sees the response itself and "
            "closes; the patch hands the object back only when there is an opener."
        ),
        paths=("admin/js/popup_response.js",),
        pattern=re.compile(r"\bswitch\s*\(\s*initData\.action\s*\)"),
        replacement="if (window.opener) switch (initData.action)",
    ),
    StaticPatch(
        reason=(
            "Django 5.2's date and time shortcuts (admin/js/admin/DateTimeShortcuts.js) put "
            '"Choose a Date" / "Choose a Time" only in a title on an empty <span> inside each '
            "calendar and clock link, so the links have no name (axe-core: link-name) on every "
            "form with an admin date field, the closures form among them. Django names them "
            "from 6.1 (ticket #36459); until then the patch names each link with the same words."
        ),
        paths=("admin/js/admin/DateTimeShortcuts.js",),
        pattern=re.compile(
            r"quickElement\(\s*'span', (?P<link>\w+_link), '',\s*'class', '(?:date|clock)-icon',"
            r"\s*'title', (?P<label>gettext\('[^']+'\))\s*\);"
        ),
        replacement=r"\g<link>.setAttribute('aria-label', \g<label>);\n            \g<0>",
    ),
)


class PatchedLibraryFinder(AppDirectoriesFinder):
    """Finds the apps' static files that ``PATCHES`` mend, and answers with patched copies.

    Listed before ``AppDirectoriesFinder`` in ``STATICFILES_FINDERS``, so the patched
    copy is the one served and collected; every other file is left to the finders after it.
    """

    def __init__(self, app_names=None, *args, patches=PATCHES, root=None, **kwargs):
        super().__init__(app_names, *args, **kwargs)
        self.patches = patches
        self.root = Path(root or settings.STATIC_PATCHES_ROOT)
        self.patched_storage = FileSystemStorage(location=self.root)
        # library file -> (its mtime and size, the patched copy or None)
        self._made: dict[str, tuple[tuple[int, int], Path | None]] = {}

    def patches_for(self, path: str) -> list[StaticPatch]:
        return [patch for patch in self.patches if patch.applies_to(path)]

    # RemovedInDjango61Warning: `**kwargs` takes the old `all` argument until Django 6.1.
    def find(self, path, find_all=False, **kwargs):
        if kwargs:
            find_all = self._check_deprecated_find_param(find_all=find_all, **kwargs)
        # A miss is [] in both modes, as Django's own finders answer: ``finders.find`` turns a
        # None into [None], which WhiteNoise's development finder then tries to stat.
        if not self.patches_for(path):
            return []
        source = super().find(path)
        patched = self.patched_copy(path, source) if source else None
        if not patched:
            return []
        return [str(patched)] if find_all else str(patched)

    def list(self, ignore_patterns):
        seen = set()
        for path, storage in super().list(ignore_patterns):
            if path in seen or not self.patches_for(path):
                continue
            seen.add(path)  # as collectstatic does: the first app's file is the one used
            if self.patched_copy(path, storage.path(path)):
                yield path, self.patched_storage

    def patched_copy(self, path: str, source: str) -> Path | None:
        """The library's file at ``source`` with its patches made, written under the root;
        None when no patch finds its code there (the file is served as it is)."""
        stat = os.stat(source)
        stamp = (stat.st_mtime_ns, stat.st_size)
        made = self._made.get(source)
        if made and made[0] == stamp and (made[1] is None or made[1].exists()):
            return made[1]
        text = Path(source).read_text(encoding="utf-8")
        found = 0
        for patch in self.patches_for(path):
            text, times = patch.apply(text)
            found += times
        target = self.root / path if found else None
        if target and not (target.exists() and target.read_text(encoding="utf-8") == text):
            write_atomically(target, text)
        self._made[source] = (stamp, target)
        return target

    def check(self, **kwargs):
        """Warn about a patch whose code is no longer in any file it names: the library has
        changed (perhaps fixed it), and the patch should be looked at and removed."""
        found = {patch: False for patch in self.patches}
        for path, storage in super().list(None):
            for patch in self.patches_for(path):
                with storage.open(path) as stream:
                    text = stream.read().decode("utf-8")
                found[patch] = found[patch] or bool(patch.pattern.search(text))
        return [
            checks.Warning(
                "A static file patch no longer finds the code it mends.",
                hint=f"Check whether the library fixed it, then remove the patch "
                f"from dccs_site/static_patches.py: {patch.reason}",
                obj=", ".join(patch.paths),
                id="dccs_site.W001",
            )
            for patch, was_found in found.items()
            if not was_found
        ]


def write_atomically(target: Path, text: str) -> None:
    """Write beside the target, then rename: a server reading it sees the old or new file whole
    (the browser tests of several runs may share one root)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        os.fchmod(handle, 0o644)  # as any other static file, not mkstemp's owner-only
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
