#!/usr/bin/env bash
# Builds an app image and a .deb of Ops Timeline with a runtime trimmed by jlink.
# Called by the Maven profile "package": jpackage.sh <target-dir> <version>
set -euo pipefail
target="$1"
version="${2%-SNAPSHOT}"
out="$target/installer"
rm -rf "$out" "$target/runtime" "$target/jpackage-input"
mkdir -p "$out" "$target/jpackage-input"
cp "$target/ops-timeline.jar" "$target/jpackage-input/"
# JDK modules the jar needs (JavaFX itself is on the class path inside the jar).
modules="java.base,java.desktop,java.logging,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,jdk.zipfs,java.management"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$target/runtime"
common=(--name ops-timeline --app-version "$version" --vendor "Ops Timeline" \
  --description "Zoomable, linked campaign timeline with briefing export" \
  --input "$target/jpackage-input" --main-jar ops-timeline.jar --main-class io.opstimeline.Main \
  --runtime-image "$target/runtime" --dest "$out")
jpackage --type app-image "${common[@]}"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb "${common[@]}" --linux-shortcut --linux-menu-group Office \
    --resource-dir "$(dirname "$0")/deb" \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6" --license-file "$target/../LICENSE"
else
  echo "dpkg-deb or fakeroot missing: built the app image only" >&2
fi
ls -la "$out"
