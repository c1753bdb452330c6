import type { Stance } from '@/lib/schemas/closed-sets';

/** Complete class strings, so Tailwind sees every one of them. Colour is never the only signal: see stanceSymbol. */
export const stanceClasses: Record<Stance, string> = {
  'strongly-opposes': 'bg-stance-strong-oppose text-white border-stance-strong-oppose',
  opposes: 'bg-stance-oppose text-black border-stance-oppose',
  mixed: 'bg-stance-mixed text-black border-stance-mixed',
  supports: 'bg-stance-support text-black border-stance-support',
  'strongly-supports': 'bg-stance-strong-support text-white border-stance-strong-support',
};

export const noPositionClasses =
  'border border-dashed border-slate-400 bg-transparent text-slate-600 italic dark:border-slate-500 dark:text-slate-400';
