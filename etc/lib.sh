# Shared settings of etc/*.sh. Development defaults only: production brings its own PostgreSQL and secrets.
LIANDONG_PG_ROOT=${LIANDONG_PG_ROOT:-/var/tmp/liandong-pg}
LIANDONG_PG_PORT=${LIANDONG_PG_PORT:-55432}
LIANDONG_TEST_PG_PORT=${LIANDONG_TEST_PG_PORT:-55433}
LIANDONG_PG_SUPERUSER_PASSWORD=${LIANDONG_PG_SUPERUSER_PASSWORD:-liandong-dev-superuser}
LIANDONG_OWNER_PASSWORD=${LIANDONG_OWNER_PASSWORD:-liandong-dev-owner}
LIANDONG_APP_PASSWORD=${LIANDONG_APP_PASSWORD:-liandong-dev-app}
LIANDONG_READER_PASSWORD=${LIANDONG_READER_PASSWORD:-liandong-dev-reader}

log() { printf '\033[1m[liandong]\033[0m %s\n' "$*" >&2; }

# connection string for a role on a local cluster: conn ROLE PASSWORD PORT DATABASE
conn() { printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s' "$3" "$4" "$1" "$2"; }

# The dev cluster started, its database `liandong` created and its roles' grants applied (etc/sql/database.sql).
dev_database() {
  local etc
  etc=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  "$etc/pg.sh" start dev
  PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -d postgres \
    -tc "SELECT 1 FROM pg_database WHERE datname = 'liandong'" | grep -q 1 \
    || PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD createdb -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -E UTF8 liandong
  PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -d liandong \
    -v ON_ERROR_STOP=1 -f "$etc/sql/database.sql" >/dev/null
}

# The protected-data key file of this machine's development setup (outside the repository and the database).
LIANDONG_KEY_FILE=${LIANDONG_KEY_FILE:-/var/tmp/liandong-keys/protected-data.json}

ensure_key_file() {
  if [ ! -f "$LIANDONG_KEY_FILE" ]; then
    mkdir -p "$(dirname "$LIANDONG_KEY_FILE")"
    chmod 700 "$(dirname "$LIANDONG_KEY_FILE")"
    local id
    id="dev-$(date +%Y%m%d)"
    umask 077
    printf '{"keys":{"%s":"%s"},"currentKey":"%s","hashKey":"%s"}\n' \
      "$id" "$(head -c 32 /dev/urandom | base64 -w0)" "$id" "$(head -c 32 /dev/urandom | base64 -w0)" > "$LIANDONG_KEY_FILE"
    log "generated the development protected-data keys in $LIANDONG_KEY_FILE"
  fi
  export Liandong__ProtectedData__KeyFile=$LIANDONG_KEY_FILE
}
