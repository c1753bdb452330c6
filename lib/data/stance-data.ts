import 'server-only';
import { cellKey, historyByCell } from '../stances/position-at';
import { type PositionView, type StanceData, toStanceData, withoutEvidence } from '../stances/stance-data';
import { getDataset } from './index';

let full: StanceData<PositionView> | undefined;
let browser: StanceData | undefined;
let histories: Map<string, PositionView[]> | undefined;

/** The stance views' data with every piece of evidence, resolved once per process. */
export function getStanceData(): StanceData<PositionView> {
  full ??= toStanceData(getDataset());
  return full;
}

/** What the browser gets: positions without evidence, which it fetches per cell. */
export function getBrowserStanceData(): StanceData {
  browser ??= withoutEvidence(getStanceData());
  return browser;
}

/** Every cell's dated positions with their evidence, oldest first, grouped once per process. */
export function getHistories(): Map<string, PositionView[]> {
  histories ??= historyByCell(getStanceData().positions);
  return histories;
}

/** Every dated position of one cell, with its evidence, oldest first; undefined for an unknown party or issue. */
export function getCellHistory(party: string, issue: string): PositionView[] | undefined {
  const data = getStanceData();
  if (!data.parties.some((p) => p.id === party) || !data.issues.some((i) => i.id === issue)) return undefined;
  return getHistories().get(cellKey(party, issue)) ?? [];
}
