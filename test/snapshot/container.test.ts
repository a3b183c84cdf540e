import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteChunks, FileBytes, readContainer, type SectionData, sectionsOnDisk, writeContainer } from '../../src/snapshot/container.ts';
import { tempDir } from '../tempDirs.ts';

const records = ['{"a":1}', '{"b":"둘"}', '{"c":[3]}'].map((r) => Buffer.from(r, 'utf8'));

function written(): string {
  const file = join(tempDir('container-'), 'x.snap');
  writeContainer(
    file,
    { note: 'meta' },
    new Map<string, SectionData>([
      ['numbers', Uint32Array.of(1, 2, 3)],
      ['records', new ByteChunks(records)],
      ['small', Uint16Array.of(7, 8)],
    ]),
  );
  return file;
}

describe('snapshot container', () => {
  it('leaves the sections named on disk in the file and reads any range of them back', async () => {
    const read = await readContainer(written(), { onDisk: new Set(['records']) });
    if (!read.ok) throw new Error(read.error.message);
    const onDisk = read.value.sections.get('records');
    expect(onDisk).toBeInstanceOf(FileBytes);
    if (!(onDisk instanceof FileBytes)) return;
    const all = Buffer.concat(records);
    expect(onDisk.length).toBe(all.length);
    expect(Buffer.from(onDisk.read(0, onDisk.length)).equals(all)).toBe(true);
    const second = records[0]?.length ?? 0;
    expect(Buffer.from(onDisk.read(second, second + (records[1]?.length ?? 0))).toString('utf8')).toBe('{"b":"둘"}');
    expect(() => onDisk.read(0, onDisk.length + 1)).toThrow(RangeError);
    // The sections around it are in memory, as typed arrays.
    expect([...(read.value.sections.get('numbers') as Uint32Array)]).toEqual([1, 2, 3]);
    expect([...(read.value.sections.get('small') as Uint16Array)]).toEqual([7, 8]);
    expect(read.value.meta).toEqual({ note: 'meta' });
  });

  it('hands a just-written section over to the file (a cold build keeps no copy in memory)', () => {
    const onDisk = sectionsOnDisk(written(), new Set(['records', 'absent']));
    expect([...onDisk.keys()]).toEqual(['records']);
    const records2 = onDisk.get('records');
    expect(records2 && Buffer.from(records2.read(0, records2.length)).equals(Buffer.concat(records))).toBe(true);
  });

  it('checks a section left on disk as it checks the others: one byte changed is a miss', async () => {
    const file = written();
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('둘', 'utf8'));
    bytes[at + 1] = (bytes[at + 1] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const read = await readContainer(file, { onDisk: new Set(['records']) });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject({ kind: 'corrupt', message: 'checksum mismatch in records' });
  });
});
