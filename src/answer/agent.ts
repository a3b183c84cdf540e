/**
 * 행위자 읽기 (who did it): "누가 공동으로 제공했어", "포럼 주최 기관은?", "… 부른 회사 어디",
 * "X랑 기술수출 계약한 제약사 어디였지?" ask for the subject of the question's verb in the sentence
 * that tells of it; "X AI MOU 누구랑 맺었어", "X 기술수출 상대 어디" ask for X's partner (Y와/과/와의).
 *
 * The verb is found in the best sentences by its stem (and a few everyday synonyms: 주최 ~ 개최,
 * 맺다 ~ 체결, 부르다 ~ 칭하다); its subject is the noun phrase marked 이/가/은/는 right before it with no
 * other verb between ("… 등이 공동 제공하는", "… 체결됐다고 대통령실은 전했다"), else the topic (은/는)
 * the sentence's clause opens with ("윤 대통령은 … 부대행사로 개최된 상담회를 둘러보고"). The clause
 * must hold the question's other words; names the question itself says are not the answer (a list
 * "보건복지부와 한국보건산업진흥원" asked "복지부랑 같이 주최한 기관" answers the other).
 */
import { readTitle } from '../facts/titles.ts';
import { isWordPresent } from './evidence.ts';
import type { Library } from './library.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Finding, RankedSentence } from './finding.ts';
import { normalize } from '../korean/normalize.ts';

/** What an agent question asks: the doer of a verb, or a doer's partner. */
export type AgentAsked = {
  /**
   * doer: who did it (누가 V); partner: with whom a named doer did it (누구랑); object: what or where it
   * was done to (뭘 V, 어디를 V, 어떤 N V); means: what it became or was done as (뭘로 V).
   */
  role: 'doer' | 'partner' | 'object' | 'means';
  /** The kind an object is asked by ("어떤 행사들 지원해" → 행사): the object's phrase ends with it. */
  kind: string | null;
  /** Spellings of the question's verb an article may use (stems: "체결", "칭하", "둘러보"). */
  verbs: string[];
  /** Which of them are verb nouns (체결, 주최): found where the article inflects them, not inside a noun. */
  verbNouns: string[];
  /** The question's other content words: the clause that answers holds them. */
  words: string[];
  /** The question as asked. */
  question: string;
  /** The noun right before the question's verb ("사례 발표한" → 사례): the article's verb with it is the one asked. */
  verbObject: string | null;
};

/** Verb nouns asked about with 어디/누구 right after ("공동주최 어디어디야", "후원 누구야"). */
const ACTION_NOUN_SOURCE = '(?:주최|주관|후원|운영|개발|시공|설계|발주|협찬)';

/** Asks a partner: "누구랑", "어디와", "상대 어디", "파트너". */
const ASKS_PARTNER = /(누구|어디|어느\s*\S+)\s*(이랑|랑|하고|와|과)(?![가-힣])|(?:^|\s)(상대|상대방|파트너|저쪽|그쪽|상대편)(?:[은는이가]|측|\s|$|[?？])/u;

/** Kind nouns a doer is asked by ("주최한 기관", "부른 곳", "계약한 제약사", "나선 사람"). */
const DOER_NOUN = '(기관|회사|곳|단체|기업|제약사|업체|사람|주체|측|팀|조직|인물|사|데)';

/** A doer asked by 누가 / 어디가, or by a kind noun closing the question ("… 기관 어디야", "… 곳은?"). */
const ASKS_DOER = new RegExp(
  `(?:^|\\s)(누가|어디가|누구)(?:\\s|$|[?？])|${ACTION_NOUN_SOURCE}\\s+(?:어디|누구)(?:어디|누구)?(?:야|였어|였지|임|래|냐)?\\s*[?？]?\\s*$|${DOER_NOUN}(?:은|는|이|가|들)?(?:\\s*(?:어디|어느|누구|이름|뭐|알려)[가-힣]*)?\\s*[?？]?\\s*$`,
  'u',
);

