#!/bin/sh
# Makes samples/demo-ast.poruka-sync and samples/demo-coop-ca.pem again: the demo co-op, a second
# office AST that joins it and records some work, and the sync file AST writes for the first office.
# Run from the repository's top folder after building (./mvnw -q package -DskipTests).
set -eu
jar=${PORUKA_JAR:-target/poruka.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PORUKA_KEYSTORE_PASSWORD="${PORUKA_KEYSTORE_PASSWORD:-demo-password}"
java -jar "$jar" demo --db "$work/alm" --second-office AST --second-office-name Astana \
    --second-db "$work/ast" --sync-out "$work/ast.poruka-sync"
java -jar "$jar" office export-ca --db "$work/alm" --out "$work/ca.pem"
cp "$work/ast.poruka-sync" samples/demo-ast.poruka-sync
cp "$work/ca.pem" samples/demo-coop-ca.pem
