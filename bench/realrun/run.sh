#!/usr/bin/env bash
# Robustness run of the packed DataGuard analyzers on real repositories (issue 10 §1, §5).
#
#   run.sh unpack <DataGuard.Analyzers.nupkg> <dir>     extract a packed version into <dir> as a consumer gets it:
#                                                       analyzers/dotnet/cs, build/ targets and the readytorun/linux-x64
#                                                       copy, which the targets give csc under .NET MSBuild on Linux x64
#                                                       (build with -p:DataGuardReadyToRun=false for the IL copy)
#   run.sh prepare <repo-dir>                           let a global.json pin roll forward to the installed SDK
#   run.sh restore <repo-dir> <project-or-sln>...       restore once (same for both modes)
#   run.sh build <repo-dir> <off|analyzer-dir> <log> <project-or-sln|-option>...   (-p:… options go to every build)
#        one full rebuild (no incremental, no shared compiler server, so a crashing analyzer ends only its own csc)
#        with ReportAnalyzer on in both modes; prints "seconds=<wall time>" and writes a detailed MSBuild log.
#   summarize.py <log>...                               diagnostics per rule, AD0001/CS8032, compiler crashes, analyzer seconds
#
# The repositories are public snapshots built in a scratch folder outside this repo; nothing of theirs is committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cmd="${1:?verb}"; shift

common_props=(
  -p:UseSharedCompilation=false
  -p:ReportAnalyzer=true
  -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false -p:CodeAnalysisTreatWarningsAsErrors=false
  -p:GenerateDocumentationFile=false
  # package versions of the registry served here can differ from the pinned ones: a downgrade warning (NU1605) must not stop restore
  -p:WarningsAsErrors=
  "-p:CustomAfterMicrosoftCommonTargets=$here/dataguard.targets"
)

case "$cmd" in
  unpack)
    pkg="$1"; dir="$2"; rm -rf "$dir"; mkdir -p "$dir"
    unzip -q -j -o "$pkg" 'analyzers/dotnet/cs/*.dll' -d "$dir"
    # the package's build targets (from 0.1.x: appsettings*.json as AdditionalFiles) run in a consumer's build too; they sit
    # in build/ as in the package, because they find the ReadyToRun copy (readytorun/linux-x64) relative to themselves
    unzip -q -o "$pkg" 'build/*.targets' -d "$dir" 2>/dev/null || true
    unzip -q -o "$pkg" 'readytorun/*' -d "$dir" 2>/dev/null || true
    ls -R "$dir" ;;
  prepare)
    f="$1/global.json"
    [ -f "$f" ] && python3 - "$f" <<'PY'
import json, sys
p = sys.argv[1]; j = json.load(open(p)); sdk = j.setdefault("sdk", {})
sdk.pop("version", None); sdk["rollForward"] = "latestMajor"; sdk["allowPrerelease"] = True
json.dump(j, open(p, "w"), indent=1)
PY
    true ;;
  restore)
    repo="$1"; shift
    cd "$repo"; opts=(); targets=(); for a in "$@"; do [[ "$a" == -* ]] && opts+=("$a") || targets+=("$a"); done
    for t in "${targets[@]}"; do dotnet restore "$t" "${opts[@]}" "${common_props[@]}" -v:q -nologo || echo "restore failed: $t"; done ;;
  build)
    repo="$1"; mode="$2"; log="$3"; shift 3
    extra=(); [ "$mode" != off ] && extra=("-p:DataGuardAnalyzerDir=$mode")
    cd "$repo"; : > "$log"; rc=0
    opts=(); targets=(); for a in "$@"; do [[ "$a" == -* ]] && opts+=("$a") || targets+=("$a"); done
    # One build of a scratch solution holding every target, so shared dependencies are compiled once.
    if [ ${#targets[@]} -gt 1 ]; then
      rm -f dataguard-run.sln
      dotnet new sln -n dataguard-run --format sln --force > /dev/null
      dotnet sln dataguard-run.sln add "${targets[@]}" > /dev/null
      targets=(dataguard-run.sln)
    fi
    start=$(date +%s.%N)
    dotnet build "${targets[0]}" "${opts[@]}" --no-restore --no-incremental -nologo -nodeReuse:false -clp:ErrorsOnly "${common_props[@]}" "${extra[@]}" \
      "-flp:v=d;logfile=$log" > /dev/null || rc=$?
    end=$(date +%s.%N)
    echo "seconds=$(python3 -c "print(round($end-$start,1))") rc=$rc load=\"$(cut -d' ' -f1-3 /proc/loadavg)\"" ;;
  *) echo "unknown verb $cmd" >&2; exit 2 ;;
esac
