#!/usr/bin/env bash
# Measurements for the issue notes (not tests).
#   etc/measure.sh startup [runs]   host process start → /health/ready 200, against the migrated dev database
#   etc/measure.sh ci               `.ci/run` on a fresh clone of HEAD with an empty NuGet cache, wall-clock
#   etc/measure.sh distribution     BenchmarkDotNet: the distribution engine over 1,000,000 claim lines (no database)
#   etc/measure.sh json             BenchmarkDotNet: a page of the inbox written by the API's options and by generated code
#   etc/measure.sh permissions      BenchmarkDotNet: a warm permission check, the authorization step of a request
#                                   (needs the dev database with demo data: run `etc/dev.sh run` once first)
#   etc/measure.sh caselist [requests] [query]
#   etc/measure.sh inbox [requests]
#   etc/measure.sh assessment [requests]
#                                   the first filtered page of the case list over HTTP on loopback, with a bearer
#                                   token of 410305-judge (app role, row-level security on), after seeding 100,000 cases in
#                                   涧西区 and 10,000 in each other county (idempotent: seeds only once); p50/p95/max.
#                                   The cases land in the dev (demo) database; remove them with
#                                   DELETE FROM cases.cases WHERE presiding_judge LIKE '法官%' (as liandong_owner).
#   etc/measure.sh declarations [writers]
#                                   [writers] (16) claims declared at the same moment on one new case of 涧西区 against the
#                                   Release host: the status of each answer and the numbers the register gave them
#   etc/measure.sh load [seconds] [connections] [before-commit]
#                                   paired load, per hot read: the exact SQL the host sends for it (captured from
#                                   PostgreSQL's log), run by pgbench as the application role (-M prepared and -M extended),
#                                   then wrk on the endpoint (after a warm-up until its throughput settles), back to back:
#                                   requests/s, p50/p95/p99 and
#                                   host ÷ pgbench; then one write (a unit completes an item with If-Match, a fresh item
#                                   each request; pgbench replays its statements rolled back on an untouched twin);
#                                   with a commit, that commit's host on the same rows too ("before"); and the host's
#                                   floor, a signed-in request without a database (GET /api/auth/me)
#                                   (seeds like caselist, inbox and assessment; installs wrk from Debian)
#   etc/measure.sh pair <user> <path> [rounds] [before-commit | VAR=value ...]
#                                   paired A/B of one endpoint: this checkout's Release host (A) beside either a commit's
#                                   host or this host run with the given environment (B), both warmed, then [rounds] (10)
#                                   alternating 5 s wrk rounds at 16 connections; per round requests/s, p95 and the host's
#                                   CPU per request (/proc/<pid>/stat); then the medians of the per-round ratios A ÷ B.
#                                   The way to judge a change of a few per cent on a noisy machine (A/A: about ±8 %).
#                                   LIANDONG_CONNECTION_OPTIONS=… is added to that host's connection string (as
#                                   "LIANDONG_CONNECTION_OPTIONS=Max Auto Prepare=0"); Liandong__RequestConnections=8
#                                   sizes its requests' pool.
#   etc/measure.sh wages-import [employees] [runs]
#                                   a spreadsheet of [employees] (20,000) imported into a new case's employee list by the
#                                   administrator firm over HTTP, [runs] (3) times: the request's time (the cases stay
#                                   in the dev database, like caselist's)
#   etc/measure.sh crash            CrashTests on the test database: a host process killed (SIGKILL) under four writers
#                                   with Idempotency-Keys, every key retried on a second host; prints the figures
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib.sh"

# Starts the Release host on $1 as the application role (conn string $2), sweeps off; waits for ready; sets $served.
# $3: the host project's directory (default: the current one).
serve() {
  if curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; then
    echo "port $1 already serves a host (a measurement left running?): stop it first" >&2; return 1
  fi
  ConnectionStrings__Liandong="$2${LIANDONG_CONNECTION_OPTIONS:+;$LIANDONG_CONNECTION_OPTIONS}" ASPNETCORE_ENVIRONMENT=Production Liandong__Coordination__SweepEnabled=false \
    dotnet "${3:-.}/bin/Release/net10.0/Liandong.Bankruptcy.Host.dll" --urls "http://127.0.0.1:$1" >/dev/null 2>&1 &
  served=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; do sleep 0.05; done
}

# A bearer token of demo user $2 from the host on port $1.
token_for() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"userName\":\"$2\",\"password\":\"Liandong@2026\"}" \
    "http://127.0.0.1:$1/api/auth/token" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/'
}

# GET http://127.0.0.1:$1$3 as demo user $2 (bearer token): must answer 200; $4 warm-up requests, then $5 timed ones,
# sequential; prints "$6, N requests: p50 / p95 / max".
timed_get() {
  local port=$1 user=$2 path=$3 warmup=$4 requests=$5 label=$6 token url
  token=$(token_for "$port" "$user")
  url="http://127.0.0.1:$port$path"
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url") == 200 ]] || { echo "$path did not answer 200" >&2; return 1; }
  for ((i = 0; i < warmup; i++)); do curl -s -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for ((i = 0; i < requests; i++)); do curl -s -o /dev/null -H "Authorization: Bearer $token" -w '%{time_total}\n' "$url"; done | sort -n |
    awk -v label="$label" '{a[NR]=$1*1000} END {printf "%s, %d requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", label, NR, a[int(NR*0.5)], a[int(NR*0.95)], a[NR]}'
}

