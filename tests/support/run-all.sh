#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, stopping at the first failing stage.
# 1. the system: Chromium, poppler-utils and PostgreSQL's binaries (installed when running as root with apt,
#    otherwise a stop within seconds naming the packages), then each stage below.
# Ends with a summary per stage and, alone on the last line, the tests counted across all stages:
# `N passed, N failed, N skipped`. Leaves nothing behind: temporary folders (PGlite data, PostgreSQL
# clusters, browser profiles) live in one folder removed on exit, and test-results/ is kept only on failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

export NEXT_TELEMETRY_DISABLED=1
system=$(bash tests/support/system-deps.sh) || exit 1
eval "$system"
if [ ! -x node_modules/.bin/vitest ]; then
  echo "node_modules is missing or incomplete: run \`npm ci\` first." >&2
  exit 1
fi

run_tmp=$(mktemp -d /tmp/objection-test-XXXXXX)
# Traversable: as root, the throwaway PostgreSQL clusters inside it run as the postgres user.
chmod 711 "$run_tmp"
trap 'rm -rf "$run_tmp"' EXIT
trap 'exit 130' INT TERM
results="$run_tmp/results"
mkdir -p "$results"
export TMPDIR="$run_tmp"

json() { echo "--reporter=default --reporter=json --outputFile.json=$results/$1.json"; }
export PLAYWRIGHT_JSON_OUTPUT_FILE="$results/e2e.json" PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json"

# name | command | how its tests are counted (vitest:<file>, playwright:<file>, bench, or none)
stages=(
  "lint|npm run --silent lint|none"
  "typecheck|npm run --silent typecheck|none"
  "unit and integration|npm run --silent test:unit -- $(json unit)|vitest:unit"
  "database (PGlite and PostgreSQL)|npm run --silent test:db -- $(json db)|vitest:db"
  "end-to-end (production build, Chromium)|npm run --silent test:e2e -- --reporter=list,json|playwright:e2e"
  "faults (database stopped, two instances)|npm run --silent test:faults -- $(json faults)|vitest:faults"
  "benchmark smoke (harness works, budgets not judged)|npm run --silent bench:smoke|bench"
)

# Prints "passed failed skipped" for a finished stage.
count() {
  local how=$1 status=$2 log=$3
  case "$how" in
    vitest:* | playwright:*)
      node -e '
        const [file, kind, status] = process.argv.slice(1);
        let r;
        try { r = JSON.parse(require("fs").readFileSync(file, "utf8")); } catch { r = null; }
        let out = [0, Number(status) === 0 ? 0 : 1, 0];
        if (r && kind === "vitest") {
          const failed = r.numFailedTests + (r.success || r.numFailedTests ? 0 : 1);
          out = [r.numPassedTests, failed, r.numPendingTests + r.numTodoTests];
        } else if (r && r.stats) {
          const s = r.stats;
          const failed = s.unexpected + (Number(status) !== 0 && !s.unexpected ? 1 : 0);
          out = [s.expected + s.flaky, failed, s.skipped];
        }
        console.log(out.join(" "));
      ' "$results/${how#*:}.json" "${how%%:*}" "$status"
      ;;
    bench) echo "$(grep -c '^\[bench:smoke\] ok ' "$log") $((status == 0 ? 0 : 1)) 0" ;;
    *) echo "0 $((status == 0 ? 0 : 1)) 0" ;;
  esac
}

total_passed=0 total_failed=0 total_skipped=0
summary=()
failed_stage=""
for stage in "${stages[@]}"; do
  IFS='|' read -r name command how <<<"$stage"
  if [ -n "$failed_stage" ]; then
    summary+=("$(printf '%-52s %s' "$name" "not run")")
    continue
  fi
  echo
  echo "=== ${name}: ${command}"
  log="$results/stage.log"
  start=$(date +%s)
  bash -c "$command" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  seconds=$(($(date +%s) - start))
  read -r passed failed skipped <<<"$(count "$how" "$status" "$log")"
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  if [ "$how" = none ]; then counts=""; else counts="$passed passed, $failed failed, $skipped skipped, "; fi
  if [ "$status" = 0 ]; then
    verdict="passed"
  else
    verdict="FAILED"
    failed_stage=$name
  fi
  echo "=== ${name}: ${verdict} in ${seconds} s"
  summary+=("$(printf '%-52s %s' "$name" "${verdict}: ${counts}${seconds} s")")
done

echo
echo "=== summary (load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
printf '%s\n' "${summary[@]}"
if [ -z "$failed_stage" ]; then
  rm -rf test-results
else
  [ -d test-results ] && echo "failure details: test-results/"
fi
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
[ -z "$failed_stage" ]
