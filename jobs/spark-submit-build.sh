#!/usr/bin/env bash
# Submits a Sarikata command to a Spark 4.1 / Scala 2.13 cluster with spark-submit.
#
#   mvn -B -DskipTests package          # once per version: target/release/ (thin jar + lib/)
#   jobs/spark-submit-build.sh [spark-submit options] -- <build|train|eval> [sarikata options]
#   jobs/spark-submit-build.sh --master yarn --deploy-mode cluster --conf spark.executor.memory=4g \
#       -- build --input hdfs:///dumps/2026-11-22 --output hdfs:///corpora/2026-11-22 --model hdfs:///models/sarikata.json
#
# Submits the release artefact as built, without building: the thin jar, and with --jars exactly the jars a
# Spark cluster lacks (target/release/lib: jsoup, picocli, juniversalchardet; boilerpipe, nekohtml and xerces
# for eval's baseline). Spark, Hadoop, Parquet, Jackson, commons-compress and zstd-jni come from the
# cluster. Logs at WARN; a later --conf of the same key wins.
# SPARK_SUBMIT names the spark-submit to run (default: spark-submit on the PATH).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
release="$root/target/release"

submit_args=()
cluster_mode=0
previous=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  if [ "$previous $1" = "--deploy-mode cluster" ] || [ "$1" = "--deploy-mode=cluster" ]; then
    cluster_mode=1
  fi
  submit_args+=("$1")
  previous="$1"
  shift
done
if [ $# -eq 0 ]; then
  echo "usage: $0 [spark-submit options] -- <build|train|eval> [sarikata options]" >&2
  exit 2
fi
shift

shopt -s nullglob
jars=("$release"/sarikata-*.jar)
libs=("$release"/lib/*.jar)
if [ ${#jars[@]} -ne 1 ] || [ ${#libs[@]} -eq 0 ]; then
  echo "$(basename "$0"): no release artefact in $release: build it once with 'mvn -B -DskipTests package'" >&2
  exit 2
fi
if [ -n "$(find "$root/src/main" "$root/pom.xml" -newer "${jars[0]}" -print -quit)" ]; then
  echo "$(basename "$0"): warning: sources changed since ${jars[0]} was built; 'mvn -B -DskipTests package' rebuilds it" >&2
fi
lib_list="$(IFS=,; echo "${libs[*]}")"
# WARN by default: the client-mode driver reads the checkout's log4j2 file (Sarikata's progress lines stay at INFO);
# a cluster-mode driver gets Spark's own level setting. Executors log as the cluster's Spark is set up to.
log_conf=(--conf spark.log.level=WARN)
if [ "$cluster_mode" = 0 ]; then
  log_conf+=(--conf "spark.driver.extraJavaOptions=-Dlog4j2.configurationFile=$root/jobs/log4j2.properties")
fi

# shellcheck disable=SC2086
exec ${SPARK_SUBMIT:-spark-submit} --class io.sarikata.cli.Main --jars "$lib_list" "${log_conf[@]}" \
  "${submit_args[@]}" "${jars[0]}" "$@"