startup() {
  local runs=${1:-5} port=5199 times=()
  dev_database >/dev/null 2>&1
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
  dev_database >/dev/null 2>&1
  cd "$root/tests/Liandong.Bankruptcy.Benchmarks"
  dotnet build -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  ConnectionStrings__Liandong="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)" \
    dotnet bin/Release/net10.0/Liandong.Bankruptcy.Benchmarks.dll --filter '*PermissionBenchmarks*' >/dev/null
  sed -n '/^| Method/,$p' BenchmarkDotNet.Artifacts/results/*PermissionBenchmarks-report-github.md
}

distribution() {
  cd "$root/tests/Liandong.Bankruptcy.Benchmarks"
  dotnet build -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  dotnet bin/Release/net10.0/Liandong.Bankruptcy.Benchmarks.dll --filter '*DistributionBenchmarks*' >/dev/null
  sed -n '/^| Method/,$p' BenchmarkDotNet.Artifacts/results/*DistributionBenchmarks-report-github.md
}

json() {
  cd "$root/tests/Liandong.Bankruptcy.Benchmarks"
  dotnet build -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  dotnet bin/Release/net10.0/Liandong.Bankruptcy.Benchmarks.dll --filter '*ApiJsonBenchmarks*' >/dev/null
  sed -n '/^| Method/,$p' BenchmarkDotNet.Artifacts/results/*ApiJsonBenchmarks-report-github.md
}

caselist() {
  local requests=${1:-300} query=${2:-state=Declared} port=5198
  dev_database >/dev/null 2>&1
  ensure_key_file
  cd "$root"
  dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  cd host/Liandong.Bankruptcy.Host
  local owner app
  owner="$(conn liandong_owner "$LIANDONG_OWNER_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  ConnectionStrings__LiandongOwner="$owner" dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll migrate >/dev/null
  ConnectionStrings__LiandongOwner="$owner" ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll seed-demo >/dev/null
  PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -v ON_ERROR_STOP=1 <<'SQL'
-- 100,000 cases in 涧西区 and 10,000 in each other county, once; states spread over the table's values.
INSERT INTO cases.cases (id, tenant_id, case_number, list_key, court_code, case_year, procedure, state, presiding_judge, accepted_on, created_at, updated_at)
SELECT gen_random_uuid(), c.id, format('(%s)%s破%s号', 2000 + n % 26, c.court_code, n),
       lpad((9999 - (2000 + n % 26))::text, 4, '0') || lpad((999999 - n)::text, 6, '0') || format('(%s)%s破%s号', 2000 + n % 26, c.court_code, n),
       c.court_code, 2000 + n % 26,
       (ARRAY['Liquidation','Reorganization','Composition'])[1 + n % 3],
       (ARRAY['Accepted','Declared','Realization','Distribution','Terminated','ReorganizationRuled'])[1 + n % 6],
       format('法官%s', n % 40), make_date(2000 + n % 26, 1 + n % 12, 1 + n % 28), now(), now()
FROM (SELECT id, (SELECT min(code) FROM unnest(court_codes) code) AS court_code, division_code FROM platform.counties) c
CROSS JOIN LATERAL generate_series(1, CASE WHEN c.division_code = '410305' THEN 100000 ELSE 10000 END) n
WHERE NOT EXISTS (SELECT 1 FROM cases.cases x WHERE x.tenant_id = c.id AND x.case_number LIKE '(20%破%号' AND x.presiding_judge LIKE '法官%')
ON CONFLICT DO NOTHING;
INSERT INTO cases.debtors (id, tenant_id, case_id, position, name, uscc, created_at, updated_at)
SELECT gen_random_uuid(), k.tenant_id, k.id, 1, '洛阳某某有限公司' || right(k.case_number, 8), '91350100M000100Y43', now(), now()
FROM cases.cases k WHERE NOT EXISTS (SELECT 1 FROM cases.debtors d WHERE d.case_id = k.id);
ANALYZE cases.cases; ANALYZE cases.debtors;
SQL
  serve "$port" "$app"
  trap 'kill $served 2>/dev/null || true' RETURN
  timed_get "$port" 410305-judge "/api/cases?$query&limit=50" 50 "$requests" \
    "case list, first filtered page ($query, 50 rows) of 100,000 cases in 410305 (15 counties seeded)"
}

# The first page of a unit's inbox (50 open items by due date) with 1,000,000 items in 涧西区 spread over its 15 units
# (about a third open), as 410305-tax over HTTP on loopback: the application role, row-level security on.
inbox() {
  local requests=${1:-300} port=5199
  dev_database >/dev/null 2>&1
  ensure_key_file
  cd "$root"
  dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  cd host/Liandong.Bankruptcy.Host
  local owner app
  owner="$(conn liandong_owner "$LIANDONG_OWNER_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  ConnectionStrings__LiandongOwner="$owner" dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll migrate >/dev/null
  ConnectionStrings__LiandongOwner="$owner" ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll seed-demo >/dev/null
  PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -v ON_ERROR_STOP=1 <<'SQL'
-- 1,000,000 items in 涧西区, once: round-robin over its units, due dates over two years, a third open.
INSERT INTO coordination.items (id, tenant_id, case_id, case_number, kind, title, source, routine, unit_id, unit_name, priority,
    due_length, due_unit, starts_on, due_on, due_provisional, status, is_open, created_at, updated_at)
SELECT gen_random_uuid(), c.id, NULL, format('(2025)豫0305破%s号', n % 5000), 'measure', '测量事项' || n, 'Template', true,
       u.id, u.name, 'Normal', 10, 'Days', DATE '2025-01-01' + (n % 700), DATE '2025-01-11' + (n % 700), false,
       CASE WHEN n % 3 = 0 THEN 'Assigned' ELSE 'Completed' END, n % 3 = 0, now(), now()
FROM platform.counties c
CROSS JOIN LATERAL (SELECT array_agg(id ORDER BY name) ids, array_agg(name ORDER BY name) names FROM platform.units WHERE tenant_id = c.id) us
CROSS JOIN LATERAL generate_series(1, 1000000) n
CROSS JOIN LATERAL (SELECT us.ids[1 + n % array_length(us.ids, 1)] id, us.names[1 + n % array_length(us.ids, 1)] name) u
WHERE c.division_code = '410305' AND NOT EXISTS (SELECT 1 FROM coordination.items x WHERE x.tenant_id = c.id AND x.kind = 'measure');
ANALYZE coordination.items;
SQL
  serve "$port" "$app"
  trap 'kill $served 2>/dev/null || true' RETURN
  timed_get "$port" 410305-tax "/api/coordination/inbox?limit=50" 50 "$requests" \
    "unit inbox, first page (50 open items by due date) with 1,000,000 items in 410305"
}

# The assessment of 涧西区 over a half-year (figures per unit: the day counters, and overdue now from the open items)
# with the inbox's 1,000,000 items (seeded by `inbox` first; completion dates and the units' day counters added here
# once), as 410305-coordinator over HTTP on loopback.
assessment() {
  local requests=${1:-100} port=5197
  inbox 1 >/dev/null
  cd "$root/host/Liandong.Bankruptcy.Host"
  local app
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -v ON_ERROR_STOP=1 <<'SQL'
-- Completed measure items get a completion date (a third of them late), and the day counters they imply, once.
UPDATE coordination.items SET completed_on = due_on - 3 + (abs(hashtext(id::text)) % 6)
WHERE kind = 'measure' AND status = 'Completed' AND completed_on IS NULL;
INSERT INTO coordination.unit_day_counters (tenant_id, unit_id, day, unit_name, assigned, completed, on_time, overdue, returned, handling_days)
SELECT tenant_id, unit_id, day, max(unit_name), sum(a), sum(c), sum(o), 0, 0, sum(h) FROM (
    SELECT tenant_id, unit_id, starts_on AS day, unit_name, 1 AS a, 0 AS c, 0 AS o, 0 AS h FROM coordination.items WHERE kind = 'measure'
    UNION ALL
    SELECT tenant_id, unit_id, completed_on, unit_name, 0, 1, CASE WHEN completed_on <= due_on THEN 1 ELSE 0 END, (completed_on - starts_on) * 5 / 7
    FROM coordination.items WHERE kind = 'measure' AND completed_on IS NOT NULL
) x GROUP BY tenant_id, unit_id, day
ON CONFLICT (tenant_id, unit_id, day) DO NOTHING;
VACUUM ANALYZE coordination.items; VACUUM ANALYZE coordination.unit_day_counters; VACUUM ANALYZE coordination.open_item_counts; -- as settled tables would be (index-only scans)
SQL
  serve "$port" "$app"
  trap 'kill $served 2>/dev/null || true' RETURN
  timed_get "$port" 410305-coordinator "/api/coordination/assessment?from=2025-07-01&to=2025-12-31" 10 "$requests" \
    "assessment of 410305 over a half-year (1,000,000 items: 175,000 completed in the period, 333,000 open and overdue)"
}

# N declarations on one case at once: all must answer 201 with distinct numbers (independent creates never conflict).
# Builds and starts the Release host on $1 against the migrated, seeded dev database (sets $served, $api, $work).
demo_host() {
  local port=$1 owner app
  dev_database >/dev/null 2>&1
  ensure_key_file
  cd "$root"
  dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  cd host/Liandong.Bankruptcy.Host
  owner="$(conn liandong_owner "$LIANDONG_OWNER_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  ConnectionStrings__LiandongOwner="$owner" dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll migrate >/dev/null
  ConnectionStrings__LiandongOwner="$owner" ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/Liandong.Bankruptcy.Host.dll seed-demo >/dev/null
  serve "$port" "$app"
  api="http://127.0.0.1:$port/api"
  work=$(mktemp -d)
}

# On the host of demo_host on port $1: a case of 涧西区 accepted on 2026-03-02 with the county's first administrator
# firm appointed (sets $id, $case_number).
demo_case() {
  local port=$1 token number etag firm
  token=$(token_for "$port" 410305-judge)
  number="(2026)豫0305破申$((70000 + RANDOM))号"
  firm=$(PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -qAt -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -c \
    "SELECT u.id FROM platform.units u JOIN platform.counties c ON c.id = u.tenant_id WHERE c.division_code = '410305' AND u.kind = 'AdministratorFirm' ORDER BY u.name LIMIT 1")
  # The judge registers the case, accepts it and appoints the county's first administrator firm.
  curl -sS -D "$work/h" -o "$work/b" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"caseNumber\":\"$number\",\"procedure\":\"ApplicationReview\",\"applicant\":\"Debtor\",\"receivedOn\":\"2026-03-01\",\"debtors\":[{\"name\":\"洛阳测量有限公司\",\"uscc\":\"91350100M000100Y43\"}]}" "$api/cases"
  grep -q '^{"id":"' "$work/b" || { echo "registering the case: $(head -c 600 "$work/b")" >&2; return 1; }
  id=$(sed 's/^{"id":"\([^"]*\)".*/\1/' "$work/b"); etag=$(grep -i '^etag:' "$work/h" | tr -d '\r' | cut -d' ' -f2)
  curl -fsS -D "$work/h" -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    -d '{"action":"AcceptLiquidation","ruling":{"number":"(2026)豫0305破申1号","date":"2026-03-02","kind":"受理裁定"}}' "$api/cases/$id/transitions"
  etag=$(grep -i '^etag:' "$work/h" | tr -d '\r' | cut -d' ' -f2)
  curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    -d "{\"firmId\":\"$firm\",\"decision\":{\"number\":\"(2026)豫0305破1号\",\"date\":\"2026-03-02\",\"kind\":\"指定管理人决定书\"}}" "$api/cases/$id/administrator"
  case_number=$number
}

