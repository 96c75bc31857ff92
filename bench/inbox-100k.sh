#!/usr/bin/env bash
# Inbox page latency at 100,000 open tasks (see BENCHMARKS.md), in one command:
#   1. seed: bench/layanan.sh pg 0 SEED creates SEED real open cases through the service (drops pelita_bench),
#   2. clone: bench/gandakan-tugas.sql multiplies them set-based in PostgreSQL up to TARGET open tasks,
#   3. VACUUM ANALYZE, then bench/inbox.sh times the inbox page over HTTP as staf.trawas.
# Usage: bench/inbox-100k.sh [target=100000] [seed=2000] [requests=80]
set -euo pipefail
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx512m}   # Maven itself; the test JVM gets -Xmx4g (bench/layanan.sh)
cd "$(dirname "$0")/.."
target=${1:-100000}; benih=${2:-2000}; n=${3:-80}
db=pelita_bench; psql="psql -h 127.0.0.1 -U postgres -d $db"
[ -f "$(ls target/pelita-*.jar 2>/dev/null | grep -v plain | head -1)" ] || ./mvnw -o -B -q package -DskipTests
t0=$(date +%s)
bench/layanan.sh pg 0 "$benih"
t1=$(date +%s)
$psql -v target="$target" -f bench/gandakan-tugas.sql
t2=$(date +%s)
$psql -q -c "vacuum analyze"
echo "seeded $benih cases through the service in $((t1 - t0)) s; cloned to $target open tasks in $((t2 - t1)) s"
$psql -Atc "select 'open tasks ' || count(*) || ', earliest due ' || min(due_date_) || ', latest due ' || max(due_date_) from act_ru_task"
bench/inbox.sh $db "$n"
