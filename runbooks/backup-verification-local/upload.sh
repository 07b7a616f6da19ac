# Push the encrypted backup, its checksum and its counts to the object store (a folder standing
# in for the Swift container).
. "$(dirname "$0")/common.sh"
ts=$(cat "$work/latest")
for f in "lbaas-$ts.sqlite.gz.enc" "lbaas-$ts.sha256" "counts-$ts.json"; do
    mv "$work/$f" "$store/$f"
    echo "uploaded hourly/$f"
done
