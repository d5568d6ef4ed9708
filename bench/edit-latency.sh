#!/usr/bin/env bash
# How long an editor waits: from saving one article file to its page showing the change, with live
# sync on, on the generated corpus (site as deployed: dotnet publish -r linux-x64).
#   bench/edit-latency.sh [articles=10000] [edits=9] [port=5172]
# Prints each edit's latency and the median. The page is polled every 5 ms over one kept-alive
# connection (python3), so the poller itself costs next to nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-10000}; edits=${2:-9}; port=${3:-5172}
. bench/prepare.sh
publish_site
base="http://127.0.0.1:$port"
start_site_process "$work/edit-latency.log" "$base" ConnectionStrings__Catalogue="Data Source=$work/catalogue-edits.db"
trap 'kill $site_pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$base/readyz"; do sleep 0.1; done
# Let the startup (or catch-up) sync finish first, and what a first start leaves to the background (search rows,
# image variants): after a rebuilt catalogue, edits made meanwhile waited for those (seconds), not for their own sync.
wait_until_settled "$base"

file=$(find "$corpus/articles" -name index.md | sort | sed -n "$((articles / 2))p")
slug=$(basename "$(dirname "$file")")
curl -fs -o /dev/null "$base/artikel/$slug" || { echo "no page for $slug" >&2; exit 1; }
python3 - "$port" "$slug" "$file" "$edits" <<'PY'
import http.client, random, statistics, sys, time
port, slug, path, edits = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
connection = http.client.HTTPConnection("127.0.0.1", port)
def page():
    connection.request("GET", f"/artikel/{slug}")
    return connection.getresponse().read().decode()
latencies = []
for i in range(1, edits + 1):
    marker = f"Nachtrag-{random.randrange(10**9)}-{i}"
    start = time.monotonic()
    with open(path, "a", encoding="utf-8") as file:
        file.write(f"\n{marker}\n")
    while marker not in page():
        time.sleep(0.005)
    latencies.append((time.monotonic() - start) * 1000)
    print(f"edit {i}: visible after {latencies[-1]:.0f} ms", flush=True)
    time.sleep(1.5)
print(f"median: {statistics.median(latencies):.0f} ms")
PY
