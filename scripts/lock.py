#!/usr/bin/env python3
"""The pinned dependencies in requirements/: `make lock` writes them, `make lock-check` checks them.

pyproject.toml names ranges; the locks pin every package, dependencies of dependencies
included, to one version with the hashes of its files, so that every machine and every
deploy installs the same thing:

- requirements/dev.txt: development and the tests (the ``dev`` and ``s3`` extras);
  ``make install`` installs it.
- requirements/prod.txt: what production runs (the dependencies and the ``s3`` extra, no
  dev tools); the README's "Deploying" installs it. It is resolved with dev.txt as its
  constraints, so production runs exactly the versions the tests ran.

Both are for CPython 3.11 on Linux x86_64, the machines this site is built on and
deployed to. pip-tools' pip-compile resolves them::

    lock.py write [PIP-COMPILE ARGS]   # re-resolve, keeping every pin pyproject.toml still
                                       # allows (make lock; LOCK_ARGS=--upgrade, or
                                       # LOCK_ARGS="-P django" for one package)
    lock.py check                      # fail, saying what, when the locks and pyproject.toml
                                       # disagree: each package pyproject.toml names must be
                                       # pinned at a version it allows, and a fresh resolve
                                       # must give the same pins and hashes (needs PyPI)
    lock.py check --offline            # only what needs no network (make install runs it)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

# packaging is imported where it is used: it comes with pip-tools, which `make lock` may
# have to install before it can read a lock.
if TYPE_CHECKING:
    from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
DEV = "requirements/dev.txt"
PROD = "requirements/prod.txt"
# Which extras of pyproject.toml each lock holds, beside the dependencies themselves.
EXTRAS = {DEV: ("dev", "s3"), PROD: ("s3",)}
PIP_COMPILE_OPTIONS = [
    "--quiet",
    "--generate-hashes",
    # pip and setuptools too: with --require-hashes, pip installs nothing that is not pinned
    "--allow-unsafe",
    # constraints-compatible, so dev.txt can constrain prod.txt
    "--strip-extras",
    # this machine's own indexes and wheel folders stay out of the lock
    "--no-emit-options",
]
FIX = "run `make lock` and commit requirements/"


@dataclass(frozen=True)
class Pin:
    version: str
    hashes: tuple[str, ...] = field(default=())
    marker: str = ""


def parse_lock(text: str) -> dict[str, Pin]:
    """A pip-compile output's pins by canonical name; ValueError for anything not pinned with ==."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins: dict[str, Pin] = {}
    for line in text.replace("\\\n", " ").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("-"):
            raise ValueError(
                f"the lock has an option line, which pip-compile should not write: {line}"
            )
        parts = line.split(" #", 1)[0].split()
        hashes = tuple(
            sorted(part.split("=", 1)[1] for part in parts if part.startswith("--hash="))
        )
        requirement = Requirement(" ".join(part for part in parts if not part.startswith("--")))
        specifiers = list(requirement.specifier)
        if len(specifiers) != 1 or specifiers[0].operator != "==":
            raise ValueError(f"not pinned with ==: {requirement}")
        marker = str(requirement.marker) if requirement.marker else ""
        pins[canonicalize_name(requirement.name)] = Pin(specifiers[0].version, hashes, marker)
    return pins


def asked_for(pyproject: dict, extras: tuple[str, ...]) -> list[tuple[str, Requirement]]:
    """What pyproject.toml names for the dependencies plus these extras, as written and parsed,
    where it applies on this interpreter (its marker holds)."""
    from packaging.requirements import Requirement

    project = pyproject["project"]
    texts = list(project.get("dependencies", []))
    for extra in extras:
        texts += project.get("optional-dependencies", {}).get(extra, [])
    parsed = [(text, Requirement(text)) for text in texts]
    return [(text, r) for text, r in parsed if r.marker is None or r.marker.evaluate({"extra": ""})]


