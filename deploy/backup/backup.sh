#!/usr/bin/env bash
# Dumps the CRM database into BACKUP_DIR/<database>-<UTC time>.sql.gz and deletes dumps older than
# BACKUP_KEEP_DAYS days. Reads the same connection variables as the application.
#
#   CRM_DB_HOST (mysql)  CRM_DB_PORT (3306)  CRM_DB_NAME (zhaoshang_crm)  CRM_DB_USER  CRM_DB_PASSWORD
#   BACKUP_DIR (./backups)  BACKUP_KEEP_DAYS (14)
#
# Needs the MySQL 8 client tools (mysqldump, gzip). With Docker Compose it runs in the mysql image:
#   docker compose run --rm backup
# A cron line on the Docker host for a nightly dump at 02:30:
#   30 2 * * * cd /srv/zhaoshang-crm/deploy && docker compose run --rm -T backup >>backups/backup.log 2>&1
set -euo pipefail

host="${CRM_DB_HOST:-mysql}"
port="${CRM_DB_PORT:-3306}"
database="${CRM_DB_NAME:-zhaoshang_crm}"
user="${CRM_DB_USER:?set CRM_DB_USER}"
password="${CRM_DB_PASSWORD:?set CRM_DB_PASSWORD}"
backup_dir="${BACKUP_DIR:-./backups}"
keep_days="${BACKUP_KEEP_DAYS:-14}"

if ! [[ "$keep_days" =~ ^[1-9][0-9]*$ ]]; then
    echo "BACKUP_KEEP_DAYS must be a whole number of days (1 or more), not '$keep_days'" >&2
    exit 2
fi

# Dumps hold personal data (contacts, phone numbers): readable by their owner only.
umask 077
mkdir -p "$backup_dir"

# The password goes to the client through a temporary option file, never on the command line (where
# `ps` shows it). Inside a quoted option value, backslash and double quote are escaped; everything else
# (including '#', which would otherwise start a comment) is taken literally.
credentials="$(mktemp)"
target="$backup_dir/$database-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
partial="$target.partial"
trap 'rm -f "$credentials" "$partial"' EXIT
option_value() { local v="${1//\\/\\\\}"; printf '"%s"' "${v//\"/\\\"}"; }
printf '[client]\nuser=%s\npassword=%s\n' "$(option_value "$user")" "$(option_value "$password")" >"$credentials"

# --single-transaction: a consistent snapshot of the InnoDB tables without locking the application out.
# --no-tablespaces: otherwise MySQL 8 demands the global PROCESS privilege, which the app account lacks.
# --set-gtid-purged=OFF (MySQL's mysqldump only): a dump from a GTID-enabled server (typical for managed
# MySQL) would otherwise carry GTID state that breaks the restore into another server.
extra=()
if mysqldump --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
    extra+=(--set-gtid-purged=OFF)
fi

echo "Dumping $database from $host:$port to $target"
mysqldump --defaults-extra-file="$credentials" \
    --host="$host" --port="$port" --protocol=TCP \
    --single-transaction --routines --triggers --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 "${extra[@]}" \
    "$database" | gzip -c >"$partial"

# A dump cut short (full disk, dropped connection) lacks mysqldump's closing comment.
if ! gzip -dc "$partial" | tail -n 1 | grep -q '^-- Dump completed'; then
    echo "The dump looks incomplete; kept nothing" >&2
    exit 1
fi
mv "$partial" "$target"
echo "Wrote $target ($(du -h "$target" | cut -f1))"

# Retention: only this script's own files, matched by name; the new dump is never older than a day.
find "$backup_dir" -maxdepth 1 -type f -name "$database-*.sql.gz" -mmin "+$((keep_days * 24 * 60))" \
    -print -delete | sed 's/^/Deleted (older than '"$keep_days"' days): /'
