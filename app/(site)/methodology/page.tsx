import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { StanceBadge } from '@/app/ui/stances/stance-badge';
import { TerritoryMethodSection } from '@/app/ui/territory/territory-method';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { territoryMethod } from '@/app/views/territory';
import { getDataset } from '@/lib/data';
import { stances } from '@/lib/schemas/closed-sets';
import { maxDistance } from '@/lib/stances/compare';
import { ruleTextParts } from '@/lib/stances/rule-refs';
import { basisLabel, noPositionLabel, stanceScore } from '@/lib/stances/scale';
import { ignoredParams } from '@/lib/view/params';

// The codebook is data: render it from the running server's data, like every other page.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Methodology',
  description:
    'How Parley codes stances, how each stance is known, how agreement between parties is scored, and how the territory figures are kept, converted and compared.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MethodologyPage({ searchParams }: Props) {
  const { codebook, issues } = getDataset();
  const titles = new Map(codebook.map((rule) => [rule.id, rule.title]));
  const example = issues[0];
  const territory = territoryMethod();
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Methodology</h1>
      <ViewNotices notices={ignoredParams(await searchParams)} />

      <section aria-labelledby="scale-heading" className="space-y-2">
        <h2 id="scale-heading" className="text-xl font-semibold">
          The stance scale
        </h2>
        <p>
          Every issue is a proposition{example ? `, such as “${example.proposition}”` : ''}. A stance says how
          far a party supports that sentence, on one five-step scale used for every issue:
        </p>
        <table className="border-collapse text-left text-sm">
          <caption className="sr-only">Stances and their values</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">
                Stance
              </th>
              <th scope="col" className="py-1">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {stances.map((stance) => (
              <tr key={stance}>
                <td className="py-1 pr-4">
                  <StanceBadge stance={stance} />
                </td>
                <td className="py-1">
                  {stanceScore[stance] > 0 ? `+${stanceScore[stance]}` : stanceScore[stance]}
                </td>
              </tr>
            ))}
            <tr>
              <td className="py-1 pr-4">
                <StanceBadge stance={undefined} />
              </td>
              <td className="py-1">none: left out of every score</td>
            </tr>
          </tbody>
        </table>
        <p>
          “Mixed or conditional” is a real stance: the party said something, and it was neither for nor
          against, or it tied its support to conditions. “{noPositionLabel}” means that none of the reports
          Parley has read states the party’s stance; it does not mean the party has no view, it is never
          filled in by guesswork, and it is drawn dashed and uncoloured so it cannot be mistaken for the
          middle.
        </p>
      </section>

      <section aria-labelledby="coding-heading" className="space-y-3">
        <h2 id="coding-heading" className="text-xl font-semibold">
          The codebook
        </h2>
        <p>
          Each position is one party, one issue and one date, with at least one dated piece of evidence: a
          verbatim quote, a reporter’s paraphrase, or an outlet’s own context to a remark (what the thing
          spoken of is, which is nobody’s statement), each marked as such. Every position names the rule below
          that decided its stance and says why in a sentence of its own, shown with its evidence. Where
          reports disagree, both are kept and the cell is marked “Reports conflict”; context that is not a
          disagreement is a note, and marks nothing.
        </p>
        <ol className="space-y-3">
          {codebook.map((rule) => (
            <li key={rule.id} id={`rule-${rule.id}`} className="scroll-mt-4">
              {/* The id is shown because rules refer to each other by it. */}
              <h3 className="font-semibold">
                {rule.title}{' '}
                <span className="text-sm font-normal text-slate-700 dark:text-slate-300">(‘{rule.id}’)</span>
              </h3>
              <p>
                {ruleTextParts(
                  rule.text,
                  codebook.map((r) => r.id),
                  rule.id,
                ).map((part) =>
                  'rule' in part ? (
                    <a key={part.at} href={`#rule-${part.rule}`} title={titles.get(part.rule)}>
                      ‘{part.rule}’
                    </a>
                  ) : (
                    <Fragment key={part.at}>{part.text}</Fragment>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="basis-heading" className="space-y-2">
        <h2 id="basis-heading" className="text-xl font-semibold">
          How each stance is known
        </h2>
        <dl className="space-y-1">
          <dt className="font-semibold">{basisLabel.stated}</dt>
          <dd>The party’s own words or documents: a statement, an interview, a draft it authored.</dd>
          <dt className="font-semibold">{basisLabel.reported}</dt>
          <dd>Others report the stance: a reporter’s paraphrase, or another party’s account of it.</dd>
          <dt className="font-semibold">{basisLabel.inferred}</dt>
          <dd>An action implies it: an agreement signed, a backstop refused, a vote.</dd>
        </dl>
      </section>

      <section aria-labelledby="dates-heading" className="space-y-2">
        <h2 id="dates-heading" className="text-xl font-semibold">
          Dates
        </h2>
        <p>
          A cell shows the latest position dated on or before the chosen date. When two positions share that
          date, the one recorded later in the data wins and the cell is marked as conflicting if they
          disagree.
        </p>
      </section>

      <section aria-labelledby="scoring-heading" className="space-y-2">
        <h2 id="scoring-heading" className="text-xl font-semibold">
          Comparing parties
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            On each issue, the distance is the gap between the two furthest-apart parties with a stated
            position, from 0 to {maxDistance} steps.
          </li>
          <li>
            <strong>Agree</strong>: all the same stance (0 steps). <strong>Partly agree</strong>: 1 step
            apart. <strong>Diverge</strong>: 2 steps or more. <strong>Cannot compare</strong>: fewer than two
            parties have a stated position. When some of the chosen parties have no statement, the comparison
            says how many are known (“Agree — 2 of 3 known”).
          </li>
          <li>
            Agreement between two parties is 100 % × (1 − mean distance ÷ {maxDistance}) over the issues both
            have stated a position on, and each score shows how many issues that is. No shared issue, no
            score.
          </li>
          <li>“Most divergent first” orders issues by that distance, then by how many parties are known.</li>
        </ul>
      </section>

      {territory && <TerritoryMethodSection method={territory} />}
      <p>
        Every source is listed, with its publisher, date and address, on the{' '}
        <Link href="/sources">sources page</Link>.
      </p>
    </article>
  );
}
