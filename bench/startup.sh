#!/usr/bin/env bash
# Cold sync, warm restart and memory of the site on a generated corpus (published site).
#   bench/startup.sh [articles=10000] [runs=3] [port=5170]
# A cold run starts from nothing: no catalogue and no image variants, as a fresh deployment does
# (KEEP_VARIANTS=1 keeps the variants of the previous run, to see what making them costs).
# Runs the site as deployed (dotnet publish -r linux-x64: composite ReadyToRun). Prints, per run: cold sync ms
# (from the sync's own log line), time from process start to /readyz 200, peak working set (VmHWM),
# CPU time used by then (user + system: steadier than wall time here, where two cores are shared);
# then the same for a restart with nothing changed; medians last.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; runs=${2:-3}; port=${3:-5170}
. bench/prepare.sh
publish_site

start() { # $1 = log file; echoes "ready_ms peak_kb cpu_ms"
  local t0 pid
  t0=$(date +%s%N)
  start_site_process "$1" "http://127.0.0.1:$port" ConnectionStrings__Catalogue="Data Source=$work/catalogue.db"
  pid=$site_pid
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.02; done
  local t1; t1=$(date +%s%N)
  # A restart is ready before its catch-up sync: wait for that sync's line too (it is reported as "sync").
  for _ in $(seq 1500); do grep -q 'failed in [0-9]* ms' "$1" && break; sleep 0.02; done
  local hwm; hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
  # CPU time (user + system) the process used so far: steadier than wall time on a shared machine.
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' /proc/$pid/stat)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $hwm $cpu"
}

: >"$work/cold.txt"; : >"$work/warm.txt"
for i in $(seq "$runs"); do
  rm -f "$work"/catalogue.db*
  [ "${KEEP_VARIANTS:-0}" = 1 ] || rm -rf "$work/bilder"
  read -r ready hwm cpu < <(start "$work/cold.log")
  sync=$(grep -o 'failed in [0-9]* ms' "$work/cold.log" | grep -o '[0-9]*' | head -1)
  echo "cold  run $i ($([ "${KEEP_VARIANTS:-0}" = 1 ] && echo "variants kept" || echo "from nothing")): sync ${sync} ms, ready after ${ready} ms, peak working set $((hwm / 1024)) MB, CPU ${cpu} ms"
  echo "$sync $ready $hwm $cpu" >>"$work/cold.txt"
  read -r ready hwm cpu < <(start "$work/warm.log")
  sync=$(grep -o 'failed in [0-9]* ms' "$work/warm.log" | grep -o '[0-9]*' | head -1)
  echo "warm  run $i: sync ${sync} ms, ready after ${ready} ms, peak working set $((hwm / 1024)) MB, CPU ${cpu} ms"
  echo "$sync $ready $hwm $cpu" >>"$work/warm.txt"
done
for kind in cold warm; do
  echo "median $kind: sync $(cut -d' ' -f1 "$work/$kind.txt" | median) ms," \
       "ready $(cut -d' ' -f2 "$work/$kind.txt" | median) ms," \
       "peak working set $(( $(cut -d' ' -f3 "$work/$kind.txt" | median | cut -d. -f1) / 1024 )) MB," \
       "CPU $(cut -d' ' -f4 "$work/$kind.txt" | median) ms"
done
