#!/bin/bash
# Retakes the console screenshots of the README under Xvfb (packages xvfb, xdotool, imagemagick):
#   scripts/screenshot-console.sh docs/screenshots/console-1920x1080-light.png
#   scripts/screenshot-console.sh docs/screenshots/console-1920x1080-dark.png dark
# The sample Jenkins runbook at 1920x1080, a drill started and three steps done (the projector
# window, opened by the start, is hidden). Keys go where the pointer is (no WM). It runs in a
# throwaway home (scripts/screenshot-home.sh): the status bar shows ~/drills/demo.sqlite.
# Other views through the environment: SIZE=1280x720, RUNBOOK=runbooks/x.yaml, STEPS=3 (Page
# Down presses after the start), XVFB_DISPLAY=:98, BUILD_DIR=build, PROJECTOR=1 (the projector
# window fills the screen and is taken instead of the console), PARTICIPANTS='"Kai\tdba"' (the
# remembered participants, as drilldeck.conf writes them; the default fits the Jenkins runbook),
# LANG=de_DE.UTF-8 (DrillDeck in German: docs/screenshots/console-de.png, projector-de.png).
out=$(realpath -m "${1:?usage: screenshot-console.sh OUT.png [dark]}")
root=$(cd "$(dirname "$0")/.." && pwd)
size=${SIZE:-1920x1080}
display=${XVFB_DISPLAY:-:98}
build=$(realpath "${BUILD_DIR:-$root/build}")
. "$root/scripts/screenshot-home.sh"
screenshot_home "$(realpath "${RUNBOOK:-$root/runbooks/jenkins-rebuild.yaml}")"
# The people of the drill and its facilitator, as the start dialog remembers them: the
# projector shows whose step it is.
participants=${PARTICIPANTS:-'"Dana\tdriver", "Sam\taws-admin", "Lee\tnavigator", "Ada\tscribe"'}
printf '[drill]\nfacilitator=Sam\nparticipants=%s\n' "$participants" >"$conf"
# The theme of both windows: light unless the second argument says dark.
[ "$2" = dark ] && printf "[console]\ntheme=dark\n" >>"$conf"
printf "[projector]\ntheme=%s\n" "${2:-light}" >>"$conf"
# The windows are found by their titles, in the language DrillDeck speaks.
start_title="Start a drill" projector_title="Projector"
case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
de*) start_title="Drill starten" projector_title="Projektor" ;;
esac
Xvfb $display -screen 0 ${size}x24 -noreset >/dev/null 2>&1 & xp=$!
sleep 1
export DISPLAY=$display QT_QPA_PLATFORM=xcb
screenshot_app
sleep 3
wid=$(xdotool search --onlyvisible --name "DrillDeck" | head -1)
xdotool windowmove $wid 0 0 windowsize $wid ${size%x*} ${size#*x}
xdotool windowfocus --sync $wid 2>/dev/null
sleep 0.5
xdotool key --window $wid ctrl+n
for i in $(seq 40); do # the dialog, once it is up
    dlg=$(xdotool search --onlyvisible --name "$start_title" | head -1)
    [ -n "$dlg" ] && break
    sleep 0.25
done
sleep 1
xdotool windowfocus --sync $dlg 2>/dev/null
# The Facilitator field (remembered: Sam); Return there creates the drill.
xdotool mousemove --window $dlg 300 49 click 1; sleep 0.5
xdotool key --window $dlg ctrl+a; xdotool type --window $dlg --delay 30 Sam; sleep 0.3
for i in 1 2 3; do # once more if the first Return went astray
    xdotool key --window $dlg Return 2>/dev/null; sleep 1
    xdotool search --onlyvisible --name "$start_title" >/dev/null || break
done
xdotool mousemove --window $wid 700 500
xdotool windowfocus --sync $wid 2>/dev/null
xdotool key --window $wid F5; sleep 1.5
proj=$(xdotool search --onlyvisible --name "$projector_title" | head -1)
[ -n "$proj" ] && xdotool windowunmap $proj
xdotool windowfocus --sync $wid 2>/dev/null
for i in $(seq ${STEPS:-3}); do xdotool key --window $wid Next; sleep 0.6; done
if [ -n "$PROJECTOR" ] && [ -n "$proj" ]; then
    xdotool windowunmap $wid; xdotool windowmap $proj
    xdotool windowmove $proj 0 0 windowsize $proj ${size%x*} ${size#*x}
fi
sleep 3
import -window root "$out"
kill $ap $xp; wait 2>/dev/null
