/**
 * Counters news writes beyond 개·명·곳 (./src/facts/count.ts): copies, votes, seats, goals, scores,
 * index points, containers (TEU), lengths and volumes — and "4량 1편성", which sizes one unit
 * rather than counting. Invented sentences in the style of sports, election, port and culture desks.
 */
import { describe, expect, it } from 'vitest';
import { extractCounts } from '../../src/facts/count.ts';
import { sentence } from './sentence.ts';

const counts = (text: string) => extractCounts(sentence(text)).map((f) => [f.text, f.unit]);

describe('news counters', () => {
  it('reads copies, votes and seats', () => {
    expect(counts('새 앨범은 발매 사흘 만에 64만 장이 팔렸다.')).toEqual([['64만 장', '장']]);
    expect(counts('유효투표 3만1,204표 가운데 1만6,050표를 얻어 2,896표 차로 이겼다.')).toEqual([
      ['3만1,204표', '표'],
      ['1만6,050표', '표'],
      ['2,896표', '표'],
    ]);
    expect(counts('시의회 21석은 가나당 12석, 다라당 9석으로 나뉜다.')).toEqual([
      ['21석', '석'],
      ['12석', '석'],
      ['9석', '석'],
    ]);
  });

  it('reads goals, assists, games, scores and index points', () => {
    expect(counts('그는 28경기에 나서 12골 5도움을 기록했다.')).toEqual([
      ['28경기', '경기'],
      ['12골', '골'],
      ['5도움', '도움'],
    ]);
    expect(counts('만족도는 10점 만점에 8.7점으로 집계됐다.')).toEqual([
      ['10점', '점'],
      ['8.7점', '점'],
    ]);
    expect(counts('운임지수는 2,035포인트로 한 주 새 3% 내렸다.')).toEqual([['2,035포인트', '포인트']]);
  });

  it('reads containers, lengths and volumes, but not areas or percentage points', () => {
    expect(counts('인천항 물동량은 312만 TEU로 집계됐고 1만5천 TEU급 선박이 들어왔다.')).toEqual([
      ['312만 TEU', 'TEU'],
      ['1만5천 TEU급', 'TEU급'],
    ]);
    expect(counts('높이 45m 전망대와 지름 3㎜ 관, 시약 5㎖를 썼다.')).toEqual([
      ['45m', 'm'],
      ['3㎜', '㎜'],
      ['5㎖', '㎖'],
    ]);
    expect(counts('부지 3만㎡에 짓고 금리는 0.5%포인트 올랐다.')).toEqual([]);
  });

  it('is not fooled by words that start like a counter', () => {
    expect(counts('3장관 회의와 편의점 점검, 면적 조사가 있었다.')).toEqual([]);
  });

  it('does not count how many make one unit ("6량 1편성", "3인 1조")', () => {
    expect(counts('6량 1편성 열차 15편성(90량)이 다닌다.')).toEqual([['90량', '량']]);
    expect(counts('단속반은 3명 1조로 움직인다.')).toEqual([]);
  });
});
