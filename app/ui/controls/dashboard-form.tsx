'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Preset } from '@/lib/schemas/case';
import { type DashboardContext, type DashboardView, serializeDashboardView } from '@/lib/view/dashboard';
import { viewPaths } from '@/lib/view/paths';
import { type LinkProps, useViewControls } from './use-view-controls';

export type DashboardOptions = {
  parties: { id: string; shortName: string; name: string }[];
  issues: { id: string; title: string; proposition: string }[];
  presets: { parties: Preset[]; issues: Preset[] };
  events: { date: string; title: string }[];
};

type DashboardFormState = DashboardOptions & {
  ctx: DashboardContext;
  /** The view the controls show: the URL's, or the one just asked for while the server renders it. */
  shown: DashboardView;
  set: (patch: Partial<DashboardView>, options?: { replace?: boolean }) => void;
  link: (patch: Partial<DashboardView>) => LinkProps;
};

const DashboardFormContext = createContext<DashboardFormState | null>(null);

export function useDashboardForm(): DashboardFormState {
  const state = useContext(DashboardFormContext);
  if (!state) throw new Error('useDashboardForm must be used inside <DashboardForm>');
  return state;
}

export type DashboardFormProps = DashboardOptions & {
  view: DashboardView;
  ctx: DashboardContext;
  children: ReactNode;
};

/**
 * The dashboard's controls are one GET form whose fields are the URL's parameters, spread over the toolbar and
 * the settings panel: without JavaScript it is submitted with "Apply"; with it, every change navigates at once
 * and every control shows the new state before the server has answered.
 */
export function DashboardForm({ view, ctx, children, ...options }: DashboardFormProps) {
  const { shown, go, linkProps } = useViewControls(view, viewPaths.dashboard, (v) =>
    serializeDashboardView({ ...v, cell: null }, ctx),
  );
  const state: DashboardFormState = {
    ...options,
    ctx,
    shown,
    set: (patch, opts) => go({ ...shown, ...patch }, opts),
    link: (patch) => linkProps({ ...shown, ...patch }),
  };
  return (
    <DashboardFormContext.Provider value={state}>
      <form method="get" action="/" onSubmit={(event) => event.preventDefault()}>
        {children}
      </form>
    </DashboardFormContext.Provider>
  );
}
