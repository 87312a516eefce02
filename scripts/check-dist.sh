#!/usr/bin/env bash
# The committed bundles must be exactly what a fresh build of the committed sources makes.
# Rebuilds them in place (all, or the bundles named as arguments) and fails when any file in
# a bundle folder differs from what git tracks: changed, deleted, new (untracked), or a
# changed file mode. The folders come from scripts/build.mjs, the one list of bundles.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t folders < <(node scripts/build.mjs --list)
if [ "$#" -gt 0 ]; then
  wanted=()
  for entry in "$@"; do wanted+=("dist/$entry"); done
  for w in "${wanted[@]}"; do
    printf '%s\n' "${folders[@]}" | grep -qxF "$w" || {
      echo "check-dist: no such bundle: $w" >&2
      exit 2
    }
  done
  folders=("${wanted[@]}")
fi

# What was already uncommitted outside the bundles goes into this build too: say so.
sources_dirty="$(git status --porcelain --untracked-files=no -- . "${folders[@]/#/:!}")"

node scripts/build.mjs "$@" >/dev/null

# Folder pathspecs (not globs) match every file below them; untracked files are listed one
# by one. Ignored files are not bundle content git could carry, so they do not count.
changes="$(git status --porcelain --untracked-files=all -- "${folders[@]}")"
if [ -n "$changes" ]; then
  message="The committed bundles differ from a fresh build: run 'npm run build' and commit the result."
  if [ "${GITHUB_ACTIONS:-}" = true ]; then
    echo "::error title=dist is out of date::$message"
  fi
  echo "$message" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- "${folders[@]}" >&2 || true
  if [ -n "$sources_dirty" ]; then
    echo "(Uncommitted source changes were built in too:" >&2
    echo "$sources_dirty" >&2
    echo ")" >&2
  fi
  exit 1
fi
echo "dist: ${#folders[@]} bundle folder(s) match a fresh build"
