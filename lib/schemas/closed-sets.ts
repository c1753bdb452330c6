// The closed sets of the data, as plain tuples: schemas build z.enum from them, and client code can import them
// without pulling zod into the browser.

/** One ordinal scale for every issue, from −2 to +2. "No stated position" is the absence of a position. */
export const stances = ['strongly-opposes', 'opposes', 'mixed', 'supports', 'strongly-supports'] as const;
export type Stance = (typeof stances)[number];

/** How a stance is known. */
export const bases = ['stated', 'reported', 'inferred'] as const;
export type Basis = (typeof bases)[number];

export const quoteKinds = ['verbatim', 'paraphrase'] as const;
export type QuoteKind = (typeof quoteKinds)[number];