declarations() {
  local writers=${1:-16} port=5196 token
  demo_host "$port"
  trap 'kill $served 2>/dev/null || true' RETURN
  demo_case "$port"
  token=$(token_for "$port" 410305-firm)
  local pids=()
  for ((i = 1; i <= writers; i++)); do
    curl -s -o "$work/c$i" -w '%{http_code}\n' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"creditor\":\"债权人$i\",\"kind\":\"Ordinary\",\"priority\":\"Ordinary\",\"principal\":$((1000 * i)),\"declaredOn\":\"2026-04-01\"}" \
      "$api/cases/$id/claims" > "$work/s$i" &
    pids+=($!)
  done
  wait "${pids[@]}"
  echo "$writers declarations at the same moment on case $case_number: $(cat "$work"/s* | sort | uniq -c | awk '{printf "%s × %s ", $1, $2}')"
  echo "numbers given: $(grep -ho '"number":[0-9]*' "$work"/c* | cut -d: -f2 | sort -n | tr '\n' ' ')"
  rm -rf "$work"
}

# The administrator imports $1 (20,000) employees from one spreadsheet (etc/bench/employee_sheet.py) into a new case's
# list, against the Release host: the request's wall-clock time (upload, every row checked, ID numbers encrypted and
# hashed, one transaction), $2 (3) times on fresh cases, after one warm-up import of 100 rows.
wagesimport() {
  local employees=${1:-20000} runs=${2:-3} port=5197 token etag sheet small status seconds
  demo_host "$port"
  trap 'kill $served 2>/dev/null || true' RETURN
  sheet="$work/employees.xlsx"; small="$work/small.xlsx"
  python3 "$here/bench/employee_sheet.py" "$employees" "$sheet"
  python3 "$here/bench/employee_sheet.py" 100 "$small"
  token=$(token_for "$port" 410305-firm)
  for ((r = 0; r <= runs; r++)); do
    demo_case "$port"
    etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $token" "$api/wages/cases/$id" | grep -i '^etag:' | tr -d '\r' | cut -d' ' -f2)
    curl -s -o "$work/r" -w "%{http_code} %{time_total}\n" -H "Authorization: Bearer $token" -H "If-Match: $etag" \
      -F "file=@$([[ $r == 0 ]] && echo "$small" || echo "$sheet");type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
      "$api/wages/cases/$id/employees.xlsx" > "$work/t"
    read -r status seconds < "$work/t"
    [[ $status == 200 ]] || { echo "import answered $status: $(head -c 400 "$work/r")" >&2; return 1; }
    ((r == 0)) || echo "run $r: $employees employees imported in ${seconds} s (case $case_number)"
  done
}

