#!/usr/bin/env bash
# Nightly incremental rebuild of a corpus from a dump root, for cron or any scheduler.
#
#   jobs/nightly.sh DUMP_ROOT OUTPUT_ROOT MODEL [more build flags]
#
# Reads only input files that are new or changed since the latest snapshot (same path, size and
# modification time, same model: reused row for row), publishes a new snapshot atomically, keeps
# the newest --keep snapshots (default 7). Exit code 0 means a new snapshot is published; any other
# code leaves the previous one in place (see `jobs/sarikata build --help` for the codes; 7: the
# previous night's build still holds OUTPUT_ROOT/LOCK, so this one did nothing).
# SARIKATA_SUBMIT=1 runs it on a cluster through jobs/spark-submit-build.sh with SPARK_SUBMIT_ARGS.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 DUMP_ROOT OUTPUT_ROOT MODEL [more build flags]" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dump="$1" output="$2" model="$3"
shift 3
args=(build --incremental --input "$dump" --output "$output" --model "$model" "$@")
if [ "${SARIKATA_SUBMIT:-0}" = 1 ]; then
  # shellcheck disable=SC2086
  exec "$root/jobs/spark-submit-build.sh" ${SPARK_SUBMIT_ARGS:-} -- "${args[@]}"
fi
exec "$root/jobs/sarikata" "${args[@]}"
