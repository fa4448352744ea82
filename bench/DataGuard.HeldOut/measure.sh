#!/usr/bin/env bash
# Scores one engine on one labelled set:
#   bench/DataGuard.HeldOut/measure.sh <commit | worktree folder> <set.jsonl> <out> [--no-misses]
# A commit's engine is built once from `git archive` (cached in $DATAGUARD_ENGINE_CACHE, default /tmp/dataguard-engines);
# a worktree's (HEAD plus uncommitted changes to tracked files) once per content. Dependencies are copied beside the engine for the loader.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
source="$1"; set="$2"; out="$3"; shift 3
cache="${DATAGUARD_ENGINE_CACHE:-/tmp/dataguard-engines}"; mkdir -p "$cache"
build() { # <source tree> <output folder>
  local project="$1/guard-service/DataGuard.Detection/DataGuard.Detection.csproj" output="$2"
  dotnet build "$project" -c Release -f net10.0 -o "$output" -nologo -v q -p:CopyLocalLockFileAssemblies=true \
    > "$output.build.log" 2>&1 || { tail -20 "$output.build.log" >&2; exit 1; }
}
if [ -d "$source" ]; then
  # a worktree: its HEAD with its uncommitted changes to tracked files, built from a copy (its own build may be running)
  tree_ish="$(git -C "$source" stash create)"; tree_ish="${tree_ish:-HEAD}"
  engine="$cache/$(basename "$source")-$(git -C "$source" rev-parse --short "$tree_ish^{tree}")"
  repo="$source"
else
  tree_ish="$(git -C "$root" rev-parse --short "$source")"; engine="$cache/$tree_ish"; repo="$root"
fi
if [ ! -f "$engine/DataGuard.Detection.dll" ]; then
  tree="$(mktemp -d)"; git -C "$repo" archive "$tree_ish" | tar -x -C "$tree"
  build "$tree" "$engine"; rm -rf "$tree"
fi
tool="$cache/tool"
[ -f "$tool/DataGuard.HeldOut.dll" ] && [ "$tool/DataGuard.HeldOut.dll" -nt "$here/Scorecard.cs" ] ||
  dotnet build "$here/DataGuard.HeldOut.csproj" -c Release -o "$tool" -nologo -v q > "$cache/tool.build.log"
dotnet "$tool/DataGuard.HeldOut.dll" "$engine" "$set" "$out" "$@"
