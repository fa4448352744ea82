#!/usr/bin/env bash
# Build-time overhead of the DataGuard analyzers on a generated police-records solution.
#
#   bench/analyzers/run.sh [--projects 4] [--files 250] [--runs 3] [--max-seconds 1500] [--out DIR]
#
# Same machine, same run: restore once, one throwaway build (with -p:ReportAnalyzer=true for the per-analyzer times),
# then alternating full rebuilds without and with the analyzers (`dotnet build --no-restore --no-incremental`, order
# flipped every round so drift hits both sides). Stops starting new rounds after
# --max-seconds (at least one round always runs). Prints a Markdown report and writes it to OUT/report.md.
set -euo pipefail

projects=4 files=250 runs=3 max_seconds=1500 out=""
while (( $# )); do
  case $1 in
    --projects) projects=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --max-seconds) max_seconds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${out:-$(mktemp -d /tmp/dataguard-analyzer-bench.XXXXXX)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
started=$SECONDS

echo "== building the analyzers (Release)" >&2
dotnet build "$repo/analyzers/DataGuard.Analyzers.Package/DataGuard.Analyzers.Package.csproj" -c Release -nodeReuse:false -v:q -nologo >&2
mkdir -p "$out/analyzers"
for project in DataGuard.Analyzers DataGuard.Analyzers.CodeFixes DataGuard.Annotations; do
  cp "$repo/analyzers/$project/bin/Release/netstandard2.0/$project.dll" "$out/analyzers/"
done

echo "== generating $((projects * files)) files" >&2
rm -rf "$out/src"
"$repo/bench/analyzers/generate.sh" "$out/src" "$projects" "$files" "$out/analyzers" >&2
sln="$out/src/PoliceRecords.sln"

echo "== restore, then the throwaway build, which also reports per-analyzer times (-p:ReportAnalyzer=true)" >&2
dotnet restore "$sln" -v:q >&2
# Untimed, so it can afford ReportAnalyzer's bookkeeping and a detailed log; it warms the compiler server for both sides.
dotnet build "$sln" --no-restore -nodeReuse:false -v:d -nologo -p:DataGuard=true -p:ReportAnalyzer=true > "$out/report-analyzer.log" 2>&1 \
  || { tail -50 "$out/report-analyzer.log" >&2; exit 1; }

# Wall time of one full rebuild, in seconds; the build log goes to OUT/build-<label>.log.
timed_build() {
  local label=$1 with=$2 t0 t1
  t0=$(date +%s.%N)
  dotnet build "$sln" --no-restore --no-incremental -nodeReuse:false -v:q -nologo -p:DataGuard="$with" > "$out/build-$label.log" 2>&1 \
    || { cat "$out/build-$label.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%.2f' "$(echo "$t1 - $t0" | bc -l)"
}

off_times=() on_times=()
for ((round = 1; round <= runs; round++)); do
  if (( round > 1 && SECONDS - started > max_seconds )); then
    echo "== time budget of ${max_seconds}s used up after $((round - 1)) rounds" >&2
    break
  fi
  if (( round % 2 == 1 )); then
    off_times+=("$(timed_build "off-$round" false)")
    on_times+=("$(timed_build "on-$round" true)")
  else
    on_times+=("$(timed_build "on-$round" true)")
    off_times+=("$(timed_build "off-$round" false)")
  fi
  echo "   round $round: without ${off_times[-1]} s, with ${on_times[-1]} s" >&2
done

stats() { printf '%s\n' "$@" | awk '{ s += $1; ss += $1 * $1; n++ } END { m = s / n; sd = (n > 1) ? sqrt((ss - n * m * m) / (n - 1)) : 0; printf "%.2f %.2f", m, sd }'; }
read -r off_mean off_sd <<<"$(stats "${off_times[@]}")"
read -r on_mean on_sd <<<"$(stats "${on_times[@]}")"
overhead=$(echo "($on_mean - $off_mean) * 100 / $off_mean" | bc -l)
dg_warnings=$(grep 'warning DG' "$out/build-on-1.log" | sort -u | wc -l)

# ReportAnalyzer prints, per project, one line per analyzer assembly and type; projects build in parallel, so the lines of
# different projects interleave, but each line is whole. Sum DataGuard's over projects.
per_analyzer=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+DataGuard\.' "$out/report-analyzer.log" | grep -v 'Version=' \
  | awk '{ t = ($1 == "<0.001") ? 0 : $1; key = $3 " " $4; sum[key] += t } END { for (a in sum) printf "%.3f\t%s\n", sum[a], a }' \
  | sort -rn | awk -F'\t' '{ printf "| `%s` | %s |\n", $2, $1 }' || true)
assembly_total=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+DataGuard\.Analyzers, Version' "$out/report-analyzer.log" \
  | awk '{ t = ($1 == "<0.001") ? 0 : $1; s += t } END { printf "%.3f", s }' || true)

report="$out/report.md"
{
  echo "Analyzers at commit $(git -C "$repo" rev-parse --short HEAD). Generated solution: $projects projects, $((projects * files)) C# files; $(nproc) cores; .NET SDK $(dotnet --version); $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Full rebuilds (\`dotnet build --no-restore --no-incremental\`), ${#off_times[@]} alternating rounds after one throwaway build; load average at the end: $(cut -d" " -f1-3 /proc/loadavg)."
  echo
  echo "| configuration | mean (s) | stdev (s) | runs (s) |"
  echo "|---|---|---|---|"
  echo "| without analyzers | $off_mean | $off_sd | ${off_times[*]} |"
  echo "| with DataGuard.Analyzers | $on_mean | $on_sd | ${on_times[*]} |"
  echo
  printf '**Overhead: %+.1f%%** (target ≤ 10%%). DataGuard diagnostics reported in the generated code: %s.\n' "$overhead" "$dg_warnings"
  echo
  echo "Analyzer execution time from \`-p:ReportAnalyzer=true\` (summed over projects; the compiler runs analyzers concurrently, so this is CPU time, not wall time): DataGuard.Analyzers total ${assembly_total:-n/a} s."
  echo
  echo "| analyzer | time (s) |"
  echo "|---|---|"
  echo "${per_analyzer:-| (no DataGuard analyzer lines found in the ReportAnalyzer output) | |}"
} > "$report"
cat "$report"
echo "(logs in $out; total $((SECONDS - started)) s)" >&2
