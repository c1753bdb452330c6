import { absoluteUrl } from '@/app/views/site';
import { territoryFor } from '@/app/views/territory';
import { toCsv } from '@/lib/format/csv';
import { dailyDownload, monthlyDownload, territoryJson } from '@/lib/territory/downloads';
import { downloadFiles, viewPaths } from '@/lib/view/paths';
import { fileResponse } from './file-response';

type Format = 'monthly-csv' | 'daily-csv' | 'json';

/** The territory view's data as a file: built from the same model as the page, for the same URL. */
function territoryDownload(params: URLSearchParams, format: Format): Response {
  const territory = territoryFor(params);
  if (!territory)
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  const { model, shareQuery } = territory;
  if (format === 'json') {
    const body = territoryJson(model, absoluteUrl(`${viewPaths.territory}${shareQuery}`));
    return fileResponse(`${JSON.stringify(body, null, 2)}\n`, 'parley-territory.json', 'application/json');
  }
  const table = format === 'monthly-csv' ? monthlyDownload(model) : dailyDownload(model);
  const name = format === 'monthly-csv' ? 'parley-territory-monthly.csv' : 'parley-territory-daily.csv';
  return fileResponse(toCsv(table.header, table.rows), name, 'text/csv');
}

/** The territory files, by the name the download route serves them under. */
export const territoryDownloads: Record<string, (params: URLSearchParams) => Response> = {
  [downloadFiles.territoryMonthlyCsv]: (p) => territoryDownload(p, 'monthly-csv'),
  [downloadFiles.territoryDailyCsv]: (p) => territoryDownload(p, 'daily-csv'),
  [downloadFiles.territoryJson]: (p) => territoryDownload(p, 'json'),
};
