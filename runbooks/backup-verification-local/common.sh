# Shared by the stand-in's steps (sourced, not run): where the stand-in keeps its files.
# BACKUP_VERIFY_WORK: the folder for the "production" database, the object store and the
# throwaway instance; default a folder under $TMPDIR. BACKUP_PASSPHRASE: the stand-in's
# encryption key (the runbook's env: sets a demo one).
set -euo pipefail
work=${BACKUP_VERIFY_WORK:-${TMPDIR:-/tmp}/drilldeck-backup-verification}
production=$work/production.sqlite
store=$work/object-store/hourly
instance=$work/instance
mkdir -p "$work" "$store"
: "${BACKUP_PASSPHRASE:?set BACKUP_PASSPHRASE, as the env: of the runbook does}"
