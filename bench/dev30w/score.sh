#!/bin/sh
# usage: score.sh BIN [--verbose]   (D30W records + controls, scored by bench/dev28/score28.py)
[ -n "$1" ] || { echo "usage: $0 BIN [--verbose]" >&2; exit 2; }
DIR=$(cd "$(dirname "$0")" && pwd)
BIN=$1; shift
exec python3 "$DIR/../dev28/score28.py" --label D30W --bin "$BIN" --records "$DIR/records.jsonl" --controls "$DIR/controls.jsonl" "$@"
