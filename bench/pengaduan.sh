#!/usr/bin/env bash
# Complaint intake under load on PostgreSQL (BENCHMARKS.md, issue 4).
# Usage: bench/pengaduan.sh [webhook|web] [clients] [complaints]
# Starts the jar (target/pelita-*.jar, build it first with ./mvnw -DskipTests package) on a fresh database
# pelita_beban, drives it with bench/BebanPengaduan.java, then reads from the database how many complaints
# were stored and how many cases were started for them.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-webhook}; klien=${2:-64}; jumlah=${3:-2000}; port=18091; db=pelita_beban
rahasia=bench-rahasia-aplikasi
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" -c "create database $db"
PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PORT=$port PELITA_LOG_FORMAT= \
  PELITA_PDP_KEY=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=} PELITA_WHATSAPP_APP_SECRET=$rahasia PELITA_WHATSAPP_VERIFY_TOKEN=bench \
  java -Xmx2g ${BEBAN_JAVA_OPTS:-} -jar "$jar" --pelita.lapor.batas-per-ip-per-jam=1000000 --pelita.lapor.batas-per-telepon-per-hari=1000000 \
  --pelita.lapor.kesulitan=5000 --pelita.lapor.rahasia-tantangan=bench-rahasia-tantangan \
  > /tmp/beban-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://127.0.0.1:$port/masuk; do sleep 0.5; done
# Warm-up: a few conversations so the JIT and the pools are warm, then the measured run.
java bench/BebanPengaduan.java "$mode" http://127.0.0.1:$port 8 50 "$rahasia" > /dev/null
sebelum=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from pengaduan")
mulai=$(date +%s.%N)
java bench/BebanPengaduan.java "$mode" http://127.0.0.1:$port "$klien" "$jumlah" "$rahasia"
# WhatsApp is answered before the work is done: wait until every conversation has become a complaint.
for _ in $(seq 1 600); do
  ada=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from pengaduan")
  [ $((ada - sebelum)) -ge "$jumlah" ] && break
  sleep 0.5
done
selesai=$(date +%s.%N)
# With BEBAN_JAVA_OPTS=-XX:StartFlightRecording the profile is written before the application stops.
if [[ "${BEBAN_JAVA_OPTS:-}" == *FlightRecording* ]]; then jcmd $pid JFR.dump filename=/tmp/beban.jfr >/dev/null; fi
psql -h 127.0.0.1 -U postgres -d $db -Atc "select 'stored complaints: ' || count(*) || ', with a case started: ' || count(berkas_nomor) from pengaduan"
echo "end to end (first request to last complaint stored): $(echo "$selesai - $mulai" | bc) s for $jumlah complaints"
