# Destroy the throwaway instance: no decrypted data is left behind.
. "$(dirname "$0")/common.sh"
rm -rf "$instance"
[ ! -e "$instance" ] && echo "instance removed"
