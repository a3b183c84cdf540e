/**
 * HTML news pages: portal, outlet with JSON-LD, body split by ads and photo captions, and an EUC-KR
 * page — each read to its title, outlet, date, author, link and body sentences only.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage, loadCorpus, parseArticleFile, parseHtmlPage, type Article } from '../../src/corpus/index.ts';
import { encodeEucKr } from './eucKr.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');

function texts(article: Article | null): string[] {
  return article?.sentences.map((s) => s.text) ?? [];
}

/** An old table-layout outlet page, served as EUC-KR. */
const EUC_KR_PAGE = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>농촌 빈집 정비 사업, 올해 1천 채로 확대 - 한울신문</title>
<meta name="author" content="강민호">
</head><body>
<table width="100%"><tr><td class="menu"><a href="/">홈</a> | <a href="/s/1">정치</a> | <a href="/s/2">경제</a> | <a href="/s/3">지역</a></td></tr></table>
<table width="680"><tr><td class="title"><b>농촌 빈집 정비 사업, 올해 1천 채로 확대</b></td></tr>
<tr><td class="date">기사입력 2023-11-07 오후 3:20:11</td></tr>
<tr><td id="articleBody" class="article">
농림축산식품부는 올해 농촌 빈집 정비 대상을 지난해의 두 배인 1천 채로 늘린다고 7일 밝혔다.<br><br>
정비된 빈집은 귀농인 임시 주거와 마을 공동 작업장으로 쓰인다.<br><br>
사업비는 국비와 지방비를 합쳐 모두 120억 원이다.<br><br>
강민호 기자 minho@hanul.example.co.kr
</td></tr></table>
<table><tr><td>ⓒ 한울신문 무단전재 및 재배포금지</td></tr></table>
</body></html>`;

describe('parseHtmlPage', () => {
  it('reads a portal page: metadata from meta tags, the date from the date line, no caption, byline or widget', () => {
    const article = parseHtmlPage('portal', fixture('portal-news.html'));
    expect(article).toMatchObject({
      title: '서해안 해상풍력 단지, 2030년까지 4조 원 투입',
      outlet: '한빛경제',
      author: '오세린',
      date: '2024-03-12',
      url: 'https://n.news.example.com/article/015/0004870001',
    });
    const sentences = texts(article);
    expect(sentences[0]).toBe('전라남도와 산업통상자원부가 서해안 해상풍력 단지 조성에 2030년까지 모두 4조 원을 투입한다.');
    expect(sentences).toContain('정부는 발전 수익의 일부를 인근 주민에게 돌려주는 이익공유제를 처음으로 적용한다.');
    const all = sentences.join('\n');
    for (const chrome of ['실증용 풍력 발전기', '반도체 수출', '댓글', 'Copyright', '@', '정치']) expect(all).not.toContain(chrome);
  });

  it('reads an outlet page with JSON-LD NewsArticle: headline, publisher, author, datePublished, canonical', () => {
    const article = parseHtmlPage('outlet', fixture('outlet-jsonld.html'));
    expect(article).toMatchObject({
      title: '도심 공공자전거 이용 1년 새 38% 늘어',
      outlet: '새벽일보',
      author: '윤가람',
      date: '2024-05-20',
      url: 'https://www.saebyeok.example.kr/news/articleView.html?idxno=208811',
    });
    const all = texts(article).join('\n');
    expect(all).toContain('412만 건');
    for (const chrome of ['자료사진', '항공권', '광고', '요금 인상', '많이 본', '등록번호']) expect(all).not.toContain(chrome);
  });

  it('a relative canonical link resolves against the URL the page came from', () => {
    const html = fixture('outlet-jsonld.html').replace(/"mainEntityOfPage": "[^"]+"/, '"x": 1');
    expect(parseHtmlPage('o', html, { url: 'https://saebyeok.example.kr/a/b' })?.url).toBe(
      'https://saebyeok.example.kr/news/articleView.html?idxno=208811',
    );
  });

  it('joins a body split by ads and photo captions, and reads a bracket byline without "="', () => {
    const article = parseHtmlPage('split', fixture('split-body.html'));
    expect(article).toMatchObject({ title: '국립중앙도서관, 고문헌 2만 점 디지털 공개', outlet: '누리뉴스', author: '한지수', date: '2024-06-18' });
    expect(texts(article)).toEqual([
      '국립중앙도서관이 소장한 고문헌 2만 점의 원문 이미지를 온라인으로 공개한다.',
      '도서관은 18일 조선 후기 문집과 지도, 족보 등을 고해상도로 촬영해 누리집에 올렸다고 밝혔다.',
      '공개된 자료 가운데 지도 1천200점은 확대해 볼 수 있도록 타일 형식으로 제공된다.',
      '도서관은 내년까지 나머지 고문헌 1만 5천 점도 차례로 공개할 예정이다.',
    ]);
  });

  it('a page without prose is no article', () => {
    expect(parseHtmlPage('x', '<html><head><title>로그인</title></head><body><form><input></form></body></html>')).toBeNull();
  });
});

describe('EUC-KR pages', () => {
  const bytes = encodeEucKr(EUC_KR_PAGE);

  it('decodes by the page\'s own meta charset, and by the HTTP header when the page says nothing', () => {
    expect(decodePage(bytes)).toMatchObject({ ok: true, charset: 'euc-kr' });
    const bare = encodeEucKr(EUC_KR_PAGE.replace(/<meta http-equiv[^>]+>/, ''));
    expect(decodePage(bare, 'text/html; charset=ks_c_5601-1987')).toMatchObject({ ok: true, charset: 'euc-kr' });
    // No declaration at all: not UTF-8, so read as the Korean legacy encoding.
    expect(decodePage(bare)).toMatchObject({ ok: true, charset: 'euc-kr' });
  });

  it('reads the article from EUC-KR bytes', () => {
    const { articles, warnings } = parseArticleFile('old.html', bytes);
    expect(warnings).toEqual([]);
    expect(articles[0]?.article).toMatchObject({
      id: 'old',
      title: '농촌 빈집 정비 사업, 올해 1천 채로 확대',
      outlet: '한울신문',
      author: '강민호',
      date: '2023-11-07',
    });
    expect(texts(articles[0]?.article ?? null)).toContain('사업비는 국비와 지방비를 합쳐 모두 120억 원이다.');
  });

  it('binary bytes are refused with a reason', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(parseArticleFile('photo.html', png).warnings[0]?.reason).toMatch(/binary/);
  });
});

describe('loadCorpus with HTML pages', () => {
  it('reads .html and .htm files of a corpus folder beside .txt pages', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'html-corpus-'));
    try {
      await writeFile(join(dir, 'a.html'), fixture('portal-news.html'));
      await writeFile(join(dir, 'b.htm'), bytes());
      await writeFile(join(dir, 'c.html'), '<html><body></body></html>');
      const { articles, warnings } = await loadCorpus(dir);
      expect(articles.map((a) => [a.id, a.outlet])).toEqual([
        ['a', '한빛경제'],
        ['b', '한울신문'],
      ]);
      expect(warnings).toEqual([{ file: join(dir, 'c.html'), reason: 'no article body found' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    function bytes() {
      return encodeEucKr(EUC_KR_PAGE);
    }
  });
});
