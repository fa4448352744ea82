#!/usr/bin/env bash
# Guard service load benchmark: guard vs plain YARP pass-through to the stub upstream, loopback, bounded in time
# (about 2 scenarios × 2 sizes × (4 s warm-up + rounds × 2 × seconds); scenario 2 lets the stub answer after UPSTREAM_DELAY_MS). Writes the "## Guard service load" section of bench/README.md.
# To profile one target: dotnet bench/load/DataGuard.LoadBench/bin/Release/net10.0/DataGuard.LoadBench.dll --only guard
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${SECONDS_PER_RUN:-8}"
delay="${UPSTREAM_DELAY_MS:-30}"
rounds="${ROUNDS:-2}"
concurrency="${CONCURRENCY:-16}"
exec timeout 600 dotnet run -c Release --project bench/load/DataGuard.LoadBench -- \
  --seconds "$seconds" --rounds "$rounds" --concurrency "$concurrency" --upstream-delay-ms "$delay" --readme "$PWD/bench/README.md"
