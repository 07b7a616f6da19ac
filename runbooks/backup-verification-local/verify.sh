# The data checks on the restored copy: the integrity check passes, the row counts match the
# counts taken at backup time, and the newest row is less than an hour older than the backup.
. "$(dirname "$0")/common.sh"
ts=$(cat "$work/latest")
db=$instance/restored.sqlite
failed=0
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || { echo "FAIL integrity_check"; failed=1; }
for table in loadbalancers nodes vips; do
    expected=$(sqlite3 :memory: "SELECT json_extract(readfile('$instance/counts-$ts.json'), '\$[0].$table')")
    actual=$(sqlite3 "$db" "SELECT count(*) FROM $table")
    if [ "$expected" = "$actual" ]; then echo "ok   $table: $actual rows"; else
        echo "FAIL $table: $actual rows, $expected at backup time"; failed=1; fi
done
age=$(sqlite3 "$db" "SELECT CAST((julianday('now') - julianday(max(updated))) * 86400 AS INTEGER) FROM loadbalancers")
if [ "$age" -lt 3600 ]; then echo "ok   newest row ${age}s old (RPO 1h)"; else
    echo "FAIL newest row ${age}s old, more than the RPO of 1h"; failed=1; fi
exit $failed
