'use client';

import { serializeTerritoryView, type TerritoryContext, type TerritoryView } from '@/lib/view/territory';
import { useViewControls } from '../controls/use-view-controls';
import { territoryPagePath } from './paths';

/** A territory control: answers at once (optimistic), and writes the URL, which the server renders. */
export function useTerritoryControls(view: TerritoryView, ctx: TerritoryContext) {
  return useViewControls(view, territoryPagePath, (v) => serializeTerritoryView(v, ctx));
}
