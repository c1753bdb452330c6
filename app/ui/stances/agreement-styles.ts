import type { AgreementLevel } from '@/lib/stances/compare';

/** The symbol and border of each agreement level; the words come from describeComparison. */
export const agreementText: Record<AgreementLevel, { symbol: string; classes: string }> = {
  agree: {
    symbol: '✓',
    classes: 'border-(--stance-strongly-supports) text-slate-900 dark:text-white',
  },
  partly: { symbol: '≈', classes: 'border-slate-500 text-slate-900 dark:text-white' },
  diverge: {
    symbol: '✗',
    classes: 'border-(--stance-strongly-opposes) text-slate-900 dark:text-white',
  },
  unknown: {
    symbol: '?',
    classes: 'border-dashed border-slate-400 text-slate-700 dark:text-slate-300',
  },
};

/** Heatmap shades by score band, as complete class strings; the number is always printed too. */
export function agreementShade(score: number | null): string {
  if (score === null) return 'bg-transparent';
  if (score >= 80) return 'bg-blue-200 dark:bg-blue-900';
  if (score >= 60) return 'bg-blue-100 dark:bg-blue-950';
  if (score >= 40) return 'bg-slate-100 dark:bg-slate-800';
  if (score >= 20) return 'bg-orange-100 dark:bg-orange-950';
  return 'bg-orange-200 dark:bg-orange-900';
}
