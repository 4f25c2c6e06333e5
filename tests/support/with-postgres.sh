#!/usr/bin/env bash
# Runs a command with TEST_POSTGRES_URL pointing at a real PostgreSQL server.
# Uses TEST_POSTGRES_URL when set; otherwise creates a throwaway cluster of its own (initdb in a temporary
# folder, a free port on 127.0.0.1, trust authentication), never touching the machine's clusters, and
# stops and deletes it when the command ends, whatever its outcome.
set -euo pipefail
if [ -n "${TEST_POSTGRES_URL:-}" ]; then exec "$@"; fi

eval "$(bash "$(dirname "$0")/system-deps.sh")"
base=$(mktemp -d "${TMPDIR:-/tmp}/objection-pg-XXXXXX")
data="$base/data"
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_owner "$PG_BIN_DIR/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$base"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ "$(id -u)" = 0 ] && chown postgres: "$base"

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
as_owner "$PG_BIN_DIR/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >/dev/null
as_owner "$PG_BIN_DIR/pg_ctl" -D "$data" -l "$base/server.log" -w \
  -o "-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$PG_BIN_DIR/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres <<'SQL'
CREATE ROLE objection_test LOGIN PASSWORD 'objection_test';
CREATE DATABASE objection_test OWNER objection_test;
SQL
export TEST_POSTGRES_URL="postgresql://objection_test:objection_test@127.0.0.1:${port}/objection_test"
"$@"
