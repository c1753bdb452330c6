import 'server-only';
import { type TerritoryData, toTerritoryData } from '../territory/territory-data';
import { getDataset } from './index';

let cached: TerritoryData | undefined;

/** The territory views' data, shaped once per process. */
export function getTerritoryData(): TerritoryData {
  cached ??= toTerritoryData(withDaily(getDataset()));
  return cached;
}

function withDaily(dataset: ReturnType<typeof getDataset>) {
  return {
    ...dataset,
    territory: { ...dataset.territory, daily: dataset.territory.daily ?? { rows: [], duplicates: [] } },
  };
}
