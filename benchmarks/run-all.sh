#!/usr/bin/env bash
# Every figure of docs/benchmarks.md, reproduced in one command on this machine:
#   1. the eligibility rules (JMH, then wrk on the simulator) — benchmarks/eligibility.sh;
#   2. the deposit ratio: the submission alone, on complete drafts prepared first, against the same SQL
#      transaction (captured from PostgreSQL's log at run time) replayed through JDBC, at the same
#      concurrency (DepositRatio);
#   3. the deadline rush: N applicants filing complete files for 60 s through the REST API (DeadlineRush);
#   4. a file's way from submission to assessment, recording and notice at an open-loop rate of
#      E2E_RATE submissions/s (default 100) for E2E_FILES files (default 6,000) (EndToEndFlow);
#   5. each service's time to ready and RSS after that load — benchmarks/footprint.sh — then the same
#      flow at E2E_OVERLOAD_RATE (default 200) for 60 s: refused cleanly, every accepted file recorded; and
#      each of the four services started alone five times (benchmarks/start-alone.sh), and, when
#      JDK25_HOME names a JDK 25, packaged as an aot-jar and started with the JDK 25 AOT cache (needs psql);
#   6. the SEPA credit-transfer file of 100,000 payments — benchmarks/pain001.sh — and the PES V2
#      bordereau of 10,000 mandates — benchmarks/pes.sh;
#   7. the costs that must not grow with the data: the officers' queue, the statistics and the two
#      exports timed on the database as found and with COST_FILES (default 100,000) more files added
#      by SQL, then removed (CostsWithData) — run second, before the other measures fill the database;
#   8. a replay of REPLAY_EVENTS (default 1,000,000) events through eligibility-service's idempotent
#      consumer, on a PostgreSQL and a Kafka broker of its own (IdempotentReplay).
# Between measures it waits until the consumers have read every event of the previous one and every e-mail
# already due is sent (Settle).
# It starts the local stack (./acte up) if it is not running and leaves it running.
# Knobs: CLIENTS (default 8), DURATION in seconds (default 60), WARMUP in seconds (default 20),
# DEPOSIT_DRAFTS (drafts prepared for the deposit ratio's submissions, default 6,000) and
# DEPOSIT_REPLAY_DRAFTS (for its replay, default 16,000: the replay is about five times faster),
# E2E_RATE, E2E_FILES, E2E_OVERLOAD_RATE, COST_FILES, REPLAY_EVENTS, JDK25_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
./acte up
./mvnw -B -q package -DskipTests -pl benchmarks -am
echo "## machine"; nproc; grep -m1 'model name' /proc/cpuinfo; free -g | head -n 2; java -version 2>&1 | head -n 1
echo "## eligibility"; ./benchmarks/eligibility.sh
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmarks.classpath)"
# Between two measures: the consumers read what the previous one published, and its e-mails go out, before
# the next one starts.
settle() { java -cp "$classpath" fr.hautsdefrance.acte.benchmarks.Settle; }
echo "## costs with 100,000 files"
java -cp "$classpath" -Dfiles="${COST_FILES:-100000}" fr.hautsdefrance.acte.benchmarks.CostsWithData
echo "## deposit ratio"
java -cp "$classpath" -Dclients="${CLIENTS:-8}" -Dseconds="${DURATION:-60}" -Ddrafts="${DEPOSIT_DRAFTS:-6000}" \
  -DreplayDrafts="${DEPOSIT_REPLAY_DRAFTS:-16000}" fr.hautsdefrance.acte.benchmarks.DepositRatio
settle
echo "## deadline rush"
java -cp "$classpath" -Dclients="${CLIENTS:-8}" -Dseconds="${DURATION:-60}" -Dwarmup="${WARMUP:-20}" \
  fr.hautsdefrance.acte.benchmarks.DeadlineRush
settle
echo "## end to end"
java -cp "$classpath" -Drate="${E2E_RATE:-100}" -Dfiles="${E2E_FILES:-6000}" fr.hautsdefrance.acte.benchmarks.EndToEndFlow
echo "## footprint"; ./benchmarks/footprint.sh
overload=${E2E_OVERLOAD_RATE:-200}
settle
echo "## end to end, overload"
java -cp "$classpath" -Drate="$overload" -Dfiles="$((overload * 60))" fr.hautsdefrance.acte.benchmarks.EndToEndFlow
settle
if command -v psql >/dev/null; then
  echo "## each service started alone"; ALL=1 ./benchmarks/start-alone.sh
  if [[ -n ${JDK25_HOME:-} ]]; then
    ./mvnw -B -q package -DskipTests -pl application-service,eligibility-service,payment-service,notification-service \
      -am -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=quarkus-app-aot
    JAVA=$JDK25_HOME/bin/java PACKAGING=aot-jar AOT=1 ALL=1 ./benchmarks/start-alone.sh
  fi
else
  echo "## one service started alone: skipped, no psql (Debian: apt-get install postgresql-client)"
fi
echo "## SEPA file"; ./benchmarks/pain001.sh
echo "## PES V2 bordereau"; ./benchmarks/pes.sh
echo "## replay"
java -cp "$classpath" -Devents="${REPLAY_EVENTS:-1000000}" -Dfresh=1000 -Dpasses=2 -Dproject="$PWD" \
  fr.hautsdefrance.acte.benchmarks.IdempotentReplay
