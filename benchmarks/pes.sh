#!/usr/bin/env bash
# The PES V2 figures of docs/benchmarks.md, reproduced: one bordereau of MANDATES (default 10,000)
# mandates written by payment-service's streaming writer, RUNS times, in a JVM whose heap is capped at
# HEAP (default 64m) to show that memory does not grow with the bordereau.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath)"
java -Xmx"${HEAP:-64m}" -XX:+UseSerialGC -cp "$classpath" fr.hautsdefrance.acte.benchmarks.PesBordereauBenchmark \
  "${MANDATES:-10000}" "${RUNS:-5}"
