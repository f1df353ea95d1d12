#!/usr/bin/env bash
# The serving benchmark. Starts Bulletin on a corpus made by bench/corpus.sh and measures with wrk,
# interleaved in one run: the article page (anonymous and signed in), home, section pages 1 and 500,
# a tag page, search, the RSS feed, the view beacon, a cold article render with the page cache off,
# and nginx serving the article page's exact bytes as a static file. Then a 60 s mixed load (90 %
# anonymous views, 9 % signed-in views, 1 % comment posts) and start-up times on JDK 17, of the jar
# and of the jar extracted with a class data archive. Prints one
# markdown table and writes it, with the date, machine and commands, into bench/README.md.
#
#   bench/run.sh DIR                        # the SQLite corpus in DIR
#   bench/run.sh DIR --postgres JDBC_URL    # the PostgreSQL corpus (DIR holds its media files)
#
# Needs wrk, nginx (Debian nginx-light), curl and python3. Servers listen on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
folder="$(cd "${1:?usage: bench/run.sh DIR [--postgres JDBC_URL]}" && pwd)"
postgres=""
if [ "${2:-}" = "--postgres" ]; then
    postgres="${3:?give the JDBC URL after --postgres}"
fi
engine=$([ -n "$postgres" ] && echo PostgreSQL || echo SQLite)
rounds="${BENCH_ROUNDS:-3}"
seconds="${BENCH_SECONDS:-5}"
warmup="${BENCH_WARMUP:-30}"
mixed_seconds="${BENCH_MIXED:-60}"
port=18080
cold_port=18081
nginx_port=18082
work="$(mktemp -d /tmp/bulletin-bench.XXXXXX)"
chmod 755 "$work"  # nginx's workers read the page from here
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool (apt-get install wrk nginx-light curl python3)" >&2; exit 2; }
done

# The newest JDK present runs the throughput measurements; JDK 17 the start-up ones.
newest_java() {
    local best="" best_major=0
    for java in /usr/lib/jvm/*/bin/java "$(command -v java)"; do
        [ -x "$java" ] || continue
        local major
        major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
        major=${major%%.*}
        if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then best="$java"; best_major="$major"; fi
    done
    echo "$best"
}
java_bin="$(newest_java)"
java_version="$("$java_bin" -version 2>&1 | head -1)"
java17="$(ls /usr/lib/jvm/*17*/bin/java 2>/dev/null | head -1 || true)"
java17="${java17:-$(command -v java)}"

if [ ! -f target/bulletin.jar ] || [ -n "$(find src pom.xml -newer target/bulletin.jar -print -quit)" ]; then
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
fi

database_options=()
if [ -n "$postgres" ]; then
    database_options=(--spring.datasource.url="$postgres" --spring.datasource.username="${BULLETIN_BENCH_POSTGRES_USER:-postgres}"
        --spring.datasource.password="${BULLETIN_BENCH_POSTGRES_PASSWORD:-}")
fi

# How a server is launched: the jar as built, or (for one start-up measurement) extracted.
launch=(-jar target/bulletin.jar)

# Starts a server; prints milliseconds from launch to a healthy /actuator/health.
start() {
    local java="$1" port="$2" data="$3" log="$4"; shift 4
    local began
    began=$(date +%s%N)
    "$java" -Xmx512m "${launch[@]}" --server.port="$port" --server.address=127.0.0.1 \
        --bulletin.data-dir="$data" "$@" >"$log" 2>&1 &
    pids+=($!)
    echo $! >"$log.pid"
    for _ in $(seq 1 600); do
        if curl -sf "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP; then
            echo $(( ($(date +%s%N) - began) / 1000000 ))
            return
        fi
        sleep 0.05
    done
    echo "server on port $port did not start; see $log" >&2
    exit 1
}

