/**
 * "Which company / agency / drugmaker …?": what the question asks (kind, nationality) and the
 * organizations a sentence names, over hand-written sentences in the shape of Korean news.
 */
import { describe, expect, it } from 'vitest';
import { organizationAsked, organizationCandidates } from '../../../src/answer/english/organization.ts';

const words = (question: string) => question.toLowerCase().replace(/[?,]/gu, '').split(/\s+/u);
const noAliases = { definedAliases: () => [] as string[] };
const names = (text: string) => organizationCandidates(text, noAliases).map((candidate) => candidate.text);

describe('organizationAsked', () => {
  it('reads the kind and nationality asked, and which words only say so', () => {
    const asked = organizationAsked(words('Which Korean drugmaker signed a licensing deal with Nordic Bio?'));
    expect(asked?.asked.nationality).toBe('korea');
    expect(asked?.asked.endings?.test('한빛제약')).toBe(true);
    expect(asked?.drop).toEqual([2, 1]);
    expect(organizationAsked(words('Which US company did Hanbit sign with?'))?.asked).toMatchObject({ nationality: 'us', company: true });
    expect(organizationAsked(words('Which molecular diagnostic kit maker won the grant?'))?.drop).toEqual([4]);
    expect(organizationAsked(words('Besides the ministry, which organisation hosted the forum?'))?.asked.company).toBe(false);
  });

  it('is not asked by other questions', () => {
    expect(organizationAsked(words('What about the company?'))).toBeNull();
    expect(organizationAsked(words('What did the company say?'))).toBeNull();
    expect(organizationAsked(words('Which year was the company founded?'))).toBeNull();
    expect(organizationAsked(words('How much did the company invest?'))).toBeNull();
    expect(organizationAsked(words('Who heads the agency?'))).toBeNull();
  });
});

describe('organizationCandidates', () => {
  it('finds names by their endings, a Latin gloss, and a kind put before them', () => {
    expect(names('한빛제약은 미국 노르딕바이오(Nordic Bio)사와 기술수출 계약을 체결했다.')).toEqual(['한빛제약', '노르딕바이오']);
    expect(names('반도체 장비 1위 기업 세온테크, 물류 로봇 개발업체 누리봇 등이 참석했다.')).toEqual(['세온테크', '누리봇']);
    expect(names('행사 주최단체인 재미한상연합회의 김철수 회장이 참석했다.')).toEqual(['재미한상연합회']);
  });

  it('leaves out concepts glossed by acronyms and words joined by a particle', () => {
    expect(names('카카오헬스케어는 구글과 인공지능(AI)을 활용한 업무협약(MOU)을 맺었다.')).toEqual(['카카오헬스케어']);
    expect(names('한국의 케이(K)-바이오 허브가 문을 열었다.')).toEqual([]);
  });
});

describe('a count and a partner list', () => {
  it('reads how many organizations the question asks for', () => {
    const asked = organizationAsked(words('Which three tech companies did the ministry team up with?'));
    expect(asked?.asked.count).toBe(3);
    expect(asked?.drop).toContain(1);
    expect(organizationAsked(words('Which tech companies did the ministry team up with?'))?.asked.count).toBeNull();
    expect(organizationAsked(words('Name one of the three companies'))?.asked.count ?? null).toBeNull();
  });

  it('finds the names of a list someone works with, bare as they are', () => {
    expect(names('같은 자리에서 노르딕소프트, 한빛랩스, 세온클라우드와 협력해 스타트업 10개 사가 전문가와 만났다.')).toEqual(expect.arrayContaining(['노르딕소프트', '한빛랩스', '세온클라우드']));
  });
});
