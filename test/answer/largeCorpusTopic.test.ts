/**
 * Topic look-ups (briefs, timelines) over a corpus too large to read whole: only the articles search
 * finds are read, and they come in corpus order, as a scan of every article would list them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'large-topic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('topic look-ups in a large corpus', () => {
  it('briefs a topic from the articles search finds, in corpus order', async () => {
    const on = new Set([7, 150, 333]);
    const lines = Array.from({ length: 340 }, (_, i) =>
      JSON.stringify({
        id: `a${String(i).padStart(3, '0')}`,
        title: on.has(i) ? `송도 랩허브 착공 ${i}` : `지역 소식 ${i}`,
        date: '2024-03-01',
        text: on.has(i) ? `송도 랩허브는 예산 ${i}억 원을 들여 2025년 5월 완공된다.` : `시청은 ${i}번째 주민 행사를 3월 ${(i % 27) + 1}일 열었다.`,
      }),
    );
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const { engine } = await loadEngine(corpus, { snapshotDir: join(dir, 'cache') });
    const brief = await engine.brief({ topic: '송도 랩허브' });
    expect(brief?.articles.map((article) => article.id)).toEqual(['a007', 'a150', 'a333']);
  });
});
