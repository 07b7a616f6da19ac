#!/usr/bin/env bash
# Validates the files installed for desktops, software centres and man: the .desktop file
# (desktop-file-validate), the AppStream metainfo (appstreamcli, offline) and drilldeck(1) (man's
# groff warnings). Any message fails: a hint today is a rejected package tomorrow.
#   bash tests/desktopfiles.sh SOURCE_DIR
set -uo pipefail
resources=$1/resources
status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

out=$(desktop-file-validate "$resources/org.drilldeck.DrillDeck.desktop" 2>&1) ||
    fail "desktop-file-validate failed"
[ -z "$out" ] || fail "desktop-file-validate: $out"

# --pedantic would only add that the id has capitals: it is the reverse-DNS name the .desktop
# file and main.cpp's desktop file name share.
out=$(appstreamcli validate --no-net --no-color "$resources/org.drilldeck.DrillDeck.metainfo.xml" 2>&1) ||
    fail "appstreamcli validate failed: $out"
grep -q '^[EWI]:' <<<"$out" && fail "appstreamcli validate: $out"

out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$resources/man/drilldeck.1" 2>&1 >/dev/null) ||
    fail "man cannot format drilldeck.1"
[ -z "$out" ] || fail "man --warnings drilldeck.1: $out"

# The names that tie them together: the .desktop file's icon is the one installed under the
# application's id, and the metainfo launches that .desktop file.
grep -qx 'Icon=org.drilldeck.DrillDeck' "$resources/org.drilldeck.DrillDeck.desktop" ||
    fail "the .desktop file's Icon= is not org.drilldeck.DrillDeck (the installed icon's name)"
grep -q '<launchable type="desktop-id">org.drilldeck.DrillDeck.desktop</launchable>' \
    "$resources/org.drilldeck.DrillDeck.metainfo.xml" ||
    fail "the metainfo does not launch org.drilldeck.DrillDeck.desktop"

[ "$status" -eq 0 ] && echo "PASS: .desktop, metainfo and man page validate"
exit "$status"
