#!/usr/bin/env bash
# Refreshes the embedded Cytoscape.js from npm. Usage: ./update.sh [cytoscape-version]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${1:-3.35.0}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent "cytoscape@$version" >/dev/null
tar xzf "cytoscape-$version.tgz"
cp package/dist/cytoscape.min.js "$here/cytoscape.min.js"
cp package/LICENSE "$here/LICENSE-cytoscape.txt"
echo "cytoscape $version: assets updated in $here (update the version in README.md and explorer.go)"
