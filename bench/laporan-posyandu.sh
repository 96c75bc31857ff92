#!/usr/bin/env bash
# Monthly posyandu report time for a whole kabupaten (BENCHMARKS.md): CHILDREN under-fives of Kab. Indragiri Hilir
# with 12 monthly measurements each (60,000 x 12 = 720,000 rows by default), generated set-based in PostgreSQL by
# bench/laporan-posyandu.sql, then the report (page, XLSX, PDF) for 14.04 / 2026-09 timed over HTTP as tim.inhil,
# against a plain SQL aggregate over the same rows timed in psql.
# Usage: bench/laporan-posyandu.sh [children=60000] [requests=10]
set -euo pipefail
cd "$(dirname "$0")/.."
anak=${1:-60000}; n=${2:-10}; port=18091
db=pelita_bench_laporan; psql="psql -h 127.0.0.1 -U postgres -d $db"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
[ -f "$(ls target/pelita-*.jar 2>/dev/null | grep -v plain | head -1)" ] || ./mvnw -o -B -q package -DskipTests
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
# The demo users (tim.inhil) and the Flyway schema come with the first start.
PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PELITA_FLOWABLE_ASYNC=false PORT=$port \
  PELITA_PDP_KEY=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=} PELITA_LOG_FORMAT= \
  java ${LAPORAN_JAVA_OPTS:--Xmx2g} -Dpelita.demo-data=true -jar "$jar" > /tmp/laporan-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://127.0.0.1:$port/masuk; do sleep 0.5; done
t0=$(date +%s)
$psql -q -v anak="$anak" -f bench/laporan-posyandu.sql
t1=$(date +%s)
echo "generated in $((t1 - t0)) s: $($psql -Atc "select count(*) || ' children, ' || (select count(*) from pengukuran_anak) || ' measurements, ' || (select count(*) from posyandu) || ' posyandu' from anak_kia")"
kuki=/tmp/laporan-cookies; rm -f $kuki
csrf=$(curl -s -c $kuki -b $kuki http://127.0.0.1:$port/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $kuki -b $kuki -o /dev/null -d "username=tim.inhil&password=pelita-demo-2026&_csrf=$csrf" http://127.0.0.1:$port/masuk
la0=$(cut -d" " -f1-3 /proc/loadavg)
for jenis in "" /xlsx /pdf; do
  url="http://127.0.0.1:$port/posyandu/laporan$jenis?wilayah=14.04&bulan=2026-09"
  curl -s -b $kuki -o /dev/null "$url"   # warm-up
  for i in $(seq 1 "$n"); do curl -s -b $kuki -o /dev/null -w '%{http_code} %{time_total}\n' "$url"; done > /tmp/laporan-times.txt
  grep -v "^200" /tmp/laporan-times.txt | head -2 || true
  awk -v j="report${jenis:-/page}" '{print $2*1000}' /tmp/laporan-times.txt | sort -n | \
    awk -v j="report${jenis:-/page}" '{a[NR]=$1} END {printf "%s p50=%.0f ms max=%.0f ms (n=%d)\n", j, a[int((NR+1)/2)], a[NR], NR}'
done
la1=$(cut -d" " -f1-3 /proc/loadavg)
# The plain aggregate: the same month's rows of the same children, counted without latest-per-child or history.
for i in 1 2 3; do
  $psql -Atc "explain (analyze, timing off, summary on) select count(*), sum(case when p.zlen < -2 then 1 else 0 end),
      sum(case when p.kenaikan = 'N' then 1 else 0 end), sum(case when p.zwfl < -2 then 1 else 0 end)
      from pengukuran_anak p join anak_kia a on a.id = p.anak_id
      where a.desa_kode like '14.04.%' and p.tanggal_ukur >= date '2026-09-01' and p.tanggal_ukur <= date '2026-09-30'" \
    | grep "Execution Time"
done | sort -t: -k2 -n | sed -n 2p | sed 's/^/plain SQL aggregate (median of 3): /'
echo "machine load average (1/5/15 min) before: $la0, after: $la1 ($(nproc) cores)"
