/**
 * Question-side synonyms (질문 쪽 동의어): words people ask with that articles put otherwise.
 * "개최일" is asked, "열린"/"개최된" is written; "참가 기업" is asked, "참여"/"입주"/"참석" is
 * written. A small, general table of everyday question vocabulary — no article's words.
 */

/** Question word → the words an article may use for it (stems; particles and endings vary). */
const SYNONYMS: Record<string, readonly string[]> = {
  개최일: ['열린', '열렸', '개최된', '개최했', '개최'],
  개최지: ['열린', '개최된', '개최'],
  개최: ['열린', '열렸', '열리', '개최'],
  // Who held it: the organizer "주최" is written as the subject of 개최 ("A와 B는 … 포럼을 개최했다").
  주최: ['개최', '주관', '열린'],
  주관: ['주최', '개최'],
  참가: ['참여', '입주', '참석', '참가'],
  참가자: ['참석자', '참여자'],
  방문: ['찾은', '찾아', '방미', '순방'],
  발표: ['밝혔', '공개', '발표'],
  설립: ['세운', '창립', '설립된', '창업'],
  창업: ['설립', '세운', '창업한'],
  계약: ['협약', '체결', 'MOU', '양해각서'],
  협약: ['계약', 'MOU', '양해각서', '협력'],
  시작: ['출범', '개시', '착수'],
  출범: ['시작', '출발'],
  완공: ['준공', '완료', '구축'],
  지원금: ['보조금', '지원'],
  투자액: ['투자', '투자금', '사업비'],
  투자금: ['투자', '투자액'],
  파트너: ['협력사', '협력', '제휴', '계약'],
  가격: ['판매가', '출고가', '값'],
  매출액: ['매출'],
  // How much was sold or made: articles write the verb ("218만 장이 팔렸다", "하루 4톤을 생산").
  판매량: ['판매', '팔린', '팔렸', '팔려'],
  생산량: ['생산'],
  // Everyday words for a site and its cost: articles write 부지, 사업비.
  땅: ['부지', '토지', '용지'],
  터: ['부지', '토지'],
  돈: ['예산', '사업비', '비용', '투자'],
  먼저: ['우선', '먼저'],
  // "1년에 몇 톤": per year, as articles write it.
  '1년': ['연간', '매년', '해마다'],
  일년: ['연간', '매년', '해마다'],
  한해: ['연간', '매년', '해마다'],
  매년: ['연간', '해마다'],
  // Years as people say them and as articles write them.
  작년: ['지난해', '전년'],
  지난해: ['작년', '전년'],
  올해: ['금년'],
  내년: ['이듬해', '내년도'],
  // Countries as chat shortens them, and chat shorthand of news words.
  인니: ['인도네시아'],
  우즈벡: ['우즈베키스탄'],
  카자흐: ['카자흐스탄'],
  사우디: ['사우디아라비아'],
  남아공: ['남아프리카공화국'],
  말레이: ['말레이시아'],
  동접: ['동시접속', '동시 접속'],
  영업익: ['영업이익'],
  시총: ['시가총액'],
  특활비: ['특수활동비'],
  // A public offering's price range as chat says it ("희망밴드") and as articles write it.
  희망밴드: ['희망 범위', '희망가', '공모가 범위'],
  밴드: ['범위'],
  // Building as asked and as written ("물류센터를 짓는 데", "공장 건설").
  건립: ['짓는', '지을', '짓기', '지은', '건설', '설립', '조성'],
  신축: ['짓는', '지을', '짓기', '지은', '건설', '신설'],
  순익: ['순이익'],
  손배소: ['손해배상', '손배'],
  손배: ['손해배상'],
  예타: ['예비타당성'],
  // A name something is called by: articles write that it is called so ("…로 칭한", "…라고 불리는").
  칭호: ['칭한', '불리', '불린', '일컬', '별칭'],
  별명: ['칭한', '불리', '불린', '일컬', '별칭', '애칭'],
  별칭: ['칭한', '불리', '불린', '일컬', '애칭'],
};

/** Spoken particles question analysis may leave on a word ("인니랑", "진해구엔"). */
const SPOKEN_PARTICLE = /(이랑|랑|하고|엔|에선)$/u;

/**
 * Other words an article may use for a question word, none when the table has none.
 * @example
 * questionSynonyms('개최일') // ['열린', '열렸', '개최된', '개최했', '개최']
 */
export function questionSynonyms(word: string): readonly string[] {
  return SYNONYMS[word] ?? SYNONYMS[word.replace(SPOKEN_PARTICLE, '')] ?? presidentShorthand(word);
}

/** Surnames chat puts before 통 for a president ("윤통", "문통"). */
const PRESIDENT_SURNAMES = /^([윤문박이김노전최])통(?:이|은|는|이가|도|한테|의)?$/u;

/** "윤통" is chat for 윤 대통령: the president the articles write so. */
function presidentShorthand(word: string): readonly string[] {
  const surname = PRESIDENT_SURNAMES.exec(word)?.[1];
  return surname === undefined ? [] : [`${surname} 대통령`];
}
