#!/bin/sh
# usage: score.sh BIN [--spaced] [--verbose]   (dev29furn: junk actor nodes and relations from page
# furniture; see score.py). --spaced scores articles-spaced/, the pages with a blank line between
# all lines (the layout of text extracted from HTML).
[ -n "$1" ] || { echo "usage: $0 BIN [--verbose]" >&2; exit 2; }
DIR=$(cd "$(dirname "$0")" && pwd)
BIN=$1; shift
ARTS=articles
[ "$1" = --spaced ] && { ARTS=articles-spaced; shift; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/dev29furn.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
"$BIN" load --db "$TMP/db" "$DIR/$ARTS" >"$TMP/load.log" 2>&1 || { cat "$TMP/load.log" >&2; exit 1; }
"$BIN" export --db "$TMP/db" --format jsonl -o "$TMP/out.jsonl" >"$TMP/export.log" 2>&1 || { cat "$TMP/export.log" >&2; exit 1; }
python3 "$DIR/score.py" "$TMP/out.jsonl" "$@"
