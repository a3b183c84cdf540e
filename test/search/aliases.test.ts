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
  it('learns nothing from text without parentheses', () => {
    expect(learnAliases(['괄호가 없는 문장이다']).size).toBe(0);
  });
});
