#!/bin/sh
# Aftermath's Linux launcher, put in place of jpackage's by installers/BuildInstaller.java. It starts the bundled
# runtime as jpackage's launcher would, with the same options, but without asking rpm and dpkg which package owns
# it: jpackage's launcher does that at every start, which cost about 0.2 s on a busy machine (ADR 0012).
self=$(readlink -f "$0")
root=${self%/bin/*}
app="$root/lib/app"
exec "$root/lib/runtime/bin/java" JAVA_OPTIONS -Djava.class.path="$app/aftermath.jar" MAIN_CLASS "$@"
