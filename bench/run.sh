#!/usr/bin/env bash
# Benchmark harness (not part of the test suite; see docs/benchmarks.md for results and how to read them).
#
#   bench/run.sh [--data seed|100x|both] [--duration SECONDS] [--connections N] [--lighthouse] [--profile]
#                [--skip-build]
#
# Packages the application, runs it on a PostgreSQL database of its own (peace_record_bench, recreated) with the
# documented JVM settings, and drives it with wrk over loopback: for each page, with the rendered-response cache on
# (hits), off (misses) and as conditional GETs (304), reporting req/s, p50/p99 and errors; beside it nginx serves the
# same rendered page (gzip, as the app sends it) in the same run, as the ceiling. Also: start-up time, RSS, SQL
# statements per request (Hibernate's SQL log, one request per page, caches off), bytes per first and repeat view
# (headless Chromium) and, with --lighthouse, Lighthouse 12.2.3 scores (median of 3, mobile). With --data 100x (or
# both) bench/DataGenerator.java adds a hundred times the statement's records first. Results: bench/results/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=both
DURATION=15
CONNECTIONS=32
LIGHTHOUSE=false
PROFILE=false
BUILD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --lighthouse) LIGHTHOUSE=true ;;
    --profile) PROFILE=true ;;
    --skip-build) BUILD=false ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

DB=peace_record_bench
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
PORT=8093
NGINX_PORT=8094
BASE=http://127.0.0.1:$PORT
# The documented JVM settings (README, docs/benchmarks.md): a small heap with the serial collector fits two cores.
JVM_OPTS=${JVM_OPTS:-"-Xms96m -Xmx256m -Xmn64m -XX:SurvivorRatio=4 -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -Xss512k -XX:TrimNativeHeapInterval=5000"}
# glibc keeps one malloc arena per thread by default (up to 8 per core): two bound the native memory Tomcat's
# threads hold on to.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# The pages measured: one of each kind the issue named, and a theme's page (its linked sections grow with the data)
PAGES=("/" "/timeline" "/trainings?region=africa" "/missions/UNMISS" "/statement" "/search?q=timor" "/themes/wps" "/contributions.csv?kind=FINANCIAL")
OUT=bench/results/$(date -u +%Y%m%d-%H%M%S)
mkdir -p "$OUT"
REPORT=$OUT/report.md
APP_PID=
NGINX_PID=
STARTUP=

for tool in wrk nginx psql curl java node; do
  command -v $tool > /dev/null || { echo "Needs $tool (apt-get install -y wrk nginx postgresql-client nodejs)" >&2; exit 1; }
done

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2> /dev/null || true
}
trap cleanup EXIT

if $BUILD; then
  ./mvnw -q -B -DskipTests package
fi
# The run uses copies, so that the working tree may be rebuilt while it goes on.
cp "$(ls target/peace-operations-record-*.jar | grep -v original | head -1)" "$OUT/app.jar"
JAR=$PWD/$OUT/app.jar
cp -r target/classes "$OUT/classes"
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime > /dev/null

psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
  -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"

start_app() { # start_app LOGFILE [app args…]: starts the jar on PostgreSQL, waits for health; STARTUP = seconds taken
  local log=$1; shift
  local started=$(date +%s.%N)
  # wrk is one client on one address: the per-client rate of the search (web.RateLimits) is lifted for it.
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://$PG_HOST:5432/$DB \
    SPRING_DATASOURCE_USERNAME=$PG_USER SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD \
    PEACE_RECORD_RATE_LIMIT_PER_MINUTE=100000000 \
    java $JVM_OPTS -jar "$JAR" --server.port=$PORT "$@" > "$log" 2>&1 &
  APP_PID=$!
  wait_healthy "$started" "$log"
}

start_embedded() { # start_embedded LOGFILE: the jar on its embedded default database (H2 under $OUT/embedded/data)
  local log=$1
  local started=$(date +%s.%N)
  mkdir -p "$OUT/embedded"
  (cd "$OUT/embedded" && exec java $JVM_OPTS -jar "$JAR" --server.port=$PORT) > "$log" 2>&1 &
  APP_PID=$!
  wait_healthy "$started" "$log"
}

