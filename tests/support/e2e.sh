#!/usr/bin/env bash
# Builds the app as production does, then runs the Playwright suite against `next start`.
set -euo pipefail
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  npx next build
fi
exec npx playwright test "$@"
