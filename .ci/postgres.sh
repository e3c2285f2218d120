#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL cluster on 127.0.0.1 for the
# tests. Installs PostgreSQL from Debian's packages when no server binaries
# are found, starts a cluster (as the `postgres` user when run as root) in a
# temporary directory, exports TALLY_TEST_DATABASE_URL, and stops it and
# removes the directory on exit.
set -euo pipefail

pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

if ! PG_BIN="$(pg_bindir)"; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  PG_BIN="$(pg_bindir)"
fi

PG_PORT="${TALLY_CI_PG_PORT:-55439}"
PG_DIR="$(mktemp -d /tmp/tally-ci-pg.XXXXXX)"
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
# Loopback only, its own socket directory; durability off: the cluster is thrown away.
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAtc "CREATE DATABASE tally_test" postgres
export TALLY_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/tally_test"
"$PG_BIN/postgres" --version
