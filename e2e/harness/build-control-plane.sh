#!/usr/bin/env bash
# Builds the local Kubernetes control plane's binaries from the Go module proxy and fetches the
# Flink operator's CRDs from Maven Central, caching both outside the repository. A no-op when
# the pinned versions are already cached. Nothing built or fetched here is committed.
#
#   KUBERNETES_VERSION  k8s.io/kubernetes version for kube-apiserver and kube-controller-manager
#   ETCD_VERSION        go.etcd.io/etcd/server/v3 version (the one Kubernetes pins)
#   FLINK_OPERATOR_VERSION  org.apache.flink:flink-kubernetes-operator-api version
#
# The design targets operator 1.15.0, but the Maven Central this project can reach publishes
# flink-kubernetes-operator-api only up to 1.10.0 (1.11.0 to 1.15.0 answer 404). 1.10.0 is the
# newest there and already has all three CRDs (FlinkStateSnapshot arrived in 1.10), so it is the
# default until 1.15.0 can be fetched: set FLINK_OPERATOR_VERSION=1.15.0 to use it.
set -euo pipefail

KUBERNETES_VERSION=${KUBERNETES_VERSION:-v1.37.2}
ETCD_VERSION=${ETCD_VERSION:-v3.7.0}
FLINK_OPERATOR_VERSION=${FLINK_OPERATOR_VERSION:-1.10.0}
CACHE=${FLOTILLA_CACHE_DIR:-$HOME/.cache/flotilla}
BIN="$CACHE/bin/kubernetes-$KUBERNETES_VERSION-etcd-$ETCD_VERSION"
CRDS="$CACHE/crds/flink-kubernetes-operator-$FLINK_OPERATOR_VERSION"
# What the binaries were built from; a different recipe in the cache means a rebuild.
RECIPE="kubernetes=$KUBERNETES_VERSION etcd=$ETCD_VERSION recipe=2"
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=local

log() { printf '[control-plane] %s\n' "$*" >&2; }

build_kubernetes() {
  local work="$CACHE/build/kubernetes-$KUBERNETES_VERSION"
  mkdir -p "$work"
  log "downloading k8s.io/kubernetes@$KUBERNETES_VERSION"
  local gomod
  gomod=$(cd "$work" && go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  # k8s.io/kubernetes replaces its staging modules with local paths; a wrapper module replaces
  # each of them with its published v0.Y.Z instead, read from Kubernetes' own go.mod.
  local staging="v0.${KUBERNETES_VERSION#v1.}"
  {
    echo "module flotilla.local/control-plane"
    echo
    grep -E '^go [0-9]' "$gomod"
    echo
    echo "require k8s.io/kubernetes $KUBERNETES_VERSION"
    echo
    sed -n 's#^[[:space:]]*\(k8s.io/[a-z0-9-]*\) => ./staging/.*#replace \1 => \1 '"$staging"'#p' "$gomod"
  } >"$work/go.mod"
  # Pin every other dependency to the versions Kubernetes itself builds with (the staging
  # modules' placeholder versions are overridden by the replaces above).
  awk '/^require \(/{r=1;next} r&&/^\)/{r=0} r&&NF>=2{print "require " $1 " " $2}' "$gomod" >>"$work/go.mod"
  # Stamp the version as Kubernetes' own build does, so /version answers it instead of v0.0.0.
  local minor=${KUBERNETES_VERSION#v1.} ldflags='-s -w' pkg
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $pkg.gitVersion=$KUBERNETES_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=${minor%%.*} -X $pkg.gitTreeState=clean"
  done
  log "building kube-apiserver and kube-controller-manager (a cold build takes several minutes)"
  (cd "$work" && go build -trimpath -ldflags="$ldflags" -o "$BIN.tmp/" k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager)
}

build_etcd() {
  local work="$CACHE/build/etcd-$ETCD_VERSION"
  mkdir -p "$work"
  cat >"$work/go.mod" <<MOD
module flotilla.local/etcd

go 1.24

require go.etcd.io/etcd/server/v3 $ETCD_VERSION
MOD
  cat >"$work/main.go" <<'GO'
// etcd's own command, built from its published server module.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() { etcdmain.Main(os.Args) }
GO
  log "building etcd $ETCD_VERSION"
  (cd "$work" && go build -trimpath -ldflags='-s -w' -o "$BIN.tmp/etcd" .)
}

fetch_crds() {
  local tmp
  tmp=$(mktemp -d)
  log "fetching org.apache.flink:flink-kubernetes-operator-api:$FLINK_OPERATOR_VERSION from Maven Central"
  mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.apache.flink:flink-kubernetes-operator-api:$FLINK_OPERATOR_VERSION" -DoutputDirectory="$tmp" | sed "s/\x1b\[[0-9;]*m//g" >&2
  mkdir -p "$CRDS.tmp"
  (cd "$CRDS.tmp" && unzip -q -j -o "$tmp"/flink-kubernetes-operator-api-*.jar 'META-INF/fabric8/*-v1.yml')
  rm -rf "$tmp"
  # FlinkStateSnapshot exists from 1.10 on; older versions (1.7.0 runs the real operator) lack it.
  for kind in flinkdeployments flinksessionjobs; do
    [ -s "$CRDS.tmp/$kind.flink.apache.org-v1.yml" ] || { log "CRD $kind missing from the jar"; exit 1; }
  done
  rm -rf "$CRDS" && mv "$CRDS.tmp" "$CRDS"
}

started=$(date +%s)
mkdir -p "$CACHE"
# One build at a time per cache: a test run and `npm run cluster:local` may start together.
exec 9>"$CACHE/.lock"
flock 9
if [ "$(cat "$BIN/.recipe" 2>/dev/null)" != "$RECIPE" ]; then
  command -v go >/dev/null || { log "Go is required to build the control plane"; exit 1; }
  rm -rf "$BIN.tmp" && mkdir -p "$BIN.tmp"
  build_kubernetes
  build_etcd
  echo "$RECIPE" >"$BIN.tmp/.recipe"
  rm -rf "$BIN" && mv "$BIN.tmp" "$BIN"
fi
if [ ! -d "$CRDS" ]; then
  command -v mvn >/dev/null || { log "Maven is required to fetch the Flink operator's CRDs"; exit 1; }
  command -v unzip >/dev/null || { log "unzip is required (apt-get install unzip)"; exit 1; }
  fetch_crds
fi
log "ready in $(($(date +%s) - started)) s: binaries in $BIN, CRDs in $CRDS"
# The harness reads these two lines.
echo "BIN_DIR=$BIN"
echo "CRD_DIR=$CRDS"
