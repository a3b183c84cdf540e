/**
 * Chat vocabulary of questions (채팅 질문 어휘) that articles do not write, read for what it says
 * about the question rather than its topic:
 * - words naming the kind of answer wanted ("어느 부처 사람이야", "상담회 종류 뭐뭐였어", "돕는
 *   방식"): the article names the thing, not its kind;
 * - where the asker read it ("얼마라고 써있었어", "적혀있던데");
 * - units as a figure is asked in chat ("제곱킬로미터로 몇", "키로당 얼마");
 * - adverbs of degree and manner (많이, 다르게);
 * - figures said as chat says them ("59억불" is written "59억 달러").
 * Only words the corpus never uses are read so (`sentences.ts` knownTopic): a topic word it never
 * uses still means the articles do not answer.
 */
import { escapeRegExp } from '../escapeRegExp.ts';

/**
 * Nouns that name what kind of answer is wanted (답의 종류), not what it is about. "적응증",
 * "선급금", "임대료" are not among them: they name a detail, and an article that never writes it does
 * not answer.
 */
const ANSWER_KIND_WORDS = new Set([
  '종류', '방식', '방법', '부처', '부서', '명칭', '명단', '목록', '항목', '유형', '형태',
  '길이', '높이', '넓이', '무게', '거리', '국적', '직업', '정체', '소속',
  '숫자', '개수', '갯수', '수치', '총액', '액수', '날짜', '연도', '이름',
]);

/**
 * Kind nouns (종류 명사) a question says of what it asks about: "1위라는 회사 이름", "MGH 대표로 온
 * 사람", "아마존이 고른 업체". The article names the company or the person, seldom calls it by its kind
 * (회사 / 기업 / 업체 / 곳 are one kind to an asker): such a word is never required of the answer's
 * sentence, known to the corpus or not.
 */
const KIND_NOUN = /^(회사|기업|업체|업소|곳|사람|인물|분|기관|단체)(들)?$/u;

/**
 * Whether a topic word only names the kind of thing asked (회사, 기업, 업체, 곳, 사람, 인물 …).
 * @example
 * isKindNoun('회사') // true
 * isKindNoun('사람들') // true
 * isKindNoun('기업인') // false
 */
export function isKindNoun(word: string): boolean {
  return KIND_NOUN.test(word);
}

/**
 * What a change is measured against, as an asker frames it ("전년 동월 대비 몇 % 증가", "전월비",
 * "작년 동기보다"): articles write "1년 전보다", "지난해 같은 달보다", so the frame is no topic.
 */
const COMPARED_WITH = /^(전년|전년도|전월|전분기|전기|동월|동기|동분기|대비|전월비|전년비|전년동월|전년동기|작년동기|전년동월비)(보다|대비|비|比)?$/u;

/** Units said in chat or spelled out, which articles write as symbols (㎢, ㎞, ㎏ …). */
const CHAT_UNIT = /^(제곱킬로미터|제곱키로|제곱미터|킬로미터|킬로그램|키로미터|키로그램|킬로|키로|헥타르|퍼센트|프로|평방미터)(당|로|으로|는|은|가|이|에)?$/u;

/** Where the asker read it: "써있었어", "적혀있던데", "나와있었지" (stems as topic words keep them). */
const WHERE_WRITTEN = /^(써|쓰여|적혀|나와)있/u;

/**
 * Where in the article the asker saw it (기사 속 위치): "마지막 문단에서", "소제목에 박힌", "원문 뭐야",
 * "빈칸 뭐야", "기고문엔". The article is the place, not a topic its sentences must hold.
 */
const ARTICLE_PART = /^(문단|단락|소제목|부제|부제목|제목|헤드라인|원문|본문|기사|기고|기고문|대목|구절|빈칸|첫줄|첫문장|마지막|맨끝|맨뒤)(엔|에선|에서|에|의|은|는|이|가|을|를|으로|로|도)?$/u;

/** The asker's memory, not the topic: "누구였는지 기억나?", "헷갈리는데", "까먹었는데", "포괄적 뭐시기". */
const ASKER_MEMORY = /^(기억나|기억이|생각나|헷갈|까먹|궁금|뭐시기|머시기|거시기)/u;

