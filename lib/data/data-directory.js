// @ts-check
// Plain JS so that the front server (server/*.mjs) and the loaders share one rule for where the data is.
const { resolve } = require('node:path');

/**
 * The data folder: data/ under the project, unless PARLEY_DATA_DIR names another (an empty value is no choice).
 * @param {string} cwd the project folder
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
function dataDirectory(cwd, env) {
  return resolve(cwd, env.PARLEY_DATA_DIR || 'data');
}

module.exports = { dataDirectory };
