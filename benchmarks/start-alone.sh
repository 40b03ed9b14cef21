#!/usr/bin/env bash
# Time to ready of one service started on its own, beside the running local stack (./acte up): the
# service's packaged jar on port 9081, with its production configuration, on a scratch database, scratch
# topics and consumer groups of the stack's PostgreSQL and Kafka, and the stack's Keycloak (and, for
# notification-service, its SMTP server), so that the stack's own services are not disturbed. RUNS starts
# (default 5); each prints the wall time from `java` to /q/health/ready answering UP, Quarkus's "started
# in", the RSS at that moment and the RSS after WARM rounds of the service's everyday requests
# (deploy/local-stack/exercise.sh), then the median of the RUNS.
#   SERVICE     application-service, eligibility-service (default), payment-service or notification-service
#   ALL=1       the four services in turn, each with the same knobs
#   JAVA        the java to run (default: java on the PATH)
#   JVM_FLAGS   default: the flags the stack runs the services with, ServiceProcess.DEFAULT_JVM_FLAGS
#               (deploy/local-stack), read from its source so that the two cannot differ; and
#               MALLOC_ARENA_MAX=2 (unless set), as the stack runs the services
#   PACKAGING   fast-jar (default: the build's target/quarkus-app) or aot-jar (target/quarkus-app-aot, built
#               by `./acte up --train` or by the command this script prints when it is missing)
#   APP         the quarkus-app folder, instead of PACKAGING
#   WARM        rounds of requests before the second RSS reading (default 50)
#   AOT=1       JDK 25 or newer: first a training run (-XX:AOTCacheOutput: start, 200 rounds of the service's
#               requests, then a graceful stop, at which the JVM writes the cache), then the RUNS starts
#               with -XX:AOTCache. The cache is written to $APP/app.aot and holds the classes loaded and
#               linked, and the methods profiled and compiled, during the training run: with the fast-jar
#               only the JDK's own classes (the JDK caches no class of a custom class loader, such as the
#               fast-jar's), with the aot-jar the application's and its libraries' too.
#   AOT=cached  the RUNS starts on the cache a previous AOT=1 left in $APP, without training again (to
#               interleave configurations run by run: RUNS=1 in a loop).
# Needs psql (Debian: apt-get install postgresql-client) to create the scratch database.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${ALL:-} == 1 ]]; then
  for service in application-service eligibility-service payment-service notification-service; do
    echo "## $service"
    ALL= SERVICE=$service "$0"
  done
  exit 0
fi

service=${SERVICE:-eligibility-service}
case $service in
  application-service) channels="eligibility-events payment-events" ;;
  eligibility-service) channels="application-events" ;;
  payment-service) channels="application-events organisation-contacts" ;;
  notification-service) channels="application-events payment-events organisation-contacts" ;;
  *) echo "SERVICE must be application-service, eligibility-service, payment-service or notification-service" >&2
     exit 2 ;;
esac
case ${PACKAGING:-fast-jar} in
  fast-jar) app=${APP:-$service/target/quarkus-app} ;;
  aot-jar) app=${APP:-$service/target/quarkus-app-aot} ;;
  *) echo "PACKAGING must be fast-jar or aot-jar" >&2; exit 2 ;;
esac
if [[ ! -f $app/quarkus-run.jar ]]; then
  echo "no $app/quarkus-run.jar; build it with:" >&2
  if [[ ${PACKAGING:-fast-jar} == aot-jar ]]; then
    echo "  ./mvnw -B -q package -DskipTests -pl $service -am -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=quarkus-app-aot" >&2
  else
    echo "  ./mvnw -B -q package -DskipTests -pl $service -am" >&2
  fi
  exit 1
fi
if curl -s -o /dev/null http://localhost:9081/; then
  echo "something already answers on port 9081: stop it first" >&2
  exit 1
fi
java=${JAVA:-java}
runs=${RUNS:-5}
warm=${WARM:-50}
stack_flags=$(sed -n 's/.*DEFAULT_JVM_FLAGS = "\([^"]*\)";.*/\1/p' \
  deploy/local-stack/src/main/java/fr/hautsdefrance/acte/stack/ServiceProcess.java | head -n 1)
[[ -n $stack_flags ]] || { echo "no DEFAULT_JVM_FLAGS = \"…\"; in ServiceProcess.java: set JVM_FLAGS" >&2; exit 1; }
read -r -a flags <<<"${JVM_FLAGS:-$stack_flags}"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# A scratch database and role of its own per service (its Flyway migrations run there on the first start).
scratch=acte_start_${service%-service}
export PGPASSWORD=acte-local
psql -q -h localhost -p 15432 -U postgres -d postgres -v ON_ERROR_STOP=0 \
  -c "create role $scratch login password 'acte-local'" \
  -c "create database $scratch owner $scratch" >/dev/null 2>&1 || true