def unpinned(
    pyproject: dict, extras: tuple[str, ...], pins: dict[str, Pin], lock: str
) -> list[str]:
    """Each package pyproject.toml names that the lock does not pin, or pins outside its range."""
    from packaging.utils import canonicalize_name

    problems = []
    for text, requirement in asked_for(pyproject, extras):
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(
                f'{lock}: pyproject.toml asks for "{text}"; the lock does not pin {name}'
            )
        elif not requirement.specifier.contains(pins[name].version, prereleases=True):
            problems.append(
                f'{lock}: pyproject.toml asks for "{text}"; '
                f"the lock pins {name}=={pins[name].version}, outside that range"
            )
    return problems


def prod_not_in_dev(prod: dict[str, Pin], dev: dict[str, Pin]) -> list[str]:
    """Each production pin that the tests do not run at the same version."""
    problems = []
    for name, pin in sorted(prod.items()):
        if name not in dev:
            problems.append(f"{PROD} pins {name}=={pin.version}; {DEV} does not pin {name}")
        elif dev[name].version != pin.version:
            problems.append(
                f"{PROD} pins {name}=={pin.version}; {DEV} pins {name}=={dev[name].version}"
            )
    return problems


def changes(committed: dict[str, Pin], resolved: dict[str, Pin]) -> list[tuple]:
    """(name, pin before or None, pin after or None) for each package whose pin differs."""
    names = sorted(committed.keys() | resolved.keys())
    return [
        (name, committed.get(name), resolved.get(name))
        for name in names
        if committed.get(name) != resolved.get(name)
    ]


def disagreements(lock: str, committed: dict[str, Pin], resolved: dict[str, Pin]) -> list[str]:
    """What a fresh resolve of pyproject.toml changes in a committed lock, a line per package."""
    lines = []
    for name, old, new in changes(committed, resolved):
        if old is None:
            lines.append(
                f"{lock}: {name}: pyproject.toml now needs {name}=={new.version}; not pinned"
            )
        elif new is None:
            lines.append(
                f"{lock}: {name}: pinned at {old.version}; pyproject.toml no longer needs it"
            )
        elif old.version != new.version:
            lines.append(
                f"{lock}: {name}: pinned at {old.version}; "
                f"resolving pyproject.toml gives {new.version}"
            )
        elif old.marker != new.marker:
            lines.append(
                f"{lock}: {name}: marker '{old.marker}'; a fresh resolve gives '{new.marker}'"
            )
        else:
            lines.append(f"{lock}: {name}=={old.version}: its hashes differ from a fresh resolve")
    return lines


def summary(lock: str, before: dict[str, Pin], after: dict[str, Pin]) -> list[str]:
    """What `make lock` changed in one lock, a line per package."""
    lines = []
    for name, old, new in changes(before, after):
        if old is None:
            lines.append(f"{lock}: + {name}=={new.version}")
        elif new is None:
            lines.append(f"{lock}: - {name}=={old.version}")
        elif old.version != new.version:
            lines.append(f"{lock}: {name} {old.version} -> {new.version}")
        else:
            lines.append(f"{lock}: {name}=={old.version}: new hashes or marker")
    return lines


def read_pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)


def read_pins(path: Path) -> dict[str, Pin]:
    return parse_lock(path.read_text(encoding="utf-8"))


def refuse_other_interpreters() -> None:
    """Exit unless this is the venv's CPython 3.11 on linux x86_64: pip-compile resolves for
    the interpreter it runs on, and pip-tools goes into the venv."""
    if sys.prefix == sys.base_prefix:
        sys.exit("lock.py: run it with the venv's python (make lock, make lock-check)")
    if (
        sys.implementation.name != "cpython"
        or sys.version_info[:2] != (3, 11)
        or sys.platform != "linux"
        or platform.machine() != "x86_64"
    ):
        here = (
            f"{platform.python_implementation()} {platform.python_version()} "
            f"on {sys.platform} {platform.machine()}"
        )
        sys.exit(f"lock.py: the locks are for CPython 3.11 on linux x86_64; this is {here}")


