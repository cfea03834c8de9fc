#!/usr/bin/env bash
# The two commands of the README.
#   etc/dev.sh run    private PostgreSQL (unless ConnectionStrings__Liandong is set), migrate, demo data, host on
#                     http://127.0.0.1:5080 (LIANDONG_URLS overrides), prints the address and the demo sign-ins.
#   etc/dev.sh test   PostgreSQL and Chromium (installed when missing), restore, build, every test project; last line
#                     "N passed, N failed"; exits non-zero on failure.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib.sh"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

host_project=host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj
host_dir=host/Liandong.Bankruptcy.Host
host_dll=bin/Debug/net10.0/Liandong.Bankruptcy.Host.dll  # run from $host_dir: its content root (settings, wwwroot)

ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "the .NET SDK 10 is required (dotnet on PATH)" >&2; exit 1; }
}

# The browser tests drive Chromium's headless shell (Debian's chromium-headless-shell): the desktop browser's engine
# without its user interface, a quarter less CPU per page; the CJK fonts draw the Chinese pages.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium-headless-shell ] || [ ! -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]; then
    log "installing Chromium's headless shell and CJK fonts from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium-headless-shell fonts-noto-cjk >/dev/null
  fi
}

cmd_run() {
  ensure_dotnet
  local urls=${LIANDONG_URLS:-http://127.0.0.1:5080}
  if [ -z "${ConnectionStrings__Liandong:-}" ]; then
    dev_database
    export ConnectionStrings__Liandong
    ConnectionStrings__Liandong="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
    owner="$(conn liandong_owner "$LIANDONG_OWNER_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  else
    owner=${ConnectionStrings__LiandongOwner:?set ConnectionStrings__LiandongOwner too: the migrate step runs as the owner}
  fi
  unset ConnectionStrings__LiandongOwner

  [ -n "${Liandong__ProtectedData__CurrentKey:-}" ] || ensure_key_file
  log "building"
  dotnet build "$host_project" -v quiet -nologo -clp:NoSummary
  cd "$host_dir"
  export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
  log "migrating"
  ConnectionStrings__LiandongOwner=$owner dotnet "$host_dll" migrate
  log "seeding demo data"
  ConnectionStrings__LiandongOwner=$owner dotnet "$host_dll" seed-demo
  unset owner

  cat <<MSG

  联动破产 Liandong Bankruptcy is starting at $urls
    API reference: $urls/scalar     health: $urls/health/ready
  Sign in at $urls/account/sign-in (or POST $urls/api/auth/token) with password  Liandong@2026  as:
    410305-judge  410305-tax  410305-market  410305-hrss  410305-coordinator  410305-admin  (涧西区)
    any <division code>-<role key>: judge coordinator leader tax market hrss medical resources police
                                    procuratorate bank finance ndrc firm admin
    410300-officer   city-level officer with memberships in 410302, 410303 and 410305 (pick one with "county")
    host-admin  city-supervisor   the host side

MSG
  exec dotnet "$host_dll" --urls "$urls"
}

cmd_test() {
  ensure_dotnet
  "$here/pg.sh" start test
  ensure_chromium
  export LIANDONG_TEST_ADMIN
  LIANDONG_TEST_ADMIN="$(conn postgres "$LIANDONG_PG_SUPERUSER_PASSWORD" "$LIANDONG_TEST_PG_PORT" postgres)"
  export LIANDONG_TEST_OWNER_PASSWORD=$LIANDONG_OWNER_PASSWORD LIANDONG_TEST_APP_PASSWORD=$LIANDONG_APP_PASSWORD
  export LIANDONG_TEST_READER_PASSWORD=$LIANDONG_READER_PASSWORD

  log "restoring and building"
  dotnet tool restore >/dev/null
  dotnet restore Liandong.Bankruptcy.sln -v quiet
  dotnet build Liandong.Bankruptcy.sln --no-restore -v quiet -nologo -clp:NoSummary

  log "testing"
  # Test processes live a minute or two, too short for dynamic PGO's instrumented code to pay for itself: without it
  # a module's test process takes about a tenth less CPU (Cases.Tests, two runs each), and the run is CPU-bound.
  export DOTNET_TieredPGO=0
  local out rc=0
  out=$(mktemp)
  # The crash test kills a host under load and times how soon the survivor handles its messages: it runs first and
  # alone, so that what it times is the recovery, not Chromium's share of two cores; then everything else in parallel.
  dotnet test --project tests/Liandong.Bankruptcy.Host.Tests --no-build -- --filter-class '*.CrashTests' 2>&1 | tee "$out" || rc=${PIPESTATUS[0]}
  local rest=0
  dotnet test --solution Liandong.Bankruptcy.sln --no-build -- --filter-not-class '*.CrashTests' 2>&1 | tee -a "$out" || rest=${PIPESTATUS[0]}
  if [ "$rc" -eq 0 ]; then rc=$rest; fi
  if [ -d TestResults/screenshots ]; then
    # The artefact to look at (not compared): every page at 1366 and 390 px, the requests they made, A4 PDFs.
    log "screenshots: $root/TestResults/screenshots ($(find TestResults/screenshots -type f | wc -l) files)"
  fi
  summarize "$out" "$rc"
}

# Sums the runner's summary blocks into the closing line CI reads, keeping the runner's verdict.
summarize() {
  local out=$1 rc=$2 passed failed skipped
  passed=$(grep -E '^\s*succeeded:\s*[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
  failed=$(grep -E '^\s*failed:\s*[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
  skipped=$(grep -E '^\s*skipped:\s*[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; rc=1; fi
  # Each failed test by name with the first lines of its error, last, where a log's tail (CI's) still shows them.
  grep -E -A4 '^failed ' "$out" | grep -v -E '^\s*(at |from |failed:|succeeded:|skipped:|total:)|^--$' | cut -c1-400 || true
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$rc"
}

case ${1:-} in
  run) cmd_run ;;
  test) cmd_test ;;
  *) echo "usage: etc/dev.sh run|test" >&2; exit 2 ;;
esac
