/** Where the territory views live: the page, and the embed other sites frame. */
export const territoryPagePath = '/territory';
export const territoryEmbedPath = '/embed/territory';
