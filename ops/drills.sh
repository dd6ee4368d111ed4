#!/usr/bin/env bash
# The operations drills of docs/operations.md, on the local reference topology (ops/cluster.sh: two instances of the
# packaged jar behind nginx on the local PostgreSQL). The outage drill STOPS THE LOCAL POSTGRESQL SERVER for a while:
# run it on a machine where nothing else needs it.
#
#   ops/drills.sh outage | crash | two-instances | backup | all
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=http://127.0.0.1:8100
RUN=${CLUSTER_RUN:-/tmp/peace-record-cluster}
DB=${CLUSTER_DB:-peace_record_cluster}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
ADMIN=admin
ADMIN_PASSWORD=${APP_ADMIN_PASSWORD:-violet harbour drill lantern 2026}
PG_VERSION=$(ls /etc/postgresql | sort -V | tail -1)
OUT=$RUN/drills
mkdir -p "$OUT"

acked_missing() { # acked_missing FILE: how many acknowledged saves are not (intact) in the database
  local missing=0
  while read -r acronym; do
    [ "$(psql -d "$DB" -tA -c "SELECT COUNT(*) FROM mission m JOIN mission_citation c ON c.mission_id = m.id
          WHERE m.acronym = '$acronym' AND m.name = 'Drill mission $acronym'")" = 1 ] || missing=$((missing + 1))
  done < "$1"
  echo $missing
}

outage() {
  echo "== Database stopped and restarted under load"
  wrk -t1 -c8 -d40s --timeout 10s --latency "$BASE/trainings?region=africa" > "$OUT/outage-readers.txt" &
  local readers=$!
  python3 ops/editor_loop.py "$BASE" "$ADMIN" "$ADMIN_PASSWORD" 40 "$OUT/outage-acked.txt" OUT > "$OUT/outage-editor.txt" &
  local editor=$!
  sleep 10
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main stop -m fast
  local stopped=$(date +%s.%N)
  local during
  during=$(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' "$BASE/people?page=2")
  sleep 10
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
  echo "PostgreSQL down for $(python3 -c "print(round($(date +%s.%N) - $stopped, 1))") s; an uncached page meanwhile: $during"
  wait $readers $editor || true
  echo "Readers: $(grep -E 'Requests/sec|Non-2xx|Socket errors|99%' "$OUT/outage-readers.txt" | tr -s ' ' | paste -sd ';')"
  echo "Editor: $(cat "$OUT/outage-editor.txt")"
  echo "Acknowledged saves missing or half-written afterwards: $(acked_missing "$OUT/outage-acked.txt") of $(wc -l < "$OUT/outage-acked.txt")"
  ops/cluster.sh status
}

crash() {
  echo "== kill -9 of an instance during a burst of saves"
  python3 ops/editor_loop.py "$BASE" "$ADMIN" "$ADMIN_PASSWORD" 20 "$OUT/crash-acked.txt" CRA > "$OUT/crash-editor.txt" &
  local editor=$!
  wrk -t1 -c4 -d20s "$BASE/timeline" > "$OUT/crash-readers.txt" &
  local readers=$!
  sleep 8
  ops/cluster.sh kill9 1
  echo "instance 1 killed at $(date -u +%H:%M:%S)"
  wait $editor $readers || true
  echo "Editor: $(cat "$OUT/crash-editor.txt")"
  echo "Readers: $(grep -E 'Requests/sec|Non-2xx|Socket errors' "$OUT/crash-readers.txt" | tr -s ' ' | paste -sd ';')"
  echo "Acknowledged saves missing or half-written afterwards: $(acked_missing "$OUT/crash-acked.txt") of $(wc -l < "$OUT/crash-acked.txt")"
  ops/cluster.sh restart 1
  ops/cluster.sh status
}

two_instances() {
  echo "== Two instances: sign in through one, continue on the other; edit on one, read on the other"
  local jar=$OUT/cookies.txt token
  rm -f "$jar"
  python3 ops/signin.py http://127.0.0.1:8101 "$ADMIN" "$ADMIN_PASSWORD" "$OUT/signin-state.json" "$jar" > /dev/null
  echo "signed in on 8101; /admin on 8102 answers $(curl -s -o /dev/null -w '%{http_code}' -b "$jar" http://127.0.0.1:8102/admin)"
  # A save on 8101 (a new mission), read at once on 8102: the record itself, and the overview (its counts), which
  # 8102 had cached just before.
  curl -s http://127.0.0.1:8102/ > "$OUT/overview-before.html"
  curl -s -o /dev/null http://127.0.0.1:8102/
  python3 ops/editor_loop.py http://127.0.0.1:8101 "$ADMIN" "$ADMIN_PASSWORD" 1 "$OUT/two-acked.txt" TWO > /dev/null
  local acronym
  acronym=$(tail -1 "$OUT/two-acked.txt")
  echo "saved $acronym on 8101; /missions/$acronym on 8102 right after: $(curl -s -o /dev/null -w '%{http_code}' \
    "http://127.0.0.1:8102/missions/$acronym") (200 = the new record is there)"
  curl -s http://127.0.0.1:8102/ > "$OUT/overview-after.html"
  if cmp -s "$OUT/overview-before.html" "$OUT/overview-after.html"; then
    echo "overview on 8102 right after: UNCHANGED (stale)"
  else
    echo "overview on 8102 right after: changed (fresh counts)"
  fi
}

backup() {
  echo "== Backup and restore round trip"
  local file=$OUT/backup.dump copy=${DB}_restored
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $copy WITH (FORCE)"
  ops/backup.sh postgres "$DB" "$file"
  ops/backup.sh restore-postgres "$file" "$copy"
  # The instances keep running: compare against a dump-time copy only where nothing wrote since; sessions may change.
  ops/backup.sh compare-postgres "$DB" "$copy" || echo "(differences above: rows written after the backup was taken)"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $copy WITH (FORCE)"
}

case "${1:-all}" in
  outage) outage ;;
  crash) crash ;;
  two-instances) two_instances ;;
  backup) backup ;;
  all) two_instances; crash; backup; outage ;;
  *) sed -n '2,7p' "$0"; exit 2 ;;
esac
