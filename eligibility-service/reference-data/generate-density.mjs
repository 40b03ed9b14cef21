// Builds the rural reference of Hauts-de-France from INSEE's grille communale de densité (7 levels),
// as published per commune in data.gouv.fr's "Communes et villes de France" CSV (Licence Ouverte 2.0):
// one level per commune code; levels 5, 6 and 7 are rural (ACTE.md, "Reference data for the 60 % rate").
// Usage: node generate-density.mjs <communes CSV> <source address> > grille-densite-hauts-de-france.json
import {readFileSync} from 'node:fs';

const [csvPath, source] = process.argv.slice(2);
if (!csvPath || !source) {
  console.error('usage: node generate-density.mjs <communes CSV> <source address>');
  process.exit(2);
}

// RFC 4180 fields: quoted fields may hold commas and doubled quotes.
function parse(line) {
  const fields = [];
  let field = '', quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

const DEPARTEMENTS = ['02', '59', '60', '62', '80'];
const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter(l => l.length > 0);
const header = parse(lines[0]);
const codeAt = header.indexOf('code_insee');
const levelAt = header.indexOf('grille_densite');
const regionAt = header.indexOf('reg_code');
if (codeAt < 0 || levelAt < 0) {
  console.error('the CSV needs the columns code_insee and grille_densite');
  process.exit(2);
}
const communes = {};
for (const line of lines.slice(1)) {
  const row = parse(line);
  const code = row[codeAt].padStart(5, '0');
  const inRegion = regionAt >= 0 ? String(Number(row[regionAt])) === '32' : DEPARTEMENTS.includes(code.slice(0, 2));
  const level = Number(row[levelAt]);
  if (inRegion && level >= 1 && level <= 7) communes[code] = level;
}

const provenance = {
  dataset: 'Communes et villes de France (communes-france-2025.csv), colonnes code_insee, reg_code, grille_densite',
  publisher: "data.gouv.fr, d'après l'INSEE : grille communale de densité à 7 niveaux (millésime 2025)",
  licence: 'Licence Ouverte / Open Licence 2.0',
  copy: source,
  generatedOn: new Date().toISOString().slice(0, 10),
  command: 'eligibility-service/reference-data/generate-density.sh <communes CSV> <source address>'
};
const labels = {
  1: 'Grands centres urbains', 2: 'Centres urbains intermédiaires', 3: 'Petites villes', 4: 'Ceintures urbaines',
  5: 'Bourgs ruraux', 6: 'Rural à habitat dispersé', 7: 'Rural à habitat très dispersé'
};
// One commune per line: a review shows which commune changed level.
const out = [
  '{"provenance":' + JSON.stringify(provenance) + ',',
  '"labels":' + JSON.stringify(labels) + ',',
  '"rural":[5,6,7],',
  '"communes":{',
  Object.keys(communes).sort().map(c => `"${c}":${communes[c]}`).join(',\n'),
  '}}'
];
process.stdout.write(out.join('\n') + '\n');
