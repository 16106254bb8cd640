#!/usr/bin/env bash
# Known vulnerabilities in the dependencies: `make audit`, and a CI step.
#
# Python: pip-audit checks every package pinned in the dev lock, which holds the
# production lock's pins at the same versions plus the dev tools (scripts/lock.py);
# it reads the pins and hashes and installs nothing. JavaScript: npm audit checks
# the runtime (non-dev) packages.
# scripts/audit_verdict.py reads each JSON report: any Python vulnerability, or
# a high or critical npm advisory, fails; a service that could not be reached
# means nothing was audited, which it says in a loud banner
# (AUDIT_REQUIRE_SERVICE=1 makes that fail too). Both audits run, then the
# script fails if either did.
#
# PIP_AUDIT, NPM and AUDIT_PYTHON name the tools (tests/ops put stand-ins there);
# AUDIT_LOCK names another lock to audit.
set -euo pipefail
cd "$(dirname "$0")/.."
pip_audit="${PIP_AUDIT:-.venv/bin/pip-audit}"
npm="${NPM:-npm}"
python="${AUDIT_PYTHON:-.venv/bin/python}"
lock="${AUDIT_LOCK:-requirements/dev.txt}"
verdict=("$python" scripts/audit_verdict.py)
if [ "${AUDIT_REQUIRE_SERVICE:-0}" = 1 ]; then verdict+=(--require-service); fi

report="$(mktemp)"
errors="$(mktemp)"
trap 'rm -f "$report" "$errors"' EXIT

echo "--- Python packages: pip-audit -r $lock ---"
# Both tools exit non-zero when they find something; the verdict reads the report either way.
"$pip_audit" --requirement "$lock" --require-hashes --disable-pip --format json \
  --progress-spinner off >"$report" 2>"$errors" || true
python_status=0
"${verdict[@]}" pip-audit --report "$report" --errors "$errors" || python_status=$?

echo "--- JavaScript packages: npm audit --omit=dev ---"
"$npm" audit --omit=dev --json >"$report" 2>"$errors" || true
npm_status=0
"${verdict[@]}" npm-audit --report "$report" || npm_status=$?

if [ "$python_status" -ne 0 ] || [ "$npm_status" -ne 0 ]; then
  echo "dependency audit FAILED (Python: exit $python_status, npm: exit $npm_status)"
  exit 1
fi
