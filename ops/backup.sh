#!/usr/bin/env bash
# Back up and restore the record's database (docs/operations.md, "Backup and restore").
#
#   ops/backup.sh postgres DATABASE FILE.dump        pg_dump, custom format (while the application runs)
#   ops/backup.sh restore-postgres FILE.dump DATABASE pg_restore into DATABASE (created; must not exist)
#   ops/backup.sh h2 DATA_DIR FILE.sql.gz             the embedded default: an SQL script of everything (H2's Script
#                                                      tool; stop the application first: the file is locked)
#   ops/backup.sh restore-h2 FILE.sql.gz DATA_DIR     into a new database under DATA_DIR (must not exist)
#   ops/backup.sh compare-postgres DB1 DB2             row count and checksum of every table; exit 1 if any differ
#   ops/backup.sh compare-h2 DATA_DIR1 DATA_DIR2        the same for two embedded databases
#
# PostgreSQL: PGHOST, PGPORT, PGUSER, PGPASSWORD as for psql (default 127.0.0.1, postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
H2_URL_OPTIONS=";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

h2_jar() { # the H2 driver: $H2_JAR, else the one packaged in the application jar
  if [ -n "${H2_JAR:-}" ]; then echo "$H2_JAR"; return; fi
  local jar=${APP_JAR:-$(ls target/peace-operations-record-*.jar 2> /dev/null | grep -v original | head -1)}
  local dir
  dir=$(mktemp -d)
  unzip -q -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$dir"
  ls "$dir"/h2-*.jar
}

checksums() { # one line per table: name, rows, md5 of its rows in a stable order
  psql -d "$1" -tA -F ' ' -c "SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name" |
  while read -r table; do
    psql -d "$1" -tA -F ' ' -c "SELECT '$table', COUNT(*), COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), '-')
        FROM \"$table\" t"
  done
}

case "${1:-}" in
  postgres)
    pg_dump -d "$2" --format=custom --no-owner --file="$3"
    echo "Backed up $2 to $3 ($(du -h "$3" | cut -f1))"
    ;;
  restore-postgres)
    psql -q -d postgres -c "CREATE DATABASE $3 ENCODING 'UTF8' TEMPLATE template0"
    pg_restore --exit-on-error --no-owner -d "$3" "$2"
    echo "Restored $2 into $3"
    ;;
  compare-h2) # compare-h2 DATA_DIR1 DATA_DIR2: the SQL scripts of both (everything, data included) must be equal
    H2_JAR=$(h2_jar) # found once for both scripts
    java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$2/peace-record$H2_URL_OPTIONS" -user sa -script "$2.check.sql"
    java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$3/peace-record$H2_URL_OPTIONS" -user sa -script "$3.check.sql"
    # (the user's password salt differs by nature: every new database makes its own)
    diff -q <(grep -v '^CREATE USER' "$2.check.sql") <(grep -v '^CREATE USER' "$3.check.sql") > /dev/null && echo "The databases in $2 and $3 hold the same schema and rows"
    ;;
  compare-postgres)
    diff <(checksums "$2") <(checksums "$3") && echo "Every table of $2 and $3 has the same rows ($(checksums "$2" | wc -l) tables)"
    ;;
  h2)
    java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$2/peace-record$H2_URL_OPTIONS" -user sa \
      -script "$3" -options compression gzip
    echo "Backed up the embedded database in $2 to $3"
    ;;
  restore-h2)
    [ ! -e "$3/peace-record.mv.db" ] || { echo "$3 already holds a database" >&2; exit 1; }
    java -cp "$(h2_jar)" org.h2.tools.RunScript -url "jdbc:h2:file:$3/peace-record$H2_URL_OPTIONS" -user sa \
      -script "$2" -options compression gzip
    echo "Restored $2 into $3"
    ;;
  *)
    sed -n '2,13p' "$0"
    exit 2
    ;;
esac
