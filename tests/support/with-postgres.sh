#!/usr/bin/env bash
# Runs a command with TEST_POSTGRES_URL pointing at a real PostgreSQL server.
# Uses TEST_POSTGRES_URL when set; otherwise starts Debian's PostgreSQL 15 cluster (installed by .ci/run)
# and creates a throwaway role and database for the tests.
set -euo pipefail
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: run .ci/run once, or set TEST_POSTGRES_URL." >&2
    exit 1
  fi
  pg_ctlcluster 15 main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
  as_postgres "psql -q -v ON_ERROR_STOP=1 -d postgres" <<'SQL'
SELECT 'CREATE ROLE objection_test LOGIN PASSWORD ''objection_test'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'objection_test')\gexec
DROP DATABASE IF EXISTS objection_test WITH (FORCE);
CREATE DATABASE objection_test OWNER objection_test;
SQL
  export TEST_POSTGRES_URL="postgresql://objection_test:objection_test@127.0.0.1:5432/objection_test"
fi
exec "$@"
