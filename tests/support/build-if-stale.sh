#!/usr/bin/env bash
# Makes sure a production build of the current sources is in NEXT_DIST_DIR (default .next): runs
# `next build` only when `<dist>/objection-build-key` differs from the key of the working tree (the commit,
# plus the uncommitted changes and untracked files among the app's build inputs). E2E_SKIP_BUILD=1 skips
# the check and uses whatever build is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
[ "${E2E_SKIP_BUILD:-}" = "1" ] && exit 0

dist="${NEXT_DIST_DIR:-.next}"
inputs=(app components lib messages public prisma next.config.ts proxy.ts instrumentation.ts global.d.ts
  tsconfig.json package.json package-lock.json)
key=$(
  {
    git rev-parse HEAD
    git diff HEAD --binary -- "${inputs[@]}"
    git ls-files -o --exclude-standard -z -- "${inputs[@]}" | xargs -0 -r sha256sum
  } | sha256sum | cut -c1-64
)
marker="$dist/objection-build-key"
if [ -f "$dist/BUILD_ID" ] && [ "$(cat "$marker" 2>/dev/null)" = "$key" ]; then
  echo "build: reusing the production build in $dist (same sources)"
  exit 0
fi
rm -f "$marker"
npx next build
echo "$key" >"$marker"
