#!/usr/bin/env bash
# Refreshes the embedded GraphiQL assets from npm. Usage: ./update.sh [graphiql-version]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
graphiql="${1:-3.8.3}"
react=18.3.1
esbuild=0.25.12
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "graphiql@$graphiql" "react@$react" "react-dom@$react" >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
npm install --silent --no-save --prefix "$tmp/tools" "esbuild@$esbuild" >/dev/null
min() { "$tmp/tools/node_modules/.bin/esbuild" "$1" --minify --legal-comments=eof --log-level=error --outfile="$2"; }
min "graphiql-$graphiql/package/graphiql.min.js" "$here/graphiql.min.js"
min "graphiql-$graphiql/package/graphiql.min.css" "$here/graphiql.min.css"
cp "react-$react/package/umd/react.production.min.js" "$here/"
cp "react-dom-$react/package/umd/react-dom.production.min.js" "$here/"
cp "graphiql-$graphiql/package/LICENSE" "$here/LICENSE-graphiql.txt"
cp "react-$react/package/LICENSE" "$here/LICENSE-react.txt"
cp "react-dom-$react/package/LICENSE" "$here/LICENSE-react-dom.txt"
echo "graphiql $graphiql, react $react: assets updated in $here"
