#!/usr/bin/env bash
# Publishes the site, starts two replicas (each with its own catalogue from the same content) and
# nginx in front of them on 127.0.0.1, checks that every page type answers identically through the
# proxy and from each replica, then stops everything.
#   deploy/scale-out.sh [content folder=content] [base port=5172]   (needs: apt-get install -y nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
content=$(realpath "${1:-content}"); port=${2:-5172}
r1=$((port + 1)); r2=$((port + 2))
run=$(mktemp -d /tmp/dortmund-news-scale-out.XXXX)
chmod 755 "$run" # nginx workers (an unprivileged user) keep their cache below it
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$run/nginx.pid" ] && kill "$(cat "$run/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT

echo "publishing to $run/app"
dotnet publish src/Dortmund.News.Web -c Release -r linux-x64 -o "$run/app" -v q -nologo >/dev/null

for replica in "$r1" "$r2"; do
  mkdir -p "$run/replica-$replica"
  # Site__BaseUrl: the public address (the proxy), so every replica writes the same absolute URLs. Photo downloads only
  # when asked for: made in the background, their sizes would appear on each replica's article pages at its own moment.
  (cd "$run/app" && exec env ASPNETCORE_ENVIRONMENT=Production Site__HttpsRedirection=false Site__BaseUrl="http://127.0.0.1:$port" \
     PressPhotos__MakeInBackground=false \
     Content__Path="$content" ConnectionStrings__Catalogue="Data Source=$run/replica-$replica/catalogue.db" \
     Serilog__MinimumLevel__Default=Warning ./Dortmund.News.Web --urls "http://127.0.0.1:$replica") \
     >"$run/replica-$replica.log" 2>&1 &
  pids+=($!)
done
for replica in "$r1" "$r2"; do
  for _ in $(seq 600); do curl -fs -o /dev/null "http://127.0.0.1:$replica/readyz" && break; sleep 0.2; done
  curl -fs "http://127.0.0.1:$replica/readyz" >/dev/null || { echo "replica $replica not ready"; cat "$run/replica-$replica.log"; exit 1; }
done

sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$port|g" -e "s|@REPLICA1@|$r1|g" -e "s|@REPLICA2@|$r2|g" deploy/nginx.conf >"$run/nginx.conf"
nginx -c "$run/nginx.conf"
proxy="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -fs -o /dev/null "$proxy/healthz" && break; sleep 0.1; done

home=$(curl -fs "$proxy/")
article=$(grep -o 'href="/artikel/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
article_html=$(curl -fs "$proxy$article")
author=$(grep -o 'href="/autoren/[^"]*"' <<<"$article_html" | head -1 | cut -d'"' -f2 || true)
tag=$(grep -o 'href="/themen/[^"/]*"' <<<"$article_html" | head -1 | cut -d'"' -f2 || true)
css=$(grep -o 'href="/css/[^"]*"' <<<"$home" | head -1 | cut -d'"' -f2)
# One URL per page type; add page types here as they land.
urls=("/" "/?seite=1" "$article" "${author:-/autoren/unbekannt}" "${tag:-/themen/unbekannt}" "/themen" "/archiv"
      "/suche?q=Delegation" "/feed.xml" "/atom.xml" "/sitemap.xml" "/robots.txt" "$css" "/gibt-es-nicht")

failures=0
printf "%-48s %6s %6s %6s  %s\n" URL proxy r1 r2 result
for url in "${urls[@]}"; do
  for _ in 1 2; do # the second pass is answered from nginx's cache
    a=$(curl -s -o "$run/a" -w '%{http_code}' "$proxy$url")
    b=$(curl -s -o "$run/b" -w '%{http_code}' "http://127.0.0.1:$r1$url")
    c=$(curl -s -o "$run/c" -w '%{http_code}' "http://127.0.0.1:$r2$url")
  done
  cache=$(curl -s -o /dev/null -D - "$proxy$url" | awk -F': ' 'tolower($1)=="x-cache" {print $2}' | tr -d '\r')
  if [ "$a" = "$b" ] && [ "$b" = "$c" ] && cmp -s "$run/a" "$run/b" && cmp -s "$run/b" "$run/c"; then
    result="identical${cache:+ (nginx cache: $cache)}"
  else
    result="DIFFERENT"; failures=$((failures + 1))
  fi
  printf "%-48s %6s %6s %6s  %s\n" "$url" "$a" "$b" "$c" "$result"
done

# Strong ETags are the same on both replicas, so the shared cache revalidates against either.
e1=$(curl -s -D - -o /dev/null "http://127.0.0.1:$r1$article" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
e2=$(curl -s -D - -o /dev/null "http://127.0.0.1:$r2$article" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
echo "ETag of $article: replica 1 $e1, replica 2 $e2"
[ -n "$e1" ] && [ "$e1" = "$e2" ] || { echo "ETags differ"; failures=$((failures + 1)); }
not_modified=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $e1" "$proxy$article")
echo "conditional GET through the proxy: $not_modified"
[ "$not_modified" = 304 ] || failures=$((failures + 1))
css_cache=$(curl -s -D - -o /dev/null "$proxy$css" | awk -F': ' 'tolower($1)=="cache-control" {print $2}' | tr -d '\r')
echo "Cache-Control of $css (published): $css_cache"
[[ "$css_cache" == *immutable* ]] || failures=$((failures + 1))

if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all page types answer identically through the proxy and from both replicas"
