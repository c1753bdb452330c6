import 'server-only';
import { getDataset } from '@/lib/data';
import { stanceDataOf } from '@/lib/stances/stance-data';
import { territoryDataOf, territoryUrlContext } from '@/lib/territory/territory-data';
import type { ViewContexts } from '@/lib/view/canonical';
import { dashboardContext } from './dashboard';

/** What every view's URL parser needs to know of the data: for the proxy's canonical redirects. */
export function viewContexts(): ViewContexts {
  const dataset = getDataset();
  const territory = territoryDataOf(dataset);
  return {
    dashboard: dashboardContext(stanceDataOf(dataset)),
    territory: territory && territoryUrlContext(territory),
  };
}
