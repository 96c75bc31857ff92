#!/usr/bin/env bash
# Population import throughput on PostgreSQL (BENCHMARKS.md, issue 5), in one command:
#   1. bench/DataImpor.java writes N fictional residents (families of four, valid NIKs) as CSV and as XLSX,
#   2. the jar (target/pelita-*.jar, build it with ./mvnw -DskipTests package) starts on a fresh database with
#      the demo users and a fixed public PDP key,
#   3. POST /api/v1/penduduk/impor (mode BARIS_SAH): the CSV into Sungai Terap, the XLSX into Sungai Mahang,
#      then the CSV again (every row unchanged: the idempotent path),
#   4. the ceiling: PostgreSQL COPY of the same CSV into a scratch table of text columns.
# Usage: bench/impor.sh [rows=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}; port=18092; db=pelita_impor_bench; url=http://127.0.0.1:$port
psql="psql -h 127.0.0.1 -U postgres"
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
fx=$HOME/.m2/repository/org/dhatim/fastexcel/0.20.2/fastexcel-0.20.2.jar:$HOME/.m2/repository/com/github/rzymek/opczip/1.2.0/opczip-1.2.0.jar
java -cp "$fx" bench/DataImpor.java csv "$n" 1 /tmp/impor-bench.csv
java -cp "$fx" bench/DataImpor.java xlsx "$n" 2 /tmp/impor-bench.xlsx
ls -l /tmp/impor-bench.csv /tmp/impor-bench.xlsx | awk '{print $9 ": " $5 " bytes"}'
$psql -q -c "drop database if exists $db" -c "create database $db"
PELITA_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" PELITA_DB_USER=postgres PORT=$port PELITA_LOG_FORMAT= \
  PELITA_PDP_KEY=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=} PELITA_FLOWABLE_ASYNC=false \
  java ${IMPOR_JAVA_OPTS:--Xmx2g} -jar "$jar" --pelita.demo-data=true > /tmp/impor-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null $url/masuk; do sleep 0.5; done

# Signs in (session cookie) and imports one file through the API; prints the counts and rows/s.
impor() {
  local pengguna=$1 berkas=$2 kuki=/tmp/impor-kuki-$1
  rm -f "$kuki"
  local csrf
  csrf=$(curl -s -c "$kuki" -b "$kuki" $url/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$kuki" -b "$kuki" -o /dev/null -d "username=$pengguna&password=pelita-demo-2026&_csrf=$csrf" $url/masuk
  csrf=$(curl -s -c "$kuki" -b "$kuki" $url/penduduk/impor | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  local t0 t1
  t0=$(date +%s.%N)
  curl -s -b "$kuki" -H "X-CSRF-TOKEN: $csrf" -F "berkas=@$berkas" -F mode=BARIS_SAH -o /tmp/impor-jawab.json \
    -w "HTTP %{http_code}, " $url/api/v1/penduduk/impor
  t1=$(date +%s.%N)
  python3 -c "
import json, sys
j = json.load(open('/tmp/impor-jawab.json'))
d = $t1 - $t0
print(f\"{sys.argv[1]} as {sys.argv[2]}: {j['jumlahBaris']} rows in {d:.1f} s = {j['jumlahBaris'] / d:.0f} rows/s \"
      f\"(baru {j['baru']}, diubah {j['diubah']}, tidak berubah {j['tidakBerubah']}, keluarga baru {j['keluargaBaru']}, galat {j['barisGalat']})\")
" "$(basename "$berkas")" "$pengguna"
}

impor operator.sungaiterap /tmp/impor-bench.csv
impor operator.sungaimahang /tmp/impor-bench.xlsx
impor operator.sungaiterap /tmp/impor-bench.csv
kill $pid; wait $pid 2>/dev/null || true
$psql -d $db -Atc "select 'residents ' || count(*) || ', families ' || (select count(*) from keluarga) || ', audit rows ' || (select count(*) from audit_log) from penduduk"

# The ceiling: the same rows copied by PostgreSQL itself into text columns (no checks, no encryption, no audit).
kolom=$(head -1 /tmp/impor-bench.csv | sed 's/,/ text, /g; s/$/ text/')
$psql -d $db -q -c "drop table if exists salin_uji" -c "create table salin_uji ($kolom)"
t0=$(date +%s.%N)
$psql -d $db -q -c "\\copy salin_uji from '/tmp/impor-bench.csv' with (format csv, header true)"
t1=$(date +%s.%N)
python3 -c "print(f'COPY ceiling: {$n} rows in {$t1 - $t0:.2f} s = {$n / ($t1 - $t0):.0f} rows/s')"
$psql -d $db -q -c "drop table salin_uji"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
