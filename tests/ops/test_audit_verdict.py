"""scripts/audit_verdict.py and scripts/audit.sh: a dependency audit that can fail.

The samples are shaped like pip-audit 2.x's ``--format json`` and npm 10's
``npm audit --json``, including what both say from this machine, where the
vulnerability services cannot be reached.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.audit_verdict import NOT_PERFORMED, npm_audit_verdict, pip_audit_verdict

ROOT = Path(__file__).resolve().parents[2]
EDITABLE = {"name": "dccs-site", "skip_reason": "distribution marked as editable"}


def not_found(name, version):
    return {
        "name": name,
        "skip_reason": (
            f"Dependency not found on PyPI and could not be audited: {name} ({version})"
        ),
    }


PIP_VULNERABLE = json.dumps(
    {
        "dependencies": [
            EDITABLE,
            {"name": "asgiref", "version": "3.13.0", "vulns": []},
            {
                "name": "django",
                "version": "5.2.1",
                "vulns": [
                    {"id": "PYSEC-2025-47", "fix_versions": ["4.2.22", "5.1.10", "5.2.2"]},
                    {"id": "GHSA-xxxx-yyyy-zzzz", "fix_versions": []},
                ],
            },
        ],
        "fixes": [],
    }
)
PIP_UNREACHABLE = json.dumps(
    {
        "dependencies": [EDITABLE, not_found("asgiref", "3.13.0"), not_found("django", "5.2.19")],
        "fixes": [],
    }
)
PIP_CLEAN = json.dumps(
    {
        "dependencies": [
            EDITABLE,
            {"name": "asgiref", "version": "3.13.0", "vulns": []},
            {"name": "django", "version": "5.2.19", "vulns": []},
        ],
        "fixes": [],
    }
)
PIP_PARTIAL = json.dumps(
    {
        "dependencies": [
            {"name": "django", "version": "5.2.19", "vulns": []},
            not_found("in-house-package", "1.0"),
        ],
        "fixes": [],
    }
)
PIP_OSV_CRASH = (
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.osv.dev', port=443): "
    "Max retries exceeded with url: /v1/query (Caused by NameResolutionError(...))"
)

NPM_NO_RUNTIME_PACKAGES = json.dumps(
    {
        "auditReportVersion": 2,
        "vulnerabilities": {},
        "metadata": {
            "vulnerabilities": {"info": 0, "low": 0, "moderate": 0, "high": 0, "critical": 0},
            "dependencies": {"prod": 1, "dev": 24, "optional": 18, "total": 24},
        },
    }
)
NPM_HIGH = json.dumps(
    {
        "auditReportVersion": 2,
        "vulnerabilities": {
            "govuk-frontend": {"name": "govuk-frontend", "severity": "high", "isDirect": True},
            "tiny-dep": {"name": "tiny-dep", "severity": "moderate", "isDirect": False},
        },
        "metadata": {
            "vulnerabilities": {"moderate": 1, "high": 1, "critical": 0, "total": 2},
            "dependencies": {"prod": 3, "dev": 0, "total": 2},
        },
    }
)
NPM_MODERATE_ONLY = json.dumps(
    {
        "auditReportVersion": 2,
        "vulnerabilities": {"tiny-dep": {"name": "tiny-dep", "severity": "moderate"}},
        "metadata": {
            "vulnerabilities": {"moderate": 1, "high": 0, "critical": 0, "total": 1},
            "dependencies": {"prod": 3, "dev": 0, "total": 2},
        },
    }
)
NPM_ENDPOINT_REFUSED = json.dumps(
    {
        "message": "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
        "method": "POST",
        "statusCode": 405,
        "body": "",
        "error": {"summary": "", "detail": ""},
    }
)
NPM_NO_LOCKFILE = json.dumps(
    {"error": {"code": "ENOLOCK", "summary": "This command requires an existing lockfile."}}
)


def test_a_vulnerability_fails_and_says_which_and_the_fix():
    verdict = pip_audit_verdict(PIP_VULNERABLE)

    assert verdict.exit_status == 1
    assert "  django 5.2.1: PYSEC-2025-47 (fixed in: 4.2.22, 5.1.10, 5.2.2)" in verdict.lines
    assert "  django 5.2.1: GHSA-xxxx-yyyy-zzzz (fixed in: no fixed version yet)" in verdict.lines


def test_nothing_audited_for_want_of_the_service_passes_but_says_so_loudly():
    verdict = pip_audit_verdict(PIP_UNREACHABLE)

    assert verdict.exit_status == 0
    assert any(NOT_PERFORMED in line for line in verdict.lines)
    assert any("none of the 2 packages" in line for line in verdict.lines)


def test_nothing_audited_fails_when_the_service_is_required():
    assert pip_audit_verdict(PIP_UNREACHABLE, require_service=True).exit_status == 1


def test_a_clean_audit_passes_quietly():
    verdict = pip_audit_verdict(PIP_CLEAN)

    assert verdict.exit_status == 0
    assert verdict.lines == ["2 Python package(s) audited: no known vulnerabilities"]


def test_a_partial_audit_passes_and_names_what_was_not_audited():
    verdict = pip_audit_verdict(PIP_PARTIAL)

    assert verdict.exit_status == 0
    assert not any(NOT_PERFORMED in line for line in verdict.lines)
    assert "!! in-house-package" in verdict.lines


def test_pip_audit_stopped_by_the_network_is_not_performed_but_any_other_crash_fails():
    assert pip_audit_verdict("", PIP_OSV_CRASH).exit_status == 0
    assert any(NOT_PERFORMED in line for line in pip_audit_verdict("", PIP_OSV_CRASH).lines)
    assert pip_audit_verdict("", "ValueError: bad requirement").exit_status == 1
    assert pip_audit_verdict(json.dumps({"dependencies": []})).exit_status == 1


def test_npm_high_advisories_fail_and_moderate_ones_do_not():
    failed = npm_audit_verdict(NPM_HIGH)

    assert failed.exit_status == 1
    assert "  govuk-frontend: high" in failed.lines
    assert "  tiny-dep: moderate" not in failed.lines
    assert npm_audit_verdict(NPM_MODERATE_ONLY).exit_status == 0


def test_npm_says_when_there_is_nothing_to_audit():
    verdict = npm_audit_verdict(NPM_NO_RUNTIME_PACKAGES)

    assert verdict.exit_status == 0
    assert "no runtime packages" in verdict.lines[0]


def test_npm_advisory_service_refused_is_not_performed_and_other_errors_fail():
    refused = npm_audit_verdict(NPM_ENDPOINT_REFUSED)

    assert refused.exit_status == 0
    assert any(NOT_PERFORMED in line for line in refused.lines)
    assert npm_audit_verdict(NPM_ENDPOINT_REFUSED, require_service=True).exit_status == 1
    assert npm_audit_verdict(NPM_NO_LOCKFILE).exit_status == 1
    assert npm_audit_verdict("npm ERR! something").exit_status == 1


def stand_in(folder: Path, name: str, output: str, exit_status: int) -> str:
    """An executable that prints ``output`` and exits with ``exit_status``, as the tool would."""
    (folder / f"{name}.out").write_text(output)
    script = folder / name
    script.write_text(f'#!/bin/sh\ncat "{folder / name}.out"\nexit {exit_status}\n')
    script.chmod(0o755)
    return str(script)


@pytest.mark.parametrize(
    ("pip_output", "pip_status", "npm_output", "npm_status", "expected"),
    [
        (PIP_VULNERABLE, 1, NPM_NO_RUNTIME_PACKAGES, 0, 1),
        (PIP_UNREACHABLE, 0, NPM_NO_RUNTIME_PACKAGES, 0, 0),
        (PIP_CLEAN, 0, NPM_NO_RUNTIME_PACKAGES, 0, 0),
        (PIP_CLEAN, 0, NPM_HIGH, 1, 1),
        (PIP_UNREACHABLE, 0, NPM_ENDPOINT_REFUSED, 1, 0),
    ],
    ids=["pip-vulnerable", "pip-unreachable", "clean", "npm-high", "both-unreachable"],
)
def test_audit_script_fails_exactly_when_a_verdict_does(
    tmp_path, pip_output, pip_status, npm_output, npm_status, expected
):
    env = {
        **os.environ,
        "PIP_AUDIT": stand_in(tmp_path, "pip-audit", pip_output, pip_status),
        "NPM": stand_in(tmp_path, "npm", npm_output, npm_status),
        "AUDIT_PYTHON": sys.executable,
    }
    env.pop("AUDIT_REQUIRE_SERVICE", None)

    result = subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / "audit.sh")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == expected, result.stdout + result.stderr
    if pip_output == PIP_UNREACHABLE:
        assert NOT_PERFORMED in result.stdout
