import { describe, expect, it } from 'vitest';
import { findPlace } from '../../src/answer/place.ts';

describe('findPlace', () => {
  it('개최 동사 앞의 "…에서"를 장소로 읽는다', () => {
    const sentence = '오는 10월 미국 LA에서 개최예정인 ‘2023년 세계 한상대회’에 대해 홍보했다.';
    expect(findPlace(sentence, '세계 한상대회 개최')?.text).toBe('미국 LA');
  });

  it('날짜는 장소가 아니다', () => {
    expect(findPlace('행사는 25일에 열린다.', '행사')).toBeNull();
  });

  it('주제에 가까운 장소를 고른다', () => {
    const sentence = '회의는 서울에서 준비했고, 본 행사는 부산 벡스코에서 열린다.';
    expect(findPlace(sentence, '본 행사')?.text).toBe('부산 벡스코');
  });
});
