#!/usr/bin/env bash
# Installs what the local sandbox and the tests need beyond Node: a real OCI registry, an
# image builder that works without a Docker engine, htpasswd for the registry's auth, and
# moto for the AWS APIs. Debian/Ubuntu, as root (or with sudo). Idempotent.
set -euo pipefail
packages=(buildah docker-registry apache2-utils)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! python3 -c 'import moto.server, boto3, pytest, yaml' 2>/dev/null; then
  python3 -m pip install --quiet "moto[server]" boto3 pytest pyyaml
fi
echo "prerequisites: ok (buildah $(buildah --version | awk '{print $3}'), docker-registry, htpasswd, moto)"
