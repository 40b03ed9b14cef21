#!/usr/bin/env bash
# Regenerates src/main/resources/reference/hauts-de-france.json from the npm package
# @etalab/decoupage-administratif. Needs Node.js and npm (not needed to build or run ACTE).
#   eligibility-service/reference-data/generate.sh [version]     (default 6.0.0)
set -euo pipefail
version=${1:-6.0.0}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null && tar xzf ./*.tgz)
node "$here/generate.mjs" "$work/package/data" "$version" > "$here/../src/main/resources/reference/hauts-de-france.json"
echo "Wrote src/main/resources/reference/hauts-de-france.json from @etalab/decoupage-administratif $version"
