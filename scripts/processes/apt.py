"""Debian's packages a rig needs (nginx and its Lua module, wrk), installed when missing."""

import os
import shutil
from pathlib import Path

from scripts.processes.groups import SetupError, run, say


def apt_install(packages: list[str], log: Path) -> None:
    """Debian's packages, without starting any service they bring; SetupError if it cannot."""
    names = " ".join(packages)
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SetupError(f"needs {names}: sudo apt-get install -y {names}")
    say(f"installing {names} with apt-get")
    # A package such as nginx would start its service (port 80); a policy-rc.d
    # answering 101 tells it not to, as Debian's container images do.
    policy = Path("/usr/sbin/policy-rc.d")
    placed_policy = not policy.exists()
    if placed_policy:
        policy.write_text("#!/bin/sh\n# scripts/processes/apt.py: start no service\nexit 101\n")
        policy.chmod(0o755)
    try:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        apt = ["apt-get", "-o", "DPkg::Lock::Timeout=120"]
        run([*apt, "update", "-q"], log=log, env=env)
        run([*apt, "install", "-y", "-q", *packages], log=log, env=env)
    finally:
        if placed_policy:
            policy.unlink(missing_ok=True)
