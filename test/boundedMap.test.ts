import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../src/boundedMap.ts';

describe('BoundedMap', () => {
  it('drops the oldest quarter when full, keeping the newest entries', () => {
    const memo = new BoundedMap<number, string>(8);
    for (let k = 0; k < 9; k++) memo.set(k, String(k));
    expect([...memo.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(memo.get(8)).toBe('8');
  });
  it('never holds more than its limit', () => {
    const memo = new BoundedMap<number, number>(5);
    for (let k = 0; k < 1000; k++) {
      memo.set(k, k);
      expect(memo.size).toBeLessThanOrEqual(5);
    }
    expect(memo.get(999)).toBe(999);
  });
  it('replaces a value in place without dropping anything', () => {
    const memo = new BoundedMap<string, number>(2);
    memo.set('a', 1).set('b', 2).set('a', 3);
    expect([...memo]).toEqual([['a', 3], ['b', 2]]);
  });
});