# The crash test, for its figures: acknowledged creates, those in flight at the kill, recovery of the dead host's messages.
# The SQL one request sends: log every statement for a moment, make the request, and keep, in order, the statements of
# the connections that set the county meanwhile (the request's), with their parameters written in. Each command sets
# the county in its own transaction (SELECT set_config('app.tenant_id', …, true) ahead of the query, one round trip);
# pgbench gets the county once per connection instead (PGOPTIONS, see bench_sql), so its script is the queries alone,
# headed by a "-- tenant: <id>" line. The pool's reset, when the connection string asks for one, is not the request's
# SQL either. Prints the script for pgbench.
capture_sql() {
  local port=$1 token=$2 path=$3 logfile=$4 before
  shift 4 # the rest: curl's options for a write (method, headers, body)
  # The load before may leave requests in flight (a slow read queues up behind wrk's connections): their statements
  # are not this request's, so wait (up to 60 s) until the host has none running.
  for _ in $(seq 120); do
    [ "$(PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -qAt -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -d postgres -c \
      "SELECT count(*) FROM pg_stat_activity WHERE usename = 'liandong_app' AND state <> 'idle'")" = 0 ] && break
    sleep 0.5
  done
  PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -d postgres \
    -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] '" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 0.3
  before=$(stat -c %s "$logfile")
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$@" "http://127.0.0.1:$port$path"
  sleep 0.3
  PGPASSWORD=$LIANDONG_PG_SUPERUSER_PASSWORD psql -X -q -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U postgres -d postgres \
    -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$((before + 1))" "$logfile" | python3 -c '
