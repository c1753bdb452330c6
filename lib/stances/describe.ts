import { plural } from '../format/plural';
import type { DashboardView } from '../view/dashboard';
import type { MatrixModel } from './matrix-model';
import { cellKey } from './position-at';
import { noPositionLabel, stanceLabel } from './scale';
import type { StanceData } from './stance-data';

export type ViewDescription = { title: string; description: string };

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Words for a view, for link previews, citations and embeds: what the link shows, not a generic blurb. */
export function describeDashboardView(
  data: StanceData,
  view: DashboardView,
  model: MatrixModel,
): ViewDescription {
  const asOf = view.asOf ? ` as of ${view.asOf}` : '';
  if (view.cell) {
    const cell = model.cells.get(cellKey(view.cell.party, view.cell.issue));
    const party = data.parties.find((p) => p.id === view.cell?.party);
    const issue = data.issues.find((i) => i.id === view.cell?.issue);
    const stance = cell?.position ? stanceLabel[cell.position.stance] : noPositionLabel;
    return {
      title: `${party?.shortName ?? ''} on ${issue?.title ?? ''}: ${stance}${asOf}`,
      description: cell?.position
        ? `${cell.position.summary} Backed by ${plural(cell.position.evidenceCount, 'piece')} of dated, sourced evidence.`
        : `No stated position in Parley's sources. ${issue?.proposition ?? ''}`,
    };
  }
  const names = model.parties.map((p) => p.shortName);
  const issues = model.issues.length;
  if (view.mode === 'changes') {
    const from = view.from ?? data.dateRange.min;
    const to = view.asOf ?? data.dateRange.max;
    return {
      title: `How ${listNames(names)} moved on ${plural(issues, 'issue')}, ${from} to ${to}`,
      description:
        'Which stances changed between two dates, from what to what, with the evidence for each side.',
    };
  }
  if (view.mode === 'compare') {
    const counts = { agree: 0, partly: 0, diverge: 0, unknown: 0 };
    for (const c of model.comparisons.values()) counts[c.level] += 1;
    return {
      title: `${listNames(names)} compared on ${plural(issues, 'issue')}${asOf}`,
      description: `They agree on ${counts.agree}, partly agree on ${counts.partly} and diverge on ${plural(counts.diverge, 'issue')}; ${counts.unknown} cannot be compared. Every stance is quoted and sourced.`,
    };
  }
  return {
    title: `Where ${listNames(names)} stand on ${plural(issues, 'issue')}${asOf}`,
    description: `The Russia–Ukraine talks of late 2025, issue by issue: each cell a stance with a dated quote, its speaker and its source.`,
  };
}
