/**
 * 종류 명사 읽기 (kind-noun reader): "어떤/무슨/어느 N" and "… N 뭐야" questions ask WHICH thing
 * of kind N ("무슨 MOU", "어떤 계획", "홍보한 행사 뭐야"); the answer is the name the sentence
 * gives a thing of that kind — a quoted name ('청정에너지 혁신 특구 조성방안', "약속의 땅"), or a
 * noun phrase ending in N or a word naming a thing of kind N (행사 → 박람회·엑스포·포럼 …;
 * 계획 → 방안·전략 …): "한빛 수소혁신센터", "수소 인력양성 MOU".
 *
 * Why: the span scorer, fitted on encyclopedia questions, is seldom sure of such a name in a news
 * sentence, and the bot offered the whole sentence although it names the thing asked. A name is
 * given only when the sentence holds exactly one of the kind (a quoted one first): two names of
 * the kind, or none, leave the sentence as evidence — a wrong name is worse than none.
 */
import { readSpanQuestion, type SpanQuestion } from './question.ts';
import { withoutSpaces } from '../../korean/normalize.ts';

/** Words naming a thing of each kind, besides the kind noun itself (news usage). */
const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  선언: ['선언', '선언문', '성명'],
  행사: ['행사', '대회', '박람회', '엑스포', '포럼', '축제', '전시회', '페스티벌', '설명회', '세미나', '컨퍼런스', '콘퍼런스', '서밋', '기념식', '간담회', '라운드테이블', '설명회', '위크', '쇼'],
  대회: ['대회', '박람회', '엑스포', '포럼', '축제', '챔피언십', '올림피아드', '컨퍼런스', '콘퍼런스'],
  계획: ['계획', '방안', '전략', '구상', '로드맵', '대책', '프로젝트', '비전'],
  방안: ['방안', '계획', '전략', '대책', '로드맵'],
  전략: ['전략', '방안', '계획', '로드맵', '구상'],
  정책: ['정책', '제도', '대책', '방안'],
  센터: ['센터', 'GBC', '허브', '오피스', '캠퍼스'],
  지역: ['지역', '도시', '단지', '특구', '클러스터', '스퀘어', '밸리', '지구'],
  사업: ['사업', '프로그램', '프로젝트'],
  프로그램: ['프로그램', '사업', '프로젝트', '과정'],
  협약: ['협약', '업무협약', 'MOU', '협정', '양해각서'],
  MOU: ['MOU', '협약', '업무협약', '양해각서'],
  업무협약: ['업무협약', '협약', 'MOU', '양해각서'],
  기관: ['기관', '단체', '협회', '재단', '공단', '진흥원', '연구원', '위원회', '공사', '센터'],
  단체: ['단체', '협회', '연합회', '재단', '총연합회', '위원회'],
  시설: ['시설', '센터', '공장', '단지', '캠퍼스', '허브', '연구소'],
  제품: ['제품', '솔루션', '서비스', '플랫폼', '기기'],
  땅: ['땅'],
};

/**
 * Focus nouns that ask for a description, never a name: "무슨 내용", "어떤 목적", "어떤 의미" are
 * answered by a clause, not by a phrase ending in the noun.
 */
const DESCRIPTIVE_FOCUS = /^(내용|목적|이유|의미|방법|방식|점|것|거|말|얘기|이야기|역할|효과|영향|기회|평가|반응|입장|성과|문제|분야|주제|일|관계|차이|특징|장점|조건|형태|종류|결과|상황|배경|취지)$/u;

/** Copula and quoting endings a focus noun may keep in chat ("무슨 대회였어", "무슨 땅이라고"). */
const COPULA_TAIL = /(이었어요|였어요|이었어|였어|이었지|였지|이었나|였나|이었대|였대|이라고|라고|이라는|라는|이라며|이래요|이래|이에요|예요|이었|였)$/u;

/** The kind asked and the words naming a thing of it, or null when the question asks no kind. */
export function askedKind(question: SpanQuestion): { noun: string; words: readonly string[] } | null {
  // "무슨 땅이라고 했어": the quoting ending is not part of the noun.
  const focus = question.focus?.replace(COPULA_TAIL, '') ?? null;
  // "유치한 대회 이름", "계획 이름이 뭐야": the name of a thing of the kind before 이름.
  const named = namedKind(question);
  if (named !== null) return named;
  const noun = focus;
  if (noun === null || noun.length === 0 || DESCRIPTIVE_FOCUS.test(noun)) return null;
  const key = KIND_WORDS[noun] ? noun : KIND_WORDS[noun.toUpperCase()] ? noun.toUpperCase() : null;
  const words = key === null ? undefined : KIND_WORDS[key];
  // "… 행사 뭐야": a noun before 뭐 asks a kind only when it is one the table knows.
  if (question.wh === 'what') return words && key ? { noun: key, words } : null;
  // "무슨 MOU": the span reader's 어떤/무슨 rule wants Hangul after the question word; Latin asks a kind too.
  if (question.wh !== 'which' && !(question.wh === 'none' && /(어느|어떤|무슨|어떠한)[a-z]/u.test(question.compact.toLowerCase()))) return null;
  if (words && key) return { noun: key, words };
  return noun.length >= 2 ? { noun, words: [noun] } : null;
}

