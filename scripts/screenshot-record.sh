#!/bin/bash
# Retakes docs/screenshots/console-record.png under Xvfb (packages xvfb, xdotool, imagemagick):
#   scripts/screenshot-record.sh docs/screenshots/console-record.png
# The drill-record screenshot: a note pinned for the projector, observations by several people,
# action items, and the Action Items dialog open. Keys go where the pointer is (no WM).
out=${1:?usage: screenshot-record.sh OUT.png}
root=$(cd "$(dirname "$0")/.." && pwd)
env_dir=$(mktemp -d)
trap 'rm -rf "$env_dir"' EXIT
export XDG_CONFIG_HOME=$env_dir/config XDG_DATA_HOME=$env_dir/data XDG_CACHE_HOME=$env_dir/cache
Xvfb :98 -screen 0 1920x1080x24 >/dev/null 2>&1 & xp=$!
sleep 1
export DISPLAY=:98 QT_QPA_PLATFORM=xcb
$root/build/app/drilldeck --db $env_dir/dd.sqlite $root/runbooks/data-gather-restore.yaml >$env_dir/app.log 2>&1 & ap=$!
sleep 3
wid=$(xdotool search --onlyvisible --name "DrillDeck" | head -1)
xdotool windowmove $wid 0 0 windowsize $wid 1440 900; sleep 0.5
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null
xdotool key ctrl+n; sleep 1.5
dlg=$(xdotool search --onlyvisible --name "Start a drill" | head -1)
xdotool mousemove --window $dlg 200 30; sleep 0.3
xdotool key Tab; xdotool type --delay 30 'Fran'; xdotool key Return; sleep 1
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
xdotool key a; sleep 1
ann=$(xdotool search --onlyvisible --name "Annotate\|Note\|note" | grep -v "^$wid$" | tail -1)
[ -n "$ann" ] && xdotool mousemove --window $ann 100 20; sleep 0.3
xdotool type --delay 20 'Room: the whiteboard has the dependency map'; xdotool key Tab space; sleep 0.2; xdotool key Return; sleep 0.8
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
xdotool key n; sleep 0.3
for line in '@Dana + rotate the backup keys every quarter' '@Sam ! restore-secrets.sh skipped the api credentials' '+ tag the base images with their registry' '? who owns the price-feed rules file'; do
  xdotool type --delay 15 "$line"; xdotool key Return; sleep 0.5
done
xdotool key Escape; sleep 0.3
xdotool key F7; sleep 1.5
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
xdotool key ctrl+shift+a; sleep 1.5
import -window root $out
kill $ap; kill $xp; wait 2>/dev/null
