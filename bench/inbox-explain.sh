#!/usr/bin/env bash
# The SQL Flowable issues for one inbox page (staf.trawas, page 3), captured from MyBatis' debug log, then
# EXPLAIN (ANALYZE, BUFFERS) of each statement in PostgreSQL. Usage: bench/inbox-explain.sh [database] [page]
set -euo pipefail
db=${1:-pelita_bench}; halaman=${2:-3}; port=18091
cd "$(dirname "$0")/.."
jar=$(ls target/pelita-*.jar | grep -v plain | head -1)
PELITA_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PELITA_DB_USER=postgres PELITA_FLOWABLE_ASYNC=false PORT=$port \
  PELITA_LOG_FORMAT= java ${INBOX_JAVA_OPTS:--Xmx2g} -jar "$jar" \
  --logging.level.org.flowable.task.service.impl.persistence.entity.TaskEntityImpl=debug > /tmp/inbox-sql-app.log 2>&1 &
pid=$!
until curl -fs -o /dev/null http://127.0.0.1:$port/masuk; do sleep 0.5; done
kuki=/tmp/inbox-sql-cookies; rm -f $kuki
csrf=$(curl -s -c $kuki -b $kuki http://127.0.0.1:$port/masuk | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $kuki -b $kuki -o /dev/null -d "username=staf.trawas&password=pelita-demo-2026&_csrf=$csrf" http://127.0.0.1:$port/masuk
n0=$(wc -l < /tmp/inbox-sql-app.log)
curl -s -b $kuki -o /dev/null -w 'page %{http_code} %{time_total}s\n' "http://127.0.0.1:$port/layanan/tugas?halaman=$halaman"
sleep 1
kill $pid; wait $pid 2>/dev/null || true
tail -n +$((n0 + 1)) /tmp/inbox-sql-app.log | python3 -c '
import re, sys
lines = sys.stdin.read().splitlines()
sql = None
for l in lines:
    m = re.search(r"==>\s+Preparing: (.*)", l)
    if m:
        sql = m.group(1); continue
    m = re.search(r"==> Parameters: (.*)", l)
    if m and sql:
        params = [p for p in re.split(r", (?=[^,]*\()", m.group(1)) if p]
        for p in params:
            v, t = re.match(r"(.*)\((\w+)\)$", p).groups()
            lit = v if t in ("Integer", "Long", "Boolean") else "'"'"'" + v.replace("'"'"'", "'"'"''"'"'") + "'"'"'"
            if t == "Timestamp": lit = "timestamp " + lit
            sql = sql.replace("?", lit, 1)
        print(sql + ";"); sql = None
' > /tmp/inbox-sql.sql
echo "statements captured: $(wc -l < /tmp/inbox-sql.sql) (in /tmp/inbox-sql.sql)"
while IFS= read -r q; do
  echo "---- ${q:0:160}..."
  psql -h 127.0.0.1 -U postgres -d "$db" -Atc "explain (analyze, buffers) $q" | grep -E "Execution Time|Planning Time|Sort|Scan|Limit|Hash|Nested|Aggregate|Join" | head -30
done < /tmp/inbox-sql.sql
