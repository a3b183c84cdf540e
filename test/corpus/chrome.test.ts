import { describe, expect, it } from 'vitest';
import {
  isPhotoCredit,
  isSectionEnd,
  isSentenceLike,
  isUiText,
  stripEmails,
} from '../../src/corpus/chrome.ts';

describe('isSentenceLike', () => {
  it.each(['계약을 체결했다.', '마련됐다', '좋았어요.', '다시 갈까?', '“성공할 것이다.”', '이어질 것”이라고 강조했다.'])(
    '서술어로 끝나면 문장이다: %s',
    (line) => {
      expect(isSentenceLike(line)).toBe(true);
    },
  );

  it.each(['대웅제약 6353억 기술수출계약·MOU 9건 체결 성과', '우수기업 명단 1부.', '맞춤 정보', '0 Comments', '2023년 05월 04일'])(
    '명사나 라벨로 끝나면 문장이 아니다: %s',
    (line) => {
      expect(isSentenceLike(line)).toBe(false);
    },
  );
});

describe('isUiText', () => {
  it.each([
    '글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.',
    '이 글자크기로 변경됩니다.',
    '자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.',
    '전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.',
    '(예시) 가장 빠른 뉴스가 있고 다양한 정보가 숨쉬는 다음뉴스를 만나보세요.',
    '동아일보에서 직접 확인하세요. 해당 언론사로 이동합니다.',
    'Copyright © 동아일보. 무단전재 및 재배포 금지.',
    'Article Rating',
    '마포구 상암동℃',
    '공유하기',
  ])('화면 요소: %s', (line) => {
    expect(isUiText(line)).toBe(true);
  });

  it('본문 문장 속 단어만으로는 화면 요소가 아니다', () => {
    expect(isUiText('해킹으로 고객 300만 명의 로그인 정보가 유출된 것으로 드러나 회사가 사과문을 발표했다.')).toBe(false);
    expect(isUiText('낮 최고기온이 35℃까지 오르는 폭염이 이어지면서 온열질환자가 크게 늘었다고 당국이 밝혔다.')).toBe(false);
  });
});

describe('isSectionEnd', () => {
  it.each(['관련뉴스', '주요뉴스', '많이 본 뉴스', '댓글', '댓글 3', '0 Comments', '주간 TOP뉴스', '이 기사에 대해 어떻게 생각하시나요?'])(
    '기사 뒤 목록 머리말: %s',
    (line) => {
      expect(isSectionEnd(line)).toBe(true);
    },
  );

  it('머리말 낱말이 든 문장은 머리말이 아니다', () => {
    expect(isSectionEnd('관련 뉴스를 본 시민들이 댓글로 항의했다.')).toBe(false);
  });
});

describe('isPhotoCredit', () => {
  it.each(['[보건복지부 제공]', '(사진 제공 : 중소벤처기업부)', '[사진=연합뉴스]', '(그래픽=홍길동 기자)'])('사진 출처: %s', (text) => {
    expect(isPhotoCredit(text)).toBe(true);
  });

  it('괄호로 시작하는 본문 문장은 출처가 아니다', () => {
    expect(isPhotoCredit('(서울=연합뉴스) 정부가 새 정책을 발표했다.')).toBe(false);
  });
});

describe('stripEmails', () => {
  it('문장에 붙은 기자 메일을 떼어 낸다', () => {
    expect(stripEmails('집중하겠다”고 밝혔다./grace_rim@sedaily.com')).toBe('집중하겠다”고 밝혔다.');
    expect(stripEmails('fact0514@heraldcorp.com')).toBe('');
  });
});
