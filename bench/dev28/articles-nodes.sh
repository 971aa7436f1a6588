#!/bin/sh
# usage: articles-nodes.sh BIN
# Loads articles/ (12 invented A28 articles) into a fresh store with BIN, exports JSON lines,
# and prints the PERSON/ORGANIZATION/GOVERNMENT/GROUP nodes as TSV (no verdicts):
#   kind name aliases country code articles(NN,..) sentence-of-first-mention
# Diff two binaries:  articles-nodes.sh OLD > a.tsv; articles-nodes.sh NEW > b.tsv; diff a.tsv b.tsv
# Judged base28 output: articles-nodes-base28.tsv
[ -n "$1" ] || { echo "usage: $0 BIN" >&2; exit 2; }
BIN=$1
DIR=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/a28nodes.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT
"$BIN" load --db "$TMP/db" "$DIR/articles" >"$TMP/load.log" 2>&1 || { cat "$TMP/load.log" >&2; exit 1; }
"$BIN" export --db "$TMP/db" --format jsonl -o "$TMP/out.jsonl" >"$TMP/export.log" 2>&1 || { cat "$TMP/export.log" >&2; exit 1; }
python3 "$DIR/articles-nodes.py" "$TMP/out.jsonl"
