// `npm run data:check`: the same parse and cross-checks the server runs, from the command line.
import { join } from 'node:path';
import { buildDataset } from '../lib/data/build-dataset';
import { formatProblem } from '../lib/data/problems';
import { dataDirLabel, readDataFiles } from '../lib/data/read-files';

const dataDir = process.argv[2] ?? join(process.cwd(), 'data');
const parsed = buildDataset(readDataFiles(dataDir), dataDirLabel(dataDir));

if (!parsed.ok) {
  console.error(`data:check failed with ${parsed.problems.length} problem(s):`);
  for (const problem of parsed.problems) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(1);
}

const d = parsed.value;
console.log(
  `data:check ok: ${d.sources.length} sources, ${d.parties.length} parties, ${d.issues.length} issues, ` +
    `${d.positions.length} positions, ${d.setAside.length} reports set aside, ${d.events.length} events, ${d.territory.figures.length} monthly figures, ` +
    `${d.territory.daily?.rows.length ?? 0} daily rows`,
);
for (const notice of d.notices) console.log(`  note: ${notice}`);
