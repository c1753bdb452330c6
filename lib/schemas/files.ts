import { aliasesSchema } from './aliases';
import { caseSchema } from './case';
import { codebookFileSchema } from './codebook';
import { correctionsFileSchema } from './corrections';
import { eventsFileSchema } from './event';
import { issuesFileSchema } from './issue';
import { partiesFileSchema } from './party';
import { positionsFileSchema } from './position';
import { setAsideFileSchema } from './set-aside';
import { sourcesFileSchema } from './source';
import { monthlyFiguresFileSchema } from './territory';

/** Each JSON data file's schema, with the files it governs (globs relative to data/). */
export const jsonFileSchemas = [
  { name: 'case', files: ['case.json'], schema: caseSchema },
  { name: 'codebook', files: ['codebook.json'], schema: codebookFileSchema },
  { name: 'sources', files: ['sources/*.json'], schema: sourcesFileSchema },
  { name: 'parties', files: ['parties.json'], schema: partiesFileSchema },
  { name: 'issues', files: ['issues.json'], schema: issuesFileSchema },
  { name: 'positions', files: ['positions.json'], schema: positionsFileSchema },
  { name: 'set-aside', files: ['set-aside.json'], schema: setAsideFileSchema },
  { name: 'events', files: ['events.json'], schema: eventsFileSchema },
  { name: 'monthly-figures', files: ['territory/monthly-figures.json'], schema: monthlyFiguresFileSchema },
  { name: 'aliases', files: ['aliases.json'], schema: aliasesSchema },
  { name: 'corrections', files: ['corrections.json'], schema: correctionsFileSchema },
] as const;
