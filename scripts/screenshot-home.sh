#!/bin/bash
# Sourced by the screenshot scripts: a throwaway home folder, so a screenshot shows neutral paths
# (~/drills/demo.sqlite, ~/drills/RUNBOOK.yaml) and never the folders of the machine it was
# taken on, with DrillDeck's settings, data and cache inside it.
#   screenshot_home RUNBOOK   sets HOME, XDG_*; copies RUNBOOK to ~/drills/; sets $db, $runbook
#   screenshot_app [ARGS...]  starts $build/app/drilldeck --db $db ARGS $runbook (pid in $ap)
screenshot_home() {
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        XDG_CACHE_HOME=$home/.cache
    mkdir -p "$HOME/drills" "$XDG_CONFIG_HOME/DrillDeck"
    cp "$1" "$HOME/drills/"
    runbook=$HOME/drills/$(basename "$1")
    db=$HOME/drills/demo.sqlite
    conf=$XDG_CONFIG_HOME/DrillDeck/drilldeck.conf
}
screenshot_app() {
    (cd "$HOME" && exec "$build/app/drilldeck" --db "$db" "$@" "$runbook") >"$HOME/app.log" 2>&1 &
    ap=$!
}
