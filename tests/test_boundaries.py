"""Dependencies point one way (docs/architecture.md): checked on the source, so a new import
that breaks a boundary fails here rather than in a reviewer's head."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What each app may import of the others; the project package (dccs_site) imports any app.
ALLOWED = {
    "pages": {"publications", "contacts"},
    # Indexes publications; reads the pages' words as the CMS renders them, never their models.
    "search": {"publications"},
    # The rate limit's client address.
    "feedback": {"client_address"},
    # Its admin list shows what is scheduled (reviews/schedules.py).
    "publications": {"reviews"},
    "contacts": set(),
    "site_cache": set(),
    # Review requests for anything djangocms-versioning versions: knows no app of ours.
    "reviews": set(),
    # Staff accounts: the roles are pages' policy (pages/roles.py).
    "staff": {"pages"},
    "client_address": set(),
    "admin_changelists": set(),
    "day_and_time": set(),
    "rich_text": set(),
}
# Small libraries of the project's own that import no app: any app may use them.
LIBRARIES = {"client_address", "admin_changelists", "day_and_time", "rich_text"}
PROJECT = {"dccs_site", *ALLOWED}
DOTTED = re.compile(r"(?P<part>{})(\.\w+)+".format("|".join(sorted(PROJECT))))


def modules(package: str):
    for path in sorted((ROOT / package).rglob("*.py")):
        if "migrations" not in path.parts:
            yield path


def project_parts_named(path: Path) -> set[str]:
    """The project's parts a module imports, or names in a dotted string (import_string...)."""
    source = path.read_text()
    named = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            named |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            named.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (match := DOTTED.fullmatch(node.value))  # a dotted path or a model's label
        ):
            named.add(match.group("part"))
    return named & PROJECT


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_part_imports_only_what_it_may(package):
    may = ALLOWED[package] | {package} | (LIBRARIES if package not in LIBRARIES else set())
    crossings = {
        str(path.relative_to(ROOT)): sorted(named - may)
        for path in modules(package)
        if (named := project_parts_named(path)) - may
    }
    assert crossings == {}


def test_the_check_reads_imports_and_dotted_strings(tmp_path):
    module = tmp_path / "example.py"
    module.write_text(
        "from dccs_site.cache import x\nimport pages.models\nPATH = 'site_cache.fast_path.M'\n"
    )
    assert project_parts_named(module) == {"dccs_site", "pages", "site_cache"}


def test_every_app_of_this_project_has_its_rule():
    from django.conf import settings

    ours = {app for app in settings.INSTALLED_APPS if (ROOT / app / "apps.py").is_file()}

    assert ours - set(ALLOWED) == set()
    assert {"pages", "search", "feedback"} <= ours