import re, sys
entries, current = [], None
for line in sys.stdin.read().splitlines():
    m = re.match(r"^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[(\d+)\] (\w+):\s+(.*)$", line)
    if m:
        current = [m.group(1), m.group(2), m.group(3)]
        entries.append(current)
    elif current is not None:
        current[2] += "\n" + line.lstrip("\t")
statements = []
for i, (pid, level, text) in enumerate(entries):
    m = re.match(r"^(?:execute [^:]*|statement): (.*)$", text, re.S)
    if level != "LOG" or not m:
        continue
    sql = m.group(1).strip()
    following = entries[i + 1] if i + 1 < len(entries) else None
    if following and following[0] == pid and following[1] == "DETAIL" and following[2].startswith("parameters:"):
        values = dict(re.findall(r"\$(\d+) = (NULL|\x27(?:[^\x27]|\x27\x27)*\x27)", following[2]))
        for n in sorted(values, key=int, reverse=True):
            sql = sql.replace("$" + n, values[n])
    statements.append((pid, sql))
tenants = {re.search(r"\x27([0-9a-f-]{36})\x27", sql).group(1) for pid, sql in statements if "set_config(\x27app.tenant_id\x27" in sql}
pids = {pid for pid, sql in statements if "set_config(\x27app.tenant_id\x27" in sql}
if len(tenants) != 1:
    sys.exit("the request did not set one county: is it served from the database?")
print("-- tenant: " + tenants.pop())
if len(sys.argv) > 1:
    # A write: everything up to the COMMIT, which pgbench rolls back instead; a new row gets a new key each time.
    writer = next(pid for pid, sql in statements if pid in pids and sql.upper().startswith("BEGIN"))
    end = next(i for i, (pid, sql) in enumerate(statements) if pid == writer and sql.upper().startswith("COMMIT"))
    fresh = lambda sql: re.sub(r"(?s)^(INSERT INTO \S+ (?:AS \w+ )?\(id, .*?\)\s*VALUES \()\x27[0-9a-f-]{36}\x27", r"\1gen_random_uuid()", sql)
    statements = [(pid, fresh(sql)) for pid, sql in statements[:end]] + [(writer, "ROLLBACK")]
for pid, sql in statements:
    if pid in pids and "set_config(\x27app.tenant_id\x27" not in sql and not sql.upper().startswith(("DISCARD", "SET SESSION AUTHORIZATION DEFAULT")):
        print(sql.rstrip(";") + ";")
' ${write:+write}
}

# pgbench on a script as the application role, in the script's county, for $2 seconds at $3 clients, protocol $4: "tps p50 p95 p99" (ms).
bench_sql() {
  local script=$1 seconds=$2 clients=$3 mode=$4 dir
  dir=$(mktemp -d)
  local tenant; tenant=$(sed -n 's/^-- tenant: //p' "$script")
  (cd "$dir" && PGOPTIONS="-c app.tenant_id=$tenant" PGPASSWORD=$LIANDONG_APP_PASSWORD pgbench -n -M "$mode" -c "$clients" -j 2 -T "$seconds" -l -f "$script" \
    -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_app liandong >"$dir/out" 2>&1) || { cat "$dir/out" >&2; return 1; }
  local tps
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$dir/out" | tail -1)
  cat "$dir"/pgbench_log.* | awk '{print $3 / 1000}' | sort -n |
    awk -v tps="$tps" '{a[NR]=$1} END {printf "%.0f %.2f %.2f %.2f\n", tps, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}'
  rm -rf "$dir"
}

# wrk on the endpoint for $3 seconds at $4 connections (with the Lua script $5, if any): "requests/s p50 p95 p99" (ms).
bench_http() {
  local url=$1 token=$2 seconds=$3 connections=$4 script=${5:-} stats
  # wrk prints no 95th percentile: a done() hook does (after the request script, when there is one).
  stats=$(mktemp --suffix .lua)
  { [ -z "$script" ] || cat "$script"; cat <<'LUA'
function done(summary, latency, requests)
  io.write(string.format("rps %.0f p50 %.2f p95 %.2f p99 %.2f\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
  } >"$stats"
  wrk -t2 -c"$connections" -d"${seconds}s" -H "Authorization: Bearer $token" -s "$stats" "$url" | awk '
    /^rps / { rps = $2; p50 = $4; p95 = $6; p99 = $8 }
    /Non-2xx/ { bad = $NF }
    END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } printf "%s %s %s %s\n", rps, p50, p95, p99 }'
  local status=$?
  rm -f "$stats"
  return $status
}

# Load until the host's throughput settles: tiered compilation (and its profile-guided second pass) takes the best
# part of a minute of load on two shared cores to promote the hot code, and a host measured before that is measured at
# a fraction of its speed. It does not rise steadily: for the first 20-30 s the throughput stays flat at a third to a
# half of its final value while the instrumented code gathers its profile, then climbs within a few rounds (measured on
# the inbox: 635, 670, 1,629, 1,958, 1,875, 1,913 r/s in 10-second steps). So a fresh host ($4 = fresh) is loaded for
# at least 60 s before the test for settling starts; after that, 5-second runs until one is within 5 % of the one
# before (at most 15 more runs).
warm_http() {
  local url=$1 token=$2 connections=$3 fresh=${4:-} previous=0 rps i
  [ -z "$fresh" ] || bench_http "$url" "$token" 60 "$connections" >/dev/null
  for ((i = 0; i < 15; i++)); do
    read -r rps _ <<<"$(bench_http "$url" "$token" 5 "$connections")"
    if [ "$previous" != 0 ] && [ "$(echo "($rps - $previous)^2 < (0.05 * $rps)^2" | bc -l)" = 1 ]; then
      break
    fi
    previous=$rps
  done
}

