#!/usr/bin/env bash
# Rounds of one service's everyday requests: its health, its public pages or reads, and reads as the local
# realm's administrator. The JDK 25 AOT cache's training runs use it (./acte up --train,
# benchmarks/start-alone.sh AOT=1), so that the cache holds what serving requests loads and compiles, not
# only the start. Prints the answers of the first round, so that a refused request is seen.
#   exercise.sh SERVICE BASE_URL ROUNDS
#   KEYCLOAK_URL  default http://localhost:8180 (the token comes from its acte-cli client, local realm only)
set -euo pipefail
service=$1 base=$2 rounds=$3
keycloak=${KEYCLOAK_URL:-http://localhost:8180}
token=$(curl -sf -d "grant_type=password&client_id=acte-cli&username=admin&password=admin" \
  "$keycloak/realms/acte/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' || true)
[[ -n $token ]] || echo "no token from $keycloak: the authenticated requests are refused" >&2
simulation=$(sed -n '/^{/,/^]]/p' "$(dirname "$0")/../../benchmarks/http/simulation.lua" | sed '$d')

get() {
  curl -s -o /dev/null -w "GET $1 %{http_code}\n" -H "Authorization: Bearer $token" "$base$1"
}

round() {
  get /q/health
  case $service in
    application-service)
      curl -s -o /dev/null -w "GET / %{http_code}\n" "$base/"
      get /api/v1/calls; get /api/v1/applications; get /api/v1/admin/retention-runs ;;
    eligibility-service)
      get /api/v1/eligibility/rule-sets/acte-2026.1
      curl -s -o /dev/null -w "POST /api/v1/eligibility/assessments %{http_code}\n" \
        -H 'Content-Type: application/json' -d "$simulation" "$base/api/v1/eligibility/assessments" ;;
    payment-service)
      get /api/v1/payment-rules; get /api/v1/admin/retention-runs ;;
    notification-service)
      get /api/v1/notifications; get /api/v1/admin/retention-runs ;;
    *) echo "unknown service $service" >&2; exit 2 ;;
  esac
}

(( rounds > 0 )) || exit 0
echo "$service answers: $(round | paste -sd ',' | sed 's/,/, /g')"
for _ in $(seq 2 "$rounds"); do round >/dev/null; done
