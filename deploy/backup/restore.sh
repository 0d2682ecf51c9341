#!/usr/bin/env bash
# Replaces the CRM database with the content of a dump written by backup.sh (.sql.gz or plain .sql).
# Every table and view in the database is dropped first, so the result is exactly the dump, even when
# the database had tables the dump does not know (e.g. from a newer release).
#
#   restore.sh [--yes] FILE
#
# Stop all application nodes first (docker compose stop app1 app2) and start them again afterwards:
# Flyway then brings the restored schema up to the running release. Same connection variables as
# backup.sh: CRM_DB_HOST (mysql) CRM_DB_PORT (3306) CRM_DB_NAME (zhaoshang_crm) CRM_DB_USER CRM_DB_PASSWORD.
# shellcheck disable=SC2016  # backticks inside single quotes below are MySQL identifier quotes
set -euo pipefail

usage() {
    echo "Usage: $0 [--yes] FILE   (FILE: a .sql.gz or .sql dump written by backup.sh)" >&2
    exit 2
}

assume_yes=false
file=""
for arg in "$@"; do
    case "$arg" in
        --yes | -y) assume_yes=true ;;
        -h | --help) usage ;;
        -*) echo "Unknown option: $arg" >&2; usage ;;
        *) [[ -z "$file" ]] || usage; file="$arg" ;;
    esac
done
[[ -n "$file" ]] || usage
[[ -r "$file" ]] || { echo "Cannot read $file" >&2; exit 2; }

host="${CRM_DB_HOST:-mysql}"
port="${CRM_DB_PORT:-3306}"
database="${CRM_DB_NAME:-zhaoshang_crm}"
user="${CRM_DB_USER:?set CRM_DB_USER}"
password="${CRM_DB_PASSWORD:?set CRM_DB_PASSWORD}"

case "$file" in
    *.gz) reader=(gzip -dc -- "$file") ;;
    *) reader=(cat -- "$file") ;;
esac

# Check the whole file before anything is dropped: a damaged or truncated dump is refused here.
if ! "${reader[@]}" | tail -n 1 | grep -q '^-- Dump completed'; then
    echo "$file is damaged or incomplete (no closing '-- Dump completed' line); nothing was changed" >&2
    exit 1
fi

if ! $assume_yes; then
    if [[ ! -t 0 ]]; then
        echo "Not a terminal: pass --yes to restore without the confirmation prompt" >&2
        exit 2
    fi
    echo "This REPLACES ALL DATA in database '$database' on $host:$port with $file."
    echo "Stop the application nodes first. Consider running backup.sh before, to be able to go back."
    read -r -p "Type the database name to continue: " answer
    if [[ "$answer" != "$database" ]]; then
        echo "Cancelled; nothing was changed."
        exit 1
    fi
fi

# Password through a temporary option file, never on the command line (see backup.sh).
credentials="$(mktemp)"
trap 'rm -f "$credentials"' EXIT
option_value() { local v="${1//\\/\\\\}"; printf '"%s"' "${v//\"/\\\"}"; }
printf '[client]\nuser=%s\npassword=%s\n' "$(option_value "$user")" "$(option_value "$password")" >"$credentials"

sql() {
    mysql --defaults-extra-file="$credentials" --host="$host" --port="$port" --protocol=TCP \
        --default-character-set=utf8mb4 "$@" "$database"
}

# Drop what is there (views first, they depend on tables); foreign keys off for this session only.
mapfile -t views < <(sql -N -B -e "SELECT table_name FROM information_schema.tables
    WHERE table_schema = DATABASE() AND table_type = 'VIEW'")
mapfile -t tables < <(sql -N -B -e "SELECT table_name FROM information_schema.tables
    WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")
drop="SET FOREIGN_KEY_CHECKS = 0;"
if ((${#views[@]} > 0)); then
    list="$(printf '`%s`,' "${views[@]}")"
    drop+=" DROP VIEW IF EXISTS ${list%,};"
fi
if ((${#tables[@]} > 0)); then
    list="$(printf '`%s`,' "${tables[@]}")"
    drop+=" DROP TABLE IF EXISTS ${list%,};"
fi
echo "Dropping ${#tables[@]} table(s) and ${#views[@]} view(s) in $database"
sql -e "$drop"

# Views, triggers and routines keep the account that created them (DEFINER=...); loading them as another
# account needs extra privileges (SET_USER_ID), so they are recreated as the restoring account instead.
# Only statement lines are touched, never data rows.
echo "Loading $file into $database on $host:$port"
"${reader[@]}" | sed -E '/^(\/\*!|CREATE )/ s/ ?DEFINER=`[^`]*`@`[^`]*`//' | sql
echo "Restore finished. Start the application nodes again (Flyway migrates the schema if the dump is older)."
