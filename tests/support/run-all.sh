#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, stopping at the first failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

stages=(
  "lint:npm run --silent lint"
  "typecheck:npm run --silent typecheck"
  "unit and integration:npm run --silent test:unit"
  "database (PGlite and PostgreSQL):npm run --silent test:db"
  "end-to-end (production build, Chromium):npm run --silent test:e2e"
  "faults (database stopped, two instances):npm run --silent test:faults"
  "benchmark smoke (harness works, budgets not judged):npm run --silent bench:smoke"
)
passed=0
for stage in "${stages[@]}"; do
  name="${stage%%:*}"
  command="${stage#*:}"
  echo
  echo "=== ${name}: ${command}"
  start=$(date +%s)
  if bash -c "$command"; then
    passed=$((passed + 1))
    echo "=== ${name}: passed in $(($(date +%s) - start)) s"
  else
    echo "=== ${name}: FAILED after $(($(date +%s) - start)) s"
    echo "stages: ${passed} passed, 1 failed"
    exit 1
  fi
done
echo "stages: ${passed} passed, 0 failed"