/**
 * Adverbs of degree and manner (정도·방식 부사): how the asker puts it, never the topic. Adverbs of
 * time are not among them: "아직 남아있는" asks today's figure, not the peak ("한때 1,347명").
 */
const CHAT_ADVERB = /^(많이|적게|크게|작게|빨리|얼른|딱|쭉|꽤|엄청|되게|진짜|정말|그냥|주로|보통|대체로)$|^[가-힣]{2,}게$/u;

/**
 * Adverbs that only say how exactly or how surely the asker wants it ("정확히 얼마야", "대충 몇 명",
 * "혹시 누구야"): they never narrow what is asked, unlike "유일하게" or "처음으로".
 */
export const ASKING_ADVERBS = '정확히|정확하게|확실히|대략|대충|대강|혹시|도대체|대체|구체적으로';
const ASKING_ADVERB = new RegExp(`^(${ASKING_ADVERBS})$`, 'u');

/**
 * Whether an unknown word of a question says how the question is put (the kind of answer, a unit,
 * an adverb) rather than what it is about.
 * @example
 * isChatWord('부처') // true ("어느 부처 사람이야")
 * isChatWord('제곱킬로미터로') // true
 * isChatWord('다르게') // true
 * isChatWord('소제목') // true ("헤럴드 소제목에 박힌 금액")
 * isChatWord('기억나') // true
 * isChatWord('적응증') // false
 */
export function isChatWord(word: string): boolean {
  return ANSWER_KIND_WORDS.has(word) || COMPARED_WITH.test(word) || ARTICLE_PART.test(word) || ASKER_MEMORY.test(word) || CHAT_UNIT.test(word) || CHAT_ADVERB.test(word) || isAskingAdverb(word) || WHERE_WRITTEN.test(word);
}

/**
 * Whether a word only says how exactly the asker wants the answer ("정확히 얼마야", "대충 몇 명"):
 * neither the topic nor the noun the question word asks about.
 */
export function isAskingAdverb(word: string): boolean {
  return ASKING_ADVERB.test(word);
}

/** A figure with a chat currency or ending: "59억불이면", "1500만불짜리", "200억원이라던데". */
const CHAT_FIGURE = /^(\d[\d.]*(?:조|억|천만|백만|만|천)?(?:\d[\d.]*(?:억|천만|백만|만|천))?)(불|달러|원|엔|유로)(?:이면|이라며|이라던데|이라는데|이라고|짜리|쯤|정도|이나|이|은|는|을|를|로|으로)?$/u;

/**
 * The figure as articles write it (불 is 달러), when a question word is one said in chat and an
 * article writes that figure (`written`, asked of the figure without spaces: "59억달러"); none
 * otherwise. A figure no article gives ("45억불" where one says "32억 달러") stays unknown: the
 * articles do not answer.
 * @example
 * chatFigureForms('59억불이면', (form) => form === '59억달러') // ['59억달러']
 * chatFigureForms('45억불이면', (form) => form === '59억달러') // []
 * chatFigureForms('845억', () => true) // []
 */
export function chatFigureForms(word: string, written: (form: string) => boolean): readonly string[] {
  const match = CHAT_FIGURE.exec(word);
  if (!match?.[1] || !match[2]) return [];
  const unit = match[2] === '불' ? '달러' : match[2];
  const form = `${match[1]}${unit}`;
  return form === word || !written(form) ? [] : [form];
}

/**
 * Light verbs said in chat (구어 경동사), standing as a word of their own: "예산 얼마 들어?", "몇 월에
 * 한다고 했지?", "몇 건 나왔대", "얼마라고 썼어", "어케 됨", "맞지?". They say how the asker asks, never
 * what about: an article writes "투입", "개최", "체결" — and "들어" inside "만들어내고" is no cost.
 * Each is 들다 (cost), 하다, 되다, 이다, 있다, 맞다, 나오다, 쓰다 (write) or the nominalizer 거, in a
 * spoken, quoting or past ending; adnominal forms that name a thing ("나온 행사", "쓰는 쪽") are not among them.
 */
