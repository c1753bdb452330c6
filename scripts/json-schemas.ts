// `npm run data:schemas`: writes data/schemas/*.schema.json and the editor mapping that validates data/ as you type.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJsonSchemas } from '../lib/schemas/json-schema';

const schemas = renderJsonSchemas();
mkdirSync(join('data', 'schemas'), { recursive: true });
for (const { name, text } of schemas) writeFileSync(join('data', 'schemas', `${name}.schema.json`), text);

mkdirSync('.vscode', { recursive: true });
const settings = {
  'json.schemas': schemas.map(({ name, files }) => ({
    fileMatch: files.map((f) => `/data/${f}`),
    url: `./data/schemas/${name}.schema.json`,
  })),
};
writeFileSync(join('.vscode', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
console.log(`data:schemas wrote ${schemas.length} JSON Schemas to data/schemas/`);
