import 'server-only';
import { type TerritoryData, toTerritoryData } from '../territory/territory-data';
import { getDataset } from './index';

let cached: TerritoryData | undefined;

/** The territory views' data, shaped once per process. */
export function getTerritoryData(): TerritoryData {
  cached ??= toTerritoryData(getDataset());
  return cached;
}
