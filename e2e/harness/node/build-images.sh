#!/usr/bin/env bash
# Builds the node's container images here, without a registry, as OCI image archives that
# `ctr -n k8s.io images import` reads, cached in ~/.cache/flotilla/images by the hash of what
# they are built from. Today: the pod sandbox's pause image (pause/main.go) and a network probe
# for tests (probe/main.go), each one static Go binary.
# Prints NAME=<image reference> ARCHIVE=<path> lines for the harness.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${FLOTILLA_CACHE_DIR:-$HOME/.cache/flotilla}
IMAGES="$CACHE/images"
export CGO_ENABLED=0 GOTOOLCHAIN=local GOFLAGS=-mod=mod
log() { printf '[images] %s\n' "$*" >&2; }

blob() { # file -> moves it into the layout's blobs, prints its digest
  local layout=$1 file=$2 digest
  digest=$(sha256sum "$file" | cut -d' ' -f1)
  mkdir -p "$layout/blobs/sha256"
  mv "$file" "$layout/blobs/sha256/$digest"
  echo "$digest"
}

# oci_archive REF ARCHIVE ROOTFS_DIR CONFIG_JSON: one layer holding ROOTFS_DIR, as an OCI layout tar.
oci_archive() {
  local ref=$1 archive=$2 rootfs=$3 config=$4 layout diff layer cfg manifest
  layout=$(mktemp -d)
  # Reproducible: fixed times and owners, no gzip timestamp.
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$rootfs" -cf "$layout/layer.tar" .
  diff=$(sha256sum "$layout/layer.tar" | cut -d' ' -f1)
  gzip -n -9 "$layout/layer.tar"
  local size_layer; size_layer=$(stat -c %s "$layout/layer.tar.gz")
  layer=$(blob "$layout" "$layout/layer.tar.gz")
  printf '{"architecture":"amd64","os":"linux","config":%s,"rootfs":{"type":"layers","diff_ids":["sha256:%s"]}}' "$config" "$diff" >"$layout/config.json"
  local size_cfg; size_cfg=$(stat -c %s "$layout/config.json")
  cfg=$(blob "$layout" "$layout/config.json")
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:%s","size":%s}]}' \
    "$cfg" "$size_cfg" "$layer" "$size_layer" >"$layout/manifest.json"
  local size_manifest; size_manifest=$(stat -c %s "$layout/manifest.json")
  manifest=$(blob "$layout" "$layout/manifest.json")
  printf '{"imageLayoutVersion":"1.0.0"}' >"$layout/oci-layout"
  # containerd names the imported image after io.containerd.image.name.
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"io.containerd.image.name":"%s","org.opencontainers.image.ref.name":"%s"}}]}' \
    "$manifest" "$size_manifest" "$ref" "${ref##*:}" >"$layout/index.json"
  mkdir -p "$(dirname "$archive")"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$layout" -cf "$archive.tmp" oci-layout index.json blobs
  mv "$archive.tmp" "$archive"
  rm -rf "$layout"
}

# go_image NAME: the static Go program in NAME/ as the image flotilla.local/NAME:<hash>.
go_image() {
  local name=$1 hash ref archive root upper
  hash=$({ cat "$HERE/$name/main.go" "$HERE/$name/go.mod"; declare -f go_image oci_archive; } | sha256sum | cut -c1-12)
  ref="flotilla.local/$name:$hash"
  archive="$IMAGES/$name-$hash.tar"
  if [ ! -s "$archive" ]; then
    log "building the $name image"
    root=$(mktemp -d)
    (cd "$HERE/$name" && go build -trimpath -ldflags='-s -w' -o "$root/$name" .)
    oci_archive "$ref" "$archive" "$root" "{\"Entrypoint\":[\"/$name\"],\"User\":\"65535:65535\"}"
    rm -rf "$root"
  fi
  upper=$(echo "$name" | tr a-z A-Z)
  echo "${upper}_IMAGE=$ref"
  echo "${upper}_ARCHIVE=$archive"
}

# jdk_image: Debian bookworm with OpenJDK 17's headless runtime, from Debian's own mirror with
# mmdebstrap (no container registry), as flotilla.local/jdk17:<date of the Debian snapshot>.
# Slow (a minute or more) and large (~116 MB): built only when asked for (`build-images.sh jdk17`).
jdk_image() {
  command -v mmdebstrap >/dev/null || { log "as root: apt-get install -y mmdebstrap"; exit 1; }
  local hash ref archive root
  # Keyed by the recipe, not by Debian's packages of the day: delete the archive to refresh them.
  hash=$(declare -f jdk_image oci_archive | sha256sum | cut -c1-12)
  ref="flotilla.local/jdk17:$hash"
  archive="$IMAGES/jdk17-$hash.tar"
  if [ ! -s "$archive" ]; then
    log "building the JDK 17 image with mmdebstrap"
    root=$(mktemp -d)
    # Man pages are left out, but openjdk's postinst registers alternatives' man pages and fails
    # unless usr/share/man/man1 exists.
    nice -n 10 mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,ca-certificates-java \
      --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/doc/*' \
      --dpkgopt='path-exclude=/usr/share/locale/*' \
      --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
      --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*' \
      bookworm "$root" http://deb.debian.org/debian >&2
    oci_archive "$ref" "$archive" "$root" '{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64"],"Cmd":["java","-version"]}'
    rm -rf "$root"
  fi
  echo "JDK17_IMAGE=$ref"
  echo "JDK17_ARCHIVE=$archive"
}

exec 9>"$CACHE/.lock-images"
flock 9
if [ $# -eq 0 ]; then set -- pause probe; fi
for image in "$@"; do
  case $image in
    jdk17) jdk_image ;;
    *) go_image "$image" ;;
  esac
done
