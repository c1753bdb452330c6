'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { TooltipContentProps } from 'recharts';

type RenderTooltip = (props: TooltipContentProps) => ReactNode;

const LatestTooltip = createContext<RenderTooltip>(() => null);

/** Provides a chart's latest tooltip to `ChartTooltip`, inside a chart that is not drawn again when it changes. */
export const TooltipRender = LatestTooltip.Provider;

/**
 * The tooltip content recharts is given: always this one component, so a unit switch leaves the chart's props as
 * they were, while the context brings it the latest words (also to a tooltip already on screen).
 */
export function ChartTooltip(props: TooltipContentProps) {
  return useContext(LatestTooltip)(props);
}
