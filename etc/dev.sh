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
  local logs=TestResults/logs rc=0
  rm -rf "$logs" && mkdir -p "$logs"
  # Each test assembly under xunit's own runner (`dotnet test` adds a process between it and us that costs the Host
  # tests about a quarter more time). The crash test kills a host under load and times how soon the survivor handles
  # its messages: it runs first and alone, so that what it times is the recovery, not Chromium's share of two cores.
  # Then every test project (tests/*.Tests) two at a time, the longest first: the browser tests take about as long as
  # all the others together, the Host tests come next.
  run_tests Liandong.Bankruptcy.Host.Tests "$logs/0-crash.log" -class Liandong.Bankruptcy.Host.Tests.CrashTests || rc=1
  export -f run_tests
  local others
  others=$(cd tests && ls -d Liandong.Bankruptcy.*.Tests | grep -v -e '\.Browser\.' -e '\.Host\.')
  printf '%s\n' Liandong.Bankruptcy.Browser.Tests Liandong.Bankruptcy.Host.Tests $others \
    | xargs -P 2 -I{} bash -c 'run_tests {} "$0/{}.log" -class- Liandong.Bankruptcy.Host.Tests.CrashTests' "$logs" \
    || rc=1
  if [ -d TestResults/screenshots ]; then
    # The artefact to look at (not compared): every page at 1366 and 390 px, the requests they made, A4 PDFs.
    log "screenshots: $root/TestResults/screenshots ($(find TestResults/screenshots -type f | wc -l) files)"
  fi
  log "each test assembly's whole output: $root/$logs"
  summarize "$logs" "$rc"
}

# One test assembly under xunit's runner into its own log (two run at once); prints its summary line when it ends.
run_tests() {
  local project=$1 out=$2
  shift 2
  local rc=0
  dotnet "tests/$project/bin/Debug/net10.0/$project.dll" -noLogo -noColor "$@" >"$out" 2>&1 || rc=$?
  grep -E '^\s+Liandong\.Bankruptcy\.[A-Za-z]+\.Tests\s+Total:' "$out" || echo "$project: no summary (exit $rc)"
  return "$rc"
}

# Sums the runners' summary lines into the closing line CI reads, keeping the runners' verdict.
summarize() {
  local logs=$1 rc=$2 totals passed failed skipped
  # "Liandong.Bankruptcy.X.Tests  Total: 87, Errors: 0, Failed: 0, Skipped: 0, Not Run: 0, Time: 1.4s", one per log
  totals=$(cat "$logs"/*.log | grep -E '^\s+Liandong\.Bankruptcy\.[A-Za-z]+\.Tests\s+Total:' | sed -E 's/[^0-9]+/ /g' \
    | awk '{t+=$1; f+=$3; s+=$4; n+=$5} END {print t-f-s-n, f, s}')
  read -r passed failed skipped <<<"$totals"
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; rc=1; fi
  # Each failed test by name with the first lines of its error, last, where a log's tail (CI's) still shows them.
  cat "$logs"/*.log | grep -E -A4 '\[FAIL\]$' | grep -v -E '^--$|^\s*$|Stack Trace|\): at |^\s+at ' | cut -c1-400 || true
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$rc"
}

case ${1:-} in
  run) cmd_run ;;
  test) cmd_test ;;
  *) echo "usage: etc/dev.sh run|test" >&2; exit 2 ;;
esac
