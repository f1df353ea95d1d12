#!/usr/bin/env bash
# Builds a ready-to-serve data folder for the benchmark: N published stories of 600-1,500 words
# (from bench/words.txt), 8 sections, 300 tags, 200 authors, hero images, comments on a tenth of
# the stories, dates over ten years, the search index, and 100 readers who can sign in
# (bench-reader-0@example.com ... bench-reader-99@example.com, password "bench reader password").
#
#   bench/corpus.sh N DIR                      # SQLite in DIR/bulletin.db; serve it with
#                                              # java -jar target/bulletin.jar --bulletin.data-dir=DIR
#   bench/corpus.sh N DIR --postgres JDBC_URL  # fills that (empty) PostgreSQL database instead;
#                                              # DIR still holds the media files
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: bench/corpus.sh N DIR [--postgres JDBC_URL]" >&2
    exit 2
fi
stories="$1"
folder="$2"
postgres=""
if [ "${3:-}" = "--postgres" ]; then
    postgres="${4:?give the JDBC URL after --postgres}"
fi
./mvnw -q -B -DskipTests -Dspotless.check.skip=true test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    news.bulletin.bench.CorpusBuilder "$stories" "$folder" $postgres
