/** Where each view, its embed, its preview image and its files live: one home for the site's paths. */
export const viewPaths = {
  dashboard: '/',
  territory: '/territory',
  methodology: '/methodology',
  sources: '/sources',
  embedStances: '/embed/stances',
  embedTerritory: '/embed/territory',
  previewStances: '/og/stances',
  previewTerritory: '/og/territory',
  feed: '/feed.xml',
} as const;

/** Sections of the methodology page that other pages link to. */
export const methodAnchors = { territory: 'territory-method' } as const;

export function methodPath(anchor: (typeof methodAnchors)[keyof typeof methodAnchors]): string {
  return `${viewPaths.methodology}#${anchor}`;
}

/** The files a view can be downloaded as, each read through its view's URL definition. */
export const downloadFiles = {
  stancesCsv: 'stances.csv',
  stancesJson: 'stances.json',
  territoryMonthlyCsv: 'territory-monthly.csv',
  territoryDailyCsv: 'territory-daily.csv',
  territoryJson: 'territory.json',
} as const;

export function downloadPath(file: (typeof downloadFiles)[keyof typeof downloadFiles]): string {
  return `/download/${file}`;
}

/** A party's own page: its stance on every issue. */
export function partyPath(id: string): string {
  return `/parties/${id}`;
}

/** An issue's own page: every party's stance on it. */
export function issuePath(id: string): string {
  return `/issues/${id}`;
}
