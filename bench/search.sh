#!/usr/bin/env bash
# Search and view-beacon benchmark: fills a fresh database with generated stories (100,000 unless
# given), indexes them, and prints median and p95 latency of single-word, phrase and prefix searches
# through the search service, then beacon answers per second. Not a test: run it by hand.
#
#   bench/search.sh sqlite [stories]
#   bench/search.sh postgresql [stories]      # needs PostgreSQL on 127.0.0.1:5432, database "test"
set -euo pipefail
cd "$(dirname "$0")/.."
engine="${1:-sqlite}"
stories="${2:-100000}"
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    news.bulletin.search.SearchBenchmark "$engine" "$stories"
