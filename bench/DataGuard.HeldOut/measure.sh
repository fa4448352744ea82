#!/usr/bin/env bash
# Scores one engine on one labelled set:
#   bench/DataGuard.HeldOut/measure.sh <commit | worktree folder> <set.jsonl> <out> [--no-misses]
# A commit's engine is built once from `git archive` (cached in $DATAGUARD_ENGINE_CACHE, default /tmp/dataguard-engines);
# a worktree's is rebuilt when its engine sources changed. Dependencies are copied beside the engine for the loader.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; root="$(cd "$here/../.." && pwd)"
source="$1"; set="$2"; out="$3"; shift 3
cache="${DATAGUARD_ENGINE_CACHE:-/tmp/dataguard-engines}"; mkdir -p "$cache"
build() { # <project folder> <output folder> [msbuild options]
  local project="$1/guard-service/DataGuard.Detection/DataGuard.Detection.csproj" output="$2"; shift 2
  dotnet build "$project" -c Release -f net10.0 -o "$output" -nologo -v q -p:CopyLocalLockFileAssemblies=true "$@" \
    > "$output.build.log" 2>&1 || { tail -20 "$output.build.log" >&2; exit 1; }
}
if [ -d "$source" ]; then
  state="$(git -C "$source" rev-parse --short HEAD)-$(git -C "$source" diff HEAD -- guard-service/DataGuard.Detection | sha1sum | cut -c1-8)"
  engine="$cache/$(basename "$source")-$state"
  # a separate obj folder: the worktree's own build may be running at the same time
  [ -f "$engine/DataGuard.Detection.dll" ] || build "$source" "$engine" "-p:BaseIntermediateOutputPath=$engine.obj/"
else
  commit="$(git -C "$root" rev-parse --short "$source")"; engine="$cache/$commit"
  if [ ! -f "$engine/DataGuard.Detection.dll" ]; then
    tree="$(mktemp -d)"; git -C "$root" archive "$commit" | tar -x -C "$tree"
    build "$tree" "$engine"; rm -rf "$tree"
  fi
fi
tool="$cache/tool"
[ -f "$tool/DataGuard.HeldOut.dll" ] && [ "$tool/DataGuard.HeldOut.dll" -nt "$here/Scorecard.cs" ] ||
  dotnet build "$here/DataGuard.HeldOut.csproj" -c Release -o "$tool" -nologo -v q > "$cache/tool.build.log"
dotnet "$tool/DataGuard.HeldOut.dll" "$engine" "$set" "$out" "$@"
