#!/usr/bin/env bash
# Builds a Kubernetes node's binaries from the Go module proxy and caches them outside the
# repository, next to the control plane's (build-control-plane.sh): kubelet, kube-scheduler and
# kube-proxy from the same wrapper module as kube-apiserver, containerd with its runc shim and
# ctr, and CoreDNS. runc and the CNI plugins come from Debian. A no-op when already cached.
#
#   KUBERNETES_VERSION  k8s.io/kubernetes version (default: the control plane's)
#   CONTAINERD_VERSION  github.com/containerd/containerd/v2 version
#   COREDNS_VERSION     github.com/coredns/coredns version
set -euo pipefail

KUBERNETES_VERSION=${KUBERNETES_VERSION:-v1.37.2}
CONTAINERD_VERSION=${CONTAINERD_VERSION:-v2.4.2}
COREDNS_VERSION=${COREDNS_VERSION:-v1.15.0}
CACHE=${FLOTILLA_CACHE_DIR:-$HOME/.cache/flotilla}
BIN="$CACHE/bin/node-kubernetes-$KUBERNETES_VERSION-containerd-$CONTAINERD_VERSION-coredns-$COREDNS_VERSION"
RECIPE="kubernetes=$KUBERNETES_VERSION containerd=$CONTAINERD_VERSION coredns=$COREDNS_VERSION recipe=1"
export CGO_ENABLED=0 GOFLAGS=-mod=mod GOTOOLCHAIN=local
# The machine is shared: build one binary at a time, at low priority.
NICE=(nice -n 10)

log() { printf '[node] %s\n' "$*" >&2; }
timed() {
  local what=$1 t=$SECONDS
  shift
  "$@"
  log "$what built in $((SECONDS - t)) s (load $(cut -d' ' -f1-3 /proc/loadavg))"
}

debian_packages() {
  # runc and the CNI plugins (bridge, host-local, loopback, portmap) are plain Debian packages.
  local missing=()
  command -v runc >/dev/null || missing+=(runc)
  [ -x /usr/lib/cni/bridge ] || missing+=(containernetworking-plugins)
  [ ${#missing[@]} -eq 0 ] && return
  [ "$(id -u)" = 0 ] || { log "as root: apt-get install -y ${missing[*]}"; exit 1; }
  log "installing ${missing[*]} from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
}

build_kubernetes() {
  # build-control-plane.sh writes the wrapper module (Kubernetes' staging modules replaced by
  # their published versions) and builds the control plane; the node binaries share both.
  local work="$CACHE/build/kubernetes-$KUBERNETES_VERSION"
  [ -f "$work/go.mod" ] || { log "$work/go.mod is missing: remove $CACHE/bin/kubernetes-$KUBERNETES_VERSION-* and run build-control-plane.sh"; exit 1; }
  local minor=${KUBERNETES_VERSION#v1.} ldflags='-s -w' pkg cmd
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $pkg.gitVersion=$KUBERNETES_VERSION -X $pkg.gitMajor=1 -X $pkg.gitMinor=${minor%%.*} -X $pkg.gitTreeState=clean"
  done
  for cmd in kubelet kube-scheduler kube-proxy; do
    timed "$cmd" bash -c "cd '$work' && ${NICE[*]} go build -trimpath -ldflags='$ldflags' -o '$BIN.tmp/' k8s.io/kubernetes/cmd/$cmd"
  done
}

wrapper() { # dir module require...
  local work=$1 module=$2
  shift 2
  mkdir -p "$work"
  { echo "module $module"; echo; echo "go 1.26"; echo; for r in "$@"; do echo "require $r"; done; } >"$work/go.mod"
  # A blank import keeps the requirement; the commands are built by package path.
}

build_containerd() {
  local work="$CACHE/build/containerd-$CONTAINERD_VERSION" m=github.com/containerd/containerd/v2 cmd
  wrapper "$work" flotilla.local/containerd "$m $CONTAINERD_VERSION"
  printf 'package tools\n\nimport _ "%s/cmd/containerd/command"\n' "$m" >"$work/tools.go"
  (cd "$work" && go mod download -x "$m" 2>/dev/null && go mod tidy >&2)
  local ldflags="-s -w -X $m/version.Version=$CONTAINERD_VERSION -X $m/version.Package=github.com/containerd/containerd/v2"
  for cmd in containerd containerd-shim-runc-v2 ctr; do
    timed "$cmd" bash -c "cd '$work' && ${NICE[*]} go build -trimpath -tags 'no_btrfs no_devmapper no_zfs static_build' -ldflags='$ldflags' -o '$BIN.tmp/' $m/cmd/$cmd"
  done
}

build_coredns() {
  local work="$CACHE/build/coredns-$COREDNS_VERSION" m=github.com/coredns/coredns
  wrapper "$work" flotilla.local/coredns "$m $COREDNS_VERSION"
  printf 'package tools\n\nimport _ "%s/core/dnsserver"\n' "$m" >"$work/tools.go"
  (cd "$work" && go mod tidy >&2)
  timed coredns bash -c "cd '$work' && ${NICE[*]} go build -trimpath -ldflags='-s -w' -o '$BIN.tmp/coredns' $m"
}

started=$(date +%s)
mkdir -p "$CACHE"
debian_packages
exec 9>"$CACHE/.lock-node"
flock 9
if [ "$(cat "$BIN/.recipe" 2>/dev/null)" != "$RECIPE" ]; then
  command -v go >/dev/null || { log "Go is required to build the node"; exit 1; }
  mkdir -p "$BIN.tmp"
  # Each binary is kept once built, so an interrupted build resumes where it stopped.
  [ -x "$BIN.tmp/kube-proxy" ] || build_kubernetes
  [ -x "$BIN.tmp/ctr" ] || build_containerd
  [ -x "$BIN.tmp/coredns" ] || build_coredns
  echo "$RECIPE" >"$BIN.tmp/.recipe"
  rm -rf "$BIN" && mv "$BIN.tmp" "$BIN"
fi
log "ready in $(($(date +%s) - started)) s: binaries in $BIN"
echo "NODE_BIN_DIR=$BIN"