/** Asks an object: "뭘 지원해", "어디를 벤치마킹한", "어떤 전문가들 만났대" (a verb after the kind). */
const ASKS_OBJECT = /(?:^|\s)(?:뭘|뭐를|무엇을|무얼|어디를|어딜)\s+\S/u;
const ASKS_KIND_OBJECT = /(?:^|\s)(?:어떤|무슨)\s+([가-힣A-Za-z]+?)(?:들)?\s+(\S+)/u;
/** "뭐 발표했어" (a verb right after 뭐), "인재들이 주도하는 게 뭐야" (the verb before 게/것). */
const ASKS_WHAT_VERB = /(?:^|\s)(?:뭐|무엇)\s+(\S+)/u;
const ASKS_THING = /(\S+)\s+(?:게|거|것은|것이|건)\s+(?:뭐|무엇|뭔)/u;
/** Asks what something became or was done as: "뭘로 격상된다고", "무엇으로 바꿨어". */
const ASKS_MEANS = /(?:^|\s)(?:뭘로|뭐로|무엇으로)\s+\S/u;

/** Question words and words that only say how the question is put. */
const NOT_CONTENT =
  /^(누가|누구|누구야|어디|어디야|어디가|어느|뭐|뭐야|어떤|무슨|말고|기사|기고|기고문|했나요|했어|했지|거|게|건|것|이름|상대|상대방|파트너|같이|함께|공동으로|정확히|혹시|그|이|저|우리|저쪽|기관|회사|곳|단체|기업|제약사|업체|사람|주체|측|팀|조직|인물|거야|거|건|데|게)$/u;

/** Native verbs by how questions inflect them, with the spellings articles use (stems). */
const NATIVE_VERBS: readonly { asked: RegExp; written: readonly string[] }[] = [
  { asked: /^맺/u, written: ['맺', '체결'] },
  { asked: /^(부른|부르|불렀|불러|부름)/u, written: ['부른', '부르', '불렀', '칭한', '칭했', '칭하', '일컫', '일컬'] },
  { asked: /^(칭한|칭했|칭하)/u, written: ['칭한', '칭했', '칭하', '부른', '불렀'] },
  { asked: /^둘러/u, written: ['둘러'] },
  { asked: /^(전했|전한|전하|전해)/u, written: ['전했', '전한', '전하', '전해'] },
  { asked: /^(밝혔|밝힌|밝히)/u, written: ['밝혔', '밝힌', '밝히'] },
  { asked: /^(만든|만들)/u, written: ['만든', '만들', '개발'] },
  { asked: /^(세운|세웠)/u, written: ['세운', '세웠', '설립'] },
  { asked: /^(연|여는|열린)$|^(열었|열어|열고)/u, written: ['개최', '열었', '열어', '열고', '열며', '열린'] },
  { asked: /^(이끈|이끌|이끄)/u, written: ['이끈', '이끌', '이끄'] },
  { asked: /^(뽑은|뽑았)/u, written: ['뽑은', '뽑았', '선정'] },
  { asked: /^(만났|만난|만나)/u, written: ['만났', '만난', '만나'] },
];

/** Calling something a name ("부른", "칭한", "일컬은"). */
const CALLING = NATIVE_VERBS[1] ?? { asked: /^부른$/u, written: ['부른'] };

/** Sino-Korean verb nouns and the ones articles write for them. */
const VERB_NOUN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  주최: ['주최', '개최', '주관'],
  주관: ['주관', '주최', '개최'],
  개최: ['개최', '주최'],
  계약: ['계약', '체결'],
  협약: ['협약', '체결'],
  체결: ['체결'],
  발표: ['발표', '밝혔'],
};

/** Endings that make a Sino-Korean noun a verb in a question ("주최한", "제공하는 거야", "계약했지"). */
const VERB_NOUN_ENDING = /^([가-힣]{2,}?)(하는|한|했던|했었|했|하|해|할|된|됐|되는|되|될)[가-힣]*$/u;

/** Verb nouns a kind noun follows directly in a question ("주최 기관", "후원 기업"). */
const ACTION_NOUN = /^(주최|주관|후원|운영|개최|제공|발표|분석|추진|개발|생산|설립|인수|투자|지원|공급|수입|수출|선정|협찬|시공|설계|발주)$/u;

