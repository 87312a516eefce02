#!/usr/bin/env bash
# The committed bundles must be exactly what a fresh build of the committed sources makes.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build >/dev/null
if [ -n "$(git status --porcelain -- action.yml 'actions/*/dist')" ]; then
  echo "The committed dist/ bundles differ from a fresh build; run 'npm run build' and commit:" >&2
  git status --porcelain -- 'actions/*/dist' >&2
  git diff --stat -- 'actions/*/dist' >&2 || true
  exit 1
fi
echo "dist/: every bundle matches a fresh build"
