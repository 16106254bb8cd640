#!/usr/bin/env python3
"""Decide what a dependency audit's JSON report means; scripts/audit.sh runs it.

Both audits pass silently when they could audit nothing at all, which would
make them checks that cannot fail. From this machine, pypi.org's JSON API
answers 404 and api.osv.dev does not resolve, so pip-audit reports every
package as "not found on PyPI and could not be audited" and exits 0; npm's
bulk advisory endpoint answers 405. So for each report:

- any known vulnerability (for npm: high or critical): exit 1, naming each;
- nothing audited because the service was unreachable: exit 0 with a loud
  "dependency audit NOT performed" banner (exit 1 with ``--require-service``,
  for a machine that can reach the services);
- pip-audit: some packages audited, some not: exit 0, naming those not audited;
- everything audited, nothing found: exit 0;
- no usable report for any other reason: exit 1.

Standard library only, so any Python runs it::

    audit_verdict.py pip-audit --report REPORT.json [--errors STDERR.txt] [--require-service]
    audit_verdict.py npm-audit --report REPORT.json [--require-service]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

NOT_PERFORMED = (
    "dependency audit NOT performed: vulnerability service unreachable from this machine"
)
# What pip-audit's stderr says when it stops for want of the network (e.g. the OSV service).
UNREACHABLE_SIGNS = (
    "ConnectionError",
    "Max retries exceeded",
    "NameResolutionError",
    "Name or service not known",
    "Temporary failure in name resolution",
    "Connection refused",
    "timed out",
)
NPM_NETWORK_ERRORS = {"ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"}
NPM_FAILING_SEVERITIES = ("critical", "high")


@dataclass
class Verdict:
    exit_status: int
    lines: list[str]


def banner(*lines: str) -> list[str]:
    rule = "!" * 78
    return [rule, *(f"!! {line}" for line in lines), rule]


def not_performed(tool: str, reason: str, require_service: bool) -> Verdict:
    lines = banner(f"{tool}: {NOT_PERFORMED}", reason, "No known vulnerability was looked for.")
    return Verdict(1 if require_service else 0, lines)


def pip_audit_verdict(
    report_text: str, errors_text: str = "", require_service: bool = False
) -> Verdict:
    """The verdict on one ``pip-audit --format json`` run, from its output and its stderr."""
    try:
        dependencies = json.loads(report_text)["dependencies"]
    except (ValueError, KeyError, TypeError):
        if any(sign in errors_text for sign in UNREACHABLE_SIGNS):
            return not_performed("pip-audit", "It stopped: it could not connect.", require_service)
        return Verdict(1, ["pip-audit gave no report:", *errors_text.strip().splitlines()[-5:]])

    vulnerable = [dep for dep in dependencies if dep.get("vulns")]
    audited = [dep for dep in dependencies if "vulns" in dep]
    unaudited = [
        dep
        for dep in dependencies
        # an editable install of the project itself (pip-audit --local --skip-editable) is no gap
        if "skip_reason" in dep and "editable" not in dep["skip_reason"]
    ]

    if vulnerable:
        lines = [f"dependency audit FAILED: {len(vulnerable)} Python package(s) vulnerable"]
        for dep in vulnerable:
            for vuln in dep["vulns"]:
                fixes = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
                lines.append(f"  {dep['name']} {dep['version']}: {vuln['id']} (fixed in: {fixes})")
        return Verdict(1, lines)
    if not audited and unaudited:
        return not_performed(
            "pip-audit",
            f"It could check none of the {len(unaudited)} packages "
            f'("{unaudited[0]["skip_reason"]}").',
            require_service,
        )
    if not audited:
        return Verdict(1, ["pip-audit listed no packages: nothing was audited"])
    lines = [f"{len(audited)} Python package(s) audited: no known vulnerabilities"]
    if unaudited:
        lines += banner(
            f"{len(unaudited)} Python package(s) could NOT be audited:",
            ", ".join(dep["name"] for dep in unaudited),
        )
    return Verdict(0, lines)


def npm_audit_verdict(report_text: str, require_service: bool = False) -> Verdict:
    """The verdict on one ``npm audit --json`` run: high and critical advisories fail."""
    try:
        report = json.loads(report_text)
    except ValueError:
        return Verdict(1, ["npm audit gave no report"])
    if not isinstance(report, dict):
        return Verdict(1, ["npm audit gave no report"])
    if "vulnerabilities" not in report:
        error = report.get("error") or {}
        code = error.get("code", "") if isinstance(error, dict) else ""
        message = report.get("message") or (error.get("summary") if code else "") or code
        if "statusCode" in report or code in NPM_NETWORK_ERRORS:
            return not_performed(
                "npm audit", f"The advisory service answered: {message}", require_service
            )
        return Verdict(1, ["npm audit failed:", json.dumps(report)[:500]])

    metadata = report.get("metadata", {})
    counts = metadata.get("vulnerabilities", {})
    failing = [
        f"  {name}: {advisory.get('severity')}"
        for name, advisory in report["vulnerabilities"].items()
        if advisory.get("severity") in NPM_FAILING_SEVERITIES
    ]
    if failing:
        heading = "dependency audit FAILED: npm packages with high or critical advisories:"
        return Verdict(1, [heading, *failing])
    # npm counts the project itself among "prod"; with --omit=dev that is all it audits.
    audited = max(metadata.get("dependencies", {}).get("prod", 0) - 1, 0)
    if not audited:
        return Verdict(0, ["npm audit: no runtime packages to audit (all are devDependencies)"])
    summary = ", ".join(f"{severity} {count}" for severity, count in counts.items())
    return Verdict(
        0, [f"npm audit: {audited} runtime package(s), no high or critical advisories ({summary})"]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Decide what a dependency audit report means.")
    parser.add_argument("tool", choices=["pip-audit", "npm-audit"])
    parser.add_argument("--report", required=True, help="the tool's JSON output")
    parser.add_argument("--errors", help="the tool's stderr (pip-audit)")
    parser.add_argument(
        "--require-service",
        action="store_true",
        help="fail when the vulnerability service cannot be reached",
    )
    args = parser.parse_args(argv)
    with open(args.report, encoding="utf-8", errors="replace") as report:
        report_text = report.read()
    errors_text = ""
    if args.errors:
        with open(args.errors, encoding="utf-8", errors="replace") as errors:
            errors_text = errors.read()
    if args.tool == "pip-audit":
        verdict = pip_audit_verdict(report_text, errors_text, args.require_service)
    else:
        verdict = npm_audit_verdict(report_text, args.require_service)
    print("\n".join(verdict.lines), flush=True)
    return verdict.exit_status


if __name__ == "__main__":
    sys.exit(main())
