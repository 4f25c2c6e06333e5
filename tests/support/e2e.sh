#!/usr/bin/env bash
# Runs the Playwright suite against `next start` of a production build.
# The build is reused when `<dist>/objection-build-key` shows it was made from the same sources (the commit,
# plus any uncommitted change to the app's inputs); otherwise `next build` runs first. E2E_SKIP_BUILD=1
# uses whatever build is there. Temporary folders (PGlite data, browser profiles) live in one folder
# removed on exit; test-results/ is kept only when a test failed.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash tests/support/build-if-stale.sh

tmp=$(mktemp -d "${TMPDIR:-/tmp}/objection-e2e-run-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export TMPDIR="$tmp"
set +e
npx playwright test "$@"
status=$?
set -e
if [ $status = 0 ]; then rm -rf test-results; fi
exit $status
