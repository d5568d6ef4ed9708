#!/usr/bin/env bash
# Hugo building the generated corpus vs the site's cold start on it, in the same run.
#   bench/vs-hugo.sh [articles=10000] [runs=3] [port=5170]
# bench/hugo is a Hugo site of our own (no theme) that renders what the site renders, with the same
# image variants (480/960/1600, never upscaled, WebP q80 and JPEG q82); the corpus is mounted, not copied.
# Per run, in turns: Hugo's cold build (output, resources and cache deleted, so every variant is made
# again): wall and CPU time and peak RSS of the hugo process; then the site's cold start from nothing as
# in startup.sh (no catalogue, no variants; shipped log levels): to /readyz 200, and on until it has made
# every image variant (it serves before: a first start makes them after its sync, in the background),
# with CPU and peak then. Medians and hugo/site ratios last. Not the same work: Hugo writes every page;
# the site syncs the corpus into SQLite, makes the variants and renders pages when they are asked for.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; runs=${2:-3}; port=${3:-5170}
command -v hugo >/dev/null || { echo "needs hugo (apt-get install -y hugo)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
. bench/prepare.sh
publish_site

site="$PWD/bench/hugo"
hugo_work="$work/hugo"
mkdir -p "$hugo_work"
# Mounts for this corpus: the articles as content (the photo pool left out), the author files as
# /profile pages the templates read, the photo pool as assets; resources kept under $work too.
cat >"$hugo_work/corpus.toml" <<EOF
resourceDir = "$hugo_work/resources"
[module]
  [[module.mounts]]
  source = "$corpus/articles"
  target = "content/articles"
  excludeFiles = "_media/**"
  [[module.mounts]]
  source = "$corpus/authors"
  target = "content/profile"
  [[module.mounts]]
  source = "$corpus/articles/_media"
  target = "assets"
EOF

hugo_build() { # echoes "wall_ms cpu_ms peak_kb"
  rm -rf "$hugo_work/public" "$hugo_work/resources" "$hugo_work/cache"
  local t0 t1
  t0=$(date +%s%N)
  if ! /usr/bin/time -f '%U %S %M' -o "$hugo_work/time.txt" hugo --gc -s "$site" \
      --config "$site/hugo.toml,$hugo_work/corpus.toml" -d "$hugo_work/public" --cacheDir "$hugo_work/cache" \
      >"$hugo_work/build.log" 2>&1; then
    echo "hugo failed; see $hugo_work/build.log" >&2; tail -5 "$hugo_work/build.log" >&2; return 1
  fi
  t1=$(date +%s%N)
  awk -v wall=$(( (t1 - t0) / 1000000 )) '{print wall, int(($1 + $2) * 1000), $3}' "$hugo_work/time.txt"
}

: >"$work/vs-hugo.txt"
for i in $(seq "$runs"); do
  read -r hwall hcpu hkb < <(hugo_build)
  echo "run $i hugo: cold build ${hwall} ms, CPU ${hcpu} ms, peak RSS $((hkb / 1024)) MB"
  rm -f "$work"/catalogue.db*; rm -rf "$work/bilder"
  read -r sready skb scpu sdone < <(timed_start --variants "$work/vs-hugo-site.log")
  echo "run $i site: cold start, ready after ${sready} ms, every image variant made after ${sdone} ms," \
       "CPU by then ${scpu} ms, peak working set $((skb / 1024)) MB"
  echo "$hwall $hcpu $hkb $sready $sdone $scpu $skb" >>"$work/vs-hugo.txt"
done

col() { cut -d' ' -f"$1" "$work/vs-hugo.txt" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
pair_ratio() { awk -v a="$1" -v b="$2" '{print $a / $b}' "$work/vs-hugo.txt" | median | xargs printf "%.2f"; }
echo "median hugo: cold build $(col 1) ms, CPU $(col 2) ms, peak RSS $(( $(col 3 | cut -d. -f1) / 1024 )) MB"
echo "median site: ready after $(col 4) ms, every image variant made after $(col 5) ms, CPU by then $(col 6) ms," \
     "peak working set $(( $(col 7 | cut -d. -f1) / 1024 )) MB"
# The ratios of medians, then in brackets the median of each run's ratio.
echo "hugo/site, the site until every variant is made: wall $(ratio "$(col 1)" "$(col 5)") ($(pair_ratio 1 5))," \
     "CPU $(ratio "$(col 2)" "$(col 6)") ($(pair_ratio 2 6)); until the site is ready: wall $(ratio "$(col 1)" "$(col 4)") ($(pair_ratio 1 4))"
# What the last build made, to see that both did the same work: pages, and variant files (2 formats x 3
# widths for a photo wider than 960 px, fewer for a narrower one) against the site's.
public="$hugo_work/public"
echo "hugo wrote $(find "$public" -name '*.html' | wc -l) HTML files" \
     "($(awk '$1 == "Pages" {print $3}' "$hugo_work/build.log") pages, $(awk '$1 == "Paginator" {print $4}' "$hugo_work/build.log") paginator pages)," \
     "$(find "$public" -name '*_hu*.webp' | wc -l) WebP and $(find "$public" -name '*_hu*.jpg' | wc -l) JPEG variants" \
     "of $(find "$public" -name '*_hu*' | sed 's/_hu[^/]*$//' | sort -u | wc -l) photos," \
     "$(grep -c WARN "$hugo_work/build.log" || true) warnings; the site made $(find "$work/bilder" -type f | wc -l) variant files"
grep -m5 WARN "$hugo_work/build.log" || true
