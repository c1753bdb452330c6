import * as z from 'zod/mini';
import { bases, quoteKinds, stances } from '../schemas/closed-sets';
import type { CellEvidence } from './cell-evidence';
import type { StatementCitation } from './citation';

// The evidence of one open cell as the server sends it to a page that opens a cell without rendering the page
// again (the `/evidence` route). The page checks it against this schema before it shows a word of it. zod's mini
// build: the page loads it when a reader first opens a cell, and the full build took 190 ms to start at 4× CPU.

const text = z.string();
const rule = z.optional(z.object({ id: text, title: text }));

const evidenceView = z.object({
  quote: text,
  quoteKind: z.enum(quoteKinds),
  date: text,
  note: z.optional(text),
  speaker: z.object({ name: text, role: text, party: text }),
  source: z.object({
    id: text,
    title: text,
    publisher: text,
    publishedOn: z.nullable(text),
    url: z.nullable(text),
    dateNote: z.optional(text),
    note: z.optional(text),
  }),
});

const positionView = z.object({
  id: text,
  party: text,
  issue: text,
  date: text,
  stance: z.enum(stances),
  basis: z.enum(bases),
  rule,
  rationale: text,
  summary: text,
  conflict: z.optional(text),
  evidence: z.array(evidenceView),
});

const setAsideView = z.extend(evidenceView, { id: text, party: text, issue: text, reason: text, rule });

const cellEvidence = z.object({
  party: z.object({ id: text, name: text, shortName: text }),
  issue: z.object({ id: text, title: text, proposition: text }),
  asOf: text,
  current: z.optional(positionView),
  conflicting: z.boolean(),
  history: z.array(positionView),
  later: z.number(),
  setAside: z.array(setAsideView),
}) satisfies z.ZodMiniType<CellEvidence>;

const citation = z.object({
  speaker: text,
  role: text,
  quote: text,
  quoteKind: z.enum(quoteKinds),
  date: text,
  source: z.object({ title: text, publisher: text, publishedOn: z.nullable(text), url: z.nullable(text) }),
  viewTitle: text,
  viewUrl: text,
}) satisfies z.ZodMiniType<StatementCitation>;

/** Everything the evidence dialog shows for one cell of one view. */
export const openCellSchema = z.object({
  /** The cell, as the URL writes it ("party:issue"). */
  cell: text,
  title: text,
  /** The view without the open cell. */
  closeHref: text,
  /** The same cell as of the latest evidence, when the view shows an earlier date. */
  latestHref: z.optional(text),
  /** The cell's own link, absolute: for "Copy link to this cell". */
  cellUrl: text,
  evidence: cellEvidence,
  citations: z.array(citation),
});
export type OpenCell = z.infer<typeof openCellSchema>;
