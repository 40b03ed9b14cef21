// Validates a CSV file against a Frictionless Table Schema with the reference library, then runs the
// schema's declared custom checks. Prints one JSON object: {"rows": n, "errors": ["…", …]}.
// Usage: node validate.js schema.json file.csv
const { Schema, Table } = require('tableschema');

const SIRET_CHECK = 'french-siret-value';
const ONE_OF_REQUIRED = 'one-of-required';

function luhn(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// La Poste's establishments (SIREN 356000000) follow their own rule.
function validSiret(value) {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith('356000000')) return [...value].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  return luhn(value);
}

(async () => {
  const [schemaPath, csvPath] = process.argv.slice(2);
  const schema = await Schema.load(schemaPath, { strict: true });
  const table = await Table.load(csvPath, { schema: schema.descriptor, headers: 1 });
  const errors = [];
  const rows = await table.read({ cast: false });
  const expected = schema.fieldNames;
  if (JSON.stringify(table.headers) !== JSON.stringify(expected)) {
    errors.push(`en-tête ${JSON.stringify(table.headers)} au lieu de ${JSON.stringify(expected)}`);
  }
  const checks = schema.descriptor.custom_checks || [];
  rows.forEach((row, index) => {
    const line = index + 2;
    try {
      schema.castRow(row, { failFast: false });
    } catch (error) {
      (error.errors || [error]).forEach((e) => errors.push(`ligne ${line} : ${e.message}`));
    }
    const cell = (name) => row[expected.indexOf(name)] || '';
    checks.forEach((check) => {
      if (check.name === SIRET_CHECK && cell(check.params.column) && !validSiret(cell(check.params.column))) {
        errors.push(`ligne ${line} : ${check.params.column} « ${cell(check.params.column)} » n'est pas un SIRET valide`);
      } else if (check.name === ONE_OF_REQUIRED && !cell(check.params.column1) && !cell(check.params.column2)) {
        errors.push(`ligne ${line} : ni ${check.params.column1} ni ${check.params.column2}`);
      }
    });
    const unknown = checks.filter((c) => c.name !== SIRET_CHECK && c.name !== ONE_OF_REQUIRED);
    if (index === 0 && unknown.length > 0) {
      errors.push(`contrôles du schéma non appliqués : ${unknown.map((c) => c.name).join(', ')}`);
    }
  });
  console.log(JSON.stringify({ rows: rows.length, errors }));
})().catch((error) => {
  console.log(JSON.stringify({ rows: 0, errors: [`validation impossible : ${error.message}`] }));
  process.exit(2);
});
