#!/usr/bin/env bash
# Checks that cloned cases (bench/gandakan-tugas.sql) are whole, through the application itself: the inbox's
# total count, a cloned case's page, and one cloned task completed through the REST API (the case moves to
# its next step with its own timeline row, task and timer). Changes the database (one step completed).
# Usage: bench/periksa-kloning.sh [database]
set -euo pipefail
db=${1:-pelita_bench}; port=18092; u=http://127.0.0.1:$port; psql="psql -h 127.0.0.1 -U postgres -d $db -Atc"
cd "$(dirname "$0")/.."
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PELITA_FLOWABLE_ASYNC=false PORT=$port \
  PELITA_PDP_KEY=${PELITA_PDP_KEY:-cGVsaXRhLWJlbmNoLWt1bmNpLXBkcC1idWthbi1yaHM=} PELITA_LOG_FORMAT= java ${INBOX_JAVA_OPTS:--Xmx2g} -jar "$jar" > /tmp/periksa-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null $u/masuk; do sleep 0.5; done
kuki=/tmp/periksa-cookies; rm -f $kuki
csrf=$(curl -s -c $kuki -b $kuki $u/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $kuki -b $kuki -o /dev/null -d "username=staf.trawas&password=pelita-demo-2026&_csrf=$csrf" $u/masuk
echo "inbox total shown on /layanan/tugas: $(curl -s -b $kuki $u/layanan/tugas | grep -o 'badge text-bg-secondary">[0-9]*' | head -1 | sed 's/.*>//')"
echo "open tasks in act_ru_task: $($psql 'select count(*) from act_ru_task')"
nomor=$($psql "select nomor from layanan_berkas where pemohon_nama like '% /%' and status = 'BERJALAN' order by id desc limit 1")
halaman=$(curl -s -b $kuki -w '\n%{http_code}' $u/layanan/berkas/$nomor)
echo "cloned case $nomor: page /layanan/berkas/$nomor -> HTTP $(tail -1 <<< "$halaman"), mentions its number $(grep -c "$nomor" <<< "$halaman") times"
csrf=$(grep -o 'name="_csrf" content="[^"]*"' <<< "$halaman" | sed 's/.*content="//;s/"//')
berkas=$(curl -s -b $kuki $u/api/v1/layanan/berkas/$nomor)
tugas=$(python3 -c 'import json,sys; b=json.loads(sys.argv[1]); print([l for l in b["langkah"] if l["selesai"] is None][0]["tugasId"])' "$berkas")
kel=$(curl -s -b $kuki $u/api/v1/sop/BSPPS-RAKOR | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["langkah"][0]["kelengkapan"]))')
echo "its open task $tugas (in act_ru_task: $($psql "select task_def_key_ || ' due ' || due_date_ from act_ru_task where id_='$tugas'"))"
kode=$(curl -s -b $kuki -o /tmp/periksa-selesai.json -w '%{http_code}' -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
  -d "{\"keputusan\":\"YA\",\"kelengkapan\":$kel}" $u/api/v1/layanan/tugas/$tugas/selesai)
echo "POST /api/v1/layanan/tugas/$tugas/selesai -> HTTP $kode $(head -c 300 /tmp/periksa-selesai.json)"
pi=$($psql "select proses_id from layanan_berkas where nomor='$nomor'")
echo "after: tasks of the case: $($psql "select string_agg(task_def_key_ || ' (' || coalesce(assignee_, '-') || ')', ', ') from act_ru_task where proc_inst_id_='$pi'"),\
 timer jobs: $($psql "select string_agg(element_id_, ', ') from act_ru_timer_job where process_instance_id_='$pi'"),\
 timeline: $($psql "select string_agg(langkah_no || case when selesai is null then ' open' else ' done by ' || oleh end, '; ' order by l.id) from layanan_langkah l join layanan_berkas b on b.id = l.berkas_id where b.nomor='$nomor'")"
echo "task history of the case: $($psql "select string_agg(task_def_key_ || coalesce(' ended ' || end_time_::text, ' open'), '; ' order by start_time_) from act_hi_taskinst where proc_inst_id_='$pi'")"
