'use client';

import { createContext, type ReactNode, useContext } from 'react';
import { viewPaths } from '@/lib/view/paths';
import { serializeTerritoryView, type TerritoryContext, type TerritoryView } from '@/lib/view/territory';
import { type LinkProps, useViewControls } from '../controls/use-view-controls';

type TerritoryFormState = {
  ctx: TerritoryContext;
  /** The view the controls show: the URL's, or the one just asked for while the server renders it. */
  shown: TerritoryView;
  set: (patch: Partial<TerritoryView>) => void;
  link: (patch: Partial<TerritoryView>) => LinkProps;
};

const TerritoryFormContext = createContext<TerritoryFormState | null>(null);

export function useTerritoryForm(): TerritoryFormState {
  const state = useContext(TerritoryFormContext);
  if (!state) throw new Error('useTerritoryForm must be used inside <TerritoryForm>');
  return state;
}

export type TerritoryFormProps = { view: TerritoryView; ctx: TerritoryContext; children: ReactNode };

/**
 * The territory page's controls are one GET form whose fields are the URL's parameters, spread over the page (unit
 * and display at the top, the month by its panel, the series as the monthly chart's legend, the range by the daily
 * chart). They share one view, so a change made while the server renders the last one keeps that one too. Without
 * JavaScript the form is submitted whole; with it, every change navigates at once.
 */
export function TerritoryForm({ view, ctx, children }: TerritoryFormProps) {
  const { shown, go, linkProps } = useViewControls(view, viewPaths.territory, (v) =>
    serializeTerritoryView(v, ctx),
  );
  const state: TerritoryFormState = {
    ctx,
    shown,
    set: (patch) => go({ ...shown, ...patch }),
    link: (patch) => linkProps({ ...shown, ...patch }),
  };
  return (
    <TerritoryFormContext.Provider value={state}>
      <form method="get" action={viewPaths.territory} onSubmit={(event) => event.preventDefault()}>
        {children}
      </form>
    </TerritoryFormContext.Provider>
  );
}
