import { type PairAgreement, pairAgreement } from './compare';
import type { MatrixModel } from './matrix-model';
import { cellKey } from './position-at';
import type { PartyRef } from './stance-data';

export type AgreementRow = { party: PartyRef; pairs: { other: PartyRef; agreement: PairAgreement }[] };

/** How closely each shown party agrees with each other one, over the shown issues. */
export function buildAgreement(model: Pick<MatrixModel, 'parties' | 'issues' | 'cells'>): AgreementRow[] {
  const stanceOf = (party: string, issue: string) => model.cells.get(cellKey(party, issue))?.position?.stance;
  return model.parties.map((party) => ({
    party,
    pairs: model.parties.map((other) => ({
      other,
      agreement: pairAgreement(
        model.issues.map((issue) => [stanceOf(party.id, issue.id), stanceOf(other.id, issue.id)]),
      ),
    })),
  }));
}
