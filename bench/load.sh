#!/usr/bin/env bash
# Load test of the running site against nginx serving the same article as a static file, in one run.
#   bench/load.sh [articles=10000] [port=5170]     (needs: apt-get install -y wrk nginx)
# Starts the site as deployed (dotnet publish -r linux-x64, log level Warning) on the generated corpus,
# measures each URL below with `wrk -t2 -c64 -d10s --latency` (cached), then the article and nginx
# (worker_processes auto) serving that article's HTML taken in turns, $ROUNDS times (the machine's
# speed drifts between runs; turns keep the two comparable), then the article with the output cache
# off (uncached render). Prints requests/s, p50, p99, the server's CPU time per request (user + system
# of the site, or of nginx's workers), each round's ratio site/nginx and their median.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; port=${2:-5170}; nginx_port=$((port + 1))
duration=${DURATION:-10s}; connections=${CONNECTIONS:-64}; rounds=${ROUNDS:-3}
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx" >&2; exit 1; }
. bench/prepare.sh
publish_site
base="http://127.0.0.1:$port"
site_pid=""; nginx_dir=""; declare -A warmed=()
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$nginx_dir" ] && [ -f "$nginx_dir/nginx.pid" ] && kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

start_site() { # $1 = output cache on/off
  [ -n "$site_pid" ] && { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; }
  start_site_process "$work/load-site.log" "$base" Site__PageCache="$1" ConnectionStrings__Catalogue="Data Source=$work/catalogue.db"
  warmed=()
  until curl -fs -o /dev/null "$base/readyz"; do sleep 0.1; done
  # Serving is measured once the start's background work is done (the catch-up sync, search rows and variants of
  # a catalogue a killed run left incomplete): it would otherwise run during the first page's measurement.
  wait_until_settled "$base"
}

# wrk's latency distribution in ms: "50%  1.23ms" → 1.23
to_ms() { awk '{v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }
# CPU clock ticks (user + system) the given processes have used so far
cpu_ticks() { local total=0 pid; for pid in "$@"; do total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}'))); done; echo "$total"; }
measure() { # $1 = label, $2 = url, $3... = the server's pids → prints a line, sets RPS
  local label=$1 url=$2; shift 2
  curl -fs -o /dev/null "$url" || { printf "%-28s %s\n" "$label" "skipped ($(curl -s -o /dev/null -w '%{http_code}' "$url"))"; RPS=0; return; }
  # Warm-up, once per URL and site start: the JIT's optimizing tier takes ~5 s of load to reach the hot
  # paths (measured: req/s climbs for 4-5 s).
  if [ -z "${warmed[$url]:-}" ]; then
    wrk -t2 -c"$connections" -d"${WARMUP:-8s}" "$url" >/dev/null
    warmed[$url]=1
  fi
  # CPU per request shows the server's own cost: on a shared machine req/s also moves with the neighbours.
  local before out after
  before=$(cpu_ticks "$@"); out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$url"); after=$(cpu_ticks "$@")
  RPS=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$out")
  printf "%-28s %8s req/s   p50 %7s ms   p99 %7s ms   CPU %5s µs/req\n" "$label" "$RPS" \
    "$(grep -E '^ +50%' <<<"$out" | to_ms)" "$(grep -E '^ +99%' <<<"$out" | to_ms)" \
    "$(awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '/requests in/ {printf "%.1f", ticks * 1e6 / hz / $1}' <<<"$out")"
}

start_site true
home=$(curl -fs "$base/")
article=$(grep -o 'href="/artikel/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
article_html=$(curl -fs "$base$article")
tag=$(grep -o 'href="/themen/[^"/]*"' <<<"$article_html" | head -1 | cut -d'"' -f2 || true)
author=$(grep -o 'href="/autoren/[^"]*"' <<<"$article_html" | head -1 | cut -d'"' -f2 || true)

# The pages measured; add page types here as they land (a 404 is reported as skipped).
urls=(
  "home|/"
  "article|$article"
  "author|${author:-/autoren/unbekannt}"
  "tag|${tag:-/themen/hafen}"
  "search|/suche?q=Hafen"
  "feed|/feed.xml"
)
echo "wrk -t2 -c$connections -d$duration --latency, $(nproc) cores, corpus $articles articles"
for entry in "${urls[@]}"; do
  measure "site ${entry%%|*} (cached)" "$base${entry#*|}" "$site_pid"
done

nginx_dir=$(mktemp -d "$work/nginx.XXXX")
chmod 755 "$work" "$nginx_dir" # nginx workers run as an unprivileged user
mkdir -p "$nginx_dir/www/artikel"
printf '%s' "$article_html" >"$nginx_dir/www/index.html"
cat >"$nginx_dir/nginx.conf" <<CONF
worker_processes auto;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $nginx_dir/www;
    location / { try_files /index.html =404; }
  }
}
CONF
nginx -c "$nginx_dir/nginx.conf"
sleep 0.5
mapfile -t nginx_workers < <(pgrep -P "$(cat "$nginx_dir/nginx.pid")")
ratios=()
for round in $(seq "$rounds"); do
  measure "site article (cached) #$round" "$base$article" "$site_pid"
  site_rps=$RPS
  measure "nginx static article #$round" "http://127.0.0.1:$nginx_port$article" "${nginx_workers[@]}"
  ratios+=("$(awk -v s="$site_rps" -v n="$RPS" 'BEGIN { if (n > 0) printf "%.0f", 100 * s / n; else print 0 }')")
done
echo "ratio site/nginx (article) per round: ${ratios[*]} %; median $(printf '%s\n' "${ratios[@]}" | median) %"

start_site false
measure "site article (uncached)" "$base$article" "$site_pid"
