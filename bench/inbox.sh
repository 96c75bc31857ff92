#!/usr/bin/env bash
# Inbox page latency over real HTTP (staf.trawas) against an existing PostgreSQL database full of open
# tasks, e.g. the one bench/layanan.sh pg 200 N leaves behind. Usage: bench/inbox.sh [database] [requests]
set -euo pipefail
db=${1:-pelita_bench}; port=18090; n=${2:-60}
cd "$(dirname "$0")/.."
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PELITA_FLOWABLE_ASYNC=false PORT=$port \
  PELITA_PDP_KEY=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=} PELITA_LOG_FORMAT= java ${INBOX_JAVA_OPTS:--Xmx2g} -jar "$jar" > /tmp/inbox-app.log 2>&1 &
pid=$!
until curl -fs -o /dev/null http://127.0.0.1:$port/masuk; do sleep 0.5; done
kuki=/tmp/inbox-cookies; rm -f $kuki
csrf=$(curl -s -c $kuki -b $kuki http://127.0.0.1:$port/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $kuki -b $kuki -o /dev/null -d "username=staf.trawas&password=pelita-demo-2026&_csrf=$csrf" http://127.0.0.1:$port/masuk
open=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from act_ru_task")
mine=$(psql -h 127.0.0.1 -U postgres -d $db -Atc "select count(*) from act_ru_task where assignee_='staf.trawas'")
la0=$(cut -d" " -f1-3 /proc/loadavg)
for i in $(seq 1 $n); do
  page=$(( i % 7 ))
  curl -s -b $kuki -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/layanan/tugas?halaman=$page"
done > /tmp/inbox-times.txt
la1=$(cut -d" " -f1-3 /proc/loadavg)
kill $pid; wait $pid 2>/dev/null || true
echo "machine load average (1/5/15 min) before: $la0, after: $la1 ($(nproc) cores)"
echo "open tasks: $open (assigned to staf.trawas: $mine)"
awk 'NR>10 {print $2*1000}' /tmp/inbox-times.txt | sort -n | awk '{a[NR]=$1} END {printf "inbox page p50=%.0f ms p95=%.0f ms max=%.0f ms (n=%d)\n", a[int(NR*0.5)], a[int(NR*0.95)], a[NR], NR}'
grep -v "^200" /tmp/inbox-times.txt | head -3 || true
