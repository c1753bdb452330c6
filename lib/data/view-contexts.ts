import 'server-only';
import { dashboardContext } from '../stances/dashboard-context';
import type { ViewContexts } from '../view/canonical';
import { getStanceData } from './stance-data';
import { getTerritoryData } from './territory-data';

/** What every view's URL parser needs to know of the data, read once per process. */
export function getViewContexts(): ViewContexts {
  return {
    dashboard: dashboardContext(getStanceData()),
    territory: { dateRange: getTerritoryData().dateRange },
  };
}
