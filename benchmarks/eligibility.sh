#!/usr/bin/env bash
# The eligibility figures of docs/benchmarks.md, reproduced:
#   1. JMH: in-process evaluation of the rules (1 and 2 threads);
#   2. wrk: the simulator endpoint next to a trivial JSON endpoint of the same service, on the
#      running local stack (./acte up). Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath)"
for threads in 1 2; do
  java -cp "$classpath" org.openjdk.jmh.Main RuleEngineBenchmark -t "$threads" 2>/dev/null \
    | grep -E '^(Benchmark|RuleEngineBenchmark)' | sed "s/^/[$threads thread(s)] /"
done
url=${ELIGIBILITY_URL:-http://localhost:8081}
if ! command -v wrk >/dev/null; then
  echo "wrk is not installed (Debian: apt-get install wrk): HTTP figures skipped." >&2
  exit 0
fi
if ! curl -fsS -m 3 "$url/q/health/ready" >/dev/null; then
  echo "eligibility-service is not running at $url: ./acte up, then run this again for the HTTP figures." >&2
  exit 0
fi
# The first round only warms the JIT up; the second one is reported.
for run in warm-up measure; do
  trivial=$(wrk -t2 -c32 -d${DURATION:-30s} --latency "$url/api/v1/eligibility/rule-sets/acte-2026.1")
  simulation=$(wrk -t2 -c32 -d${DURATION:-30s} --latency -s benchmarks/http/simulation.lua "$url/api/v1/eligibility/assessments")
done
echo "--- trivial JSON endpoint (GET rule set)"; echo "$trivial"
echo "--- simulator (POST assessment)"; echo "$simulation"
t=$(echo "$trivial" | awk '/Requests\/sec/ {print $2}')
s=$(echo "$simulation" | awk '/Requests\/sec/ {print $2}')
echo "simulator / trivial throughput ratio: $(awk -v s="$s" -v t="$t" 'BEGIN {printf "%.2f", s / t}')"
