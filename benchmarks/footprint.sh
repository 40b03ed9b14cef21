#!/usr/bin/env bash
# Per service, on the running local stack (./acte up): time to ready and resident memory.
#   time to ready: Quarkus's own "started in" figure, from the service's latest log (JVM start,
#                  Flyway, Kafka and OIDC connections included; the JVM's own launch, ~0.2 s, not);
#   RSS:           VmRSS of the service's JVM from /proc, read after the load of run-all.sh (warm).
set -euo pipefail
cd "$(dirname "$0")/.."
logs=.acte/logs
printf '| service | started in (log) | RSS after warm-up | JVM flags |\n|---|---|---|---|\n'
for entry in application-service:8080 eligibility-service:8081 payment-service:8082 notification-service:8083; do
  service=${entry%%:*}
  started=$(grep -ho 'started in [0-9.]*s' "$logs/$service.log" 2>/dev/null | tail -n 1 | awk '{print $3}')
  # The fast-jar (target/quarkus-app) or the aot-jar on its cache (target/quarkus-app-aot, ./acte up --train).
  pid=$(pgrep -f -- "$service/target/quarkus-app(-aot)?/quarkus-run.jar" | head -n 1 || true)
  if [[ -z $pid ]]; then
    echo "$service is not running: ./acte up first" >&2
    exit 1
  fi
  rss=$(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status")
  flags=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o -- '-X[^ ]*' | tr '\n' ' ')
  printf '| %s | %s | %s | %s|\n' "$service" "${started:-?}" "$rss" "$flags"
done
