# A throwaway instance: a new, empty folder — never one left from an earlier run.
. "$(dirname "$0")/common.sh"
rm -rf "$instance"
mkdir -p "$instance"
sqlite3 --version | sed 's/^/sqlite3 /'
echo "instance ready: $instance"
