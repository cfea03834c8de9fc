#!/usr/bin/env bash
# Measurements for the issue notes (not tests).
#   etc/measure.sh startup [runs]   host process start → /health/ready 200, against the migrated dev database
#   etc/measure.sh ci               `.ci/run` on a fresh clone of HEAD with an empty NuGet cache, wall-clock
#   etc/measure.sh permissions      BenchmarkDotNet: a warm permission check, the authorization step of a request
#                                   (needs the dev database with demo data: run `etc/dev.sh run` once first)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib.sh"

startup() {
  local runs=${1:-5} port=5199 times=()
  "$here/pg.sh" start dev >/dev/null 2>&1
  ensure_key_file
  cd "$root"
  dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -v quiet -nologo -clp:NoSummary >/dev/null
  cd host/Liandong.Bankruptcy.Host
  ConnectionStrings__LiandongOwner="$(conn liandong_owner "$LIANDONG_OWNER_PASSWORD" "$LIANDONG_PG_PORT" liandong)" \
    dotnet bin/Debug/net10.0/Liandong.Bankruptcy.Host.dll migrate >/dev/null
  for ((i = 1; i <= runs; i++)); do
    local start end pid
    start=$(date +%s%N)
    ConnectionStrings__Liandong="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)" \
      ASPNETCORE_ENVIRONMENT=Production dotnet bin/Debug/net10.0/Liandong.Bankruptcy.Host.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do sleep 0.02; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=($(( (end - start) / 1000000 )))
    echo "run $i: $(( (end - start) / 1000000 )) ms to ready"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "startup to ready: min " a[1] " ms, median " a[int((NR+1)/2)] " ms, max " a[NR] " ms over " NR " runs"}'
}

ci() {
  local work start
  work=$(mktemp -d -t liandong-ci.XXXXXX)
  git -C "$root" clone -q "$root" "$work/repo"
  start=$(date +%s)
  (cd "$work/repo" && NUGET_PACKAGES="$work/nuget" CI=true bash .ci/run) > "$work/ci.log" 2>&1 || { tail -n 20 "$work/ci.log"; exit 1; }
  echo "clean-clone .ci/run: $(( $(date +%s) - start )) s, empty NuGet cache; last line: $(tail -n 1 "$work/ci.log")"
  rm -rf "$work"
}

permissions() {
  "$here/pg.sh" start dev >/dev/null 2>&1
  cd "$root/tests/Liandong.Bankruptcy.Benchmarks"
  dotnet build -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  ConnectionStrings__Liandong="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)" \
    dotnet bin/Release/net10.0/Liandong.Bankruptcy.Benchmarks.dll --filter '*PermissionBenchmarks*' >/dev/null
  sed -n '/^| Method/,$p' BenchmarkDotNet.Artifacts/results/*PermissionBenchmarks-report-github.md
}

case ${1:-} in
  startup) shift; startup "$@" ;;
  ci) ci ;;
  permissions) permissions ;;
  *) echo "usage: etc/measure.sh startup [runs] | ci | permissions" >&2; exit 2 ;;
esac
