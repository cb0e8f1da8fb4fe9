#!/usr/bin/env bash
# Runs every test suite of TuyenGiao: unit, architecture, integration (on SQLite and on a
# throwaway PostgreSQL cluster) and browser tests. Installs what is missing first (as root):
# Debian's postgresql and chromium. Prints a summary per suite and ends with the line
# "N passed, N failed[, N skipped]". Exit code 1 when a test failed or a suite did not run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/.test-output"

# --- what the suites need from the machine --------------------------------------------------
missing=()
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  missing+=(postgresql)
fi
if [[ ! -x /usr/bin/chromium ]]; then
  missing+=(chromium)
fi
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "Missing Debian packages: ${missing[*]}." >&2
    echo "Run this script as root to install them, or install them yourself: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "== Installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# --- build once -----------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Throwaway PostgreSQL clusters live under one folder; whatever is still running there when this
# script ends (a test host killed before its clean-up) is stopped and the folder removed.
TG_PG_ROOT=$(mktemp -d /tmp/tg-test-pg.XXXXXX)
chmod 755 "$TG_PG_ROOT"
export TG_PG_ROOT
stop_test_clusters() {
  local data pg_ctl
  pg_ctl=$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort | tail -n 1 || true)
  for data in "$TG_PG_ROOT"/tg-pg-*/data; do
    [[ -f "$data/postmaster.pid" && -n "$pg_ctl" ]] || continue
    if [[ $(id -u) -eq 0 ]]; then
      runuser -u postgres -- "$pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    else
      "$pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$TG_PG_ROOT"
}
trap stop_test_clusters EXIT
echo "== dotnet tool restore"
dotnet tool restore
# Directory.Build.props makes every warning an error (TreatWarningsAsErrors).
echo "== dotnet build TuyenGiao.slnx -c Release"
dotnet build TuyenGiao.slnx -c Release

# --- run every suite, whatever happened to the previous one --------------------------------
rm -rf "$out"
mkdir -p "$out"
suites=(UnitTests ArchitectureTests IntegrationTests BrowserTests)
for suite in "${suites[@]}"; do
  project="tests/TuyenGiao.$suite/TuyenGiao.$suite.csproj"
  echo "== $suite"
  set +e
  # A test that hangs is stopped after 5 minutes and reported, instead of eating the CI budget.
  dotnet test "$project" -c Release --no-build \
    --logger "trx;LogFileName=$suite.trx" --results-directory "$out" \
    --blame-hang-timeout 5m --blame-hang-dump-type none \
    2>&1 | tee "$out/$suite.log"
  rc=${PIPESTATUS[0]}
  set -e
  echo "$rc" >"$out/$suite.rc"
done

# --- summary --------------------------------------------------------------------------------
python3 - "$out" "${suites[@]}" <<'PY'
import os
import re
import sys
import xml.etree.ElementTree as ET

out, suites = sys.argv[1], sys.argv[2:]
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
total = {"passed": 0, "failed": 0, "skipped": 0}
broken = []
engines = {"Sqlite": 0, "Postgres": 0}

print()
print("==================== Test summary ====================")
for suite in suites:
    trx = os.path.join(out, suite + ".trx")
    rc = int(open(os.path.join(out, suite + ".rc")).read().strip() or "1")
    log = open(os.path.join(out, suite + ".log"), encoding="utf-8", errors="replace").read()
    if not os.path.exists(trx):
        # A project without tests yet runs nothing and may write no results file.
        if rc == 0 and re.search(r"No test (is available|matches)", log):
            print(f"{suite:<18} no tests yet")
            continue
        print(f"{suite:<18} CRASHED: no results file (exit code {rc}); see .test-output/{suite}.log")
        broken.append(suite)
        continue

    root = ET.parse(trx).getroot()
    classes = {}
    for test in root.iterfind(".//t:UnitTest", ns):
        method = test.find("t:TestMethod", ns)
        classes[test.get("id")] = method.get("className") if method is not None else ""
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    failures = []
    for result in root.iterfind(".//t:Results/t:UnitTestResult", ns):
        outcome = result.get("outcome")
        if outcome == "Passed":
            key = "passed"
        elif outcome in ("NotExecuted", "Inconclusive", "Pending", "Disconnected", "Warning"):
            key = "skipped"
        else:
            key = "failed"
            failures.append(result.get("testName"))
        counts[key] += 1
        if suite == "IntegrationTests" and key != "skipped":
            cls = classes.get(result.get("testId"), "").rsplit(".", 1)[-1]
            for engine in engines:
                if cls.endswith("_" + engine):
                    engines[engine] += 1

    # A crash after some tests ran (test host died) leaves a trx with an error and a non-zero exit.
    summary = root.find("t:ResultSummary", ns)
    aborted = summary is not None and summary.get("outcome") in ("Aborted", "Error") and counts["failed"] == 0
    if rc != 0 and counts["failed"] == 0:
        aborted = True
    if sum(counts.values()) == 0 and rc == 0:
        print(f"{suite:<18} no tests yet")
        continue
    line = f"{suite:<18} {counts['passed']} passed, {counts['failed']} failed"
    if counts["skipped"]:
        line += f", {counts['skipped']} skipped"
    if aborted:
        line += f"  (the run did not finish cleanly, exit code {rc}; see .test-output/{suite}.log)"
        broken.append(suite)
    print(line)
    for name in failures:
        print(f"    FAILED {name}")
    for k in total:
        total[k] += counts[k]

print(f"Integration tests: {engines['Sqlite']} on SQLite, {engines['Postgres']} on PostgreSQL")
if "IntegrationTests" not in broken and (engines["Sqlite"] == 0 or engines["Postgres"] == 0):
    print("Integration tests must run on both SQLite and PostgreSQL; one of them ran nothing.")
    broken.append("IntegrationTests")
if broken:
    print("Suites that did not run to the end: " + ", ".join(broken))
last = f"{total['passed']} passed, {total['failed']} failed"
if total["skipped"]:
    last += f", {total['skipped']} skipped"
print(last)
sys.exit(1 if total["failed"] or broken else 0)
PY
