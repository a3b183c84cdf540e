import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, parsePage, type Article } from '../../src/corpus/index.ts';

/** The seed corpus, checked against the "Must hold" list. */
const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

const FORBIDDEN = [
  '기준금리',
  '역전세',
  '88.69',
  '열폭주',
  'Article Rating',
  '글자크기',
  '관련뉴스',
  'Copyright',
  '무단',
  '자동요약',
  '기후위기시계',
  '댓글',
];
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let articles: Article[] = [];
const byPrefix = (prefix: string): Article => {
  const article = articles.find((a) => a.id.startsWith(prefix));
  if (!article) throw new Error(`no seed ${prefix}`);
  return article;
};
const texts = (article: Article) => article.sentences.map((s) => s.text);

beforeAll(async () => {
  const result = await loadCorpus(SEEDS);
  expect(result.warnings).toEqual([]);
  articles = result.articles;
});

describe('seed corpus', () => {
  it('parses every file in seeds/ with a unique id and a non-empty body', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(5);
    const ids = files.map((file) => {
      const article = parsePage(file.replace(/\.txt$/, ''), readFileSync(join(SEEDS, file), 'utf8'));
      expect(article, file).not.toBeNull();
      expect(article!.sentences.length, file).toBeGreaterThan(3);
      expect(article!.title.length, file).toBeGreaterThan(0);
      return article!.id;
    });
    expect(new Set(ids).size).toBe(files.length);
    expect(articles.map((a) => a.id)).toEqual(ids);
  });

  it.each(FORBIDDEN)('no sentence contains page chrome or unrelated headlines: %s', (needle) => {
    const hits = articles.flatMap((a) => texts(a).filter((t) => t.includes(needle)).map((t) => `${a.id}: ${t}`));
    expect(hits).toEqual([]);
  });

  it('no sentence contains an e-mail address', () => {
    const hits = articles.flatMap((a) => texts(a).filter((t) => EMAIL.test(t)));
    expect(hits).toEqual([]);
  });

  it('keeps every sentence once (001: doubled body and auto-summary lines appear once)', () => {
    for (const article of articles) {
      const seen = texts(article).map((t) => t.replace(/\s+/g, ''));
      expect(new Set(seen).size, article.id).toBe(seen.length);
    }
    const doubled = texts(byPrefix('001')).filter((t) => t.includes('헨리 포드'));
    expect(doubled).toHaveLength(1);
  });

  it('drops the auto-summary copy and keeps the body occurrence in reading order (001)', () => {
    const article = byPrefix('001');
    expect(texts(article)[0]).toBe('대통령 방미 일정이 마무리됐다.');
    expect(texts(article)[1]).toBe('2011년 이후 12년 만의 미국 국빈 방문이다.');
    const last = texts(article)[article.sentences.length - 1];
    expect(last).toContain('굳건한 축이 될 것이라 확신한다.');
  });

  it('reads dates: 000 and 001 → 2023-05-04; 002, 003, 004 → null', () => {
    expect(articles.map((a) => [a.id.slice(0, 3), a.date])).toEqual([
      ['000', '2023-05-04'],
      ['001', '2023-05-04'],
      ['002', null],
      ['003', null],
      ['004', null],
    ]);
  });

  it('reads outlets: 001 동아일보, 002 서울경제TV, 003 조선비즈, 004 헤럴드경제, 000 none', () => {
    expect(articles.map((a) => a.outlet)).toEqual([null, '동아일보', '서울경제TV', '조선비즈', '헤럴드경제']);
  });

  it('reads authors from bylines and signatures', () => {
    expect(byPrefix('002').author).toBe('윤혜림');
    expect(byPrefix('004').author).toBe('김용훈');
    expect(byPrefix('001').author).toBe('이영 중소벤처기업부 장관');
    expect(byPrefix('000').author).toBeNull();
  });

  it('picks the headline past widget labels (004)', () => {
    expect(byPrefix('004').title).toBe("한미 디지털·바이오헬스 비즈니스 포럼서 韓제약사 '기술 수출' 성과");
    expect(byPrefix('000').title).toBe('중소벤처기업부, 미국 순방 통해 스타트업 미국 시장 판로개척 및 협력관계 구축');
  });

  it('keeps the key body content', () => {
    const joined = (prefix: string) => texts(byPrefix(prefix)).join('\n');
    expect(joined('000')).toContain('약 2,700억 원을 투자해');
    expect(joined('000')).toContain('“올해 미국 라스베이거스에서');
    expect(joined('000')).toContain('이어질 것이다.”라고 전했다.');
    expect(joined('002')).toContain('황병구 미주한상총연 회장은 “그간 한국에서');
    expect(joined('004')).toContain('6353억원의 기술 수출 계약을 체결하고');
    expect(joined('003')).toContain('아우디툼바이오(Auditum Bio)');
  });

  it('strips the byline prefix from the first sentence (004, 002) and the e-mail glued to the last (002)', () => {
    expect(texts(byPrefix('004'))[0]).toMatch(/^윤석열 대통령의 국빈 방문을/);
    expect(texts(byPrefix('002'))[0]).toMatch(/^중소벤처기업부가 미국/);
    expect(texts(byPrefix('002')).at(-1)).toMatch(/집중하겠다”고 밝혔다\.$/);
  });

  it('numbers sentences 0.. in reading order with their paragraph', () => {
    for (const article of articles) {
      article.sentences.forEach((sentence, i) => {
        expect(sentence.index).toBe(i);
        expect(sentence.articleId).toBe(article.id);
        expect(article.paragraphs[sentence.paragraphIndex]).toContain(sentence.text);
      });
    }
  });
});
