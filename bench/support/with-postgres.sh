#!/usr/bin/env bash
# Runs a command with BENCH_POSTGRES_URL pointing at a PostgreSQL database of its own.
# Uses BENCH_POSTGRES_URL when set; otherwise starts Debian's PostgreSQL 15 cluster (as tests/support/with-postgres.sh
# does) and recreates the objection_bench database, so the benchmark never touches the tests' database.
# Without PostgreSQL installed, runs the command anyway without the variable (the report says "not measured").
# A cluster this script started is stopped again when the command ends, as the machine was before.
set -euo pipefail
started=""
if [ -z "${BENCH_POSTGRES_URL:-}" ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster 15 main start >/dev/null 2>&1 && started=1 || true
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
  if as_postgres "psql -q -v ON_ERROR_STOP=1 -d postgres" >/dev/null 2>&1 <<'SQL'
SELECT 'CREATE ROLE objection_bench LOGIN PASSWORD ''objection_bench'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'objection_bench')\gexec
DROP DATABASE IF EXISTS objection_bench WITH (FORCE);
CREATE DATABASE objection_bench OWNER objection_bench;
SQL
  then
    export BENCH_POSTGRES_URL="postgresql://objection_bench:objection_bench@127.0.0.1:5432/objection_bench"
  fi
fi
if [ -n "$started" ]; then
  trap 'pg_ctlcluster 15 main stop >/dev/null 2>&1 || true' EXIT
  "$@"
else
  exec "$@"
fi