/** Reads an agent question, or null. */
export function readAgentQuestion(question: string): AgentAsked | null {
  const text = normalize(question).replace(/[?？!.]+/gu, ' ').trim();
  const partner = ASKS_PARTNER.test(text);
  const doer = !partner && ASKS_DOER.test(text);
  const kindAsked = ASKS_KIND_OBJECT.exec(text);
  const isVerbWord = (word: string) => VERB_NOUN_ENDING.test(word) || NATIVE_VERBS.some((verb) => verb.asked.test(word));
  const kind = kindAsked?.[1] && kindAsked[2] && isVerbWord(kindAsked[2]) ? kindAsked[1] : null;
  const whatVerb = ASKS_WHAT_VERB.exec(text)?.[1];
  const thing = ASKS_THING.exec(text)?.[1];
  const objectAsked = ASKS_OBJECT.test(text) || kind !== null || (whatVerb !== undefined && isVerbWord(whatVerb)) || (thing !== undefined && isVerbWord(thing));
  const role = partner ? 'partner' : doer ? 'doer' : ASKS_MEANS.test(text) ? 'means' : objectAsked ? 'object' : null;
  if (role === null) return null;
  const all = text.split(/\s+/u).filter((token) => token.length > 0);
  // "9건 체결됐다고 누가 전했어", "… 뭘 지원해": the verb after the question word is the one asked
  // about, not a reported one before it.
  const who = all.findIndex((token) =>
    role === 'doer' ? /^(누가|어디가)$/u.test(token) : role === 'partner' ? false : role === 'means' ? /^(뭘로|뭐로|무엇으로)$/u.test(token) : thing === undefined && /^(뭘|뭐를|무엇을|무얼|어디를|어딜|어떤|무슨|뭐|무엇)$/u.test(token),
  );
  const tokens = all;
  const verbs: string[] = [];
  const verbNouns: string[] = [];
  const verbTokens = new Set<number>();
  tokens.forEach((token, i) => {
    if (who >= 0 && i < who && tokens.slice(who + 1).some((after) => VERB_NOUN_ENDING.test(after) || NATIVE_VERBS.some((verb) => verb.asked.test(after)))) return;
    // "'…'이라고 한 데": 하다 after a quoted name is calling it.
    const native = /^(한|했던|했다는)$/u.test(token) && /[가-힣A-Za-z0-9’'”"](?:이?라고)$/u.test(tokens[i - 1] ?? '') ? CALLING : NATIVE_VERBS.find((verb) => verb.asked.test(token));
    if (native) {
      verbs.push(...native.written);
      verbTokens.add(i);
      return;
    }
    const sino = VERB_NOUN_ENDING.exec(token)?.[1];
    // "주최 기관은": a verb noun right before the kind noun asked.
    const bareNoun = ACTION_NOUN.test(token) && new RegExp(`^${DOER_NOUN}(?:은|는|이|가|들)?$`, 'u').test(tokens[i + 1] ?? '') ? token : undefined;
    // "공동주최 어디어디야": a verb noun closing a compound, right before the question word.
    const closing = /^(어디|누구)/u.test(tokens[i + 1] ?? '') ? new RegExp(`${ACTION_NOUN_SOURCE}$`, 'u').exec(token)?.[0] : undefined;
    const noun = sino ?? bareNoun ?? closing;
    if (noun && !NOT_CONTENT.test(noun)) {
      verbs.push(...(VERB_NOUN_SYNONYMS[noun] ?? [noun]));
      verbNouns.push(...(VERB_NOUN_SYNONYMS[noun] ?? [noun]).filter((spelling) => !/(혔|했|았|었|였)$/u.test(spelling)));
      verbTokens.add(i);
    }
  });
  // A doer is the subject of some verb: without one the question asks something else ("1위 기업 어디").
  if (!partner && verbs.length === 0) return null;
  if (kind !== null) verbTokens.add(all.indexOf(kindAsked?.[0].trim().split(/\s+/u)[1] ?? ''));
  const words = tokens
    .filter((_, i) => !verbTokens.has(i))
    .map((token) => token.replace(/들?(이랑|랑|하고|한테|에게|께|에선|에서는|에서|와|과|은|는|이|가|을|를|의|도|로|으로)$/u, ''))
    .filter((word) => word.length >= 2 && !NOT_CONTENT.test(word) && !/^(누구|어디|어느|뭐)/u.test(word));
  const firstVerb = Math.min(...verbTokens);
  const before = Number.isFinite(firstVerb) ? (all[firstVerb - 1] ?? '') : '';
  const verbObject = /^[가-힣A-Za-z]{2,}$/u.test(before) && !NOT_CONTENT.test(before) ? before : null;
  return { question: text, role, kind, verbObject, verbs: [...new Set(verbs)], verbNouns: [...new Set(verbNouns)], words };
}

type Token = { text: string; start: number; end: number };

/** Words of a sentence, a quoted or bracketed stretch kept inside its word ("‘보스턴 컨설팅’은", "아우디툼바이오(Auditum Bio)사와의"). */
function tokensOf(text: string): Token[] {
  const pattern = /(?:[^\s(‘“'"]*(?:\([^)]*\)|‘[^’]*’|“[^”]*”|'[^']*'|"[^"]*")[^\s(‘“'"]*)+|\S+/gu;
  return [...text.matchAll(pattern)].map((match) => ({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
}

/** A passive verb form (되다, -어지다): "체결됐다", "개최된", "맺어졌다고". */
const PASSIVE = /[가-힣](된|됐|되|돼|되어|되었|어진|어졌|아진|아졌|여진|여졌)[가-힣]*$/u;

/** Punctuation that may close a word: a comma, a full stop, closing quotes. */
const TRAILING = /[,.，。]+$/u;

/** Verb forms (활용형): connective, final and adnominal endings. */
const VERB_FORM =
  /(다|고|며|서|면|는데|지만|하는|되는|있는|없는|다는|라는|려는|한|된|던|될|할|해|돼|하여|하자|인|운|린|른|쓴|둔|낸|친|진|준|온|본|난|간|찾은|맺은|받은|밝힌)$/u;

/** Nouns that end in a subject marker's letters (전문가, 국가): no particle there. */
const NOUN_ENDING_LIKE_MARKER = /(전문가|기업가|사업가|투자가|창업가|혁신가|예술가|정치가|추가|증가|평가|대가|국가|하이|누구)$/u;

/** Words that open no noun phrase going back: sentence adverbs, linkers, deictics. */
const PHRASE_STOP =
  /^(아울러|한편|또한|또|이어|가운데|중|이런|그런|이러한|그러한|이와|넘어|걸쳐|거쳐|이어서|특히|이날|이번|당시|현재|함께|공동|공동으로|직접|모두|달리|통해|위해|따라|대해|비롯해|포함해|더불어|지난|오는|최근|이후|앞서|그러면서|이에|그리고|하지만|그러나|최초로|처음으로|먼저|가장|각각)$/u;

/** Bound nouns and pronouns that name no one ("이는", "그는", "것이"). */
const NOT_A_NAME = /^(이|그|저|이들|그들|것|수|바|데|때|중|곳|점|측|이는|해당|양측|양국|모두|누구)$/u;

/** The subject marker on a word, or null: its stem and whether it is a topic (은/는). */
function subjectMark(word: string): { stem: string; topic: boolean } | null {
  const bare = word.replace(TRAILING, '');
  const match = /^(.+?)(께서는|께서|은|는|이|가)$/u.exec(bare);
  if (!match?.[1] || !match[2]) return null;
  if (NOUN_ENDING_LIKE_MARKER.test(bare) || /(하는|되는|있는|없는|다는|라는|려는|이는|보는|오는|가는|나는|하고는)$/u.test(bare)) return null;
  const stem = match[1];
  // "2부에서는", "보스턴에는": a place or a time, not who.
  if (/(에서|에|에게|로|으로|까지|부터|에선)$/u.test(stem)) return null;
  // "‘보스턴 컨설팅’은": the quoted name.
  const quoted = /^[‘“'"](.+)[’”'"]$/u.exec(stem)?.[1];
  // "군은 …", "도와 여수시는": a local government by its one-syllable short name.
  if (!quoted && [...stem].length < 2 && !/^(등|군|도|시|구)$/u.test(stem)) return null;
  return { stem: quoted ?? stem, topic: match[2] === '은' || match[2] === '는' || match[2] === '께서는' };
}

/** Whether a word is a verb form (so a subject before it is that verb's, not a later one's). */
function isVerbForm(word: string): boolean {
  const bare = word.replace(TRAILING, '');
  if ([...bare].length < 2 || /[‘“(]/u.test(bare)) return false;
  return VERB_FORM.test(bare) && !/에서$/u.test(bare) && subjectMark(bare) === null;
}

/**
 * The noun phrase a marked word closes, going back over its modifiers and list ("학계, 대형 병원,
 * 연구 기관과 앵커 기업 등이" → "학계, 대형 병원, 연구 기관과 앵커 기업").
 */
function phraseEndingAt(tokens: readonly Token[], at: number, stem: string, joinsWith = true): { text: string; from: number } {
  const token = tokens[at];
  if (!token || /^[‘“'"]/u.test(token.text)) return { text: stem, from: at };
  const parts = [stem];
  let from = at;
  for (let j = at - 1; j >= 0 && at - j <= 8; j--) {
    const word = tokens[j]?.text ?? '';
    const bare = word.replace(TRAILING, '');
    if (PHRASE_STOP.test(bare) || /\d/u.test(bare) || /[’”)]$/u.test(bare) && /[‘“]/u.test(bare)) break;
    // "A와 B는" lists two doers; before an object, "Y와 … 계약을" is more often the partner.
    const linker = (joinsWith && /(와|과)$/u.test(bare)) || bare === '및';
    const marked = subjectMark(bare) !== null || (/(은|는|이|가)$/u.test(bare) && !NOUN_ENDING_LIKE_MARKER.test(bare));
    if (!linker && (/(의|을|를|에|에서|로|으로|도|만|에게|까지|부터|께)$/u.test(bare) || isVerbForm(bare) || marked)) break;
    parts.unshift(word);
    from = j;
  }
  const text = parts.join(' ').replace(/\s+등$/u, '').replace(TRAILING, '');
  return { text, from };
}

/** The subject of the verb at a word: marked right before it, else the topic its clause opens with. */
function subjectBefore(tokens: readonly Token[], verbAt: number): number | null {
  let verbBetween = false;
  for (let j = verbAt - 1; j >= 0; j--) {
    const word = tokens[j]?.text ?? '';
    const mark = subjectMark(word);
    if (mark && (!verbBetween || mark.topic)) return j;
    if (isVerbForm(word)) verbBetween = true;
  }
  return null;
}

/** The partner of a subject: "Y와/과/와의/랑" between the subject and its verb. */
function partnerAfter(tokens: readonly Token[], subjectAt: number, verbAt: number): string | null {
  for (let j = subjectAt + 1; j < verbAt; j++) {
    const bare = (tokens[j]?.text ?? '').replace(TRAILING, '');
    const match = /^(.+?)(와의|과의|와|과|이랑|랑)$/u.exec(bare);
    if (!match?.[1]) continue;
    // "미국 아우디툼바이오(Auditum Bio)사와의": the words between the subject and it, a nationality dropped.
    const before = tokens.slice(subjectAt + 1, j).map((token) => token.text).filter((word) => !/^(미국|미|한국|국내|일본|중국|영국|독일|프랑스)$/u.test(word));
    if (before.some((word) => isVerbForm(word) || /(을|를|에|에서|로|으로)$/u.test(word))) continue;
    return [...before, match[1]].join(' ');
  }
  return null;
}

const squash = (text: string) => normalize(text).replace(/[\s‘’“”'"]+/gu, '').toLowerCase();

/** Whether a name is one the question says (the question's own topic, or a co-doer it names). */
function echoes(name: string, words: readonly string[], library: Library): boolean {
  const key = squash(name);
  return words.some((word) => {
    const w = squash(word);
    if (w.length < 2) return false;
    // "경기도" echoes "경기도"; "바이오" does not echo "한빛바이오재단" (a word inside a longer name).
    if (key === w || (w.includes(key) && key.length >= 2) || (key.includes(w) && w.length * 2 > key.length)) return true;
    // A typo of the name ("카카오헬스캐어"): nearly as long, mostly the same.
    if (key.length >= 4 && w.length >= 4 && Math.abs(key.length - w.length) <= 2 && isWordPresent(word, name)) return true;
    return library.aliasesOf(word).some((alias) => squash(alias) === key);
  });
}

/** The items of a listed phrase ("A와 B", "A, B 및 C"), or the phrase itself. */
function listItems(phrase: string): string[] {
  return phrase
    .split(/,\s*|\s및\s|(?<=[가-힣A-Za-z)])(?:와|과)\s/u)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Sentences read for the verb. */
const SENTENCES_READ = 4;

/** The doer, partner, object or means the question asks for, read from the best sentences, or null. */
export function answerAgent(library: Library, q: QuestionAnalysis, ranked: readonly RankedSentence[]): Finding | null {
  if (q.intent !== 'person' && q.intent !== 'open' && q.intent !== 'place') return null;
  // "윤 대통령 말로는 … 뭘 만들어낸대?": what someone said is a quote's, not a clause's.
  if (/말로는|말에\s*따르면|발언/u.test(q.question)) return null;
  const asked = readAgentQuestion(q.question);
  if (!asked) return null;
  const needed = Math.min(2, asked.words.length);
  let best: { finding: Finding; held: number } | null = null;
  for (const sentence of ranked.slice(0, SENTENCES_READ)) {
    const tokens = tokensOf(sentence.text);
    const context = library.paragraphOf(sentence.articleId, sentence.sentenceIndex);
    let told = false;
    tokens.forEach((token, verbAt) => {
      const word = token.text.replace(/^[‘“'"(]+/u, '');
      // A verb noun is the verb where the article inflects it or makes it its object ("체결했으며",
      // "계약을 체결"), not inside another noun ("체결식이").
      const isVerb = asked.verbs.some((verb) => word.startsWith(verb) && (!asked.verbNouns.includes(verb) || /^(하|한|했|해|할|된|됐|되|돼|을|를|이라|$)/u.test(word.slice(verb.length).replace(TRAILING, ''))));
      // "… 대표의 사례 발표에": a verb noun used as a noun, its doer in the genitive.
      const nominal = asked.role === 'doer' && asked.verbNouns.some((verb) => word.startsWith(verb) && /^(에|와|과|으로|로|은|는|이|가)?[,.]?$/u.test(word.slice(verb.length)));
      if (!isVerb && !nominal && !(asked.role === 'partner' && asked.verbs.length === 0 && isVerbForm(word))) return;
      // "MOU가 체결됐다": the subject of a passive is what was done, not who did it (a means may be
      // passive: "기술 동맹으로 격상되는").
      if (asked.role !== 'means' && PASSIVE.test(word.replace(TRAILING, ''))) return;
      told = true;
      const read =
        asked.role === 'object' || asked.role === 'means'
          ? readObject(tokens, verbAt, asked)
          : nominal && !isVerb
            ? readGenitiveDoer(tokens, verbAt, sentence)
            : readDoer(tokens, verbAt, asked, library, sentence);
      if (!read) return;
      // "… 등이 공동 제공하는 원루프 서비스": an adnominal verb's clause runs on to the noun it modifies.
      const adnominal = /(는|한|된|던|은|린|른|운)$/u.test(token.text);
      const clauseEnd = adnominal ? (tokens[Math.min(tokens.length - 1, verbAt + 2)]?.end ?? token.end) : token.end;
      // "… 9건이 체결됐다고 대통령실은 전했다": what was said stands before who said it; the clause
      // runs back to the comma before the phrase read.
      let clauseFrom = read.from;
      while (clauseFrom > 0 && !endsClause(tokens[clauseFrom - 1]?.text ?? '')) clauseFrom--;
      const clause = sentence.text.slice(tokens[clauseFrom]?.start ?? 0, clauseEnd);
      const answer = read.answer;
      if (!answer || answer.length > 40 || NOT_A_NAME.test(answer) || (echoes(answer, asked.words, library) && !('echo' in read && read.echo))) return;
      // A question word the clause holds counts; so does one the sentence never says but its
      // paragraph does (the scene: "CIC는 …" one sentence before "… 행사를 지원하고").
      const spelled = (w: string) => [w, ...library.aliasesOf(w)];
      // (Only for what was done: who did it is named in the sentence that says so.)
      const scene = asked.role === 'object' || asked.role === 'means';
      const holds = (w: string) =>
        spelled(w).some((form) => isWordPresent(form, clause)) ||
        (scene && !spelled(w).some((form) => isWordPresent(form, sentence.text)) && spelled(w).some((form) => isWordPresent(form, context)));
      // "사례 발표한": the article's verb with the same noun before it ("사례 발표에") is the one asked.
      const compound = asked.verbObject !== null && tokens.slice(Math.max(0, verbAt - 2), verbAt).some((before) => isWordPresent(asked.verbObject ?? '', before.text)) ? 0.5 : 0;
      const held = asked.words.filter(holds).length + compound;
      if (held < needed) return;
      if (!best || held > best.held) best = { finding: { answer, facts: sentence.facts, primary: [sentence], structural: true }, held };
    });
    // What was done is read from the best sentence that tells of the verb, or not at all.
    if (best || (told && (asked.role === 'object' || asked.role === 'means'))) break;
  }
  return (best as { finding: Finding; held: number } | null)?.finding ?? null;
}

/**
 * Where the adnominal clause before a noun starts ("기술이전, 판매활성화를 위한 [계약]"): back over
 * the modifier and its object to a partner, subject or place, at most four words; null when the word
 * before is no modifier.
 */
function modifierBefore(tokens: readonly Token[], at: number): number | null {
  const modifier = (tokens[at - 1]?.text ?? '').replace(TRAILING, '');
  if (!/(한|된|는|인|던|운|린|른|은)$/u.test(modifier) || subjectMark(modifier) !== null) return null;
  let from = at - 1;
  for (let j = at - 2; j >= 0 && at - j <= 5; j--) {
    const word = tokens[j]?.text ?? '';
    const bare = word.replace(TRAILING, '');
    // ("공동 마케팅": an adverb before a verb is a noun's modifier here.)
    if (endsClause(word) || /(와|과|에|에서|에게|은|는|이|가|의)$/u.test(bare) || isVerbForm(bare) || (PHRASE_STOP.test(bare) && !/^(공동|함께|직접)$/u.test(bare))) break;
    from = j;
  }
  return from;
}

/** A comma after a verb or a linking ending closes a clause ("체결했으며,", "계기로,"); a list's comma ("군사, 경제") does not. */
function endsClause(word: string): boolean {
  if (!/,$/u.test(word)) return false;
  const bare = word.replace(TRAILING, '');
  return isVerbForm(bare) || /(로|서|며|고|면|해|여|만큼|데)$/u.test(bare);
}

/** The doer (or a named doer's partner) of the verb at a word: the answer and where its phrase starts. */
function readDoer(tokens: readonly Token[], verbAt: number, asked: AgentAsked, library: Library, sentence: RankedSentence): { answer: string | null; from: number; echo?: boolean } | null {
  const subjectAt = subjectBefore(tokens, verbAt);
  if (subjectAt === null) return null;
  const mark = subjectMark(tokens[subjectAt]?.text ?? '');
  if (!mark) return null;
  const subject = withPerson(phraseEndingAt(tokens, subjectAt, mark.stem), tokens, subjectAt, mark.stem, sentence);
  if (asked.role === 'partner') {
    // The partner of a doer the question names ("카카오헬스케어는 구글과 …").
    if (!echoes(subject.text, asked.words, library)) return null;
    return { answer: partnerAfter(tokens, subjectAt, verbAt), from: subject.from };
  }
  const items = listItems(subject.text);
  const others = items.filter((item) => !echoes(item, asked.words, library));
  // "가온군 주민설명회 누가 열었어" → 가온군: a doer the question names as its topic's owner is still the
  // doer, unless the question names it as a co-doer ("복지부랑 같이").
  if (others.length === 0 && items.length === 1 && !/(이랑|랑|와|과|하고)\s*(같이|함께)|말고/u.test(asked.question)) return { answer: subject.text, from: subject.from, echo: true };
  return { answer: others.length === items.length ? subject.text : others.join(', '), from: subject.from };
}

/**
 * A subject read as a bare title ("이사장" of "대한감염학회(…) 박서진 이사장은"): the person the
 * sentence names there, with that title.
 */
function withPerson(subject: { text: string; from: number }, tokens: readonly Token[], at: number, stem: string, sentence: RankedSentence): { text: string; from: number } {
  const reading = readTitle(subject.text);
  if (reading === null || reading.length !== subject.text.length) return subject;
  const end = (tokens[at]?.start ?? 0) + stem.length;
  const person = sentence.facts.find((fact) => fact.type === 'person' && fact.end === end && fact.text.endsWith(subject.text));
  if (!person) return subject;
  const from = tokens.findIndex((token) => token.start <= person.start && token.end > person.start);
  return { text: person.text, from: Math.max(0, from) };
}

/**
 * The doer of a verb noun used as a noun, written in the genitive ("제노스코사 고종성 대표의 사례
 * 발표에"): the person read there, else the phrase before 의.
 */
function readGenitiveDoer(tokens: readonly Token[], at: number, sentence: RankedSentence): { answer: string | null; from: number } | null {
  for (let j = at - 1; j >= 0 && at - j <= 2; j--) {
    const bare = (tokens[j]?.text ?? '').replace(TRAILING, '');
    if (!/의$/u.test(bare)) continue;
    const end = (tokens[j]?.start ?? 0) + bare.length - 1;
    const person = sentence.facts.find((fact) => fact.type === 'person' && fact.end === end);
    if (person) {
      const from = tokens.findIndex((token) => token.start <= person.start && token.end > person.start);
      return { answer: person.text, from: Math.max(0, from) };
    }
    const phrase = phraseEndingAt(tokens, j, bare.slice(0, -1));
    return { answer: phrase.text, from: phrase.from };
  }
  return null;
}

/**
 * The object (을/를) or means (으로/로) of the verb at a word, marked right before it with no other
 * verb between ("이런 보스턴 바이오 클러스터를 벤치마킹한", "… 등 행사를 활발히 지원하고"); of the kind
 * asked ("어떤 행사들" → a phrase ending in 행사).
 */
function readObject(tokens: readonly Token[], verbAt: number, asked: AgentAsked): { answer: string | null; from: number } | null {
  // 만나다 takes whom it meets with 와/과 ("… 전문가 등과 만나").
  const meets = /^(만나|만난|만났)/u.test(tokens[verbAt]?.text ?? '');
  const marker = asked.role === 'means' ? /^(.+?)(으로|로)$/u : meets ? /^(.+?)(을|를|과|와)$/u : /^(.+?)(을|를)$/u;
  for (let j = verbAt - 1; j >= 0 && verbAt - j <= 3; j--) {
    const bare = (tokens[j]?.text ?? '').replace(TRAILING, '');
    const match = marker.exec(bare);
    if (match?.[1] && !/[,]$/u.test(tokens[j]?.text ?? '')) {
      const phrase = phraseEndingAt(tokens, j, match[1].replace(/^[‘“'"]|[’”'"]$/gu, ''), false);
      let text = phrase.text.replace(/\s+등$/u, '').replace(/^['‘“"]+|['’”"]+$/gu, '');
      let from = phrase.from;
      if (asked.kind !== null && !text.endsWith(asked.kind)) return null;
      // "기술이전, 판매활성화를 위한 계약": the kind alone says nothing; its modifying clause is the answer.
      if (asked.kind !== null && text === asked.kind) {
        const clause = modifierBefore(tokens, from);
        if (clause === null) return null;
        from = clause;
        text = tokens.slice(from, j).map((token) => token.text).join(' ') + ` ${text}`;
      }
      return { answer: text, from };
    }
    // Only adverbs between the object and its verb ("활발히", "적극"), never another verb or phrase.
    if (isVerbForm(bare) || /(은|는|이|가|에|에서|에게|와|과|의)$/u.test(bare)) return null;
  }
  return null;
}
