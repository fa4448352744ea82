#!/usr/bin/env bash
# Scale-out load and fault test: 1 vs 2 guard instances behind nginx over one PostgreSQL (+ Redis for shared limits),
# then 2 instances with kill -9 of one at half time; checks every answered request has exactly one audit row and that
# the trail verifies. Needs: apt-get install -y postgresql redis-server nginx-light. Writes the section of bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release guard-service/DataGuard.GuardService -v q -nologo
exec timeout 900 dotnet run -c Release --project bench/scale/DataGuard.ScaleBench -- \
  --guard-dll "$PWD/guard-service/DataGuard.GuardService/bin/Release/net10.0/DataGuard.GuardService.dll" \
  --seconds "${SECONDS_FAULT:-60}" --compare-seconds "${SECONDS_COMPARE:-20}" --clients "${CLIENTS:-16}" --readme "$PWD/bench/README.md"
