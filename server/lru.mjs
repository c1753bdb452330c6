// @ts-check

/**
 * A least-recently-used map bounded by bytes rather than entries: responses differ in size by a thousandfold (a
 * redirect, a page of the dashboard), so a count would bound nothing. The caller states each value's size.
 * A Map keeps insertion order, so re-inserting on every hit keeps the least recently used entry first.
 *
 * @template V
 */
export class ByteLru {
  /** @type {Map<string, { value: V, bytes: number }>} */
  #entries = new Map();
  #bytes = 0;
  #maxBytes;
  #maxEntryBytes;

  /**
   * @param {number} maxBytes what all entries together may hold, keys included
   * @param {number} [maxEntryBytes] the largest single entry stored; larger ones are refused, so that one huge
   *   response cannot flush everything else (default: an eighth of the whole)
   */
  constructor(maxBytes, maxEntryBytes = Math.floor(maxBytes / 8)) {
    if (!(maxBytes >= 0)) throw new RangeError('maxBytes must be a number ≥ 0');
    this.#maxBytes = maxBytes;
    this.#maxEntryBytes = Math.min(maxEntryBytes, maxBytes);
  }

  /** @param {string} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /**
   * Stores a value as the most recently used, evicting the least recently used until everything fits.
   * @param {string} key
   * @param {V} value
   * @param {number} valueBytes the value's size; the key's own size (UTF-16, 2 bytes a unit) is added
   * @returns {boolean} whether it was stored
   */
  set(key, value, valueBytes) {
    this.delete(key);
    const bytes = valueBytes + key.length * 2;
    if (bytes > this.#maxEntryBytes) return false;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
    return true;
  }

  /** Keys from least to most recently used. */
  keys() {
    return [...this.#entries.keys()];
  }

  get size() {
    return this.#entries.size;
  }

  get bytes() {
    return this.#bytes;
  }
}
