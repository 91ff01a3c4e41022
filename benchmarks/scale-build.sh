#!/bin/sh
# A real Maven build that extracts 10,000 synthetic pages (hu, bg, sr in equal shares) with
# inclusiondata-maven-plugin on two threads within 512 MB of heap. Prints wall time, pages/s and the
# heap figures of the GC log. With EVALUATE=true the evaluate goal then scores the extraction against
# the pages' gold answers (the synthetic-corpus F1; its report is target/inclusiondata/evaluation.json).
#
#   mvn -q install -DskipTests && benchmarks/scale-build.sh [pages] [work-dir]
#   EVALUATE=true benchmarks/scale-build.sh 1500
#
# Extra Maven arguments (e.g. -o -Dmaven.repo.local=...) can be given in MVN_ARGS.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
pages=${1:-10000}
work=${2:-$(mktemp -d "${TMPDIR:-/tmp}/inclusiondata-scale.XXXXXX")}
jar="$here/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "no $jar: build first with  mvn -q install -DskipTests" >&2
  exit 1
fi
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
per=$(( (pages + 2) / 3 ))

rm -rf "$work/src/main/seeds" "$work/target"
mkdir -p "$work"
java -cp "$jar" org.inclusiondata.benchmarks.synthetic.CorpusCli --language all --pages "$per" --seed 42 \
  --out "$work/src/main/seeds"

cat > "$work/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example</groupId>
  <artifactId>inclusiondata-scale-build</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>org.inclusiondata</groupId>
        <artifactId>inclusiondata-maven-plugin</artifactId>
        <version>$version</version>
        <configuration>
          <outputDirectory>\${project.build.directory}/classes</outputDirectory>
          <threads>2</threads>
        </configuration>
        <dependencies>
          <dependency><groupId>org.inclusiondata</groupId><artifactId>inclusiondata-extractors-hu</artifactId><version>$version</version></dependency>
          <dependency><groupId>org.inclusiondata</groupId><artifactId>inclusiondata-extractors-bg</artifactId><version>$version</version></dependency>
          <dependency><groupId>org.inclusiondata</groupId><artifactId>inclusiondata-extractors-sr</artifactId><version>$version</version></dependency>
        </dependencies>
      </plugin>
    </plugins>
  </build>
</project>
POM

cd "$work"
start=$(date +%s.%N)
MAVEN_OPTS="-Xmx512m -Xlog:gc:file=$work/gc.log" mvn -B ${MVN_ARGS:-} \
  "org.inclusiondata:inclusiondata-maven-plugin:$version:extract" \
  $( [ "${EVALUATE:-false}" = true ] && echo "org.inclusiondata:inclusiondata-maven-plugin:$version:evaluate" ) \
  > "$work/build.log" 2>&1 || {
  tail -40 "$work/build.log"; echo "build failed; log in $work/build.log" >&2; exit 1; }
end=$(date +%s.%N)
grep -E 'Extracting|Evaluation:|BUILD' "$work/build.log" | sed 's/^\[INFO\] //'
count=$(ls "$work/src/main/seeds" | grep -c '\.txt$')
# "Pause Young (Normal) (G1 Evacuation Pause) 120M->40M(512M) 3.1ms": peak heap before a collection, and the
# most still in use after one (the live set).
awk -v start="$start" -v end="$end" -v count="$count" '
  /->/ { for (i = 1; i <= NF; i++) if ($i ~ /->/) { split($i, a, /->|\(/); b = a[1] + 0; f = a[2] + 0;
           if (b > peak) peak = b; if (f > live) live = f; } }
  END { s = end - start; printf "%d pages in %.1f s wall (whole Maven build): %.0f pages/s; heap peak %d MB, most live after GC %d MB (max 512 MB)\n", count, s, count / s, peak, live }' "$work/gc.log"
echo "work folder: $work"
