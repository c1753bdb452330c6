import type {
  Issue,
  MonthlyFigure,
  MonthlySeries,
  NegotiationEvent,
  Party,
  Position,
  Source,
  Speaker,
} from '../schemas';
import type { DailySeries } from './parse-daily-csv';

/** Everything in data/, parsed and cross-checked. */
export type Dataset = {
  sources: Source[];
  parties: Party[];
  issues: Issue[];
  positions: Position[];
  events: NegotiationEvent[];
  territory: {
    series: MonthlySeries[];
    figures: MonthlyFigure[];
    daily: DailySeries;
  };
  /** Things the loader did by a stated rule that a reader should know about, such as dropped duplicate rows. */
  notices: string[];
};

export type SpeakerWithParty = Speaker & { party: string };

/** Where each kind of data lives, relative to the data folder. */
export const dataFiles = {
  sourcesDir: 'sources',
  parties: 'parties.json',
  issues: 'issues.json',
  positions: 'positions.json',
  events: 'events.json',
  monthly: 'territory/monthly-figures.json',
  daily: 'territory/economist_isw_area_assessed_as_controlled_by_russia.csv',
} as const;
