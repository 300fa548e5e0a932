# Shared by jobs/sarikata, jobs/gen-corpus and jobs/bench (source it): build on first use, with one
# stamp and classpath file, so the three launchers build the same way and reuse each other's build.
# shellcheck shell=bash
sarikata_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sarikata_classes="$sarikata_root/target/classes"
sarikata_classpath_file="$sarikata_root/target/sarikata.classpath"
sarikata_stamp="$sarikata_root/target/.sarikata-built"

# Builds the classes and writes the classpath on first use and whenever sources change .
sarikata_build_if_needed() {
  if [ ! -f "$sarikata_stamp" ] || [ ! -f "$sarikata_classpath_file" ] \
     || [ -n "$(find "$sarikata_root/src/main" "$sarikata_root/pom.xml" -newer "$sarikata_stamp" -print -quit)" ]; then
    echo "$(basename "$0"): building (first run or sources changed)..." >&2
    # includeScope=compile takes compile and provided jars (Spark runs in this JVM), never test jars.
    (cd "$sarikata_root" && mvn -q -B -DskipTests compile dependency:build-classpath \
        -Dmdep.outputFile="$sarikata_classpath_file" -DincludeScope=compile) >&2
    touch "$sarikata_stamp"
  fi
}

sarikata_classpath() {
  echo "$sarikata_classes:$(cat "$sarikata_classpath_file")"
}
