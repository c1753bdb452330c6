// The closed sets of the data and the views, as plain tuples: schemas build z.enum from them, and URL parsers and
// client code import them without pulling zod into the browser.

/** One ordinal scale for every issue, from −2 to +2. "No stated position" is the absence of a position. */
export const stances = ['strongly-opposes', 'opposes', 'mixed', 'supports', 'strongly-supports'] as const;
export type Stance = (typeof stances)[number];

/** How a stance is known. */
export const bases = ['stated', 'reported', 'inferred'] as const;
export type Basis = (typeof bases)[number];

/**
 * How a piece of evidence holds words: the speaker's own, a report of what the speaker said, or the outlet's own
 * context to the remark (what the thing the speaker spoke of is), which is nobody's statement.
 */
export const quoteKinds = ['verbatim', 'paraphrase', 'context'] as const;
export type QuoteKind = (typeof quoteKinds)[number];

/** What a monthly territory figure counts: ground taken (gross) or taken minus lost (net, may be negative). */
export const monthlyMeasures = ['gross', 'net'] as const;
export type MonthlyMeasure = (typeof monthlyMeasures)[number];

export const areaUnits = ['km2', 'sqmi'] as const;
export type AreaUnit = (typeof areaUnits)[number];
