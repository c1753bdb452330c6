import { z } from 'zod';
import { jsonFileSchemas } from './files';

/** The JSON Schema text for each data file, generated from the zod schemas so the two cannot drift. */
export function renderJsonSchemas(): { name: string; files: readonly string[]; text: string }[] {
  return jsonFileSchemas.map(({ name, files, schema }) => ({
    name,
    files,
    text: `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`,
  }));
}
