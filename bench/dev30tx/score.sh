#!/bin/sh
# usage: score.sh BIN [--verbose]   (dev30tx speaker check, scored by bench/dev29tx/score.py)
[ -n "$1" ] || { echo "usage: $0 BIN [--verbose]" >&2; exit 2; }
DIR=$(cd "$(dirname "$0")" && pwd)
BIN=$1; shift
exec python3 "$DIR/../dev29tx/score.py" --dir "$DIR" --bin "$BIN" "$@"
