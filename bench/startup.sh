#!/usr/bin/env bash
# Time from launch to a served login page, and resident memory 2 s later, for the demo run on the embedded
# H2 database. Usage: bench/startup.sh [runs] [plain|cds]
#   plain: java -jar target/pelita-*.jar
#   cds:   the jar extracted (java -Djarmode=tools ... extract) with an AppCDS archive from a training run,
#          started with -XX:SharedArchiveFile -XX:+UseSerialGC -Xmx512m (see README, Production)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; mode=${2:-plain}
jar=$(ls target/pelita-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/pelita-*.jar | head -1); fi
port=18080
work=$(mktemp -d)
cmd=(java -jar "$jar")
if [ "$mode" = cds ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  app=$(ls "$work"/app/*.jar)
  PELITA_DATA_DIR="$work/train" PORT=$port java -XX:ArchiveClassesAtExit="$work/app/pelita.jsa" \
    -Dspring.context.exit=onRefresh -jar "$app" --spring.profiles.active=demo >"$work/train.txt" 2>&1
  cmd=(java -XX:SharedArchiveFile="$work/app/pelita.jsa" -XX:+UseSerialGC -Xmx512m -jar "$app")
fi
echo "mode: $mode  cores: $(nproc)  java: $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  PELITA_DATA_DIR="$work/data" PORT=$port "${cmd[@]}" --spring.profiles.active=demo >"$work/log-$i.txt" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/masuk"; do
    kill -0 $pid 2>/dev/null || { echo "start failed"; tail -30 "$work/log-$i.txt"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  sleep 2
  rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
  echo "run $i: login page after $(( (end-start)/1000000 )) ms; RSS ${rss} MB $( [ "$i" = 1 ] && echo '(first start: loads regions and demo data)')"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -rf "$work"
