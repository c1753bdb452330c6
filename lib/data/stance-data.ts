import 'server-only';
import { type StanceData, toStanceData } from '../stances/stance-data';
import { getDataset } from './index';

let cached: StanceData | undefined;

/** The stance views' data, resolved once per process: the dataset does not change between deploys. */
export function getStanceData(): StanceData {
  cached ??= toStanceData(getDataset());
  return cached;
}
