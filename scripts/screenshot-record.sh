#!/bin/bash
# Retakes docs/screenshots/console-record.png under Xvfb (packages xvfb, xdotool, imagemagick):
#   scripts/screenshot-record.sh docs/screenshots/console-record.png \
#       [docs/screenshots/start-drill-carried-items.png]
# The drill-record screenshot: a note pinned for the projector, observations by several people,
# action items, and the Action Items dialog open; then, if asked for, the start dialog of the
# next drill with the open action items carried over. Keys go where the pointer is (no WM). It runs
# in a throwaway home (scripts/screenshot-home.sh): the status bar shows ~/drills/demo.sqlite.
# XVFB_DISPLAY=:98 and BUILD_DIR=build through the environment.
out=$(realpath -m "${1:?usage: screenshot-record.sh OUT.png}")
root=$(cd "$(dirname "$0")/.." && pwd)
display=${XVFB_DISPLAY:-:98}
build=$(realpath "${BUILD_DIR:-$root/build}")
. "$root/scripts/screenshot-home.sh"
screenshot_home "$root/runbooks/data-gather-restore.yaml"
printf '[drill]\nfacilitator=Fran\n' >"$conf" # the start dialog's remembered facilitator
Xvfb $display -screen 0 1920x1080x24 >/dev/null 2>&1 & xp=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
screenshot_app
sleep 3
wid=$(xdotool search --onlyvisible --name "DrillDeck" | head -1)
xdotool windowmove $wid 0 0 windowsize $wid 1440 900; sleep 0.5
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null
xdotool key ctrl+n; sleep 1.5
dlg=$(xdotool search --onlyvisible --name "Start a drill" | head -1)
xdotool mousemove --window $dlg 300 49 click 1; sleep 0.3 # the Facilitator field
xdotool key Return; sleep 1
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
xdotool key a; sleep 1
ann=$(xdotool search --onlyvisible --name "Annotate\|Note\|note" | grep -v "^$wid$" | tail -1)
[ -n "$ann" ] && xdotool mousemove --window $ann 100 20; sleep 0.3
xdotool type --delay 20 'Room: the whiteboard has the dependency map'; xdotool key Tab space; sleep 0.2; xdotool key Return; sleep 0.8
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
# N opens the entry for each: after Enter the keys drive the drill again.
for line in '@Dana + rotate the backup keys every quarter' '@Sam ! restore-secrets.sh skipped the api credentials' '+ tag the base images with their registry' '? who owns the price-feed rules file'; do
  xdotool key n; sleep 0.3; xdotool type --delay 15 "$line"; xdotool key Return; sleep 0.5
done
xdotool key F7; sleep 1.5
xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null; sleep 0.3
xdotool key ctrl+shift+a; sleep 1.5
import -window root $out
if [ -n "$2" ]; then # the start dialog of the next drill, the open action items carried over
    out2=$(realpath -m "$2")
    xdotool key Escape; sleep 0.5
    xdotool mousemove --window $wid 700 500; xdotool windowfocus --sync $wid 2>/dev/null
    xdotool key ctrl+n; sleep 2
    import -window root "$out2"
fi
kill $ap; kill $xp; wait 2>/dev/null
