#!/usr/bin/env bash
# Builds the Debian package (the `package` preset, then cpack) and checks it the way a user meets
# it: the installed .desktop and metainfo files validate, lintian finds no error (its warnings are
# printed), `apt-get install ./drilldeck_*.deb` installs it with its dependencies, the installed
# drilldeck runs its commands in a throw-away home folder, and `apt-get remove` takes it away.
# Stops at the first step that fails, saying which ("package-check: STEP failed"). Needs root or
# sudo (apt-get); scripts/install-deps.sh installs the tools.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
version=$(sed -n 's/^project(DrillDeck VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
work=$(mktemp -d)
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" -eq 1 ]; then # a failed check must not leave the package installed
        $sudo apt-get remove -y -qq drilldeck >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step() { # step NAME COMMAND...: runs COMMAND; on failure says which step and stops with its status
    local name=$1 status=0
    shift
    echo "package-check: $name"
    "$@" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "package-check: $name failed (exit $status)" >&2
        exit "$status"
    fi
}

step "configure (package preset)" cmake --preset package
step "build" cmake --build --preset package
rm -f build-package/drilldeck_*.deb
step "cpack" cpack --preset package
debs=(build-package/drilldeck_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "package-check: cpack wrote no single drilldeck_*.deb" >&2; exit 1; }
deb=${debs[0]}
echo "package-check: $deb, $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends
dpkg-deb --contents "$deb" | awk '{print $1, $6}'

# The files as the package installs them.
dpkg-deb --extract "$deb" "$work/root"
step "desktop-file-validate" desktop-file-validate "$work/root/usr/share/applications/org.drilldeck.DrillDeck.desktop"
step "appstreamcli validate" appstreamcli validate --no-net --no-color \
    "$work/root/usr/share/metainfo/org.drilldeck.DrillDeck.metainfo.xml"

lint() { # errors fail; warnings and information are printed
    local out status=0
    out=$(lintian --fail-on error --display-info "$deb" 2>&1) || status=$?
    echo "${out:-lintian: no tags}"
    return "$status"
}
step "lintian" lint

# Without the recommended packages: the Depends alone must make it run.
step "apt-get install" env DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends -o DPkg::Lock::Timeout=300 "./$deb"
installed_by_us=1

# The installed program, without a display, in a home folder of its own.
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
unset DISPLAY WAYLAND_DISPLAY XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
cd "$HOME"
version_matches() { [ "$(/usr/bin/drilldeck --version)" = "drilldeck $version" ]; }
step "drilldeck --version is $version" version_matches
step "drilldeck validate the sample runbooks" drilldeck validate /usr/share/drilldeck/runbooks/*.yaml
refuses_missing() { # no database yet: a clear message, exit 1, nothing created
    local out status=0
    out=$(drilldeck history 2>&1) || status=$?
    echo "$out"
    [ "$status" -eq 1 ] && grep -q "there is no DrillDeck database" <<<"$out" && [ ! -e "$HOME/.local" ]
}
step "drilldeck history without a database" refuses_missing
history_lists_drills() { # the example database, made on first use in this home folder
    drilldeck history --demo --format csv >"$work/history.csv" &&
        [ "$(wc -l <"$work/history.csv")" -gt 1 ] && head -3 "$work/history.csv"
}
step "drilldeck history (a fresh example database)" history_lists_drills
step "drilldeck report (PDF)" drilldeck report last --demo --out "$work/report.pdf"
step "drilldeck chart (PNG)" drilldeck chart trend --demo --runbook jenkins-rebuild --out "$work/trend.png"
step "the report and the chart are there" test -s "$work/report.pdf" -a -s "$work/trend.png"

step "apt-get remove" env DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq \
    -o DPkg::Lock::Timeout=300 drilldeck
installed_by_us=0
step "drilldeck is gone" test ! -e /usr/bin/drilldeck -a ! -e /usr/share/drilldeck
echo "package-check: passed ($deb)"