/**
 * The kind noun a question asks which thing of, when the table knows the kind ("홍보한 행사 뭐야" →
 * 행사): the articles name the thing, seldom its kind, so the noun is not a topic word they must hold.
 */
export function askedKindNoun(question: string): string | null {
  const kind = askedKind(readSpanQuestion(question));
  return kind !== null && KIND_WORDS[kind.noun] !== undefined ? kind.noun : null;
}

/** "… 대회 이름", "계획 명칭이 뭐야": the kind the table knows right before 이름/명칭, else null. */
function namedKind(question: SpanQuestion): { noun: string; words: readonly string[] } | null {
  const at = question.words.findIndex((word) => /^(이름|명칭)/u.test(word));
  const before = at > 0 ? (question.words[at - 1] ?? '') : '';
  const key = KIND_WORDS[before] ? before : KIND_WORDS[before.toUpperCase()] ? before.toUpperCase() : null;
  const words = key === null ? undefined : KIND_WORDS[key];
  return key !== null && words ? { noun: key, words } : null;
}

/** A quoted name: ‘…’, '…', "…", “…”, 「…」, 『…』 (short, not a quoted statement). */
const QUOTED = /[‘'"“「『《<]([^‘’'"“”「」『』《》<>]{2,40})[’'"”」』》>]/gu;
/** A word that ends a phrase on its left: a particle, a verb or adnominal ending. */
const NOT_NAME_WORD = /(은|는|을|를|의|에|에서|와|과|로|으로|이|가|도|만|한|된|할|될|던|하는|되는|인|적인|연|운|며|고|서|면|게|지|다)$/u;
/** Words that open a phrase without naming anything: "이번 행사", "새로운 계획". */
const DETERMINER = /^(이|그|저|이번|해당|같은|새|새로운|올해|지난|오는|다음|각|모든|여러|다양한|주요|본|동|전체|총|첫|공동|관련|향후|현지|국내|해외|당시|최근|기존|신규|함께|또|또한|및|특히|이어|아울러|바로|모두|각각|직접|이날|당일|우선|먼저|다시|역시|별도|별도의)$/u;

/** Most words of a name phrase ("2023년 세계 한상대회" is three). */
const MAX_NAME_WORDS = 5;

/** A name's place in the sentence; `from` where the words naming it as of the kind begin (an apposition's kind word). */
export type KindSpan = { start: number; end: number; from?: number };

/**
 * The one name of the asked kind in a sentence, or null when there is none or more than one.
 * A quoted name ending in a kind word (or followed by one) comes first; else a noun phrase
 * ending in a kind word that says more than that word. Names the question repeats are echoes.
 */
export function kindSpanIn(sentence: string, question: SpanQuestion): KindSpan | null {
  const kind = askedKind(question);
  if (!kind) return null;
  const echo = (text: string) => question.compact.toLowerCase().includes(withoutSpaces(text, { lower: true }));
  const quoted = new Map<string, KindSpan>();
  for (const match of sentence.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    const start = (match.index ?? 0) + 1;
    const text = inner.trim();
    if (text.length === 0 || /[.!?]\s*$|다$/u.test(text) || echo(text)) continue;
    const after = sentence.slice(start + inner.length + 1).replace(/^\s+/u, '');
    const endsInKind = kind.words.some((word) => text.endsWith(word) && text.length > word.length);
    const followedByKind = kind.words.some((word) => after.startsWith(word));
    if (endsInKind || followedByKind) quoted.set(withoutSpaces(text), { start: start + inner.indexOf(text), end: start + inner.indexOf(text) + text.length });
  }
  if (quoted.size === 1) return [...quoted.values()][0] ?? null;
  if (quoted.size > 1) return null;
  const phrases = new Map<string, KindSpan>();
  /** Names the question itself speaks of: blanked out before looking for the kind elsewhere. */
  let rest = sentence;
  for (const phrase of [...kindPhrases(sentence, kind.words), ...appositions(sentence, kind.words)]) {
    const text = sentence.slice(phrase.start, phrase.end);
    const compact = withoutSpaces(text, { lower: true });
    // "보스턴 포럼 … 무슨 행사", "공동성명 말고 … 선언": a name ending in a word the question itself
    // says is its topic, not the answer.
    const topical =
      kind.words.some((word) => word !== kind.noun && text.endsWith(word) && question.words.some((asked) => asked.startsWith(word))) ||
      question.words.some((asked) => asked.length >= 2 && asked !== kind.noun.toLowerCase() && compact.endsWith(asked.toLowerCase()));
    if (!echo(text) && !topical && !onlyAsked(compact, question, kind.words)) phrases.set(withoutSpaces(text), phrase);
    else rest = rest.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + rest.slice(phrase.end);
  }
  if (phrases.size > 1) return singledOut([...phrases.entries()], question, kind.words);
  const [only] = phrases.values();
  if (phrases.size !== 1 || !only) return null;
  // Every mention of the kind in the sentence is inside the name: "… 위즈바이오솔루션, … 수면관리
  // 솔루션개발업체 …" lists two things of the kind, and which one the question means is not sure.
  const outside = rest.slice(0, only.from ?? only.start) + ' ' + rest.slice(only.end);
  return kind.words.some((word) => outside.includes(word)) ? null : { start: only.start, end: only.end };
}

