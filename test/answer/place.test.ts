import { describe, expect, it } from 'vitest';
import { findPlace } from '../../src/answer/place.ts';

describe('findPlace', () => {
  it('개최 동사 앞의 "…에서"를 장소로 읽는다', () => {
    const sentence = '오는 10월 미국 LA에서 개최예정인 ‘2023년 세계 한상대회’에 대해 홍보했다.';
    expect(findPlace(sentence, '세계 한상대회 개최')?.text).toBe('미국 LA');
  });

  it('장소와 개최 동사 사이에 날짜가 끼어도 장소로 읽는다', () => {
    const sentence = '산업부가 프랑스 파리에서 현지시간 12일 수출기업을 격려하기 위해 ‘한불 기업인의 밤’ 행사를 개최했다고 밝혔다.';
    expect(findPlace(sentence, '한불 기업인의 밤')?.text).toBe('프랑스 파리');
    expect(findPlace('회원들이 한자리에 모여 12일 이야기를 나눴다.', '회원')).toBeNull();
  });

  it('장소 뒤에 따옴표로 묶인 행사명이 오고 개최 동사가 와도 장소로 읽는다', () => {
    const sentence = '장관은 12일 캐나다 토론토의 한 호텔에서 ‘한캐 수소 포럼’을 개최하고 협력 방안을 논의했다.';
    expect(findPlace(sentence, '한캐 수소 포럼')?.text).toBe('캐나다 토론토의 한 호텔');
  });

  it('날짜는 장소가 아니다', () => {
    expect(findPlace('행사는 25일에 열린다.', '행사')).toBeNull();
  });

  it('주제에 가까운 장소를 고른다', () => {
    const sentence = '회의는 서울에서 준비했고, 본 행사는 부산 벡스코에서 열린다.';
    expect(findPlace(sentence, '본 행사')?.text).toBe('부산 벡스코');
  });

  it('입주한 곳도 장소로 읽는다: 시간 부사가 끼어도, 이름에 &가 있어도', () => {
    expect(findPlace('분석업체 가온랩은 판교 R&D 센터에 입주하여 신제품을 개발했다.', '가온랩 입주')?.text).toBe('판교 R&D 센터');
    expect(findPlace('시청 내 K&S 창업 공간에는 지난해 입주한 다온, 새벽 등 5개 기업이 있다.', '다온 입주')?.text).toBe('K&S 창업 공간');
  });

  it('날짜·기간 표현이나 부사어는 장소 이름에 붙지 않는다', () => {
    expect(findPlace('공연은 12일부터 14일까지 서울 잠실 주경기장에서 열린다.', '공연')?.text).toBe('서울 잠실 주경기장');
  });
});
