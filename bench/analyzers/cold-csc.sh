#!/usr/bin/env bash
# Analyzer time as a build charges it, without MSBuild: runs the compiler command lines of a build (csc-commands.py) once per
# round for each analyzer folder, each compilation in a fresh csc process (cold, as with UseSharedCompilation=false), with
# /reportanalyzer. The folders alternate in order every round; "off" runs without DataGuard.
#
#   cold-csc.sh ROUNDS COMMAND.rsp... -- LABEL=ANALYZER_DIR|off...
#
# Prints per round and folder: DataGuard seconds, SDK analyzer (NetAnalyzers) seconds, their ratio, compiler user CPU seconds,
# and the compilers' wall seconds (DataGuard ÷ wall is its share of a compile-only build).
# The compiler writes its output to a temporary file; the projects' own obj/ folders are not touched.
set -euo pipefail
rounds=$1; shift
commands=(); while [ "$1" != "--" ]; do commands+=("$1"); shift; done; shift
folders=("$@")
csc=$(ls -d /usr/share/dotnet/sdk/*/Roslyn/bincore/csc.dll 2>/dev/null | sort -V | tail -1)
output=$(mktemp /tmp/cold-csc-XXXXXX.dll)

for ((round = 1; round <= rounds; round++)); do
  order=("${folders[@]}")
  (( round % 2 == 0 )) && mapfile -t order < <(printf '%s\n' "${folders[@]}" | tac)
  for entry in "${order[@]}"; do
    label=${entry%%=*} folder=${entry#*=} dataguard=0 sdk_total=0 user=0 wall=0
    for command in "${commands[@]}"; do
      project=$(head -1 "$command" | sed 's/^"\([^"]*\)".*/\1/')
      arguments=$(head -1 "$command" | sed 's/^"[^"]*" [^ ]*csc //; s#/analyzer:[^ ]*DataGuard[^ ]*##g; s#/out:[^ ]*#/out:'"$output"'#; s#/refout:[^ ]*##')
      [ "$folder" != off ] && arguments="$arguments /analyzer:$(realpath "$folder")/DataGuard.Analyzers.dll"
      rsp=$(mktemp /tmp/cold-csc-XXXXXX.rsp)
      echo "$arguments /reportanalyzer /nologo" > "$rsp"
      report=$(cd "$project" && /usr/bin/time -f "user %U wall %e" dotnet "$csc" "@$rsp" 2>&1 || true)
      rm -f "$rsp"
      d=$(echo "$report" | awk '$3 ~ /^DataGuard.Analyzers,/ {gsub("<", "", $1); print $1}')
      s=$(echo "$report" | awk '/NetAnalyzers,/ {gsub("<", "", $1); t += $1} END {print t + 0}')
      u=$(echo "$report" | awk '/^user/ {print $2}')
      w=$(echo "$report" | awk '/^user/ {print $4}')
      dataguard=$(echo "$dataguard + ${d:-0}" | bc -l); sdk_total=$(echo "$sdk_total + $s" | bc -l); user=$(echo "$user + ${u:-0}" | bc -l); wall=$(echo "$wall + ${w:-0}" | bc -l)
    done
    ratio=-; [ "$(echo "$sdk_total > 0" | bc)" = 1 ] && ratio=$(echo "scale=2; $dataguard / $sdk_total" | bc -l)
    echo "round $round $label: DataGuard $dataguard s, SDK analyzers $sdk_total s, ratio $ratio, csc user $user s, csc wall $wall s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
rm -f "$output"
