#!/usr/bin/env bash
# Issue 8 load check: 60 s of wrk at 64 connections across page types while the content tree
# changes every 5 s. Prints the responses that were not 2xx/3xx (must be 0), the number of syncs
# the site ran, and the working set at the start and the end (must stay flat).
#   bench/load-during-changes.sh [articles=1000] [port=5180]   (needs: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}; port=${2:-5180}
duration=${DURATION:-60}; connections=${CONNECTIONS:-64}
work=${BENCH_WORK:-/tmp/dortmund-news-bench}/changes-$articles
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
rm -rf "$work"; mkdir -p "$work"
dotnet run --project bench/Dortmund.News.Corpus -c Release -- "$work/content" "$articles" >/dev/null
dotnet build src/Dortmund.News.Web -c Release -v q -nologo >/dev/null
web=src/Dortmund.News.Web/bin/Release/net10.0
base="http://127.0.0.1:$port"
site_pid=""; changer_pid=""
cleanup() { for pid in $changer_pid $site_pid; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# appsettings.json is read from the working directory: run from the build output, with the shipped log levels.
(cd "$web" && exec env ASPNETCORE_ENVIRONMENT=Production Site__HttpsRedirection=false \
   Content__Path="$work/content" ConnectionStrings__Catalogue="Data Source=$work/catalogue.db" \
   dotnet Dortmund.News.Web.dll --urls "$base") >"$work/site.log" 2>&1 &
site_pid=$!
until curl -fs -o /dev/null "$base/"; do sleep 0.2; kill -0 "$site_pid" || { cat "$work/site.log"; exit 1; }; done

home=$(curl -fs "$base/")
article=$(grep -o 'href="/artikel/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
tag=$(curl -fs "$base$article" | grep -o 'href="/themen/[^"/]*"' | head -1 | cut -d'"' -f2)
cat >"$work/paths.lua" <<LUA
paths = { "/", "/?seite=2", "$article", "$tag", "/suche?q=Hafen", "/feed.xml", "/archiv", "/themen", "/sitemap.xml" }
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
wrk -t2 -c"$connections" -d5s -s "$work/paths.lua" "$base" >/dev/null # warm-up
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$site_pid/status"; }
start_rss=$(rss)
syncs_before=$(grep -c "Content sync:" "$work/site.log" || true)

# Every 5 s: edit one article, add one, and delete the one added before — touches files the pages show.
(
  edited=$(find "$work/content/articles" -name index.md -print -quit)
  for i in $(seq 1 $((duration / 5))); do
    sleep 5
    printf '\nÄnderung %s während der Last.\n' "$i" >>"$edited"
    mkdir -p "$work/content/articles/2030/neu-$i"
    printf -- '---\ntitle: "Neu %s"\ndate: 2020-01-0%sT10:00:00+01:00\n---\nNeuer Artikel %s.\n' "$i" "$(( (i % 9) + 1 ))" "$i" \
      >"$work/content/articles/2030/neu-$i/index.md"
    rm -rf "$work/content/articles/2030/neu-$((i - 1))"
  done
) &
changer_pid=$!

out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/paths.lua" "$base")
wait "$changer_pid" || true; changer_pid=""
sleep 2
end_rss=$(rss)
syncs=$(( $(grep -c "Content sync:" "$work/site.log" || true) - syncs_before ))
errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out"); errors=${errors:-0}
socket=$(grep -o 'Socket errors:.*' <<<"$out" || echo "Socket errors: none")
echo "$out" | grep -E "Requests/sec|requests in|Latency  |99%"
echo "non-2xx/3xx responses: $errors; $socket"
echo "syncs during the run: $syncs"
echo "working set: start $start_rss, end $end_rss"
[ "$errors" = 0 ]
