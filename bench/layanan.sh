#!/usr/bin/env bash
# SOP engine throughput and inbox latency (see BENCHMARKS.md).
# Usage: bench/layanan.sh [h2|pg] [cases] [open-tasks]
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}; kasus=${2:-200}; tugas=${3:-0}
args=(-B -q test -Dtest=LayananBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dpelita.uji.dikecualikan=none
      -Dbench.kasus="$kasus" -Dbench.tugas="$tugas" -DargLine=-Xmx4g)
if [ "$db" = pg ]; then
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists pelita_bench" -c "create database pelita_bench"
  args+=(-Dpelita.test.db.url=jdbc:postgresql://127.0.0.1:5432/pelita_bench -Dpelita.test.db.user=postgres)
fi
./mvnw "${args[@]}" || true
grep -h "^BENCH" target/surefire-reports/id.pelita.layanan.internal.LayananBenchmark-output.txt
