#!/usr/bin/env bash
# Time to ready of one service started on its own, beside the running local stack (./acte up):
# eligibility-service's packaged jar on port 9081, with its production configuration, on a scratch
# database and topic of the stack's PostgreSQL and Kafka (so the stack's own service is not
# disturbed). RUNS starts (default 5); each prints the wall time from `java` to /q/health/ready
# answering UP, Quarkus's "started in" and the RSS at that moment.
#   JAVA        the java to run (default: java on the PATH)
#   JVM_FLAGS   default "-Xmx384m -XX:+UseSerialGC", as the stack runs the services
#   APP         the quarkus-app folder (default eligibility-service/target/quarkus-app)
#   AOT=1       JDK 25 or newer: first a training run (-XX:AOTCacheOutput: start, 200 rule-set reads
#               and 200 simulations through the public API, then a graceful stop, at which the JVM
#               writes the cache), then the RUNS starts with -XX:AOTCache. The cache is written to
#               $APP/app.aot and holds the classes loaded and linked, and the methods profiled and
#               compiled, during the training run.
# Needs psql (Debian: apt-get install postgresql-client) to create the scratch database.
set -euo pipefail
cd "$(dirname "$0")/.."
java=${JAVA:-java}
app=${APP:-eligibility-service/target/quarkus-app}
runs=${RUNS:-5}
read -r -a flags <<<"${JVM_FLAGS:--Xmx384m -XX:+UseSerialGC}"
export PGPASSWORD=acte-local
psql -q -h localhost -p 15432 -U postgres -d postgres -v ON_ERROR_STOP=0 \
  -c "create role acte_start_alone login password 'acte-local'" \
  -c "create database acte_start_alone owner acte_start_alone" >/dev/null 2>&1 || true

export QUARKUS_HTTP_PORT=9081 \
  ACTE_DB_URL=jdbc:postgresql://localhost:15432/acte_start_alone ACTE_DB_USERNAME=acte_start_alone \
  ACTE_DB_PASSWORD=acte-local KAFKA_BOOTSTRAP_SERVERS=localhost:19092 \
  ACTE_OIDC_SERVER_URL=http://localhost:8180/realms/acte \
  MP_MESSAGING_INCOMING_APPLICATION_EVENTS_TOPIC=acte.start-alone.v1 \
  MP_MESSAGING_INCOMING_APPLICATION_EVENTS_GROUP_ID=start-alone
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$java" -version 2>&1 | head -n 1

# Starts the service in the background with the given extra JVM flags; returns once it is ready.
start_service() {
  (cd "$app" && exec "$java" "${flags[@]}" "$@" -jar quarkus-run.jar) >"$log" 2>&1 &
  pid=$!
  until curl -sf http://localhost:9081/q/health/ready >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service stopped before it was ready:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
}

cache_flags=()
if [[ ${AOT:-} == 1 ]]; then
  rm -f "$app/app.aot"
  echo "training run (-XX:AOTCacheOutput=app.aot)…"
  start_service -XX:AOTCacheOutput=app.aot
  simulation=$(sed -n '/^{/,/^]]/p' benchmarks/http/simulation.lua | sed '$d')
  for _ in $(seq 1 200); do
    curl -sf -o /dev/null http://localhost:9081/api/v1/eligibility/rule-sets/acte-2026.1
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$simulation" \
      http://localhost:9081/api/v1/eligibility/assessments
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  [[ -f $app/app.aot ]] || { echo "no AOT cache was written:" >&2; tail -n 20 "$log" >&2; exit 1; }
  echo "AOT cache: $(du -h "$app/app.aot" | cut -f1)"
  cache_flags=(-XX:AOTCache=app.aot)
fi

echo "flags: ${flags[*]} ${cache_flags[*]}"
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  start_service "${cache_flags[@]}"
  ready_ms=$((($(date +%s%N) - start) / 1000000))
  rss_mb=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 | awk '{print $3}')
  echo "run $run: ready in ${ready_ms} ms (Quarkus: started in ${started}), RSS ${rss_mb} MB, load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
