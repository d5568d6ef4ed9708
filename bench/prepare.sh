# Sourced by the benchmark scripts (after `cd` to the repo root and setting $articles): the work
# folder ($BENCH_WORK), the generated corpus of $articles articles (the realistic mode: content the
# project did not shape; CORPUS=unique-photos gives every article its own photos, CORPUS=plain the
# old uniform corpus), publish_site, which puts the site
# as deployed (dotnet publish -r linux-x64: self-contained, composite ReadyToRun) into $web, and
# start_site_process, which starts it there on the corpus.
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
  (cd "$web" && exec env ASPNETCORE_ENVIRONMENT=Production Site__HttpsRedirection=false Content__Path="$corpus" "$@" \
     ./Dortmund.News.Web --urls "$url") >"$log" 2>&1 &
  site_pid=$!
}
