# Sourced by the benchmark scripts (after `cd` to the repo root and setting $articles): the work
# folder ($BENCH_WORK), the generated corpus of $articles articles, and publish_site, which puts the
# site as deployed (dotnet publish -r linux-x64: self-contained, composite ReadyToRun) into $web; $site
# is its executable (run it from $web: appsettings.json is read from the working directory).
work=${BENCH_WORK:-/tmp/dortmund-news-bench}
corpus="$work/corpus-$articles"
mkdir -p "$work"
[ -d "$corpus/articles" ] || dotnet run --project bench/Dortmund.News.Corpus -c Release -- "$corpus" "$articles"
web="$work/app"
site=./Dortmund.News.Web
publish_site() { dotnet publish src/Dortmund.News.Web -c Release -r linux-x64 -o "$web" -v q -nologo >/dev/null; }
