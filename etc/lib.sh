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
