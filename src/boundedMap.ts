/**
 * A memo that never holds more than `limit` entries: when full, the oldest quarter (in insertion
 * order) is dropped. A long-running bot then keeps a bounded amount of memory, and the entries of
 * the last questions survive (clearing the whole memo would make the next question rebuild what
 * the one before had just made).
 * @example
 * const memo = new BoundedMap<string, number>(4);
 * for (const k of ['a', 'b', 'c', 'd', 'e']) memo.set(k, 1);
 * [...memo.keys()] // ['b', 'c', 'd', 'e']
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) {
      let drop = Math.max(1, Math.floor(this.limit / 4));
      for (const oldest of this.keys()) {
        if (drop-- === 0) break;
        this.delete(oldest);
      }
    }
    return super.set(key, value);
  }
}
