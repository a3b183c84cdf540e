import { describe, expect, it } from 'vitest';
import { renderAnswer, renderSourcesPage } from '../../src/render/answer.ts';
import { parseMoreSourcesId } from '../../src/render/moreSourcesId.ts';
import { answer, citation } from './fixtures.ts';

describe('renderAnswer', () => {
  it('puts the direct answer on top, then facts, then up to 3 cited sentences with title, outlet, date', () => {
    const payload = renderAnswer(answer({ answer: '2,700억 원' }), { locale: 'ko' });
    const [embed] = payload.embeds;
    expect(embed?.title).toBe('2,700억 원');
    expect(embed?.author?.name).toBe('질문: K-바이오 랩허브 예산');
    expect(embed?.description).toContain('근거 사실');
    expect(embed?.fields).toHaveLength(3);
    expect(embed?.fields?.[0]?.name).toBe('[1] 기사 제목 1');
    expect(embed?.fields?.[0]?.value).toContain('중기부는 **약 2,700억 원**을 투자해');
    expect(embed?.fields?.[0]?.value).toContain('연합뉴스 · 2023-05-04');
    // Only what is known: no "언론사 미상" filler for a page without an outlet.
    expect(embed?.fields?.[1]?.value).toBe('> 문장 2입니다.\n— 2023-05-04');
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.components).toEqual([]);
  });

  it('uses English labels for other locales, article text as written', () => {
    const [embed] = renderAnswer(answer(), { locale: 'en-US' }).embeds;
    expect(embed?.author?.name).toBe('Question: K-바이오 랩허브 예산');
    expect(embed?.fields?.[1]?.value).not.toContain('unknown');
  });

  it('offers a "more sources" button carrying the question and the next page when there are more', () => {
    const citations = [1, 2, 3, 4, 5].map((n) => citation(n));
    const payload = renderAnswer(answer({ citations }), { locale: 'ko' });
    const button = payload.components[0]?.components[0];
    expect(button && 'label' in button ? button.label : null).toBe('출처 더 보기');
    const id = button && 'custom_id' in button ? button.custom_id : '';
    expect(parseMoreSourcesId(id)).toEqual(expect.objectContaining({ page: 1, question: 'K-바이오 랩허브 예산' }));
  });

  it('says plainly "not in the articles" when found is false', () => {
    const payload = renderAnswer(answer({ found: false, answer: null, citations: [] }), { locale: 'ko' });
    expect(payload.embeds[0]?.description).toBe('기사에서 찾지 못했습니다.');
    expect(renderAnswer(answer({ found: false, citations: [] })).embeds[0]?.description).toBe('Not in the articles.');
  });

  it('turns a question problem into a clear message', () => {
    const payload = renderAnswer(
      answer({ found: false, citations: [], problem: { kind: 'too-long', message: 'too long' } }),
      { locale: 'ko' },
    );
    expect(payload.content).toContain('질문이 너무 깁니다');
  });

  it('does not repeat the answer among the supporting facts', () => {
    expect(renderAnswer(answer({ answer: '약 2,700억 원' }), { locale: 'ko' }).embeds[0]?.description).toBeUndefined();
  });

  it('offers a sentence answer as "가장 관련 있는 문장", first cited, never as the answer', () => {
    const sentence = '중기부는 약 2,700억 원을 투자해 K-바이오 랩허브를 완공할 계획이다.';
    const payload = renderAnswer(
      answer({ answer: sentence, answerKind: 'sentence', confidence: 0.3, answerStart: null, answerEnd: null }),
      { locale: 'ko' },
    );
    const [embed] = payload.embeds;
    expect(embed?.title).toBe('가장 관련 있는 문장');
    expect(embed?.fields?.[0]?.value).toContain(sentence);
    expect(embed?.fields?.[0]?.value).not.toContain('**');
    expect(renderAnswer(answer({ answerKind: 'sentence' }), { locale: 'en' }).embeds[0]?.title).toBe('Closest sentence');
  });

  it('keeps the bold span whole when the sentence must be cut', () => {
    const long = `${'앞 문장 '.repeat(300)}정답 구간${' 뒤 문장'.repeat(300)}`;
    const start = long.indexOf('정답 구간');
    const payload = renderAnswer(
      answer({ answer: '정답 구간', answerStart: start, answerEnd: start + 5, citations: [citation(1, long)] }),
      { locale: 'ko' },
    );
    const value = payload.embeds[0]?.fields?.[0]?.value ?? '';
    expect(value).toContain('**정답 구간**');
    expect(value.length).toBeLessThanOrEqual(1024);
  });

  it('lists the closest sentence as related under "not in the articles"', () => {
    const payload = renderAnswer(answer({ found: false, answer: null, answerKind: null, confidence: 0 }), { locale: 'ko' });
    expect(payload.embeds[0]?.description).toBe('기사에서 찾지 못했습니다.');
    expect(payload.embeds[0]?.fields?.[0]?.name).toContain('관련 문장');
    expect(payload.embeds[0]?.title).toBeUndefined();
  });

  it('shows a relevant-sentences title when there is no short answer', () => {
    expect(renderAnswer(answer({ answer: null }), { locale: 'ko' }).embeds[0]?.title).toBe('관련 문장');
  });
});

describe('renderSourcesPage', () => {
  it('shows the next three citations, numbered on', () => {
    const citations = [1, 2, 3, 4, 5].map((n) => citation(n));
    const payload = renderSourcesPage(answer({ citations }), 1, { locale: 'ko' });
    expect(payload.embeds[0]?.fields?.map((f) => f.name)).toEqual(['[4] 기사 제목 4', '[5] 기사 제목 5']);
    expect(payload.components).toEqual([]);
  });

  it('says there is nothing more past the last page', () => {
    expect(renderSourcesPage(answer(), 5, { locale: 'ko' }).content).toBe('더 보여 드릴 출처가 없습니다.');
  });
});
