#!/usr/bin/env bash
# Builds the native installer from what `./mvnw -Pinstaller package` put in target/: the compiled
# classes, their libraries (target/installer/input) and the JavaFX platform jars (target/installer/javafx),
# which jpackage links into the trimmed runtime as modules. Usage: installer/build.sh VERSION [linux|macos]
set -euo pipefail
cd "$(dirname "$0")/.."

version="$1"
platform="${2:-linux}"
jdk="${JAVA_HOME:+$JAVA_HOME/bin/}"
t=target/installer

# The program's own jar, without the libraries the shaded jar bundles; the version is for `poruka --version`.
printf 'Implementation-Title: Poruka\nImplementation-Version: %s\n' "$version" > "$t/MANIFEST.MF"
"${jdk}jar" --create --file "$t/input/poruka.jar" --manifest "$t/MANIFEST.MF" -C target/classes .
# The samples travel with the program (Linux: /opt/poruka/lib/app/samples).
rm -rf "$t/out" "$t/input/samples"
cp -r samples "$t/input/samples"
start=$(date +%s)
"${jdk}jpackage" @installer/common.args @installer/"$platform".args \
    --app-version "$version" --input "$t/input" --module-path "$t/javafx" --dest "$t/out"
echo "jpackage took $(( $(date +%s) - start )) s: $(ls "$t/out")"
