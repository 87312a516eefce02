#!/usr/bin/env bash
# Rebuilds the bundles from the committed sources (HEAD) in a scratch worktree and copies
# them back, so uncommitted work in progress never leaks into a committed bundle.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mktemp -d)
git worktree add --quiet --detach "$tree" HEAD
trap 'git worktree remove --force "$tree"' EXIT
ln -s "$PWD/node_modules" "$tree/node_modules"
(cd "$tree" && node scripts/build.mjs >/dev/null)
for d in "$tree"/actions/*/dist; do
  rel=${d#"$tree"/}
  rm -rf "$rel"
  cp -r "$d" "$rel"
done
echo "bundles rebuilt from HEAD"
