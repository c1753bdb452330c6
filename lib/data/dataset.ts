import type {
  Case,
  CodebookRule,
  Issue,
  MonthlyFigure,
  MonthlySeries,
  NegotiationEvent,
  Party,
  Position,
  SetAside,
  Source,
} from '../schemas';
import type { DailySeries } from './parse-daily-csv';

/** Everything in data/, parsed and cross-checked. */
export type Dataset = {
  case: Case;
  codebook: CodebookRule[];
  sources: Source[];
  parties: Party[];
  issues: Issue[];
  positions: Position[];
  /** Reports a coder read and did not code as a stance, with the reason. */
  setAside: SetAside[];
  events: NegotiationEvent[];
  territory: {
    series: MonthlySeries[];
    figures: MonthlyFigure[];
    /** Absent when the case has no daily series. */
    daily: DailySeries | undefined;
  };
  /** Things the loader did by a stated rule that a reader should know about, such as dropped duplicate rows. */
  notices: string[];
};

/** Where each kind of data lives, relative to the data folder. The daily CSV's path is named in the case file. */
export const dataFiles = {
  case: 'case.json',
  codebook: 'codebook.json',
  sourcesDir: 'sources',
  parties: 'parties.json',
  issues: 'issues.json',
  positions: 'positions.json',
  setAside: 'set-aside.json',
  events: 'events.json',
  monthly: 'territory/monthly-figures.json',
  aliases: 'aliases.json',
  corrections: 'corrections.json',
  /** Where `data:import` appends the sources it creates. */
  importedSources: 'sources/stances.json',
} as const;