/** "보스턴 지역" for "which Boston area": the question's own words and the kind word, nothing new. */
function onlyAsked(compact: string, question: SpanQuestion, kindWords: readonly string[]): boolean {
  let rest = compact;
  const kind = kindWords.find((word) => rest.endsWith(word.toLowerCase()));
  if (kind) rest = rest.slice(0, rest.length - kind.length);
  for (const word of question.words) if (word.length >= 2) rest = rest.split(word.toLowerCase()).join('');
  return rest.length === 0;
}

/**
 * Of several names of the kind ("랩센트럴-K 바이오 랩허브 간 협력 MOU, MGH-KAIST 협력 MOU,
 * 모더나-KAIST 인력양성 MOU"), the one the question singles out: it alone holds a word of the
 * question's own (모더나), besides the kind. Null when none or several do.
 */
function singledOut(names: readonly [string, KindSpan][], question: SpanQuestion, kindWords: readonly string[]): KindSpan | null {
  const asked = question.words.map((word) => word.toLowerCase()).filter((word) => word.length >= 2 && !kindWords.some((kind) => kind.toLowerCase() === word));
  const holding = names.map(([key, span]) => ({ span, held: new Set(asked.filter((word) => key.toLowerCase().includes(word))) }));
  const marked = holding.filter(({ held }) => [...held].some((word) => holding.every((other) => other.held === held || !other.held.has(word))));
  return marked.length === 1 ? { start: marked[0]!.span.start, end: marked[0]!.span.end } : null;
}

/** Noun phrases of the sentence ending in one of the kind words and saying more than it. */
function kindPhrases(sentence: string, kindWords: readonly string[]): KindSpan[] {
  const words = [...sentence.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0 }));
  const found: KindSpan[] = [];
  words.forEach((word, i) => {
    const bare = /^([\p{L}\p{N}·\-]+)/u.exec(word.text)?.[1] ?? '';
    const kindWord = kindWords.find((kw) => headOf(bare, kw) !== null);
    if (!kindWord) return;
    const head = headOf(bare, kindWord);
    // A one-syllable kind (땅) is a word of its own, never the tail of another ("이땅" is not asked).
    if (head === null || (kindWord.length < 2 && head !== kindWord)) return;
    let first = i;
    while (first > 0) {
      const left = words[first - 1]?.text ?? '';
      const nameWord = /^[\p{L}\p{N}·\-&]+$/u.test(left) && (/[A-Za-z0-9]$/u.test(left) || !NOT_NAME_WORD.test(left));
      if (!nameWord || i - first >= MAX_NAME_WORDS - 1) break;
      first--;
    }
    while (first < i && DETERMINER.test(words[first]?.text ?? '')) first++;
    // "총 4건의 … 협력 MOU", "… 등 3개의 … 행사": a group counted, not a thing named.
    if (/\d/u.test(words[first - 1]?.text ?? '') && /의$/u.test(words[first - 1]?.text ?? '')) return;
    const start = words[first]?.start ?? word.start;
    const end = word.start + head.length;
    // The kind word alone ("행사를") names nothing; one more word or a fused name does.
    if (first === i && head.length <= kindWord.length) return;
    found.push({ start, end });
  });
  return found;
}

/**
 * Names a kind word is put before as an apposition (동격): "세계 최대 전자제품 박람회인 CES의" →
 * CES, "주최 행사인 ‘…’" is read as a quote already. The name is the next word, its particle off.
 */
function appositions(sentence: string, kindWords: readonly string[]): KindSpan[] {
  const found: KindSpan[] = [];
  for (const word of kindWords) {
    const pattern = new RegExp(`${word}(?:인|이자)\\s+([A-Za-z0-9가-힣&·\\-]+)`, 'gu');
    for (const match of sentence.matchAll(pattern)) {
      const name = (match[1] ?? '').replace(/(은|는|이|가|을|를|의|에|에서|와|과|도|로|으로)$/u, '');
      if (name.length < 2) continue;
      const start = (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
      found.push({ start, end: start + name.length, from: match.index ?? start });
    }
  }
  return found;
}

/** Particles a kind word may carry in the sentence ("센터에", "방안을"). */
function isParticle(rest: string): boolean {
  return /^(은|는|이|가|을|를|의|에|에서|에는|에서는|으로|로|으로는|로는|와|과|도|만|까지|이라고|라고|이라는|라는|이다|이며|이고|으로서)?$/u.test(rest);
}

/** The word up to the end of its kind word ("수소혁신센터에" → 수소혁신센터), or null. */
function headOf(bare: string, kindWord: string): string | null {
  const at = bare.lastIndexOf(kindWord);
  if (at < 0 || !isParticle(bare.slice(at + kindWord.length))) return null;
  return bare.slice(0, at + kindWord.length);
}
