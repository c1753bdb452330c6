// `npm run data:import -- FILE.json [--data DIR]`: adds a gatherer's reports to data/ as drafts to be coded.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planImport } from '../lib/data/import/plan-import';
import { formatProblem } from '../lib/data/problems';
import { dataDirLabel, readDataFiles } from '../lib/data/read-files';

const args = process.argv.slice(2);
const dataFlag = args.indexOf('--data');
const dataDir = dataFlag >= 0 ? (args[dataFlag + 1] ?? '') : join(process.cwd(), 'data');
const reportsFile = args.find((arg, i) => !arg.startsWith('--') && (dataFlag < 0 || i !== dataFlag + 1));
if (!reportsFile || dataDir === '') {
  console.error('usage: npm run data:import -- FILE.json [--data DIR]');
  process.exit(2);
}

const label = dataDirLabel(dataDir);
const plan = planImport(readDataFiles(dataDir), readFileSync(reportsFile, 'utf8'), {
  data: label,
  reports: reportsFile,
});
if (!plan.ok) {
  console.error(`data:import stopped before writing anything: ${plan.problems.length} problem(s):`);
  for (const problem of plan.problems) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(2);
}

const { outcomes } = plan.value;
const skipped = outcomes.filter((o) => o.status === 'skipped');
const setAside = skipped.filter((o) => o.detail.startsWith('set aside'));
const present = skipped.filter((o) => !setAside.includes(o));
for (const { ref, status, detail } of outcomes) {
  if (status === 'imported') console.log(`  + ${ref}: ${detail}`);
  if (status === 'refused') console.error(`  ✗ ${ref} refused: ${detail}`);
}
if (present.length > 0) console.log(`  = already in ${label}: ${present.map((o) => o.ref).join(', ')}`);
if (setAside.length > 0)
  console.log(`  = read and set aside (set-aside.json): ${setAside.map((o) => o.ref).join(', ')}`);
// Each file is written whole and then renamed into place, so an interrupted import never leaves half a file.
for (const [path, text] of plan.value.files) {
  const target = join(dataDir, path);
  writeFileSync(`${target}.importing`, text);
  renameSync(`${target}.importing`, target);
}

const count = (status: (typeof outcomes)[number]['status']) =>
  outcomes.filter((o) => o.status === status).length;
const refused = count('refused');
console.log(
  `data:import: ${count('imported')} imported, ${count('skipped')} already in ${label}, ${refused} refused` +
    (plan.value.files.size > 0
      ? `; wrote ${[...plan.value.files.keys()].map((p) => label + p).join(', ')}`
      : '; nothing to write'),
);
if (count('imported') > 0)
  console.log('Next: code each draft (data/README.md, "The loop"), then npm run data:check.');
if (refused > 0) {
  console.error(
    `${refused} report(s) refused; nothing of them was written. Fix the names or aliases and import again.`,
  );
  process.exit(1);
}