const CHAT_VERB = new RegExp(
  '^(?:' +
    [
      // 들다: 들어, 든대, 든다는, 드는데, 들었대 …
      '들어|들어요|들었|든대|든다|든데|드는데|드는지|드나|드냐|들까|들지',
      // 하다: 해, 했대, 한대, 한다고, 하는데, 했었지 …
      '해|해요|했|한대|한다|하는데|하는지|하냐|함|하던데|할까',
      // 되다: 돼, 됐대, 된대, 된다던데, 되는데, 됨 …
      '돼|돼요|됐|된대|된다|되는데|되는지|되나|되냐|됨|되지|될까',
      // 이다 standing alone: 이야, 였지, 이었대, 인데 …
      '이야|였|이었|이래|임|인데|이던데|인가|인지|일까',
      // 있다, 맞다, 나오다, 쓰다 (write): 있어, 맞지, 나왔대, 썼어 …
      '있어|있었|있대|있음|있나|있냐|있는데|있던데|있지|맞아|맞지|맞나|맞냐|맞음|맞죠|맞는지|나와|나왔|나온대|나오는데|나옴|썼',
      // 거 (the thing said): 거야, 거지, 건가 …
      '거야|거지|거냐|거임|건가|건지|건데|거',
    ].join('|') +
    ')(?:[었엇]?(?:어|어요|지|나|냐|대|다|다고|다는|다며|다던데|더라|던가|던데|음|을까|는지|고|요|죠|는|며|던))?[?？!~.]*$',
  'u',
);

/**
 * Whether a question word is a light verb said in chat (`CHAT_VERB`): never a topic word, never searched.
 * @example
 * isChatVerb('들어') // true ("예산 얼마 들어?")
 * isChatVerb('한다고') // true
 * isChatVerb('나왔대') // true
 * isChatVerb('들어간') // false (entered: a predicate of the topic)
 * isChatVerb('나온') // false ("얘기 나온 행사")
 */
export function isChatVerb(word: string): boolean {
  return CHAT_VERB.test(word);
}

/** Endings of a spoken question's last word (구어체 종결 어미): 지어, 회사야, 열렸지. */
// (Contracted forms too: 열려, 키워, 봐, 줘, 바꿔, 돼, 생겨, 끝나 …; not 해 or 와, which end nouns: 피해, 올해.)
export const SPOKEN_ENDING = /[가-힣](어|아|여|야|지|니|냐|까|래|죠|네|대|요|려|워|봐|줘|꿔|돼|겨|져|쳐|켜|텨)$/u;

/**
 * Whether the question's closing word is a chat verb by where it stands: any short spoken verb (three
 * syllables at most) right after 얼마(나) or 몇 + a counter ("얼마 받았대?", "몇 명 왔대", "얼마 가?")
 * only asks how much. As a topic word it would be found inside other words and outweigh the topic; a
 * light verb (`isChatVerb`) is one anywhere.
 * @example
 * closesHowMuch('관람객 몇 명 왔대?', '왔대') // true
 * closesHowMuch('보조금 얼마 받았대?', '받았대') // true
 * closesHowMuch('보조금 받은 곳 어디야?', '어디야') // false
 */
export function closesHowMuch(question: string, closing: string): boolean {
  if ([...closing].length > 3 || !SPOKEN_ENDING.test(closing)) return false;
  return new RegExp(`(?:^|\\s)(?:얼마나?|몇\\s*[가-힣]{0,2})\\s+${escapeRegExp(closing)}\\s*[?？!.~]*\\s*$`, 'u').test(question);
}


/**
 * A question without its chat verbs, for search: without the closing verb after 얼마/몇 (`closing`,
 * see `closesHowMuch`: "몇 명 와?" → "몇 명") and without light verbs anywhere ("랩허브 예산 얼마 들어?"
 * → "랩허브 예산 얼마"). A question of nothing else stays as it is.
 */
export function withoutChatVerbs(question: string, closing: string | null = null): string {
  const cut = closing === null ? question : question.slice(0, question.lastIndexOf(closing)).trim();
  const words = cut.split(/\s+/u);
  const kept = words.filter((word) => !isChatVerb(word));
  return kept.length === 0 || kept.length === words.length ? cut : kept.join(' ');
}
