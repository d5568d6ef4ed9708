#!/usr/bin/env bash
# Working set of the published site while a crawler fetches article pages, each once.
#   bench/crawl.sh [articles=10000] [pages=6000] [encoding=identity] [port=5175]
# Restarts the site on the synced catalogue (bench/startup.sh leaves one; otherwise the first start
# syncs), reads /sitemap.xml (and the parts its index names), then fetches the first $pages article
# URLs once each, four at a time, asking for $encoding (identity: the largest pages, so the page cache
# fills fastest). Every page is a render and a new cache entry: the worst case for memory.
# Prints the working set (VmRSS) every second, the peak (VmHWM, since the start; startup's own peak is
# lower), and where the memory is: anonymous (GC heap, native), file-backed (the mapped ReadyToRun
# image and ICU, which the kernel can drop and re-read), shared (the runtime's double-mapped code).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; pages=${2:-6000}; encoding=${3:-identity}; port=${4:-5175}
. bench/prepare.sh
publish_site
base="http://127.0.0.1:$port"

start_site_process "$work/crawl.log" "$base" ConnectionStrings__Catalogue="Data Source=$work/catalogue.db"
pid=$site_pid
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 600); do curl -fs -o /dev/null "$base/readyz" && break; kill -0 "$pid"; sleep 0.1; done
curl -fsS -o /dev/null "$base/readyz"
# The catch-up sync after a restart scans the folder; let it finish so it is not counted as crawling.
sleep 5
memory() { awk '/VmHWM|VmRSS|RssAnon|RssFile|RssShmem/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$pid/status"; echo; }
echo "ready:  $(memory)"

# As a crawler would: the sitemap, or the parts its index names, then the articles they list.
local_urls() { grep -o "<loc>[^<]*</loc>" | sed "s|<loc>https\?://[^/]*\(.*\)</loc>|$base\1|"; }
curl -fs "$base/sitemap.xml" -o "$work/sitemap.xml"
if grep -q "<sitemapindex" "$work/sitemap.xml"; then
  local_urls <"$work/sitemap.xml" | while read -r part; do curl -fs "$part"; done >"$work/sitemap-parts.xml"
else
  cp "$work/sitemap.xml" "$work/sitemap-parts.xml"
fi
local_urls <"$work/sitemap-parts.xml" | grep "/artikel/" | sed -n "1,${pages}p" >"$work/crawl-urls.txt"
echo "fetching $(wc -l <"$work/crawl-urls.txt") article pages ($encoding)"
(while kill -0 "$pid" 2>/dev/null; do awk '/VmRSS/ {printf "%d ", $2 / 1024}' "/proc/$pid/status"; sleep 1; done) &
sampler=$!
t0=$(date +%s%N)
xargs -P 4 -n 1 curl -fsS -o /dev/null -H "Accept-Encoding: $encoding" <"$work/crawl-urls.txt"
t1=$(date +%s%N)
kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
echo
echo "crawled in $(( (t1 - t0) / 1000000 )) ms"
echo "after:  $(memory)"
