# Sourced by the benchmark scripts (after `cd` to the repo root and setting $articles): the work
# folder ($BENCH_WORK), the generated corpus of $articles articles (the realistic mode: content the
# project did not shape; CORPUS=unique-photos gives every article its own photos, CORPUS=plain the
# old uniform corpus), publish_site, which puts the site as deployed (dotnet publish -r linux-x64:
# self-contained, composite ReadyToRun) into $web, start_site_process, which starts it there on the
# corpus, and timed_start, which times a start to ready.
work=${BENCH_WORK:-/tmp/dortmund-news-bench}
corpus_mode=${CORPUS:-realistic}
case $corpus_mode in
  realistic) corpus_flags=(--realistic) ;;
  unique-photos) corpus_flags=(--realistic --unique-photos) ;;
  plain) corpus_flags=() ;;
  *) echo "CORPUS must be realistic, unique-photos or plain" >&2; exit 2 ;;
esac
corpus="$work/$corpus_mode-$articles"
mkdir -p "$work"
[ -d "$corpus/articles" ] || dotnet run --project bench/Dortmund.News.Corpus -c Release -- "$corpus" "$articles" 42 "${corpus_flags[@]}"
web="$work/app"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
publish_site() { dotnet publish src/Dortmund.News.Web -c Release -r linux-x64 -o "$web" -v q -nologo >/dev/null; }

# start_site_process LOG URL [NAME=value ...]: the published site in Production on the corpus, listening on URL,
# with the given settings (the catalogue file, log levels); output to LOG; sets $site_pid. It runs in $web
# because appsettings.json is read from the working directory.
start_site_process() {
  local log=$1 url=$2
  shift 2
  # The allocator settings are those of deploy/dortmund-news.service, the shipped configuration.
  (cd "$web" && exec env ASPNETCORE_ENVIRONMENT=Production Site__HttpsRedirection=false Content__Path="$corpus" \
     MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 "$@" \
     ./Dortmund.News.Web --urls "$url") >"$log" 2>&1 &
  site_pid=$!
}

# wait_until_settled BASE_URL: after /readyz 200, until this run has synced (a restart's catch-up sync comes after
# the first requests' head start) and the background work of a start is done (search rows, image variants).
wait_until_settled() {
  until grep -q . <(curl -fs "$1/readyz" | grep -o '"lastSync":"[^"]*"'); do sleep 0.1; done
  until curl -fs "$1/readyz" | grep -q '"imageVariantsQueued":0,"searchIndexComplete":true'; do sleep 0.2; done
}

# timed_start [--variants] LOG [NAME=value ...]: starts the site on $port with its catalogue in $work and the
# given settings, waits for /readyz 200, then for the sync's log line (a restart is ready before its catch-up
# sync), stops it; echoes "ready_ms peak_kb cpu_ms": time from process start to /readyz 200, peak working set
# (VmHWM), and CPU time (user + system) used by then: steadier than wall time here, where two cores are shared.
# --variants: also waits until the image variants queued for after the sync are made (a first start is ready
# before), takes peak and CPU then, and echoes that time from process start as a fourth number.
timed_start() {
  local variants=0 log t0 t1 t2 pid hwm cpu
  [ "$1" = --variants ] && { variants=1; shift; }
  log=$1
  shift
  t0=$(date +%s%N)
  start_site_process "$log" "http://127.0.0.1:$port" ConnectionStrings__Catalogue="Data Source=$work/catalogue.db" "$@"
  pid=$site_pid
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
    kill -0 "$pid" 2>/dev/null || { echo "the site exited before it was ready; see $log" >&2; return 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  for _ in $(seq 1500); do grep -q 'failed in [0-9]* ms' "$log" && break; sleep 0.02; done
  if [ "$variants" = 1 ]; then
    # Images queued by a sync are all made when the background says so (a few are made during the sync).
    if grep -q 'to resize, in the background' "$log"; then
      until grep -q 'resized in the background in' "$log"; do
        kill -0 "$pid" 2>/dev/null || { echo "the site exited while making image variants; see $log" >&2; return 1; }
        sleep 0.02
      done
    fi
    t2=$(date +%s%N)
  fi
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $hwm $cpu${t2:+ $(( (t2 - t0) / 1000000 ))}"
}