wait_healthy() { # wait_healthy START_TIME LOGFILE
  local started=$1 log=$2
  for _ in $(seq 1 300); do
    if curl -s -o /dev/null "$BASE/actuator/health"; then
      STARTUP=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
      return
    fi
    sleep 0.1
  done
  echo "The application did not start; see $log" >&2
  exit 1
}

stop_app() {
  kill "$APP_PID"
  wait "$APP_PID" 2> /dev/null || true
  APP_PID=
}

rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }

# wrk LABEL URL [header…]: one line "| label | req/s | p50 | p99 | errors |"
load() {
  local label=$1 url=$2; shift 2
  local args=()
  for header in "$@"; do args+=(-H "$header"); done
  local file
  file="$OUT/wrk-$(echo "$label" | tr -c 'A-Za-z0-9' '_').txt"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "${args[@]}" "$url" > "$file"
  python3 bench/wrk_summary.py "$label" "$file"
}

warm() { # warm [SECONDS]: every page, twice round, SECONDS each (3 by default: enough to fill the response cache)
  local seconds=${1:-3}
  for round in 1 2; do
    for page in "${PAGES[@]}"; do
      wrk -t2 -c8 -d"${seconds}s" -H 'Accept-Encoding: gzip' "$BASE$page" > /dev/null
    done
  done
}

wait_idle() { # wait_idle: until the application has finished what a load left queued (downloads waiting for their
  # turn go on after wrk has gone: at 100x, 7 MB each, two at a time), under 5 % of a core for a second, at most 60 s
  local tick a b
  tick=$(getconf CLK_TCK)
  for _ in $(seq 1 60); do
    a=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    sleep 1
    b=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    if (( (b - a) * 100 < tick * 5 )); then
      return
    fi
  done
}

etag() { curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "$BASE$1" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r'; }

run_dataset() { # run_dataset NAME
  local name=$1
  {
    echo "## Data: $name"
    echo
    echo "Rows: $(psql -tA -h "$PG_HOST" -U "$PG_USER" -d $DB -c "SELECT (SELECT COUNT(*) FROM contribution) || ' contributions, ' || (SELECT COUNT(*) FROM training) || ' trainings, ' || (SELECT COUNT(*) FROM mission) || ' missions, ' || (SELECT COUNT(*) FROM person) || ' people'")"
    echo
  } >> "$REPORT"

  # Rendered-response cache on: hits and conditional GETs
  start_app "$OUT/app-$name-cache.log"
  echo "- Start-up to healthy (cache on): ${STARTUP}s; $(grep -o 'Started PeaceRecordApplication in [0-9.]* seconds' "$OUT/app-$name-cache.log")" >> "$REPORT"
  warm
  wait_idle
  {
    echo
    echo "| $name, page | req/s | p50 | p99 | errors |"
    echo "|---|---|---|---|---|"
  } >> "$REPORT"
  for page in "${PAGES[@]}"; do
    load "hit $page" "$BASE$page" >> "$REPORT"
    load "304 $page" "$BASE$page" "If-None-Match: $(etag "$page")" >> "$REPORT"
  done
  echo "- RSS after the cache-on runs: $(rss_mb) MB" > "$OUT/rss-$name.txt"
  cat "$OUT/rss-$name.txt" >> "$REPORT"

  # The nginx ceiling: the same rendered page (gzip and identity) served as a static file, in the same run
  local ceiling=/trainings?region=africa
  mkdir -p "$OUT/nginx/root"
  curl -s "$BASE$ceiling" -o "$OUT/nginx/root/page.html"
  curl -s -H 'Accept-Encoding: gzip' "$BASE$ceiling" -o "$OUT/nginx/root/page.html.gz"
  cat > "$OUT/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/nginx/root;
    gzip_static on;
    location / { try_files /page.html =404; etag on; }
  }
}
EOF
  nginx -c "$PWD/$OUT/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  sleep 1
  load "nginx ceiling ($ceiling, 200)" "http://127.0.0.1:$NGINX_PORT/" >> "$REPORT"
  kill "$NGINX_PID"; NGINX_PID=
  stop_app

  # Cache off: every request renders (with --profile, under Java Flight Recorder: where the time goes)
  local saved_opts=$JVM_OPTS
  if $PROFILE; then
    JVM_OPTS="$JVM_OPTS -XX:StartFlightRecording=filename=$PWD/$OUT/nocache-$name.jfr,settings=profile"
  fi
  start_app "$OUT/app-$name-nocache.log" --peace-record.page-cache.enabled=false
  JVM_OPTS=$saved_opts
  # Rendering is compiled by the JIT only after many requests: a short warm-up measured a half-compiled server
  # (on this machine /trainings went from ~70 to ~150 req/s between its first and its third ten seconds).
  warm "${WARM_SECONDS:-15}"
  wait_idle
  {
    echo
    echo "| $name, page, response cache off | req/s | p50 | p99 | errors |"
    echo "|---|---|---|---|---|"
  } >> "$REPORT"
  for page in "${PAGES[@]}"; do
    # Each page loaded unmeasured first: the page before leaves garbage whose full collections would otherwise fall
    # in this page's measurement (at 100x, after the 7 MB download: the overview 127 req/s, p99 592 ms and seven full
    # collections; ten seconds later 308 req/s, p99 148 ms and none). Not the download: at 100x its unmeasured load
    # left 32 renderings of 7 MB queued (two at a time) for the measured run, which then completed none.
    if [[ $page != *.csv* ]]; then
      wrk -t2 -c"$CONNECTIONS" -d"${SETTLE_SECONDS:-5}s" -H 'Accept-Encoding: gzip' "$BASE$page" > /dev/null
    fi
    load "miss $page" "$BASE$page" >> "$REPORT"
    wait_idle
  done
  echo "- RSS after the cache-off runs: $(rss_mb) MB" >> "$REPORT"
  stop_app

  # SQL statements per request: Hibernate's SQL log, one request per page, both caches off
  start_app "$OUT/app-$name-sql.log" --peace-record.page-cache.enabled=false --peace-record.data-cache.enabled=false \
    --logging.level.org.hibernate.SQL=debug
  {
    echo
    echo "| $name, page | SQL statements per request (caches off) |"
    echo "|---|---|"
  } >> "$REPORT"
  for page in "${PAGES[@]}"; do
    curl -s -o /dev/null "$BASE$page"
    local before
    before=$(grep -c 'org.hibernate.SQL' "$OUT/app-$name-sql.log" || true)
    curl -s -o /dev/null "$BASE$page"
    sleep 0.2
    echo "| $page | $(( $(grep -c 'org.hibernate.SQL' "$OUT/app-$name-sql.log" || true) - before )) |" >> "$REPORT"
  done
  stop_app
}