# The environment of the service's %prod profile (as the stack gives it), every Kafka name a scratch one.
export QUARKUS_HTTP_PORT=9081 \
  ACTE_DB_URL=jdbc:postgresql://localhost:15432/$scratch ACTE_DB_USERNAME=$scratch ACTE_DB_PASSWORD=acte-local \
  KAFKA_BOOTSTRAP_SERVERS=localhost:19092 ACTE_OIDC_SERVER_URL=http://localhost:8180/realms/acte \
  ACTE_MESSAGING_DEAD_LETTER_TOPIC=acte.start-alone.$service.dlq
for channel in $channels; do
  variable=MP_MESSAGING_INCOMING_$(tr 'a-z-' 'A-Z_' <<<"$channel")
  export "${variable}_TOPIC=acte.start-alone.$service.$channel" "${variable}_GROUP_ID=start-alone-$service" \
    "${variable}_DEAD_LETTER_QUEUE_TOPIC=acte.start-alone.$service.dlq"
done
case $service in
  application-service)
    export ACTE_PORTAL_CLIENT_SECRET=acte-portal-local-secret ACTE_ELIGIBILITY_URL=http://localhost:8081 \
      ACTE_PAYMENT_URL=http://localhost:8082 ACTE_NOTIFICATION_URL=http://localhost:8083 ;;
  payment-service)
    export ACTE_DEBTOR_IBAN=FR7630001007941234567890185 ;;
  notification-service)
    export ACTE_SMTP_HOST=localhost ACTE_SMTP_PORT=11025 ACTE_SMTP_START_TLS=DISABLED \
      ACTE_MAIL_FROM="ACTE - Region Hauts-de-France <acte@hautsdefrance.localhost>" \
      ACTE_PORTAL_URL=http://localhost:8080 ACTE_MANAGERS_EMAIL=responsables-acte@hautsdefrance.localhost \
      ACTE_FINANCE_EMAIL=finances-acte@hautsdefrance.localhost ;;
esac
log=$(mktemp)
pid=
# Whatever stops the script, the service it started stops too (left running, it holds port 9081), and the
# command that failed is named.
trap 'echo "start-alone.sh: stopped at line $LINENO: $BASH_COMMAND" >&2' ERR
trap 'if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; fi; rm -f "$log"' EXIT
"$java" -version 2>&1 | head -n 1
echo "$service from $app"

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

stop_service() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

# Rounds of the service's everyday requests (health, public and authenticated reads); the answers of the
# first round are printed once.
exercise() {
  if [[ ${shown:-} == 1 ]]; then
    deploy/local-stack/exercise.sh "$service" http://localhost:9081 "$1" >/dev/null
  else
    deploy/local-stack/exercise.sh "$service" http://localhost:9081 "$1"
    shown=1
  fi
}

rss() {
  awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"
}

cache_flags=()
if [[ ${AOT:-} == cached ]]; then
  [[ -f $app/app.aot ]] || { echo "no $app/app.aot: AOT=1 trains one" >&2; exit 1; }
  cache_flags=(-XX:AOTCache=app.aot)
elif [[ ${AOT:-} == 1 ]]; then
  major=$("$java" -version 2>&1 | head -n 1 | sed -E 's/[^"]*"([0-9]+).*/\1/')
  (( major >= 25 )) || { echo "AOT=1 needs a JDK 25 or newer (JAVA=…/bin/java), not $major" >&2; exit 2; }
  rm -f "$app/app.aot"
  echo "training run (-XX:AOTCacheOutput=app.aot)…"
  start_service -XX:AOTCacheOutput=app.aot
  exercise 200
  stop_service
  [[ -f $app/app.aot ]] || { echo "no AOT cache was written:" >&2; tail -n 20 "$log" >&2; exit 1; }
  echo "AOT cache: $(du -h "$app/app.aot" | cut -f1)"
  cache_flags=(-XX:AOTCache=app.aot)
fi

echo "flags: ${flags[*]} ${cache_flags[*]}"
readies=()
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  start_service "${cache_flags[@]}"
  ready_ms=$((($(date +%s%N) - start) / 1000000))
  rss_ready=$(rss)
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 | awk '{print $3}')
  exercise "$warm"
  echo "run $run: ready in ${ready_ms} ms (Quarkus: started in ${started}), RSS ${rss_ready} MB, after $warm rounds $(rss) MB, load $(cut -d' ' -f1 /proc/loadavg)"
  readies+=("$ready_ms")
  stop_service
done
median=$(printf '%s\n' "${readies[@]}" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
echo "$service: median ready in $median ms over $runs starts"
