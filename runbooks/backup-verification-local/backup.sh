# Back up, compress and encrypt: a consistent copy of the "production" database (sqlite3's
# .backup, as xtrabackup takes one of MySQL), gzip, AES-256 with the passphrase (as gpg does
# with the backup key), and the row counts at backup time for the data checks.
. "$(dirname "$0")/common.sh"
ts=$(date -u +%Y%m%dT%H%M%SZ)
rm -f "$work/backup.sqlite"
sqlite3 "$production" ".backup '$work/backup.sqlite'"
sqlite3 -json "$work/backup.sqlite" \
    "SELECT (SELECT count(*) FROM loadbalancers) AS loadbalancers,
            (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM vips) AS vips,
            (SELECT max(updated) FROM loadbalancers) AS newest" > "$work/counts-$ts.json"
gzip -1 -c "$work/backup.sqlite" |
    openssl enc -aes-256-cbc -pbkdf2 -salt -pass env:BACKUP_PASSPHRASE -out "$work/lbaas-$ts.sqlite.gz.enc"
rm -f "$work/backup.sqlite"
(cd "$work" && sha256sum "lbaas-$ts.sqlite.gz.enc" > "lbaas-$ts.sha256")
echo "$ts" > "$work/latest"
echo "backup lbaas-$ts.sqlite.gz.enc: $(stat -c %s "$work/lbaas-$ts.sqlite.gz.enc") bytes"
echo "completed OK!"
