#!/usr/bin/env bash
# The query plans behind each public page, on the benchmark database (run bench/run.sh --data 100x first): turns on
# PostgreSQL's auto_explain for that database, requests each page once with the caches off, and writes every plan
# to bench/results/explain-<time>.txt with a summary of sequential scans per table. Needs the server log readable
# (Debian: /var/log/postgresql/postgresql-<version>-main.log).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-peace_record_bench}   # the database bench/run.sh loads; DB=… for another
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
PORT=8096
LOG=${PG_LOG:-$(ls /var/log/postgresql/postgresql-*-main.log | tail -1)}
OUT=bench/results/explain-$(date -u +%Y%m%d-%H%M%S).txt
# The benchmark's pages, and every list in each of its orders (a sort without an index matching it reads every row)
PAGES=("/" "/timeline" "/trainings?region=africa" "/trainings?region=africa&sort=title&page=3"
       "/trainings?sort=date-asc" "/trainings?sort=title&page=20"
       "/contributions?kind=FINANCIAL" "/contributions?sort=-start" "/contributions?sort=title&page=20"
       "/missions" "/missions?sort=start" "/missions/UNMISS" "/people" "/people?mission=UNMISS" "/initiatives"
       "/themes/wps" "/statement" "/search?q=timor" "/search?q=%E5%B7%A5" "/contributions.csv?kind=FINANCIAL")
JAR=$(ls target/peace-operations-record-*.jar | grep -v original | head -1)

psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres \
  -c "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = 0" \
  -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on"
cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2> /dev/null || true
  psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "ALTER DATABASE $DB RESET ALL"
}
trap cleanup EXIT

SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://$PG_HOST:5432/$DB \
  SPRING_DATASOURCE_USERNAME=$PG_USER SPRING_DATASOURCE_PASSWORD=${PG_PASSWORD:-postgres} \
  java -jar "$JAR" --server.port=$PORT --peace-record.page-cache.enabled=false --peace-record.data-cache.enabled=false \
  > /tmp/explain-app.log 2>&1 &
APP=$!
for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 0.2; done

mkdir -p "$(dirname "$OUT")"
: > "$OUT"
for page in "${PAGES[@]}"; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$page"   # warm: the plans of the second request are the ones kept
  sleep 0.5
  start=$(wc -l < "$LOG")
  curl -s -o /dev/null -w "%{http_code} %{time_total}s" "http://127.0.0.1:$PORT$page" > /tmp/explain-status.txt
  sleep 1
  {
    echo "=================================================================="
    echo "PAGE $page  ($(cat /tmp/explain-status.txt))"
    echo "=================================================================="
    tail -n +"$((start + 1))" "$LOG" | sed -n '/duration: .* plan:/,$p' | grep -v "^\s*$" | sed 's/^.*LOG:  //'
  } >> "$OUT"
done
echo "Sequential scans, by page and table, and the page's slowest statement (plans in $OUT):"
python3 - "$OUT" <<'PY'
import re, sys, collections
page = None
scans = collections.defaultdict(collections.Counter)
slowest = collections.defaultdict(float)
for line in open(sys.argv[1]):
    m = re.match(r'PAGE (\S+)', line)
    if m: page = m.group(1); scans[page]; continue
    m = re.search(r'Seq Scan on (\w+)', line)
    if m and page: scans[page][m.group(1)] += 1
    m = re.search(r'duration: ([0-9.]+) ms', line)
    if m and page: slowest[page] = max(slowest[page], float(m.group(1)))
for page, tables in scans.items():
    print(f"{page}: " + (", ".join(f"{t} ×{n}" for t, n in tables.items()) or "none")
          + f"; slowest statement {slowest[page]:.1f} ms")
PY
