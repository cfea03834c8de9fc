#!/usr/bin/env bash
# A private PostgreSQL cluster on 127.0.0.1, without a service manager (toolchain.md).
#   etc/pg.sh start|stop|status [dev|test]
# dev  listens on $LIANDONG_PG_PORT (55432): the product's database `liandong`.
# test listens on $LIANDONG_TEST_PG_PORT (55433): fsync off, more connections; test databases come and go.
# Installs PostgreSQL from Debian when missing; creates the cluster (UTF8, C.UTF-8) and the three roles; idempotent.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/lib.sh"

action=${1:-status}
kind=${2:-dev}
case $kind in
  dev) port=$LIANDONG_PG_PORT ;;
  test) port=$LIANDONG_TEST_PG_PORT ;;
  *) echo "usage: etc/pg.sh start|stop|status [dev|test]" >&2; exit 2 ;;
esac
data=$LIANDONG_PG_ROOT/$kind-$port

ensure_installed() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    log "installing PostgreSQL from Debian"
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/liandong.conf
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
}

as_postgres() { runuser -u postgres -- "$@"; }

init_cluster() {
  [ -f "$data/PG_VERSION" ] && return 0
  log "creating the $kind cluster in $data"
  mkdir -p "$data"
  chown postgres:postgres "$LIANDONG_PG_ROOT" "$data"
  chmod 700 "$data"
  local pwfile
  pwfile=$(mktemp)
  printf '%s\n' "$LIANDONG_PG_SUPERUSER_PASSWORD" > "$pwfile"
  chown postgres "$pwfile"
  as_postgres "$bin/initdb" -D "$data" -E UTF8 --locale=C.UTF-8 -U postgres \
    --auth-local=peer --auth-host=scram-sha-256 --pwfile="$pwfile" >/dev/null
  rm -f "$pwfile"
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$data'"
    echo "max_connections = 300"
    echo "shared_buffers = 256MB"
    if [ "$kind" = test ]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } >> "$data/postgresql.conf"
}

running() { [ -f "$data/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

bootstrap_roles() {
  PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 -v owner_password="$LIANDONG_OWNER_PASSWORD" -v app_password="$LIANDONG_APP_PASSWORD" \
    -v reader_password="$LIANDONG_READER_PASSWORD" -f "$here/sql/roles.sql" >/dev/null
}

case $action in
  start)
    ensure_installed
    init_cluster
    if ! running; then
      as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
    fi
    bootstrap_roles
    log "PostgreSQL ($kind) on 127.0.0.1:$port"
    ;;
  stop)
    ensure_installed
    if running; then as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
    log "PostgreSQL ($kind) stopped"
    ;;
  status)
    ensure_installed
    if running; then echo "running on 127.0.0.1:$port ($data)"; else echo "stopped ($data)"; exit 3; fi
    ;;
  *) echo "usage: etc/pg.sh start|stop|status [dev|test]" >&2; exit 2 ;;
esac
