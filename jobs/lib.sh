# Shared by jobs/sarikata, jobs/gen-corpus, jobs/bench and jobs/step-costs (source it): build on first use,
# with one classpath file, so the launchers build the same way and reuse each other's build.
# shellcheck shell=bash
sarikata_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sarikata_classes="$sarikata_root/target/classes"
sarikata_bench_classes="$sarikata_root/target/test-classes"
sarikata_classpath_file="$sarikata_root/target/sarikata.classpath"
sarikata_build_log="$sarikata_root/target/sarikata-build.log"

# Runs Maven with its output kept in target/sarikata-build.log and shown only when the build fails: a working
# build has nothing to say, and the launcher's own output comes first.
sarikata_maven() {
  mkdir -p "$sarikata_root/target"
  if ! (cd "$sarikata_root" && mvn -q -B "$@") >"$sarikata_build_log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$sarikata_build_log" >&2
    echo "$(basename "$0"): the build failed (log: $sarikata_build_log)" >&2
    return 1
  fi
}

# Builds with Maven goal $1 when stamp $2 is missing or older than the sources under the folders that follow.
sarikata_build_with() {
  local goal="$1" stamp="$2"
  shift 2
  local sources=()
  for folder in "$@"; do sources+=("$sarikata_root/$folder"); done
  if [ ! -f "$stamp" ] || [ ! -f "$sarikata_classpath_file" ] \
     || [ -n "$(find "${sources[@]}" "$sarikata_root/pom.xml" -newer "$stamp" -print -quit)" ]; then
    echo "$(basename "$0"): building (first run or sources changed)..." >&2
    # includeScope (not mdep.includeScope, which the plugin ignores) =compile: compile and provided jars, Spark
    # runs in this JVM; never test jars.
    sarikata_maven -DskipTests "$goal" dependency:build-classpath \
        -Dmdep.outputFile="$sarikata_classpath_file" -DincludeScope=compile
    touch "$stamp"
  fi
}

# The product's classes.
sarikata_build_if_needed() {
  sarikata_build_with compile "$sarikata_root/target/.sarikata-built" src/main
}

# The product's classes and the benchmark tools (src/bench/java), which Maven compiles with the tests so
# that they stay out of the product's jar.
sarikata_build_bench_if_needed() {
  sarikata_build_with test-compile "$sarikata_root/target/.sarikata-bench-built" src/main src/bench src/test
}

sarikata_classpath() {
  echo "$sarikata_classes:$(cat "$sarikata_classpath_file")"
}

sarikata_bench_classpath() {
  echo "$sarikata_bench_classes:$(sarikata_classpath)"
}

# For the launchers that run embedded Spark (local[*]): it binds to this machine only; left to itself it warns
# twice that the hostname resolves to a loopback address, then binds to another interface. SPARK_LOCAL_IP set
# beforehand wins. Not for spark-submit-build.sh: a cluster's driver must be reachable from its executors.
sarikata_use_local_spark() {
  export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
}
