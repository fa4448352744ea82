#!/usr/bin/env bash
# A ReadyToRun (precompiled, linux-x64) copy of an analyzer folder, for measuring what the JIT costs each cold csc:
#
#   bench/analyzers/ready-to-run.sh IN_DIR OUT_DIR
#   bench/analyzers/cold-csc.sh 3 /tmp/csc/*.rsp -- il=IN_DIR r2r=OUT_DIR
#
# Compiles DataGuard.Analyzers.dll with crossgen2 against the running .NET runtime and the SDK's own compiler assemblies
# (outside its version bubble, so the code stays valid for other Roslyn versions; a runtime that cannot use it runs the IL).
# crossgen2 comes from the NuGet cache: any `dotnet publish -r linux-x64 -p:PublishReadyToRun=true` of a project puts it there.
set -euo pipefail
in=$1 out=$2
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" {v = $2; d = $3} END {gsub(/[\[\]]/, "", d); print d "/" v}')
version=${runtime##*/}
crossgen=$(ls -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/microsoft.netcore.app.crossgen2.linux-x64/"$version"/tools/crossgen2 2>/dev/null | tail -1)
[ -x "$crossgen" ] || { echo "no crossgen2 $version in the NuGet cache (see the comment at the top)" >&2; exit 1; }
roslyn=$(ls -d "$(dirname "$(dirname "$runtime")")"/../sdk/*/Roslyn/bincore | sort -V | tail -1)
mkdir -p "$out"
cp "$in"/*.dll "$out"/
"$crossgen" "$in/DataGuard.Analyzers.dll" -o "$out/DataGuard.Analyzers.dll" -r "$runtime/" -r "$roslyn/" --targetos linux --targetarch x64 -O
