#!/usr/bin/env bash
# Builds the detection engine of an earlier commit into bench/DataGuard.Benchmarks/baseline-engine/, where the
# before/after benchmark (EngineBeforeAfterBenchmarks) and `--compare` load it beside the current engine.
#   bench/baseline-engine.sh [commit [folder]]   (default: the commit in bench/baseline-engine.commit, the folder above)
# Load another folder than the default with DATAGUARD_BASELINE_ENGINE=<folder>.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-$(cat "$root/bench/baseline-engine.commit")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$root" archive "$commit" | tar -x -C "$work"
out="${2:-$root/bench/DataGuard.Benchmarks/baseline-engine}"
rm -rf "$out"
dotnet build "$work/guard-service/DataGuard.Detection/DataGuard.Detection.csproj" -c Release -f net10.0 -o "$out" -nologo -v quiet
git -C "$root" rev-parse "$commit" > "$out/commit.txt"
echo "baseline engine of $(cat "$out/commit.txt") in $out"
