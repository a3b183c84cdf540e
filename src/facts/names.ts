/**
 * 인명: what a person's name looks like. Korean names are 2–4 syllables starting with a surname
 * (성씨); foreign names are written in Hangul as two or more words ("데이비드 브라운").
 */

/** Common one-syllable surnames (성씨). Rare surnames that mostly start common words are left out. */
export const SURNAMES: ReadonlySet<string> = new Set(
  '김이박최정강조윤장임한오서신권황안송전홍유류고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설반'.split(''),
);

/** Two-syllable surnames: 남궁, 황보, 제갈, 선우, 독고, 사공, 서문. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);

/**
 * Common words that look like a name (a surname syllable and one or two more) and often stand
 * before a title: "한국 대표", "정부 대표", "이번 회장 선거".
 */
const NOT_NAMES: ReadonlySet<string> = new Set(
  `한국 한미 한중 한일 한편 한국인 한자리 정부 정책 정치 정당 정상 정보 정식 정규 기업 기관 기존 기술 공동 공공 공식 공개
  신임 신규 신설 신년 전임 전국 전문 전체 전직 전략 전날 전자 전원 전세계 현직 현지 현재 현장 현행 조합 조직 조사 조치 조정 노조 노동 노사
  이사 이사회 이번 이날 이어 이후 이전 이하 이상 이들 이미 이와 이를 이에 이는 이로 이같이 지역 지방 지난 지원 지금 지사 지주 지난해
  경제 경영 주요 주최 주관 주식 주한 주미 주재 주주 주무 주최측 최고 최초 최근 최대 최종 우리 우수 우선 양국 양측 양사 남북 민간 민주
  민주당 서울 부산 인천 대구 광주 대전 울산 세종 경기 강원 전북 전남 경북 경남 제주 충북 충남 수석 상임 총괄 초대 관계 관련 하지만
  해당 해외 행사 회사 사업 사무 사외 차기 차세대 유관 유럽 미국 중국 일본 영국 독일 임시 임원 연구 연합 위원 홍보 방문 문화 심사
  구성 성공 송도 안전 오늘 원래 장관 차관 고위 고용 오후 오전 선임 선거 설립 진흥 도내 황금 손해 백악관 공화당 민간인 정부측
  차례 당시 각국 고객 공장 공사 공급 공단 공무원 구매 구조 구청 국내 국가 국회 권한 금융 남성 노인 도시 석좌 설명 성장 손님 송년
  안팎 양해 여당 여성 여야 오찬 원장 유명 유일 윤리 임기 장기 장내 전문가 정기 정식 진행 진출 천명 최우수 추진 하반기 함께 허가
  홍콩 고문 강연 강화 공로 방송 배우 변호 석방 선수 설계 소속 손실 송출 심의 엄격 염려 여러 우주 원전 위원회 천연 추가 하루
  반도체 반대 반면 반발 반영 반응 반년 명예 주임 장남 장녀 차남 차녀 부인 남편 아들 딸 동생 형 누나 언니 오빠 모친 부친 모두 나머지 하나 지난달 이달 올해 내년 작년`.split(/\s+/).filter(Boolean),
);

/**
 * Syllables common in transliterated foreign words and rare in Korean given names:
 * "유엘" (UL), "솔루션즈", "브라운". A word holding one is not read as a Korean name.
 */
const FOREIGN_SYLLABLES = new Set('르스즈츠크트프드브그엘벨델텔켈젤펠헬랜맨밴잭닉릭픽딕퀸톰튼턴슨딘렌멘벤칼켈맥섹렉넥렛셋켓벳젯쳇캐패럴엔펄컬틀클플블글쿠푸투'.split(''));

/** Words with a syllable from FOREIGN_SYLLABLES but common in Korean names are still accepted. */
function looksForeign(word: string): boolean {
  for (const syllable of word.slice(1)) if (FOREIGN_SYLLABLES.has(syllable)) return true;
  return false;
}

/**
 * Final syllables that end organizations (…부, …청, …회, …대 as in 고려대), josa and adjectives
 * (유능한), rarely names.
 */
const NON_NAME_FINALS = new Set('부청처회협단실팀측당업계의를을는에와과께며들것적한대하되'.split(''));

/**
 * Whether a word reads as a Korean personal name.
 * @example
 * isKoreanName('조주현') // true
 * isKoreanName('남궁민수') // true
 * isKoreanName('한국') // false (a common word)
 * isKoreanName('중소벤처기업부') // false
 */
export function isKoreanName(word: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(word)) return false;
  if (NOT_NAMES.has(word)) return false;
  const compound = COMPOUND_SURNAMES.has(word.slice(0, 2));
  if (word.length === 4 && !compound) return false;
  if (!compound && !SURNAMES.has(word[0] ?? '')) return false;
  // 하 ends many given names (윤서하, 김은하) but also 이하, 산하: a three-syllable word with a surname may end so.
  const final = word[word.length - 1] ?? '';
  if (NON_NAME_FINALS.has(final) && !(final === '하' && word.length === 3)) return false;
  if (looksForeign(word)) return false;
  return true;
}

/** A surname written alone before a title: "윤 대통령", "이 장관". */
export function isSurname(word: string): boolean {
  return (word.length === 1 && SURNAMES.has(word)) || COMPOUND_SURNAMES.has(word);
}

/** Common given names as written in Hangul: they start a foreign name ("요하네스 프로이하우프"). */
export const FOREIGN_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `데이비드 데이빗 존 마이클 제임스 로버트 윌리엄 리처드 리차드 토머스 토마스 조지 폴 피터 마크 스티브 스티븐 빌 도널드 조 조셉 조지프
  요하네스 헨리 찰스 크리스 크리스토퍼 앤드루 앤드류 매튜 매슈 다니엘 대니얼 에릭 케빈 브라이언 제프 제프리 잭 짐 팀 톰 프랭크 에드워드
  라이언 알렉스 알렉산더 니콜라스 니콜라 필립 필리프 장 피에르 미셸 한스 볼프강 메리 엘리자베스 제니퍼 캐서린 사라 새라 엠마 안나
  줄리아 낸시 수전 수잔 카멀라 에마뉘엘 올라프 블라디미르 세르게이 안토니오 호세 카를로스 루이스 마리아 재닛 재닛 제롬 래리 세르히오
  일론 팀 사티아 젠슨 순다르 마크 웨이팡 리사 로렌스 벤 벤저민 에이미 애덤 아담 제이슨 저스틴 케네스 스콧 그레그 패트릭 숀 션`.split(/\s+/).filter(Boolean),
);

/**
 * Whether two or more words could be a foreign name written in Hangul: each word pure Hangul of
 * two or more syllables that looks transliterated ("데이비드 브라운").
 */
export function looksLikeForeignName(words: readonly string[]): boolean {
  return words.every((w) => /^[가-힣]{2,7}$/.test(w) && looksForeign(w) && !NOT_NAMES.has(w));
}
