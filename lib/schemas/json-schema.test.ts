import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from './json-schema';

describe('the committed JSON Schemas', () => {
  it.each(renderJsonSchemas())('data/schemas/$name.schema.json matches the zod schema', ({ name, text }) => {
    const committed = readFileSync(join(process.cwd(), 'data', 'schemas', `${name}.schema.json`), 'utf8');
    expect(committed, 'run `npm run data:schemas` and commit the result').toBe(text);
  });

  it('rejects extra keys, so a typo in a field name is caught while typing', () => {
    const issues = renderJsonSchemas().find((s) => s.name === 'issues');
    expect(JSON.parse(issues?.text ?? '{}').items.additionalProperties).toBe(false);
  });
});
