import { formatDate } from '../format/date';
import { plural } from '../format/plural';
import type { CellEvidence } from './cell-evidence';
import type { ChangesModel } from './changes';
import type { MatrixModel } from './matrix-model';
import { noPositionLabel, stanceLabel } from './scale';
import type { StanceData } from './stance-data';

export type ViewDescription = { title: string; description: string };

/** "A, B and C"; more than four names end in "and 3 more". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

type Described = {
  mode: 'matrix' | 'compare' | 'changes';
  model: MatrixModel;
  changes: ChangesModel | undefined;
  evidence: CellEvidence | undefined;
};

/**
 * Words for a view, for link previews, citations and embeds: what the link shows, not a generic blurb. Every
 * title says its date, since a shared link keeps showing that date's stances.
 */
export function describeView(
  data: StanceData,
  { mode, model, changes, evidence }: Described,
): ViewDescription {
  const asOf = `, as of ${formatDate(model.asOf)}`;
  if (evidence) {
    const stance = evidence.current ? stanceLabel[evidence.current.stance] : noPositionLabel;
    return {
      title: `${evidence.party.shortName} on ${evidence.issue.title}: ${stance}${asOf}`,
      description: evidence.current
        ? `${evidence.current.summary} Measured against: “${evidence.issue.proposition}”`
        : `${noPositionLabel} by ${formatDate(evidence.asOf)}. Measured against: “${evidence.issue.proposition}”`,
    };
  }
  if (model.parties.length === 0 || model.issues.length === 0) {
    // Issues chosen but all filtered out: say so, rather than that none were chosen.
    const filtered = model.parties.length > 0 && model.filter.terms.length > 0;
    const missing =
      model.parties.length === 0 ? 'No parties chosen' : filtered ? 'No issue matches' : 'No issues chosen';
    const what = filtered ? `${missing} “${model.filter.terms.join(' ')}”` : missing;
    return {
      title: `${data.case.title}: ${what.charAt(0).toLowerCase()}${what.slice(1)}${asOf}`,
      description: `${what} in this view of ${data.case.name}.`,
    };
  }
  const names = listNames(model.parties.map((p) => p.shortName));
  const issues = plural(model.issues.length, 'issue');
  if (mode === 'changes' && changes) {
    return {
      title: `How ${names} moved on ${issues}, ${formatDate(changes.from)} to ${formatDate(changes.to)}`,
      description: `${plural(changes.changes.length, 'stance')} changed, each with the evidence for both dates.`,
    };
  }
  if (mode === 'compare') {
    const counts = { agree: 0, partly: 0, diverge: 0, unknown: 0 };
    for (const c of model.comparisons.values()) counts[c.level] += 1;
    return {
      title: `${names} compared on ${issues}${asOf}`,
      description: `They agree on ${counts.agree}, partly agree on ${counts.partly} and diverge on ${plural(counts.diverge, 'issue')}; ${counts.unknown} cannot be compared. Every stance is quoted and sourced.`,
    };
  }
  return {
    title: `Where ${names} ${model.parties.length === 1 ? 'stands' : 'stand'} on ${issues}${asOf}`,
    description: `${data.case.title}: each stance with a dated quote, its speaker and its source.`,
  };
}
