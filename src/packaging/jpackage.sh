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
# --generate-cds-archive: the runtime's own class-data archive, the base the app's archive below needs.
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$target/runtime"
common=(--name ops-timeline --app-version "$version" --vendor "Ops Timeline" \
  --description "Zoomable, linked campaign timeline with briefing export" \
  --input "$target/jpackage-input" --main-jar ops-timeline.jar --main-class io.opstimeline.Main \
  --runtime-image "$target/runtime" --dest "$out")
jpackage --type app-image "${common[@]}"
# Start-up (docs/architecture.md): an AppCDS archive of the classes a start loads (JavaFX, the
# workbench, Jackson), named in the launcher's options. A JVM that cannot use it (files moved,
# another runtime) starts without it. It is only valid where it was made: the .deb ships the
# script, not the archive, and its postinst makes the archive under /opt.
image="$out/ops-timeline"
cp "$(dirname "$0")/class-archive.sh" "$image/lib/app/"
chmod 755 "$image/lib/app/class-archive.sh"
# (a stale or missing archive is skipped; its warning would only puzzle a user)
printf 'java-options=-XX:SharedArchiveFile=$APPDIR/ops-timeline.jsa\njava-options=-Xlog:cds=off,cds+dynamic=off\n' \
  >>"$image/lib/app/ops-timeline.cfg"
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  jpackage --type deb --app-image "$image" --name ops-timeline --app-version "$version" --vendor "Ops Timeline" \
    --description "Zoomable, linked campaign timeline with briefing export" --dest "$out" \
    --linux-shortcut --linux-menu-group Office \
    --resource-dir "$(dirname "$0")/deb" \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6" --license-file "$target/../LICENSE"
else
  echo "dpkg-deb or fakeroot missing: built the app image only" >&2
fi
"$image/lib/app/class-archive.sh" "$target/class-archive.log" \
  || echo "class-data archive not made (see $target/class-archive.log): the app image starts without it" >&2
ls -la "$out"
