#!/usr/bin/env bash
# The reference deployment of docker-compose.yml, started locally without Docker: the packaged jar twice (ports
# 8101 and 8102) on the local PostgreSQL, Debian's nginx in front on port 8100 with ops/nginx/peace-record.conf.
# Used by the drills (ops/drills.sh, docs/operations.md).
#
#   ops/cluster.sh start [--fresh]   build the jar if missing; --fresh recreates the database
#   ops/cluster.sh stop
#   ops/cluster.sh kill9 1|2          kill -9 one instance (a crash)
#   ops/cluster.sh restart 1|2        start one instance again
#   ops/cluster.sh status
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${CLUSTER_DB:-peace_record_cluster}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_USER=${PG_USER:-postgres}
PG_PASSWORD=${PG_PASSWORD:-postgres}
RUN=${CLUSTER_RUN:-/tmp/peace-record-cluster}
NGINX_PORT=8100
JVM_OPTS=${JVM_OPTS:-"-Xms96m -Xmx256m -Xmn64m -XX:SurvivorRatio=4 -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -Xss512k -XX:TrimNativeHeapInterval=5000"}
export APP_ADMIN_USERNAME=${APP_ADMIN_USERNAME:-admin}
export APP_ADMIN_PASSWORD=${APP_ADMIN_PASSWORD:-violet harbour drill lantern 2026}

port_of() { echo $((8100 + $1)); }

start_instance() { # start_instance N
  local n=$1 port
  port=$(port_of "$n")
  SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=jdbc:postgresql://$PG_HOST:5432/$DB \
    SPRING_DATASOURCE_USERNAME=$PG_USER SPRING_DATASOURCE_PASSWORD=$PG_PASSWORD \
    nohup java $JVM_OPTS -jar "$RUN/app.jar" --server.port="$port" > "$RUN/app$n.log" 2>&1 &
  echo $! > "$RUN/app$n.pid"
}

wait_ready() { # wait_ready N
  local port
  port=$(port_of "$1")
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    sleep 0.1
  done
  echo "instance $1 did not become ready; see $RUN/app$1.log" >&2
  return 1
}

case "${1:-}" in
  start)
    mkdir -p "$RUN/nginx-cache"
    [ -f target/peace-operations-record-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
    cp target/peace-operations-record-0.1.0-SNAPSHOT.jar "$RUN/app.jar"
    if [ "${2:-}" = --fresh ]; then
      psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
    fi
    psql -tA -h "$PG_HOST" -U "$PG_USER" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
      || psql -q -h "$PG_HOST" -U "$PG_USER" -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
    # Both at once, as an orchestrator would: migrations and the first admin must not race.
    start_instance 1
    start_instance 2
    wait_ready 1
    wait_ready 2
    sed -e "s#server app1:8080#server 127.0.0.1:$(port_of 1)#" -e "s#server app2:8080#server 127.0.0.1:$(port_of 2)#" \
        -e "s#/var/cache/nginx/peace-record#$RUN/nginx-cache#" -e "s#listen 80;#listen 127.0.0.1:$NGINX_PORT;#" \
        ops/nginx/peace-record.conf > "$RUN/site.conf"
    cat > "$RUN/nginx.conf" <<CONF
worker_processes 2;
pid $RUN/nginx.pid;
error_log $RUN/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log $RUN/nginx-access.log;
  client_body_temp_path $RUN/nginx-body;
  proxy_temp_path $RUN/nginx-proxy;
  include $RUN/site.conf;
}
CONF
    nginx -c "$RUN/nginx.conf"
    echo "Cluster up: http://127.0.0.1:$NGINX_PORT (instances on $(port_of 1) and $(port_of 2), database $DB)"
    ;;
  stop)
    [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2> /dev/null || true
    for n in 1 2; do
      [ -f "$RUN/app$n.pid" ] && kill "$(cat "$RUN/app$n.pid")" 2> /dev/null || true
    done
    for n in 1 2; do
      [ -f "$RUN/app$n.pid" ] && while kill -0 "$(cat "$RUN/app$n.pid")" 2> /dev/null; do sleep 0.2; done
      rm -f "$RUN/app$n.pid"
    done
    echo "Cluster stopped"
    ;;
  kill9)
    kill -9 "$(cat "$RUN/app$2.pid")"
    ;;
  restart)
    start_instance "$2"
    wait_ready "$2"
    ;;
  status)
    for n in 1 2; do
      echo "instance $n: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(port_of "$n")/actuator/health/readiness")"
    done
    echo "nginx: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/")"
    ;;
  *)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
