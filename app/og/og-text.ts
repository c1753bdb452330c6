/** The size of every preview image, the one Open Graph and Twitter cards expect. */
export const ogSize = { width: 1200, height: 630 };
