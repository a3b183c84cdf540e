import { describe, expect, it } from 'vitest';
import {
  findPublicationDate,
  outletFromCopyright,
  readByline,
  readSignature,
  toIsoDate,
} from '../../src/corpus/metadata.ts';

describe('toIsoDate', () => {
  it.each([
    ['2023년 05월 04일', '2023-05-04'],
    ['2023년 5월 4일 오후', '2023-05-04'],
    ['이영 중소벤처기업부 장관 2023. 5. 4. 03:05', '2023-05-04'],
    ['입력 2023.05.04 10:00', '2023-05-04'],
    ['2023-05-04T10:00:00+09:00', '2023-05-04'],
    ['2023/5/4', '2023-05-04'],
  ])('%s → %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each(['지난 2월 28일', '‘2023년 세계 한상대회’', '2023. 2. 30.', '2023-13-01', '1999년', ''])(
    '연도·월·일이 다 없거나 없는 날짜면 null: %s',
    (text) => {
      expect(toIsoDate(text)).toBeNull();
    },
  );
});

describe('findPublicationDate', () => {
  it('입력 날짜가 수정 날짜보다 우선한다', () => {
    expect(findPublicationDate(['수정 2023.05.06 09:00', '입력 2023.05.04 10:00'])).toBe('2023-05-04');
    expect(findPublicationDate(['입력 2023.05.04 10:00 수정 2023.05.06 09:00'])).toBe('2023-05-04');
  });

  it('falls back to an unlabelled date, then to a modification date, then null', () => {
    expect(findPublicationDate(['기사원문', '2023년 05월 04일'])).toBe('2023-05-04');
    expect(findPublicationDate(['업데이트 2023.05.06'])).toBe('2023-05-06');
    expect(findPublicationDate(['맞춤 정보'])).toBeNull();
  });

  it('본문 아래 줄에서는 입력 표시가 있는 날짜만 쓴다', () => {
    expect(findPublicationDate([], ['2024년 1월 1일 시행 예정'])).toBeNull();
    expect(findPublicationDate([], ['등록 2023-05-04 10:00'])).toBe('2023-05-04');
    expect(findPublicationDate(['2023년 05월 04일'], ['등록 2024-01-01'])).toBe('2023-05-04');
  });
});

describe('readByline', () => {
  it.each([
    ['[헤럴드경제=김용훈 기자] 윤석열 대통령은', '헤럴드경제', '김용훈', '윤석열 대통령은'],
    ['[서울경제TV=윤혜림기자] 중소벤처기업부가', '서울경제TV', '윤혜림', '중소벤처기업부가'],
    ['[뉴스1=홍길동 기자 hong@news1.kr] 정부는', '뉴스1', '홍길동', '정부는'],
    ['(서울=연합뉴스) 홍길동 기자 = 정부가', '연합뉴스', '홍길동', '정부가'],
    ['[서울=뉴시스]김철수 기자 = 정부가', '뉴시스', '김철수', '정부가'],
  ])('%s', (paragraph, outlet, author, rest) => {
    expect(readByline(paragraph)).toEqual({ outlet, author, rest });
  });

  it('대괄호로 시작해도 바이라인이 아니면 null', () => {
    expect(readByline('[단독] 정부가 발표했다.')).toBeNull();
    expect(readByline('정부가 [헤럴드경제=김용훈 기자] 발표했다.')).toBeNull();
  });
});

describe('outletFromCopyright', () => {
  it.each([
    ['Copyright © 동아일보. 무단전재 및 재배포 금지.', '동아일보'],
    ['- Copyright ⓒ 조선비즈 & Chosun.com -', '조선비즈'],
    ['ⓒ 조선비즈', '조선비즈'],
    ['[ⓒ 서울경제TV(www.sentv.co.kr), 무단 전재 및 재배포 금지]', '서울경제TV'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', '연합뉴스'],
    ['Copyright ⓒ 2023 한국경제. All rights reserved', '한국경제'],
  ])('%s → %s', (line, outlet) => {
    expect(outletFromCopyright(line)).toBe(outlet);
  });

  it('저작권 표시가 없으면 null', () => {
    expect(outletFromCopyright('무단 전재 및 재배포 금지')).toBeNull();
  });
});

describe('readSignature', () => {
  it('기자는 이름만, 기고자는 직함까지 기록한다', () => {
    expect(readSignature('홍길동 기자')).toBe('홍길동');
    expect(readSignature('이영 중소벤처기업부 장관 2023. 5. 4. 03:05')).toBe('이영 중소벤처기업부 장관');
  });

  it('서명이 아닌 줄은 null', () => {
    expect(readSignature('맞춤 정보')).toBeNull();
    expect(readSignature('대웅제약 6353억 기술수출계약·MOU 9건 체결 성과')).toBeNull();
    expect(readSignature('홍길동 기자가 현장에서 취재한 내용을 정리했다고 밝혔다 정말 길게')).toBeNull();
  });
});
