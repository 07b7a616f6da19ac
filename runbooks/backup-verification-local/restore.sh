# Fetch the newest backup from the object store, check its checksum, decrypt, unpack and open
# it: a wrong passphrase fails here, as a missing secret key fails gpg in the real chain.
. "$(dirname "$0")/common.sh"
ts=$(cat "$work/latest")
cp "$store/lbaas-$ts.sqlite.gz.enc" "$store/lbaas-$ts.sha256" "$store/counts-$ts.json" "$instance/"
(cd "$instance" && sha256sum -c "lbaas-$ts.sha256")
openssl enc -d -aes-256-cbc -pbkdf2 -pass env:BACKUP_PASSPHRASE -in "$instance/lbaas-$ts.sqlite.gz.enc" |
    gunzip > "$instance/restored.sqlite"
echo "integrity: $(sqlite3 "$instance/restored.sqlite" 'PRAGMA integrity_check')"
