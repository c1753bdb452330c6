import type { DashboardContext } from '../view/dashboard';
import type { StanceData } from './stance-data';

/** What the dashboard's URL parser needs to know of the data: the ids it may accept and the date range. */
export function dashboardContext(data: StanceData): DashboardContext {
  return {
    partyIds: data.parties.map((p) => p.id),
    issueIds: data.issues.map((i) => i.id),
    dateRange: data.dateRange,
  };
}
