/**
 * The message check over a corpus too large to read whole: a quoted claim is looked for in the
 * articles search finds for its words, and found there as a scan of every article would find it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/answer/index.ts';
import { tempDir } from '../tempDirs.ts';

describe('message check in a large corpus', () => {
  it('finds a quote and quoted words among hundreds of articles, and its speaker', async () => {
    const lines = Array.from({ length: 340 }, (_, i) =>
      JSON.stringify({
        id: `a${String(i).padStart(3, '0')}`,
        title: i === 150 ? '남해 해상풍력 단지 착공' : i === 333 ? '항만 재개발 설명회' : `지역 소식 ${i}`,
        date: '2024-03-01',
        text:
          i === 150
            ? '김민수 산업통상자원부 차관은 “해상풍력 단지는 지역 경제의 새 성장 동력이 될 것”이라고 말했다.'
            : i === 333
              ? '항만 재개발 사업은 낡은 부두를 시민 공원으로 바꾸는 일이다.'
              : `시청은 ${i}번째 주민 행사를 3월 ${(i % 27) + 1}일 열었다.`,
      }),
    );
    const dir = tempDir('large-check-');
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const { engine } = await loadEngine(corpus, { snapshotDir: join(dir, 'cache') });
    const quoted = (await engine.checkMessage('김민수 차관이 “지역 경제의 새 성장 동력”이라고 했다')).claims.find((c) => c.claim.type === 'quote');
    expect(quoted?.verdict).toBe('agrees');
    expect(quoted?.stated?.articleId).toBe('a150');
    const other = (await engine.checkMessage('박영호 장관이 “지역 경제의 새 성장 동력”이라고 했다')).claims.find((c) => c.claim.type === 'quote');
    expect(other?.verdict).toBe('differs');
    // Words the articles hold outside any quote: found in the sentence that has them.
    const words = (await engine.checkMessage('누가 “낡은 부두를 시민 공원으로 바꾸는 일”이라고 했대')).claims.find((c) => c.claim.type === 'quote');
    expect(words?.verdict).toBe('agrees');
    expect(words?.stated?.articleId).toBe('a333');
    const absent = (await engine.checkMessage('누가 “전혀 다른 이야기를 하는 문장”이라고 했대')).claims.find((c) => c.claim.type === 'quote');
    expect(absent?.verdict).toBe('unknown');
  });
});