# Each hot read under load, paired with its own SQL under pgbench (same run, back to back). With a commit ($3), that
# commit's host is built in a temporary worktree and measured on the same rows too, right after this one ("before").
load() {
  local seconds=${1:-10} connections=${2:-16} baseline=${3:-} port=5195 before_port=5196
  command -v wrk >/dev/null || { log "installing wrk from Debian"; export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq wrk >/dev/null; }
  caselist 1 >/dev/null
  assessment 1 >/dev/null
  cd "$root/host/Liandong.Bankruptcy.Host"
  local app logfile case_id before_dir="" before_pid=""
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  logfile="$LIANDONG_PG_ROOT/dev-$LIANDONG_PG_PORT/server.log"
  case_id=$(PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -qAt -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -c \
    "SELECT k.id FROM cases.cases k JOIN platform.counties c ON c.id = k.tenant_id WHERE c.division_code = '410305' AND k.state = 'Declared' LIMIT 1")
  if [ -n "$baseline" ]; then
    before_dir=$(mktemp -d)
    git -C "$root" worktree add --detach "$before_dir" "$baseline" >/dev/null 2>&1
    log "building $baseline for the before column"
    (cd "$before_dir" && dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -c Release -v quiet -nologo -clp:NoSummary >/dev/null)
    serve "$before_port" "$app" "$before_dir/host/Liandong.Bankruptcy.Host"
    before_pid=$served
  fi
  serve "$port" "$app"
  trap 'kill $served $before_pid 2>/dev/null || true; [ -z "$before_dir" ] || git -C "$root" worktree remove --force "$before_dir"' RETURN
  printf '%-30s %8s %6s %6s %6s | %8s %6s %6s | %8s | %5s %5s' what "host r/s" p50 p95 p99 "pg prep" p50 p95 "pg ext" "÷prep" "÷ext"
  [ -z "$baseline" ] && echo || printf ' | %10s %6s %5s\n' "before r/s" p95 "÷prep"
  local target user path label token script n=0 kept="$root/TestResults/load" notifications_rps=0
  mkdir -p "$kept"
  for target in \
    "410305-tax|/api/coordination/inbox?limit=50|unit inbox (50 of 1,000,000)" \
    "410305-coordinator|/api/coordination/items?limit=50|the office's item list" \
    "410305-coordinator|/api/cases?state=Declared&limit=50|case list, state=Declared" \
    "410305-coordinator|/api/cases/$case_id|a case page's read" \
    "410305-tax|/api/coordination/notifications|notifications" \
    "410305-coordinator|/api/coordination/assessment?from=2025-07-01&to=2025-12-31|assessment, a half-year" \
    "410305-coordinator|/api/platform/units|units (a few rows)"; do
    IFS='|' read -r user path label <<<"$target"
    token=$(token_for "$port" "$user")
    warm_http "http://127.0.0.1:$port$path" "$token" "$connections" "$([ $n = 0 ] && echo fresh)"
    n=$((n + 1))
    script="$kept/$n.sql" # kept to read: the SQL each row of the table ran under pgbench
    capture_sql "$port" "$token" "$path" "$logfile" >"$script"
    read -r prep_rps prep_p50 prep_p95 _ <<<"$(bench_sql "$script" "$seconds" "$connections" prepared)"
    read -r ext_rps _ <<<"$(bench_sql "$script" "$seconds" "$connections" extended)"
    read -r host_rps host_p50 host_p95 host_p99 <<<"$(bench_http "http://127.0.0.1:$port$path" "$token" "$seconds" "$connections")"
    print_row "$label"
    [ "$label" != notifications ] || notifications_rps=$host_rps
    if [ -n "$baseline" ]; then
      token=$(token_for "$before_port" "$user")
      warm_http "http://127.0.0.1:$before_port$path" "$token" "$connections" "$([ $n = 1 ] && echo fresh)"
      read -r old_rps _ old_p95 _ <<<"$(bench_http "http://127.0.0.1:$before_port$path" "$token" "$seconds" "$connections")"
      print_before
    else
      echo
    fi
  done
  floor_row
  write_row
  echo "the SQL of each row: $kept/<row>.sql"
}

