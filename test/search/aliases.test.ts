import { describe, expect, it } from 'vitest';
import { learnAliases } from '../../src/search/aliases.ts';

describe('learnAliases', () => {
  it('한글 뒤 괄호 속 로마자 이름을 양방향으로 잇는다', () => {
    const aliases = learnAliases(['미국 유엘 솔루션즈(ul solutions)와 협약했다']);
    expect(aliases.get('ulsolutions')).toEqual(['유엘 솔루션즈']);
    expect(aliases.get('유엘솔루션즈')).toEqual(['ul solutions']);
  });
  it('로마자 뒤 괄호 속 한글 표기도 잇는다', () => {
    expect(learnAliases(['auditum bio(아우디툼바이오)에']).get('auditumbio')).toEqual(['아우디툼바이오']);
  });
  it('"이하"로 정의한 약칭을 잇는다', () => {
    expect(learnAliases(['중소벤처기업부(장관 이영, 이하 중기부)는']).get('중기부')).toEqual(['중소벤처기업부']);
  });
  it('약어 하나가 여러 한글 표현을 가리킬 수 있다 (mou)', () => {
    const aliases = learnAliases(['업무협약(mou)을 맺었다', '양해각서(mou)를 체결했다']);
    expect(aliases.get('mou')).toEqual(['업무협약', '양해각서']);
  });
  it('따옴표로 묶인 이름, 글자마다 한 단어인 약어는 한글 이름 전체를 잇는다', () => {
    const quoted = learnAliases(['포럼엔 ‘판교 디지털 허브(pdh)’ 내 오피스에 입주하는 기업이 참석했다']);
    expect(quoted.get('pdh')).toEqual(['판교 디지털 허브']);
    expect(quoted.get('허브')).toBeUndefined();
    expect(learnAliases(['가온 로봇 센터(grc)에서']).get('grc')).toEqual(['가온 로봇 센터']);
    // Fewer letters than words, not quoted: the last word, as before.
    expect(learnAliases(['미국 유엘 솔루션즈(ul solutions)와']).get('ulsolutions')).toEqual(['유엘 솔루션즈']);
  });
  it('learns nothing from text without parentheses', () => {
    expect(learnAliases(['괄호가 없는 문장이다']).size).toBe(0);
  });
});
