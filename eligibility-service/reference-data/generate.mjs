// Builds the compact reference file of Hauts-de-France's EPCI and communes from the data of
// @etalab/decoupage-administratif (INSEE's official geographic code, MIT licence).
// Usage: node generate.mjs <package data folder> <package version> > hauts-de-france.json
import {readFileSync} from 'node:fs';

const [dataDir, version] = process.argv.slice(2);
if (!dataDir || !version) {
  console.error('usage: node generate.mjs <data folder> <package version>');
  process.exit(2);
}
const read = name => JSON.parse(readFileSync(`${dataDir}/${name}.json`, 'utf8'));

const REGION = '32';
const communes = read('communes')
  .filter(c => c.region === REGION && c.type === 'commune-actuelle')
  .sort((a, b) => a.code.localeCompare(b.code));
const inRegion = new Set(communes.map(c => c.code));

// An EPCI is "of the region" when at least one of its member communes is: two EPCI straddle the
// border with Normandie and belong to both regions.
const epci = read('epci')
  .filter(e => e.membres.some(m => inRegion.has(m.code)))
  .sort((a, b) => a.code.localeCompare(b.code));

const epciOfCommune = new Map();
for (const e of epci) {
  for (const m of e.membres) epciOfCommune.set(m.code, e.code);
}

const output = {
  provenance: {
    package: '@etalab/decoupage-administratif',
    version,
    licence: 'MIT',
    source: 'INSEE, Code officiel géographique, via Etalab',
    generatedOn: new Date().toISOString().slice(0, 10),
    command: 'eligibility-service/reference-data/generate.sh'
  },
  region: {code: REGION, name: 'Hauts-de-France', departements: ['02', '59', '60', '62', '80']},
  epci: epci.map(e => ({
    siren: e.code,
    name: e.nom,
    type: e.type,
    taxRegime: e.modeFinancement,
    population: e.populationTotale,
    communes: e.membres.map(m => m.code).sort()
  })),
  communes: communes.map(c => ({
    code: c.code,
    name: c.nom,
    departement: c.departement,
    postcodes: c.codesPostaux ?? [],
    population: c.population ?? 0,
    epci: epciOfCommune.get(c.code) ?? null
  }))
};

// One entry per line: compact, yet a review shows which EPCI or commune changed.
const lines = [
  '{"provenance":' + JSON.stringify(output.provenance) + ',',
  '"region":' + JSON.stringify(output.region) + ',',
  '"epci":[',
  output.epci.map(e => JSON.stringify(e)).join(',\n'),
  '],',
  '"communes":[',
  output.communes.map(c => JSON.stringify(c)).join(',\n'),
  ']}'
];
process.stdout.write(lines.join('\n') + '\n');
