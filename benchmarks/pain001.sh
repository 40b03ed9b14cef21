#!/usr/bin/env bash
# The pain.001 figures of docs/benchmarks.md, reproduced: one SEPA credit transfer file of
# PAYMENTS (default 100,000) payments written by payment-service's streaming writer, RUNS times,
# in a JVM whose heap is capped at HEAP (default 64m) to show that memory does not grow with the file.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath)"
java -Xmx"${HEAP:-64m}" -XX:+UseSerialGC -cp "$classpath" fr.hautsdefrance.acte.benchmarks.Pain001FileBenchmark \
  "${PAYMENTS:-100000}" "${RUNS:-5}"
