#!/usr/bin/env bash
# Fetches the real Flink Kubernetes Operator (org.apache.flink:flink-kubernetes-operator) and its
# runtime classpath from Maven Central into the harness cache, keyed by version. A no-op (well
# under a second) when that version is cached. Nothing fetched here is committed.
#
#   FLINK_K8S_OPERATOR_VERSION  the operator to fetch (default 1.7.0: the Maven Central this
#                               project reaches answers 404 for 1.8.0 and later)
#
# Prints OPERATOR_DIR=<dir>; start it with `java -cp '<dir>/lib/*' …FlinkOperator`
# (e2e/harness/flink-operator.ts does).
set -euo pipefail

VERSION=${FLINK_K8S_OPERATOR_VERSION:-1.7.0}
CACHE=${FLOTILLA_CACHE_DIR:-$HOME/.cache/flotilla}
DIR="$CACHE/flink-operator-$VERSION"
POM="$(cd "$(dirname "$0")" && pwd)/operator/pom.xml"

log() { printf '[flink-operator] %s\n' "$*" >&2; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.operator-lock"
flock 9
# The pom is the recipe: a changed pom means a fresh fetch.
RECIPE=$(sha256sum "$POM" | cut -c1-16)
if [ "$(cat "$DIR/.complete" 2>/dev/null)" != "$RECIPE" ]; then
  command -v mvn >/dev/null || { log "Maven is required to fetch the Flink operator"; exit 1; }
  started=$(date +%s)
  log "fetching org.apache.flink:flink-kubernetes-operator:$VERSION and its runtime classpath from Maven Central"
  rm -rf "$DIR.tmp"
  mvn -q -B -Dstyle.color=never -f "$POM" -Dflink.operator.version="$VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$DIR.tmp/lib" | sed "s/\x1b\[[0-9;]*m//g" >&2
  [ -s "$DIR.tmp/lib/flink-kubernetes-operator-$VERSION.jar" ] || { log "the operator jar is missing"; exit 1; }
  echo "$RECIPE" >"$DIR.tmp/.complete"
  rm -rf "$DIR" && mv "$DIR.tmp" "$DIR"
  log "fetched in $(($(date +%s) - started)) s into $DIR"
fi
echo "OPERATOR_DIR=$DIR"
