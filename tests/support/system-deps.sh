#!/usr/bin/env bash
# Checks the programs the test suite runs outside Node, in seconds, before anything else:
#   chromium       end-to-end tests (Playwright drives Debian's Chromium, nothing is downloaded)
#   poppler-utils  pdftotext, pdfinfo, pdffonts read the letters back
#   postgresql     initdb, pg_ctl, psql for the throwaway PostgreSQL clusters of the database and fault tests
# Missing ones are installed when running as root with apt-get (what CI does); otherwise the script
# stops, naming the packages and the command. `--dry-run` reports what it would do and changes nothing.
#
# Prints `export NAME=value` lines for the caller to eval (CHROMIUM_PATH, PG_BIN_DIR); messages go to stderr.
set -euo pipefail

dry_run=0
[ "${1:-}" = "--dry-run" ] && dry_run=1
say() { echo "system: $*" >&2; }

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then echo "${CHROMIUM_PATH}"; return; fi
  command -v chromium 2>/dev/null || true
}
find_pg_bin() {
  if [ -n "${PG_BIN_DIR:-}" ]; then
    [ -x "${PG_BIN_DIR}/initdb" ] && echo "${PG_BIN_DIR}"
    return 0
  fi
  local dir
  # Newest installed major version first.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/psql" ]; then echo "$dir"; return; fi
  done
  local initdb
  initdb=$(command -v initdb 2>/dev/null || true)
  [ -n "$initdb" ] && dirname "$initdb"
  return 0
}

missing=()
[ -n "$(find_chromium)" ] || missing+=(chromium)
{ command -v pdftotext && command -v pdfinfo && command -v pdffonts; } >/dev/null 2>&1 || missing+=(poppler-utils)
[ -n "$(find_pg_bin)" ] || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  install=(apt-get install -y --no-install-recommends "${missing[@]}")
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "missing Debian packages: ${missing[*]}; installing them"
    if [ $dry_run = 1 ]; then
      say "dry run: would run: apt-get update && ${install[*]}"
      exit 0
    fi
    # Clusters already running before the install are not ours; Debian's postgresql package creates
    # and starts a `main` cluster, which the tests never use: stop what the install started.
    before=$(pg_lsclusters -h 2>/dev/null | awk '$4 == "online" { print $1 "/" $2 }' || true)
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    "${install[@]}" -q >&2
    if command -v pg_lsclusters >/dev/null 2>&1; then
      pg_lsclusters -h | awk '$4 == "online" { print $1 "/" $2 }' | while IFS=/ read -r version name; do
        if ! grep -qx "$version/$name" <<<"$before"; then
          say "stopping the cluster $version/$name the postgresql package started"
          pg_ctlcluster "$version" "$name" stop >&2 || true
        fi
      done
    fi
  else
    say "missing: ${missing[*]} (Debian/Ubuntu package names)."
    say "install them, then run the tests again:"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo "
    say "  ${sudo}${install[*]}"
    exit 1
  fi
fi

[ $dry_run = 1 ] && { say "all present"; exit 0; }
chromium=$(find_chromium)
pg_bin=$(find_pg_bin)
if [ -z "$chromium" ] || [ -z "$pg_bin" ] || ! command -v pdftotext >/dev/null 2>&1; then
  say "still missing after the install: check the apt-get output above"
  exit 1
fi
echo "export CHROMIUM_PATH=$(printf %q "$chromium")"
echo "export PG_BIN_DIR=$(printf %q "$pg_bin")"
