#!/usr/bin/env bash
# Installs what the local sandbox and the tests need beyond Node: a real OCI registry, an
# image builder that works without a Docker engine, htpasswd for the registry's auth, and a
# Python with moto for the AWS APIs. Debian/Ubuntu, as root (or with sudo). Idempotent.
#
# Python: Debian 12/13's and Ubuntu 24.04's python3 are "externally managed" (PEP 668) and
# refuse `pip install`, so nothing is ever pip-installed into the system's Python. A python3
# on PATH that already has everything is used as it is; otherwise the project gets its own
# virtual environment, .venv (git-ignored), with moto[server], boto3, pytest and PyYAML.
# scripts/python runs whichever was chosen (GGCD_PYTHON overrides both); npm's scripts, the
# sandbox, the demo and the benches all go through it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
python_modules='moto.server, flask, boto3, pytest, yaml'
pip_packages=('moto[server]' boto3 pytest pyyaml)

# Node first: everything else is wasted on a machine whose Node cannot run the toolkit.
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
  cat >&2 <<EOF
prerequisites: Node.js 20 or later is needed; this machine has $(node --version 2>/dev/null || echo 'no node').
  (Debian 12's and Ubuntu 24.04's nodejs package is 18.) Any one of:
  - Debian 13 (trixie): sudo apt-get install nodejs              # Node 20
  - NodeSource:  curl -fsSL https://deb.nodesource.com/setup_22.x | sudo -E bash - && sudo apt-get install -y nodejs
  - nvm:         see https://github.com/nvm-sh/nvm, then: nvm install 22
Then run scripts/install-prerequisites.sh again.
EOF
  exit 1
fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

# podman + runc run the sandbox devices' containers (iptables for its bridge network, which
# --no-install-recommends leaves out); mmdebstrap makes their Debian 13 Python base;
# busybox-static is a static shell for the tests' RUN steps in FROM scratch images.
packages=(buildah docker-registry apache2-utils podman runc iptables mmdebstrap busybox-static)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi

has_modules() { "$1" -c "import $python_modules" >/dev/null 2>&1; }

if [ -n "${GGCD_PYTHON:-}" ]; then
  # The user's own choice: used as it is, never installed into.
  if ! has_modules "$GGCD_PYTHON"; then
    echo "prerequisites: GGCD_PYTHON=$GGCD_PYTHON cannot import $python_modules;" \
      "install ${pip_packages[*]} there, or unset GGCD_PYTHON to use a virtual environment." >&2
    exit 1
  fi
elif [ ! -e "$venv" ] && has_modules python3; then
  : # python3 on PATH has everything (CI's machine does): no virtual environment.
else
  # .venv exists (scripts/python prefers it, so it must be complete) or python3 lacks moto.
  if [ -e "$venv" ] && ! "$venv/bin/python3" -c '' >/dev/null 2>&1; then
    echo "prerequisites: $venv is broken (moved, or its Python is gone); making it again" >&2
    rm -rf "$venv"
  fi
  if [ ! -e "$venv" ]; then
    # Debian ships venv's pip bootstrap (ensurepip) separately, in python3-venv.
    if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then apt_install python3-venv; fi
    if ! python3 -m venv "$venv"; then
      echo "prerequisites: '$(command -v python3) -m venv' failed; install python3-venv" \
        "(or point GGCD_PYTHON at a Python with ${pip_packages[*]})." >&2
      exit 1
    fi
  fi
  if ! has_modules "$venv/bin/python3"; then
    "$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "${pip_packages[@]}"
  fi
fi

# Ask scripts/python, not this script's own variables: what it runs is what the tests run.
python="$("$root/scripts/python" -c 'import sys; print(sys.executable)')"
if ! has_modules "$root/scripts/python"; then
  echo "prerequisites: $python still cannot import $python_modules" >&2
  exit 1
fi
moto="$("$root/scripts/python" -c 'import importlib.metadata as m; print(m.version("moto"))')"
echo "prerequisites: ok (node $(node --version), buildah $(buildah --version | awk '{print $3}')," \
  "docker-registry, htpasswd, python $python with moto $moto)"
