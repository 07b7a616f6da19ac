#!/bin/bash
# Retakes the console screenshots of the README under Xvfb (packages xvfb, xdotool, imagemagick):
#   scripts/screenshot-console.sh docs/screenshots/console-1920x1080-light.png
#   scripts/screenshot-console.sh docs/screenshots/console-1920x1080-dark.png dark
# The sample Jenkins runbook at 1920x1080, a drill started and three steps done (the projector
# window, opened by the start, is hidden). Keys go where the pointer is (no WM).
out=${1:?usage: screenshot-console.sh OUT.png [dark]}
root=$(cd "$(dirname "$0")/.." && pwd)
env_dir=$(mktemp -d)
trap 'rm -rf "$env_dir"' EXIT
mkdir -p "$env_dir/config/DrillDeck"
[ "$2" = dark ] && printf "[console]\ntheme=dark\n" >"$env_dir/config/DrillDeck/drilldeck.conf"
export XDG_CONFIG_HOME=$env_dir/config XDG_DATA_HOME=$env_dir/data XDG_CACHE_HOME=$env_dir/cache
Xvfb :98 -screen 0 1920x1080x24 >/dev/null 2>&1 & xp=$!
sleep 1
export DISPLAY=:98 QT_QPA_PLATFORM=xcb
$root/build/app/drilldeck --db $env_dir/dd.sqlite $root/runbooks/jenkins-rebuild.yaml >$env_dir/app.log 2>&1 & ap=$!
sleep 3
wid=$(xdotool search --onlyvisible --name "DrillDeck" | head -1)
xdotool windowmove $wid 0 0 windowsize $wid 1920 1080
xdotool windowfocus --sync $wid 2>/dev/null
sleep 0.5
xdotool key --window $wid ctrl+n
for i in $(seq 40); do # the dialog, once it is up
    dlg=$(xdotool search --onlyvisible --name "Start a drill" | head -1)
    [ -n "$dlg" ] && break
    sleep 0.25
done
sleep 1
xdotool windowfocus --sync $dlg 2>/dev/null
xdotool mousemove --window $dlg 200 30; sleep 0.5; xdotool key Tab; sleep 0.3
xdotool type --delay 30 Sam; sleep 0.3; xdotool key Return; sleep 1
xdotool mousemove --window $wid 700 500
xdotool windowfocus --sync $wid 2>/dev/null
xdotool key --window $wid F5; sleep 1.5
proj=$(xdotool search --onlyvisible --name "Projector" | head -1)
[ -n "$proj" ] && xdotool windowunmap $proj
xdotool windowfocus --sync $wid 2>/dev/null
for i in 1 2 3; do xdotool key --window $wid Next; sleep 0.6; done
sleep 3
import -window root "$out"
kill $ap $xp; wait 2>/dev/null
