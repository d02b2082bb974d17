// Writes the JSON Schema (2020-12) of every document kind into json-schema/ after the build,
// so that the files ship in the package and non-TypeScript systems can use them.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { allJsonSchemas } from '../dist/index.js';

const out = new URL('../json-schema/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const schemas = allJsonSchemas();
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`${name}.schema.json`, out), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`json-schema: wrote ${Object.keys(schemas).length} schemas`);
