#!/usr/bin/env bash
# Submits a Sarikata command to a Spark cluster with spark-submit.
#
#   jobs/spark-submit-build.sh [spark-submit options] -- <build|train|eval> [sarikata options]
#   jobs/spark-submit-build.sh --master yarn --deploy-mode cluster --conf spark.executor.memory=4g \
#       -- build --input hdfs:///dumps/2026-11-22 --output hdfs:///corpora/2026-11-22
#
# Builds the thin jar (Spark, Hadoop, Jackson and commons-compress come from the cluster) and ships
# the few libraries the cluster lacks (jsoup, picocli, juniversalchardet; boilerpipe, nekohtml and xerces
# for eval's baseline) with --jars.
# SPARK_SUBMIT names the spark-submit to run (default: spark-submit on the PATH).
set -euo pipefail
# shellcheck source=jobs/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root="$sarikata_root"

submit_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  submit_args+=("$1")
  shift
done
if [ $# -eq 0 ]; then
  echo "usage: $0 [spark-submit options] -- <build|train|eval> [sarikata options]" >&2
  exit 2
fi
shift

sarikata_maven -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime
jar="$(ls "$root"/target/sarikata-*.jar | head -n 1)"
jars="$(tr ':' ',' < "$root/target/runtime.classpath")"

# shellcheck disable=SC2086
exec ${SPARK_SUBMIT:-spark-submit} --class io.sarikata.cli.Main --jars "$jars" "${submit_args[@]}" "$jar" "$@"
