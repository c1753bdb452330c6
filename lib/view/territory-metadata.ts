import type { Metadata } from 'next';
import { headlineFigures } from '../territory/headline';
import type { TerritoryData } from '../territory/territory-data';
import type { RawParams } from './params';
import { previewMetadata } from './preview-metadata';
import { parseTerritoryView, serializeTerritoryView } from './territory';

/** The territory link's preview leads with the headline month's figures, in the unit the link asks for. */
export function territoryMetadata(raw: RawParams, data: TerritoryData, path = '/territory'): Metadata {
  const ctx = { dateRange: data.dateRange };
  const { view } = parseTerritoryView(raw, ctx);
  const { month, figures } = headlineFigures(data, view.unit);
  const [lead, ...others] = figures;
  const range =
    view.from || view.to
      ? ` Daily series ${view.from ?? 'from the start'} to ${view.to ?? 'the latest day'}.`
      : '';
  return previewMetadata({
    title: `Territory: ${lead ? `${lead.value} in ${month}, per ${lead.label}` : month}`,
    description: `${[lead, ...others].flatMap((f) => (f ? [`${f.label}: ${f.value} (${f.note})`] : [])).join('. ')}.${range}`,
    path,
    canonicalPath: '/territory',
    image: '/og/territory',
    query: serializeTerritoryView(view, ctx, { canonical: true }),
  });
}
