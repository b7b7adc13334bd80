#!/bin/sh
# Makes the app image's class-data archive (AppCDS) for where the image now is: starts the app
# once, headless, up to its whole workbench, and keeps the classes it loaded in
# lib/app/ops-timeline.jsa, which the launcher names in its options (docs/architecture.md,
# "Start-up"). The archive is only valid for this location and this runtime, so the build makes it
# for the app image and the .deb's postinst makes it again under /opt. Best effort: without an
# archive the app starts as before, only slower.
app="$(cd "$(dirname "$0")/../.." && pwd)"
jsa="$app/lib/app/ops-timeline.jsa"
rm -f "$jsa"
prefs="$(mktemp -d)"
timeout 120 "$app/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$jsa" \
  -Dopstimeline.exitAfterFirstFrame=workbench -Dglass.platform=Monocle -Dmonocle.platform=Headless \
  -Dheadless.geometry=1920x1080-32 -Dprism.order=sw -Djava.util.prefs.userRoot="$prefs" \
  -cp "$app/lib/app/ops-timeline.jar" io.opstimeline.Main >"${1:-/dev/null}" 2>&1 || true
rm -rf "$prefs"
[ -s "$jsa" ]