def pip_compile() -> Path:
    """The venv's pip-compile; pip-tools at pyproject.toml's dev range if it is not there yet."""
    executable = Path(sys.executable).parent / "pip-compile"
    if not executable.exists():
        spec = next(
            text
            for text in read_pyproject()["project"]["optional-dependencies"]["dev"]
            if text.startswith("pip-tools")
        )
        print(f"lock.py: installing {spec} into {sys.prefix}", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", spec], check=True)  # noqa: S603
    return executable


def resolve(dev: Path, prod: Path, dev_args: list[str]) -> None:
    """pip-compile pyproject.toml into dev, then into prod with dev as its constraints. A file
    already at either path is pip-compile's starting point: it keeps each pin still allowed."""
    executable = pip_compile()
    env = {**os.environ, "CUSTOM_COMPILE_COMMAND": "make lock"}
    steps = [
        [*(f"--extra={extra}" for extra in EXTRAS[DEV]), *dev_args, f"--output-file={dev}"],
        [
            *(f"--extra={extra}" for extra in EXTRAS[PROD]),
            f"--constraint={dev}",
            f"--output-file={prod}",
        ],
    ]
    for step in steps:
        command = [str(executable), *PIP_COMPILE_OPTIONS, *step, "pyproject.toml"]
        result = subprocess.run(  # noqa: S603
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip().splitlines()
            message = ["lock.py: pip-compile could not resolve pyproject.toml:", *output[-25:]]
            sys.exit("\n".join(message))


def committed_locks() -> tuple[dict[str, dict[str, Pin]], list[str]]:
    """The committed locks' pins, and what is wrong with them that needs no network to see."""
    pyproject = read_pyproject()
    pins: dict[str, dict[str, Pin]] = {}
    problems: list[str] = []
    for lock in (DEV, PROD):
        path = ROOT / lock
        if not path.exists():
            problems.append(f"{lock} is missing")
            continue
        try:
            pins[lock] = read_pins(path)
        except ValueError as error:
            problems.append(f"{lock}: {error}")
            continue
        problems += unpinned(pyproject, EXTRAS[lock], pins[lock], lock)
    if len(pins) == 2:
        problems += prod_not_in_dev(pins[PROD], pins[DEV])
    return pins, problems


def check(offline: bool) -> int:
    pins, problems = committed_locks()
    if not offline and len(pins) == 2:
        refuse_other_interpreters()
        with tempfile.TemporaryDirectory(prefix="lock-check-") as folder:
            fresh = {lock: Path(folder) / Path(lock).name for lock in (DEV, PROD)}
            for lock, path in fresh.items():
                shutil.copyfile(ROOT / lock, path)
            resolve(fresh[DEV], fresh[PROD], [])
            for lock, path in fresh.items():
                problems += disagreements(lock, pins[lock], read_pins(path))
    if problems:
        print("The locks and pyproject.toml disagree:")
        print("\n".join(f"  {problem}" for problem in problems))
        print(f"To fix: {FIX}.")
        return 1
    if offline:
        print(f"{DEV} and {PROD} pin what pyproject.toml asks for (not re-resolved).")
    else:
        print(f"{DEV} and {PROD} match a fresh resolve of pyproject.toml.")
    return 0


def write(dev_args: list[str]) -> int:
    refuse_other_interpreters()
    (ROOT / "requirements").mkdir(exist_ok=True)
    before = {lock: read_pins(ROOT / lock) if (ROOT / lock).exists() else {} for lock in EXTRAS}
    # relative to ROOT, where pip-compile runs: the annotations name the files as the repo does
    resolve(Path(DEV), Path(PROD), dev_args)
    lines = []
    for lock in (DEV, PROD):
        lines += summary(lock, before[lock], read_pins(ROOT / lock))
    print("\n".join(lines) if lines else "make lock: no pin changed.")
    return check(offline=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    write_parser = commands.add_parser("write", help="re-resolve pyproject.toml into the locks")
    write_parser.add_argument(
        "pip_compile_args", nargs=argparse.REMAINDER, help="e.g. --upgrade, or -P django"
    )
    check_parser = commands.add_parser(
        "check", help="fail if the locks and pyproject.toml disagree"
    )
    check_parser.add_argument(
        "--offline", action="store_true", help="skip the fresh resolve (which needs PyPI)"
    )
    args = parser.parse_args(argv)
    if args.command == "write":
        return write(args.pip_compile_args)
    return check(args.offline)


if __name__ == "__main__":
    sys.exit(main())
