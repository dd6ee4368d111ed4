#!/usr/bin/env bash
# Throughput and latency of the main public pages, measured with wrk on loopback only.
# Usage: bench/run.sh [seconds-per-url] [connections]
#   Runs the packaged app on the embedded H2 default (or on PostgreSQL when
#   SPRING_PROFILES_ACTIVE=postgres and SPRING_DATASOURCE_* are set), warms it up, then runs
#   wrk against each URL for a bounded time and prints one line per URL. Stops the app at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-8}"
PORT="${BENCH_PORT:-18080}"
BASE="http://127.0.0.1:${PORT}"
URLS=(/ /timeline /trainings "/trainings?region=africa&discipline=ENGINEERING" /missions /missions/UNTAC
      /statement "/search?q=timor" /trainings.csv)

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

./mvnw -B -q -DskipTests package
JAR=$(ls target/peace-operations-record-*.jar | grep -v plain | head -n 1)
WORK=$(mktemp -d)
( cd "$WORK" && exec java -Xmx512m -jar "$OLDPWD/$JAR" --server.port="$PORT" \
      --spring.datasource.url="${SPRING_DATASOURCE_URL:-jdbc:h2:file:$WORK/bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}" \
      > "$WORK/app.log" 2>&1 ) &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 90); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "app did not start; see log:" >&2; tail -50 "$WORK/app.log" >&2; exit 1; }

echo "# warm-up"
for url in "${URLS[@]}"; do wrk -t1 -c2 -d3s "$BASE$url" >/dev/null; done

printf '%-50s %12s %12s %12s %8s\n' url req/s p50 p99 non2xx
for url in "${URLS[@]}"; do
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '%-50s %12s %12s %12s %8s\n' "$url" "$rps" "$p50" "$p99" "${non2xx:-0}"
done