{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s over loopback, Accept-Encoding: gzip; JVM: \`$JVM_OPTS\`; $(nproc) cores."
  echo
} > "$REPORT"

# Start-up on the embedded default database (what a newcomer runs): first start, then a restart
start_embedded "$OUT/app-embedded-first-start.log"
echo "- Embedded H2, first start (migrations, seed, import): ${STARTUP}s" >> "$REPORT"
stop_app
start_embedded "$OUT/app-embedded-restart.log"
echo "- Embedded H2, restart on the existing database: ${STARTUP}s; $(grep -o 'Started PeaceRecordApplication in [0-9.]* seconds' "$OUT/app-embedded-restart.log")" >> "$REPORT"
stop_app
# The same restart from the extracted jar with a class-data sharing archive (docs/operations.md, "Faster start-up")
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" > /dev/null
SAVED_JAR=$JAR
JAR="$PWD/$(ls "$OUT"/extracted/*.jar)"
ARCHIVE="$PWD/$OUT/extracted/app.jsa"
(cd "$OUT/embedded" && java $JVM_OPTS -XX:ArchiveClassesAtExit="$ARCHIVE" -Dspring.context.exit=onRefresh -jar "$JAR") \
  > "$OUT/cds-training.log" 2>&1
JVM_OPTS="$JVM_OPTS -XX:SharedArchiveFile=$ARCHIVE" start_embedded "$OUT/app-embedded-cds.log"
echo "- Embedded H2, restart from the extracted jar with a CDS archive: ${STARTUP}s; $(grep -o 'Started PeaceRecordApplication in [0-9.]* seconds' "$OUT/app-embedded-cds.log")" >> "$REPORT"
stop_app
# … and with the build's ahead-of-time bean definitions too (an archive of its own: AOT loads other classes)
AOT_ARCHIVE="$PWD/$OUT/extracted/app-aot.jsa"
(cd "$OUT/embedded" && java $JVM_OPTS -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$AOT_ARCHIVE" \
  -Dspring.context.exit=onRefresh -jar "$JAR") > "$OUT/cds-aot-training.log" 2>&1
JVM_OPTS="$JVM_OPTS -Dspring.aot.enabled=true -XX:SharedArchiveFile=$AOT_ARCHIVE" start_embedded "$OUT/app-embedded-aot.log"
echo "- Embedded H2, restart from the extracted jar with a CDS archive and -Dspring.aot.enabled=true: ${STARTUP}s; $(grep -o 'Started PeaceRecordApplication in [0-9.]* seconds' "$OUT/app-embedded-aot.log")" >> "$REPORT"
stop_app
JAR=$SAVED_JAR

# PostgreSQL: first start (migrations and the seed), restart
start_app "$OUT/app-first-start.log"
echo "- PostgreSQL, first start on an empty database (migrations, seed, import): ${STARTUP}s" >> "$REPORT"
stop_app
# What autovacuum does within minutes where it runs (it is off on some machines, this one included): visibility map
# set, the search indexes' pending entries merged. bench/DataGenerator.java does the same after its bulk load.
psql -q -h "$PG_HOST" -U "$PG_USER" -d $DB -c "VACUUM ANALYZE"
start_app "$OUT/app-restart.log"
echo "- PostgreSQL, restart on the migrated database: ${STARTUP}s" >> "$REPORT"

# Bytes per view (first and repeat), on the seed
if [ ! -d bench/node_modules/playwright-core ]; then
  (cd bench && npm install --silent --no-audit --no-fund > /dev/null)
fi
node bench/page-weight.mjs "$BASE" "${PAGES[@]:0:7}" > "$OUT/page-weight.jsonl"
{
  echo
  echo "| page | first view: bytes (requests) | repeat view: bytes (requests) |"
  echo "|---|---|---|"
  python3 - "$OUT/page-weight.jsonl" <<'EOF'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    print(f"| {r['path']} | {r['first']['bytes']:,} ({r['first']['requests']}) | {r['repeat']['bytes']:,} ({r['repeat']['requests']}) |")
EOF
  echo
} >> "$REPORT"

if $LIGHTHOUSE; then
  echo "| page | performance | accessibility | best practices | SEO | first / largest contentful paint |" >> "$REPORT"
  echo "|---|---|---|---|---|---|" >> "$REPORT"
  for page in "/" "/timeline" "/trainings?region=africa" "/trainings/1" "/contributions" "/missions/UNMISS" "/themes/wps" "/people" "/initiatives" "/statement" "/search?q=timor"; do
    for run in 1 2 3; do
      CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12.2.3 "$BASE$page" --quiet --output=json \
        --output-path="$OUT/lighthouse-$(printf '%s' "$page" | tr -c 'A-Za-z0-9' '_')-$run.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu" --form-factor=mobile > /dev/null 2>&1 || true
    done
    python3 - "$OUT" "$page" >> "$REPORT" <<'EOF'
import glob, json, statistics, sys, re
out, page = sys.argv[1], sys.argv[2]
runs = [json.load(open(f)) for f in glob.glob(f"{out}/lighthouse-{re.sub('[^A-Za-z0-9]', '_', page)}-*.json")]
score = lambda cat: round(100 * statistics.median(r['categories'][cat]['score'] for r in runs)) if runs else 'n/a'
paint = lambda audit: f"{statistics.median(r['audits'][audit]['numericValue'] for r in runs) / 1000:.1f} s" if runs else 'n/a'
print(f"| {page} | {score('performance')} | {score('accessibility')} | {score('best-practices')} | {score('seo')} "
      f"| {paint('first-contentful-paint')} / {paint('largest-contentful-paint')} |")
EOF
  done
  echo >> "$REPORT"
fi
stop_app

if [ "$DATA" = seed ] || [ "$DATA" = both ]; then
  run_dataset seed
fi
if [ "$DATA" = 100x ] || [ "$DATA" = both ]; then
  java -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" bench/DataGenerator.java \
    --url "jdbc:postgresql://$PG_HOST:5432/$DB" --user "$PG_USER" --password "$PG_PASSWORD" --seed 42 2> "$OUT/generator.log"
  echo >> "$REPORT"
  echo "- Data generator: $(tail -1 "$OUT/generator.log")" >> "$REPORT"
  run_dataset 100x
fi
echo "Report: $REPORT"