stop() {
    local pid
    pid=$(cat "$1.pid")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # A server started in a subshell is not this shell's child: wait until it has gone.
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

# The median of three starts: one start on this shared machine varies by a second or more.
median_startup() {
    local data="$1"; shift
    local times=()
    for run in 1 2 3; do
        [ "$data" = "$work/empty" ] && rm -rf "$work/empty"
        times+=("$(start "$java17" "$port" "$data" "$work/startup-$run.log" "$@")")
        stop "$work/startup-$run.log"
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
echo "Start-up on JDK 17 ($java17), median of three"
startup_empty=$(median_startup "$work/empty" --bulletin.sample-content=false)
startup_corpus=$(median_startup "$folder" "${database_options[@]}")
echo "  empty data folder ${startup_empty} ms, corpus ${startup_corpus} ms"

# The jar extracted, with a class data archive made by a training start (README, "Running the
# jar"): the JVM maps the classes it loaded then instead of reading them from nested jars.
echo "Start-up on JDK 17 of the extracted jar with a class data archive, median of three"
"$java17" -Djarmode=tools -jar target/bulletin.jar extract --destination "$work/extracted" >/dev/null
"$java17" -XX:ArchiveClassesAtExit="$work/extracted/bulletin.jsa" -Dspring.context.exit=onRefresh \
    -jar "$work/extracted/bulletin.jar" --bulletin.data-dir="$work/training" --bulletin.sample-content=false \
    --server.port=0 >"$work/training.log" 2>&1
launch=(-XX:SharedArchiveFile="$work/extracted/bulletin.jsa" -jar "$work/extracted/bulletin.jar")
cds_empty=$(median_startup "$work/empty" --bulletin.sample-content=false)
cds_corpus=$(median_startup "$folder" "${database_options[@]}")
launch=(-jar target/bulletin.jar)
echo "  empty data folder ${cds_empty} ms, corpus ${cds_corpus} ms"

echo "Starting Bulletin with $java_version"
# Every beacon of the run comes from one address: lift the per-address cap so that each one counts
# and the stored total can be checked against what wrk sent.
start "$java_bin" "$port" "$folder" "$work/bulletin.log" "${database_options[@]}" \
    --bulletin.comments.per-ten-minutes=100000 --bulletin.popularity.views-per-address-per-minute=2000000000 >/dev/null
bulletin_pid=$(cat "$work/bulletin.log.pid")
start "$java_bin" "$cold_port" "$folder" "$work/cold.log" "${database_options[@]}" \
    --bulletin.page-cache.enabled=false >/dev/null

base="http://127.0.0.1:$port"
first_match() { grep -o "$1" | head -1 || true; }
home_page=$(curl -s "$base/")
article=$(first_match 'href="/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[^"]*"' <<<"$home_page" | sed 's/href="//;s/"$//')
article_page="$work/article.html"
curl -s "$base$article" >"$article_page"
article_id=$(first_match 'data-article-id="[0-9]*"' <"$article_page" | grep -o '[0-9]*' || true)
tag=$(first_match 'href="/tag/[^"]*" rel="tag"' <"$article_page" | sed 's/href="//;s/" rel="tag"//')
section=$(first_match 'href="/section/[^"/]*"' <<<"$home_page" | sed 's/href="//;s/"$//')
query=$(head -20 bench/words.txt | awk 'length($1) > 5 {print $1; exit}')
echo "  article $article (id $article_id), section $section, tag $tag, search \"$query\""
if [ -z "$article" ] || [ -z "$article_id" ] || [ -z "$tag" ] || [ -z "$section" ]; then
    echo "could not find the pages to measure on $base; is $folder a corpus from bench/corpus.sh?" >&2
    exit 1
fi

# A signed-in reader: the session cookie and a form token.
sign_in() {
    local email="$1" jar="$work/jar-$RANDOM$RANDOM"
    local token
    token=$(curl -s -c "$jar" "$base/login" | first_match 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//;s/&#45;/-/g')
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "email=$email" \
        --data-urlencode "password=bench reader password" "$base/login"
    local session
    session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" || true)
    [ -n "$session" ] || { echo "could not sign in as $email" >&2; exit 1; }
    token=$(curl -s -b "JSESSIONID=$session" "$base$article" | first_match 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//;s/&#45;/-/g')
    [ -n "$token" ] || { echo "no comment form for $email on $article" >&2; exit 1; }
    printf 'JSESSIONID=%s\t%s\n' "$session" "$token"
}
# The measured reader never comments (the mixed load posts as readers 0 to 19): a reader with
# comments on the story has its comment area rendered for them alone, the rarer and slower case.
signed_in=$(sign_in bench-reader-99@example.com)
cookie="${signed_in%%$'\t'*}"

# nginx serves the very bytes of the article page.
mkdir -p "$work/www" "$work/nginx"
cp "$article_page" "$work/www/article.html"
cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location / { default_type text/html; }
    }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work/nginx"

targets=(
    "article|$base$article|"
    "article, signed in|$base$article|$cookie"
    "home|$base/|"
    "section page 1|$base$section|"
    "section page 500|$base$section?page=500|"
    "tag page|$base$tag|"
    "search|$base/search?q=$query|"
    "RSS feed|$base/feed.xml|"
    "view beacon|$base/|beacon"
    "article, cold (page cache off)|http://127.0.0.1:$cold_port$article|"
    "section page 1, cold|http://127.0.0.1:$cold_port$section|"
    "section page 500, cold|http://127.0.0.1:$cold_port$section?page=500|"
    "nginx, same bytes|http://127.0.0.1:$nginx_port/article.html|"
)

# Peak resident memory of the measured server, sampled every second.
(while kill -0 "$bulletin_pid" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$bulletin_pid/status" 2>/dev/null
    sleep 1
done) >"$work/rss.txt" &
pids+=($!)

run_wrk() {
    local url="$1" extra="$2" duration="$3" connections="${4:-32}" threads="${5:-2}"
    if [ "$extra" = "beacon" ]; then
        wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/wrk/beacon.lua "$base" -- "$article_id"
    elif [ -n "$extra" ]; then
        wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Cookie: $extra" "$url"
    else
        wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url"
    fi
}

# Views stored for the measured story, summed over its hourly rows.
stored_views() {
    local sql="SELECT COALESCE(SUM(views), 0) FROM popularity_hourly WHERE article_id = $article_id"
    if [ -n "$postgres" ]; then
        psql "${postgres#jdbc:}" -U "${BULLETIN_BENCH_POSTGRES_USER:-postgres}" -tA -c "$sql"
    else
        python3 -c "import sqlite3; c = sqlite3.connect('file:$folder/bulletin.db?mode=ro', uri=True); print(c.execute('$sql').fetchone()[0])"
    fi
}
sleep 6  # a flush of views counted before this point
views_before=$(stored_views)

echo "Warming up for ${warmup} s"
per_target=$(( warmup / ${#targets[@]} + 1 ))
for i in "${!targets[@]}"; do
    IFS='|' read -r name url extra <<<"${targets[$i]}"
    run_wrk "$url" "$extra" "${per_target}s" >"$work/warmup-$i.txt"
done

# The server with the page cache off renders every request, so its JIT takes longer to settle than
# the cached path: its renders got faster for two minutes of load. It gets a warm-up of its own.
cold_url="http://127.0.0.1:$cold_port$article"
echo "Warming up the page-cache-off server for ${warmup} s"
run_wrk "$cold_url" "" "${warmup}s" >"$work/warmup-cold.txt"

echo "Measuring: $rounds rounds of ${seconds} s per target, interleaved"
for round in $(seq 1 "$rounds"); do
    for i in "${!targets[@]}"; do
        IFS='|' read -r name url extra <<<"${targets[$i]}"
        run_wrk "$url" "$extra" "${seconds}s" >"$work/wrk-$i-$round.txt"
    done
done
wrk -t1 -c1 -d"${seconds}s" --latency "$cold_url" >"$work/wrk-cold-1.txt"

sleep 6  # views are stored every 5 s
views_after=$(stored_views)
beacon_index=""
for i in "${!targets[@]}"; do [ "${targets[$i]%%|*}" = "view beacon" ] && beacon_index=$i; done
beacons_sent=$(cat "$work/warmup-$beacon_index.txt" "$work"/wrk-"$beacon_index"-*.txt \
    | awk '/requests in/ {sum += $1} END {print sum + 0}')

echo "Mixed load for ${mixed_seconds} s"
curl -s "$base/sitemaps/articles-1.xml" | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>[a-z]*://[^/]*||;s|</loc>||' \
    | shuf -n 300 --random-source=<(yes) >"$work/pages.txt" || true
{ echo "/"; echo "$section"; echo "$tag"; echo "$article"; } >>"$work/pages.txt"
: >"$work/readers.txt"
for i in $(seq 0 19); do sign_in "bench-reader-$i@example.com" >>"$work/readers.txt"; done
# Comments go to the next newest story, not the measured one, so that every run on a corpus
# measures the same page (the measured story would otherwise gain thousands of comments a run).
comment_path=$(grep -o 'href="/[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}/[^"]*"' <<<"$home_page" | sed 's/href="//;s/"$//' \
    | grep -vxF "$article" | head -1 || true)
comment_story=$(curl -s "$base$comment_path" | first_match 'data-article-id="[0-9]*"' | grep -o '[0-9]*' || true)
[ -n "$comment_story" ] || { echo "could not find a second story to comment on" >&2; exit 1; }
echo "$comment_path" >>"$work/pages.txt"
count_comments() {
    if [ -n "$postgres" ]; then
        psql "${postgres#jdbc:}" -U "${BULLETIN_BENCH_POSTGRES_USER:-postgres}" -tA \
            -c "SELECT COUNT(*) FROM comments WHERE article_id = $comment_story"
    else
        python3 -c "import sqlite3; c = sqlite3.connect('file:$folder/bulletin.db?mode=ro', uri=True); print(c.execute('SELECT COUNT(*) FROM comments WHERE article_id = $comment_story').fetchone()[0])"
    fi
}
comments_before=$(count_comments)
wrk -t2 -c32 -d"${mixed_seconds}s" --latency -s bench/wrk/mixed.lua "$base" -- "$work/pages.txt" "$work/readers.txt" "$comment_story" \
    >"$work/mixed.txt"
sleep 1
comments_after=$(count_comments)
rss_peak=$(sort -n "$work/rss.txt" | tail -1)

python3 - "$work" "$rounds" "${#targets[@]}" "$rss_peak" "$comments_before" "$comments_after" \
    "$startup_empty" "$startup_corpus" "$engine" "$java_version" "$java17" "$root" "$folder" "$postgres" \
    "$beacons_sent" "$views_before" "$views_after" "$cds_empty" "$cds_corpus" "${targets[@]}" <<'PY'
import datetime, os, platform, re, statistics, subprocess, sys
work, rounds, count, rss, before, after, start_empty, start_corpus, engine, java, java17, root, folder, postgres = sys.argv[1:15]
beacons_sent, views_before, views_after = (int(x) for x in sys.argv[15:18])
cds_empty, cds_corpus = sys.argv[18:20]
targets = [t.split("|")[0] for t in sys.argv[20:]]
rounds, count = int(rounds), int(count)

def millis(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]

def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = millis(re.search(r"\s50%\s+(\S+)", text).group(1))
    p99 = millis(re.search(r"\s99%\s+(\S+)", text).group(1))
    errors = 0
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    if m: errors += int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m: errors += sum(int(x) for x in m.groups())
    return rps, p50, p99, errors

rows = []
for i, name in enumerate(targets):
    runs = [parse(f"{work}/wrk-{i}-{r}.txt") for r in range(1, rounds + 1)]
    rows.append((name, statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
                 statistics.median(r[2] for r in runs), sum(r[3] for r in runs)))
by = {r[0]: r for r in rows}
nginx = by["nginx, same bytes"][1]
cold1 = parse(f"{work}/wrk-cold-1.txt")
mixed = open(f"{work}/mixed.txt").read()
mixed_rps, mixed_p50, mixed_p99, mixed_errors = parse(f"{work}/mixed.txt")
posts = re.search(r"comment posts: (\d+), answered as stored: (\d+)", mixed)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
stories = ""
out = []
out.append(f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores ({cpu}), "
           f"{int(mem) // 1024 // 1024} GiB, {engine}; {java}; wrk -t2 -c32, {rounds} interleaved rounds of "
           f"the medians shown, after a warm-up. Server RSS peak {int(rss) // 1024} MB (-Xmx512m).")
out.append("")
out.append("| page | requests/s | p50 ms | p99 ms | errors |")
out.append("|---|---:|---:|---:|---:|")
for name, rps, p50, p99, errors in rows:
    out.append(f"| {name} | {rps:,.0f} | {p50:.2f} | {p99:.2f} | {errors} |")
out.append(f"| article, cold, 1 connection | {cold1[0]:,.0f} | {cold1[1]:.2f} | {cold1[2]:.2f} | {cold1[3]} |")
out.append("")
out.append(f"- Article page ÷ nginx: **{by['article'][1] / nginx:.2f}×** anonymous, "
           f"**{by['article, signed in'][1] / nginx:.2f}×** signed in.")
out.append(f"- Section page 500 ÷ page 1, page cache off: {by['section page 500, cold'][2] / by['section page 1, cold'][2]:.2f}× "
           f"the p50, {by['section page 1, cold'][1] / by['section page 500, cold'][1]:.2f}× the time per request.")
out.append(f"- Mixed load, {os.environ.get('BENCH_MIXED', '60')} s (90 % anonymous, 9 % signed in, 1 % comment posts): {mixed_rps:,.0f} requests/s, "
           f"p50 {mixed_p50:.2f} ms, p99 {mixed_p99:.2f} ms, {mixed_errors} errors; "
           + (f"{posts.group(1)} comment posts, {posts.group(2)} answered as stored, "
              f"{int(after) - int(before) if after.strip().isdigit() and before.strip().isdigit() else 'n/a'} new comments stored."
              if posts else "comment counts not reported."))
out.append(f"- View beacons: {beacons_sent:,} answered during the warm-up and the rounds, "
           f"{views_after - views_before:,} views stored for the story afterwards "
           + ("(every answered beacon counted; wrk does not count the up to 32 per run still in flight when it stops)."
              if 0 <= views_after - views_before - beacons_sent <= 32 * (rounds + 1)
              else "(COUNTS DIFFER)."))
out.append(f"- Start-up to a healthy /actuator/health on JDK 17 ({java17}), median of three starts: {start_empty} ms on an empty data folder, "
           f"{start_corpus} ms on this corpus; the jar extracted and started with a class data archive: "
           f"{cds_empty} ms and {cds_corpus} ms.")
table = "\n".join(out)
print(table)
readme = os.path.join(root, "bench", "README.md")
marker_start = f"<!-- run.sh {engine} start -->"
marker_end = f"<!-- run.sh {engine} end -->"
command = f"bench/run.sh {folder}" + (f" --postgres {postgres}" if postgres else "")
block = f"{marker_start}\n{table}\n\nCommand: `{command}`\n{marker_end}"
text = open(readme).read() if os.path.exists(readme) else ""
if marker_start in text:
    text = re.sub(re.escape(marker_start) + ".*?" + re.escape(marker_end), lambda m: block, text, flags=re.S)
else:
    text = text.rstrip() + f"\n\n### Latest run on {engine}\n\n{block}\n"
open(readme, "w").write(text)
PY