# Paired A/B of one endpoint (see the usage at the top).
pair() {
  local user=$1 path=$2 rounds=${3:-10} port_a=5193 port_b=5194 app token_a token_b pid_a pid_b dir_b="" i side
  shift 2; [ $# -gt 0 ] && shift
  dev_database >/dev/null 2>&1
  ensure_key_file
  command -v wrk >/dev/null || { log "installing wrk from Debian"; export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq wrk >/dev/null; }
  app="$(conn liandong_app "$LIANDONG_APP_PASSWORD" "$LIANDONG_PG_PORT" liandong)"
  cd "$root/host/Liandong.Bankruptcy.Host"
  dotnet build -c Release -v quiet -nologo -clp:NoSummary >/dev/null
  serve "$port_a" "$app"; pid_a=$served
  if [ $# -gt 0 ] && [[ $1 != *=* ]]; then
    dir_b=$(mktemp -d)
    git -C "$root" worktree add --detach "$dir_b" "$1" >/dev/null 2>&1
    log "building $1 for B"
    (cd "$dir_b" && dotnet build host/Liandong.Bankruptcy.Host/Liandong.Bankruptcy.Host.csproj -c Release -v quiet -nologo -clp:NoSummary >/dev/null)
    serve "$port_b" "$app" "$dir_b/host/Liandong.Bankruptcy.Host"
  else
    local pid_file; pid_file=$(mktemp)
    (export "$@"; serve "$port_b" "$app"; echo "$served" >"$pid_file") # the environment for B's host only
    served=$(cat "$pid_file"); rm -f "$pid_file"
  fi
  pid_b=$served
  trap 'kill $pid_a $pid_b 2>/dev/null || true; [ -z "$dir_b" ] || git -C "$root" worktree remove --force "$dir_b"' RETURN
  token_a=$(token_for "$port_a" "$user"); token_b=$(token_for "$port_b" "$user")
  warm_http "http://127.0.0.1:$port_a$path" "$token_a" 16 fresh
  warm_http "http://127.0.0.1:$port_b$path" "$token_b" 16 fresh
  cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
  local rows; rows=$(for ((i = 1; i <= rounds; i++)); do
    for side in A B; do
      local port=$port_a token=$token_a pid=$pid_a before rps p95
      [ $side = A ] || { port=$port_b; token=$token_b; pid=$pid_b; }
      before=$(cpu_ticks "$pid")
      read -r rps _ p95 _ <<<"$(bench_http "http://127.0.0.1:$port$path" "$token" 5 16)"
      echo "$i $side $rps $p95 $(( ($(cpu_ticks "$pid") - before) * 1000000 / $(getconf CLK_TCK) / (rps * 5) ))"
    done
  done)
  echo "round side r/s p95-ms cpu-us-per-request"; echo "$rows"
  echo "$rows" | awk '
    $2 == "A" { r = $3; p = $4; c = $5 }
    $2 == "B" { n++; rr[n] = r / $3; pp[n] = p / $4; cc[n] = c / $5 }
    function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    END { printf "medians of A / B over %d rounds: r/s %.3f  p95 %.3f  CPU per request %.3f\n", n, median(rr, n), median(pp, n), median(cc, n) }'
}

# A row of the table, from the figures load and write_row read into their locals (bash's dynamic scope).
print_row() {
  printf '%-30s %8s %6s %6s %6s | %8s %6s %6s | %8s | %5.2f %5.2f' "$1" "$host_rps" "$host_p50" "$host_p95" "$host_p99" \
    "$prep_rps" "$prep_p50" "$prep_p95" "$ext_rps" "$(echo "$host_rps / $prep_rps" | bc -l)" "$(echo "$host_rps / $ext_rps" | bc -l)"
}

print_before() {
  printf ' | %10s %6s %5.2f\n' "$old_rps" "$old_p95" "$(echo "$old_rps / $prep_rps" | bc -l)"
}

# The host's floor: a signed-in request that opens no database connection (GET /api/auth/me: authentication, the
# directory's cached check, authorization, the request log, a small JSON body), no SQL to pair it with. No read can be
# faster; a read whose SQL is cheap and that still runs well below it spends the difference on its database path in the
# host. The last column is the share of the floor the notifications row reached.
floor_row() {
  local token floor_rps floor_p50 floor_p95 floor_p99
  token=$(token_for "$port" 410305-tax)
  warm_http "http://127.0.0.1:$port/api/auth/me" "$token" "$connections"
  read -r floor_rps floor_p50 floor_p95 floor_p99 <<<"$(bench_http "http://127.0.0.1:$port/api/auth/me" "$token" "$seconds" "$connections")"
  printf '%-30s %8s %6s %6s %6s | %8s %6s %6s | %8s | notifications ÷ this %.2f\n' "floor: signed in, no database" \
    "$floor_rps" "$floor_p50" "$floor_p95" "$floor_p99" - - - - "$(echo "$notifications_rps / $floor_rps" | bc -l)"
}

# $1 fresh items in progress at 410305-tax's unit, due far ahead (off every first page), as "id|version" lines.
write_items() {
  PGPASSWORD=$LIANDONG_OWNER_PASSWORD psql -X -qAt -h 127.0.0.1 -p "$LIANDONG_PG_PORT" -U liandong_owner -d liandong -v ON_ERROR_STOP=1 -c "
    INSERT INTO coordination.items (id, tenant_id, kind, title, source, routine, unit_id, unit_name, priority, due_length,
        due_unit, starts_on, due_on, due_provisional, status, is_open, created_at, updated_at)
    SELECT gen_random_uuid(), m.tenant_id, 'measure-write', '测量办结' || n, 'Template', true, u.id, u.name, 'Normal', 10,
           'Days', DATE '2029-12-01', DATE '2030-01-01', false, 'InProgress', true, now(), now()
    FROM platform.memberships m JOIN platform.units u ON u.id = m.unit_id CROSS JOIN generate_series(1, $1) n
    WHERE m.user_name = '410305-tax'
    RETURNING id || '|' || xmin"
}

# The write: a unit completes an item with If-Match (POST /api/coordination/items/{id}/complete), each request a fresh
# item. pgbench runs the statements of the connection that committed one completion, as one transaction rolled back
# instead of committed (a replay must not collide with the rows it inserted), so the host also pays the commit's WAL
# flush that pgbench does not: the ratio flatters pgbench a little.
write_row() {
  local lua="$root/TestResults/load/complete.lua" script="$root/TestResults/load/write.sql" token items
  cat >"$lua" <<'LUA'
local rows, n, next_id = {}, 0, 0
function setup(thread) thread:set("tid", next_id); next_id = next_id + 1 end
function init(args)
  local i = 0
  for line in io.lines(os.getenv("ITEMS")) do
    if i % 2 == tid then rows[#rows + 1] = line end
    i = i + 1
  end
end
function request()
  n = n + 1
  local id, version = rows[n]:match("([^|]+)|([^|]+)")
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["If-Match"] = '"' .. version .. '"'
  headers["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/coordination/items/" .. id .. "/complete", headers, '{"result":"已办结（测量）"}')
end
LUA
  local per_run=$(( (seconds + 5) * 2000 ))
  token=$(token_for "$port" 410305-tax)
  items=$(mktemp); write_items "$per_run" >"$items"
  ITEMS=$items bench_http "http://127.0.0.1:$port" "$token" 5 "$connections" "$lua" >/dev/null
  # The host completes one item; pgbench replays its statements on a twin still in progress (its id and version
  # written in), which each rolled-back replay leaves as it was.
  local pair one version twin twin_version
  pair=$(write_items 2)
  IFS='|' read -r one version <<<"$(sed -n 1p <<<"$pair")"
  IFS='|' read -r twin twin_version <<<"$(sed -n 2p <<<"$pair")"
  write=1 capture_sql "$port" "$token" "/api/coordination/items/$one/complete" "$logfile" -X POST -H "If-Match: \"$version\"" \
    -H 'Content-Type: application/json' -d '{"result":"已办结（测量）"}' |
    sed -e "s/$one/$twin/g" -e "s/xmin = '$version'/xmin = '$twin_version'/" >"$script"
  read -r prep_rps prep_p50 prep_p95 _ <<<"$(bench_sql "$script" "$seconds" "$connections" prepared)"
  read -r ext_rps _ <<<"$(bench_sql "$script" "$seconds" "$connections" extended)"
  write_items "$per_run" >"$items"
  read -r host_rps host_p50 host_p95 host_p99 <<<"$(ITEMS=$items bench_http "http://127.0.0.1:$port" "$token" "$seconds" "$connections" "$lua")"
  print_row "complete an item (If-Match)"
  if [ -n "$baseline" ]; then
    token=$(token_for "$before_port" 410305-tax)
    write_items "$per_run" >"$items"
    ITEMS=$items bench_http "http://127.0.0.1:$before_port" "$token" 5 "$connections" "$lua" >/dev/null
    write_items "$per_run" >"$items"
    read -r old_rps _ old_p95 _ <<<"$(ITEMS=$items bench_http "http://127.0.0.1:$before_port" "$token" "$seconds" "$connections" "$lua")"
    print_before
  else
    echo
  fi
  rm -f "$items"
}

crash() {
  "$here/pg.sh" start test >/dev/null 2>&1
  cd "$root"
  export LIANDONG_TEST_ADMIN
  LIANDONG_TEST_ADMIN="$(conn postgres "$LIANDONG_PG_SUPERUSER_PASSWORD" "$LIANDONG_TEST_PG_PORT" postgres)"
  export LIANDONG_TEST_OWNER_PASSWORD=$LIANDONG_OWNER_PASSWORD LIANDONG_TEST_APP_PASSWORD=$LIANDONG_APP_PASSWORD
  export LIANDONG_TEST_READER_PASSWORD=$LIANDONG_READER_PASSWORD
  dotnet build Liandong.Bankruptcy.sln -v quiet -nologo -clp:NoSummary >/dev/null
  local results; results=$(mktemp -d)
  dotnet test --project tests/Liandong.Bankruptcy.Host.Tests --no-build -- --filter-class '*CrashTests' --report-xunit-trx \
    --results-directory "$results" | grep -E 'succeeded:|failed:' | tr -s ' ' | tr '\n' ' '; echo
  grep -ho 'kill -9[^<]*' "$results"/*.trx
  rm -rf "$results"
}

case ${1:-} in
  startup) shift; startup "$@" ;;
  declarations) shift; declarations "$@" ;;
  crash) crash ;;
  assessment) shift; assessment "$@" ;;
  ci) ci ;;
  permissions) permissions ;;
  distribution) distribution ;;
  json) json ;;
  caselist) shift; caselist "$@" ;;
  inbox) shift; inbox "$@" ;;
  load) shift; load "$@" ;;
  pair) shift; pair "$@" ;;
  wages-import) shift; wagesimport "$@" ;;
  *) echo "usage: etc/measure.sh startup [runs] | ci | permissions | distribution | json | caselist [requests] [query] | inbox [requests] | load [seconds] [connections] [before-commit] | pair <user> <path> [rounds] [before-commit | VAR=value ...]" >&2; exit 2 ;;
esac
