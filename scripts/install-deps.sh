#!/usr/bin/env bash
# Installs what DrillDeck needs to build, run and test on Debian 12, by package name.
# Idempotent: does nothing when everything is there. Uses sudo when not run as root.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format ccache
    # Qt 6.4 and the libraries DrillDeck links
    qt6-base-dev libqt6opengl6-dev libxkbcommon-dev qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libyaml-cpp-dev libsqlite3-dev libdtl-dev
    # the evidence pack's zip (libzip); its tests and benchmark use the real zip, unzip, gpg and
    # ssh-keygen
    libzip-dev zip unzip gnupg openssh-client
    # sanitizers and fuzzing (scripts/sanitize.sh, scripts/fuzz.sh): clang with libFuzzer
    clang libclang-rt-14-dev
    # the local stand-in of the backup-verification sample (runbooks/backup-verification-local/)
    sqlite3 openssl
    # headless GUI checks, screenshots and PDF rendering
    xvfb xauth xdotool imagemagick poppler-utils fonts-dejavu-core
    # the .deb and its checks (scripts/package-check.sh): CPack's dpkg-shlibdeps, the .desktop and
    # AppStream validators, lintian; bash-completion's pkg-config file names its completionsdir
    dpkg-dev file desktop-file-utils appstream lintian bash-completion man-db
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
