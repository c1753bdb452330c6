/** The product's name: the one word of the site's chrome that belongs to no case. */
export const siteName = 'Parley';
