#!/usr/bin/env bash
# Population register at 1,000,000 residents (issue 5): loads them set-based into a fresh PostgreSQL database
# (bench/penduduk-1jt.sql, real ciphertexts from bench/SandiPool.java), then measures over HTTP, signed in:
# resident list and search (name part, exact NIK) as staf.reteh (kecamatan scope) and operator.sungaiterap
# (village), and the statistics page for a village, the kecamatan and the kabupaten (tim.inhil).
# Usage: ./mvnw -DskipTests package && bench/penduduk-1jt.sh [database] [requests per endpoint] [residents]
# BENCH_TANPA_MUAT=1 measures an already loaded database again (no drop, no load).
set -euo pipefail
db=${1:-pelita_penduduk1jt}; n=${2:-40}; jumlah=${3:-1000000}; port=18093
key=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=}
cd "$(dirname "$0")/.."
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
mulai_app() {
  PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PELITA_FLOWABLE_ASYNC=false PORT=$port \
    PELITA_PDP_KEY=$key PELITA_LOG_FORMAT= java ${BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" --pelita.demo-data=true \
    > /tmp/penduduk-app.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:$port/masuk; do sleep 0.5; done
}
if [ -z "${BENCH_TANPA_MUAT:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
  # First start: migrations, regions, demo accounts (and the three demo families).
  mulai_app
  kill $pid; wait $pid 2>/dev/null || true
  java bench/SandiPool.java "$key" 2000 > /tmp/penduduk-pool.csv
  psql -h 127.0.0.1 -U postgres -d $db -q -c "create table pool (no serial, nik text, sandi text, hash text)" \
    -c "\copy pool (nik, sandi, hash) from /tmp/penduduk-pool.csv csv" -c "update pool set no = no - 1"
  t0=$(date +%s)
  psql -h 127.0.0.1 -U postgres -d $db -q -v jumlah=$jumlah -f bench/penduduk-1jt.sql
  echo "loaded $jumlah residents in $(( $(date +%s) - t0 )) s"
fi
nik=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select nik from pool where no = 17")
psql -h 127.0.0.1 -U postgres -d $db -Atc "select 'residents: ' || count(*) || ', in Reteh: ' || count(*) filter (where desa_kode like '14.04.01.%') || ', in Sungaiterap: ' || count(*) filter (where desa_kode = '14.04.01.2004') from penduduk"
psql -h 127.0.0.1 -U postgres -d $db -Atc "select 'database size: ' || pg_size_pretty(pg_database_size('$db'))"
mulai_app
masuk() { # $1 user -> cookie file
  local kuki=/tmp/penduduk-kuki-$1; rm -f $kuki
  local csrf=$(curl -s -c $kuki -b $kuki http://127.0.0.1:$port/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c $kuki -b $kuki -o /dev/null -d "username=$1&password=pelita-demo-2026&_csrf=$csrf" http://127.0.0.1:$port/masuk
  echo $kuki
}
ukur() { # $1 label, $2 user, $3.. paths (rotated); first 5 requests are warm-up (BENCH_N overrides n once)
  local label=$1 kuki=$(masuk $2) m=${BENCH_N:-$n}; shift 2
  local paths=("$@") i
  for i in $(seq 1 $((m + 5))); do
    curl -s -b $kuki -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port${paths[$((i % ${#paths[@]}))]}"
  done > /tmp/penduduk-times.txt
  awk 'NR>5 {print $2*1000}' /tmp/penduduk-times.txt | sort -n | awk -v l="$label" '{a[NR]=$1} END {printf "%-58s p50=%5.0f ms p95=%5.0f ms max=%5.0f ms (n=%d)\n", l, a[int(NR*0.5)], a[int(NR*0.95)], a[NR], NR}'
  local salah=$(grep -vc "^200" /tmp/penduduk-times.txt || true)
  [ "$salah" = 0 ] || { echo "  non-200 answers: $salah"; grep -v "^200" /tmp/penduduk-times.txt | head -2; }
}
la0=$(cut -d" " -f1-3 /proc/loadavg)
ukur "list /penduduk (kecamatan, staf.reteh)" staf.reteh /penduduk
ukur "search name /penduduk?q= (kecamatan, staf.reteh)" staf.reteh "/penduduk?q=aminah" "/penduduk?q=budi%20lubis" "/penduduk?q=rahmat" "/penduduk?q=zzz"
ukur "search NIK /penduduk?q=<16 digits> (kecamatan, staf.reteh)" staf.reteh "/penduduk?q=$nik"
ukur "API search /api/v1/penduduk?q= (kecamatan, staf.reteh)" staf.reteh "/api/v1/penduduk?q=siti%20lubis" "/api/v1/penduduk?q=hamid"
ukur "list /penduduk (village, operator.sungaiterap)" operator.sungaiterap /penduduk
ukur "search name (village, operator.sungaiterap)" operator.sungaiterap "/penduduk?q=aminah" "/penduduk?q=rahmat"
ukur "statistics village 14.04.01.2004" staf.reteh "/penduduk/statistik?wilayah=14.04.01.2004"
ukur "statistics kecamatan 14.04.01" staf.reteh "/penduduk/statistik?wilayah=14.04.01"
BENCH_N=${N_KABUPATEN:-5} ukur "statistics kabupaten 14.04 (tim.inhil)" tim.inhil "/penduduk/statistik?wilayah=14.04"
ukur "public statistics kecamatan /statistik/penduduk?wilayah=14.04.01" staf.reteh "/statistik/penduduk?wilayah=14.04.01"
la1=$(cut -d" " -f1-3 /proc/loadavg)
kill $pid; wait $pid 2>/dev/null || true
echo "machine load average (1/5/15 min) before: $la0, after: $la1 ($(nproc) cores)"
