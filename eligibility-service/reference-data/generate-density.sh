#!/usr/bin/env bash
# Regenerates src/main/resources/reference/grille-densite-hauts-de-france.json, the rural reference
# (INSEE grille communale de densité, 7 levels), from a copy of data.gouv.fr's "Communes et villes de
# France" CSV (the columns code_insee, reg_code and grille_densite). Needs Node.js (not needed to build
# or run ACTE).
#   eligibility-service/reference-data/generate-density.sh <communes-france-YYYY.csv> [source address]
set -euo pipefail
csv=${1:?give the communes CSV (communes-france-YYYY.csv from data.gouv.fr)}
source=${2:-$csv}
here=$(cd "$(dirname "$0")" && pwd)
node "$here/generate-density.mjs" "$csv" "$source" \
  > "$here/../src/main/resources/reference/grille-densite-hauts-de-france.json"
echo "Wrote src/main/resources/reference/grille-densite-hauts-de-france.json from $source"
