/**
 * 조사 (josa, particles) and 의문사 (interrogatives): small closed classes of Korean grammar, used to
 * weigh query terms and to find the noun inside an 어절, never to split words by dictionary.
 *
 * The one home of particles: every stage strips them with `stripJosa` and matches them with the
 * regular-expression source `josaSource`, choosing the named sets it needs, so the lists never
 * disagree between modules.
 */

/**
 * Named particle sets (조사 묶음). A particle may sit in more than one set (`subject` gathers the
 * markers of who does or says something across `case` and `topic`).
 */
export const JOSA = {
  /** 격조사: subject, object, genitive and adverbial case, with their fused forms ("와의"). */
  case: [
    '이', '가', '께서', '을', '를', '의', '에', '에서', '에게', '에게서', '으로', '로', '으로서', '으로써',
    '와', '과', '와의', '과의', '으로의', '에서의', '보다', '처럼',
  ],
  /** 보조사: topic and delimiters (은/는, 도, 만, 까지, 부터), alone or after a case particle ("에서는"). */
  topic: ['은', '는', '도', '만', '까지', '부터', '께서는', '에는', '에서는', '에게는', '로는', '으로는'],
  /** 구어체 조사: spoken forms ("VC랑", "기자한테", "송도에선", "정부하고"). */
  colloquial: ['이랑', '랑', '한테', '에선', '하고'],
  /** 서술격 조사 (이다) and its endings: "장관이다", "대표이자", "회장이었던", "무엇인가". */
  copula: [
    '이다', '이었다', '였다', '인가', '이란', '이라는', '라는', '이라고', '라고', '이라며', '이며', '이고', '이자',
    '인', '이던', '이었던', '였던',
  ],
  /** 복수 접미사 들 ("전문가들"). */
  plural: ['들'],
  /** 존칭 접미사 님 ("장관님"). */
  honorific: ['님'],
  /** The markers of a sentence's subject, by case or by topic: who did or said it ("조 차관은", "장관께서"). */
  subject: ['이', '가', '은', '는', '께서', '께서는'],
  /** 처소격: where something happens ("보스턴에서", "송도에선", "LA에서는"). */
  locative: ['에', '에서', '에는', '에서는', '에선'],
  /** The short markers of a subject or object (은/는/이/가/을/를/도): "직원 수는", "예산을". */
  marker: ['은', '는', '이', '가', '을', '를', '도'],
  /**
   * The short case markers that close a noun phrase: 은/는/이/가/을/를, 에, 로/으로, 와/과. Not 도 and
   * 의, which end many nouns (별도, 제도) or join the phrase to the next noun.
   */
  basic: ['은', '는', '이', '가', '을', '를', '에', '로', '으로', '와', '과'],
  /** 관형격 의: "랩허브의", "차관의". */
  genitive: ['의'],
} as const satisfies Record<string, readonly string[]>;

/** The name of a particle set. */
export type JosaSet = keyof typeof JOSA;

/** The sets a written word usually ends with: case, topic, copula and plural. */
const DEFAULT_SETS: readonly JosaSet[] = ['case', 'topic', 'copula', 'plural'];

/** The particles of the given sets, each once, longest first (so "에서는" wins over "는"). */
export function josaList(sets: readonly JosaSet[] = DEFAULT_SETS): string[] {
  const all = new Set<string>(sets.flatMap((set) => JOSA[set]));
  return [...all].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * @name josaSource
 * @description
 * 조사 묶음을 정규식 조각으로: 긴 조사부터 나열한 비포획 그룹. 다른 모듈이 자기 패턴에 끼워 쓴다.
 * @example
 * josaSource(['subject']) // '(?:께서는|께서|은|는|이|가)' (longest first)
 * new RegExp(`^(.+?)${josaSource(['subject'])}$`) // "조 차관은" → 조 차관
 */
export function josaSource(sets: readonly JosaSet[] = DEFAULT_SETS): string {
  return `(?:${josaList(sets).join('|')})`;
}

export type StripJosaOptions = {
  /** Which sets to strip (default case, topic, copula and plural). */
  sets?: readonly JosaSet[];
  /** Fewest characters the word must keep (default 2: "국가" is not 국 + 가). */
  minStem?: number;
  /**
   * Try only the longest particle the word ends with; when it would leave too short a stem, the word
   * stays whole ("곳에서는" stays, rather than becoming "곳에서"). Default false: shorter ones are tried.
   */
  longestOnly?: boolean;
  /**
   * Strip a particle only where it agrees with the syllable before it (조사 이형태): 가/는/를/와/랑
   * follow an open syllable, 이/은/을/과/이랑/으로 a closed one, 로 an open one or ㄹ. "기업가",
   * "전문가", "법률가" keep their 가 (업, 문, 률 are closed). Default false.
   */
  agreeing?: boolean;
};

/** Particles whose form depends on the syllable before them: 'open' after a vowel, 'closed' after a consonant. */
const ALLOMORPH: Readonly<Record<string, 'open' | 'closed' | 'open-or-rieul'>> = {
  가: 'open', 는: 'open', 를: 'open', 와: 'open', 와의: 'open', 랑: 'open', 로: 'open-or-rieul', 로는: 'open-or-rieul', 로서: 'open-or-rieul', 로써: 'open-or-rieul',
  이: 'closed', 은: 'closed', 을: 'closed', 과: 'closed', 과의: 'closed', 이랑: 'closed', 으로: 'closed', 으로는: 'closed', 으로서: 'closed', 으로써: 'closed', 으로의: 'closed',
};

/** Whether a particle agrees with the syllable it follows (non-Hangul stems, "VC가", always do). */
function agreesWith(stem: string, josa: string): boolean {
  const form = ALLOMORPH[josa];
  const code = stem.charCodeAt(stem.length - 1) - 0xac00;
  if (form === undefined || code < 0 || code > 11171) return true;
  const final = code % 28;
  if (form === 'closed') return final !== 0;
  return final === 0 || (form === 'open-or-rieul' && final === 8);
}

/** A particle list, longest first, and the same split by last character (order kept within each). */
type JosaLookup = { list: readonly string[]; byLast: ReadonlyMap<string, readonly string[]> };

const lookupCache = new WeakMap<readonly JosaSet[], JosaLookup>();
const lookupByKey = new Map<string, JosaLookup>();

/** The particles of `sets`, found once per sets array (and once per distinct list of names). */
function cachedLookup(sets: readonly JosaSet[]): JosaLookup {
  let lookup = lookupCache.get(sets);
  if (lookup) return lookup;
  const key = sets.join(',');
  lookup = lookupByKey.get(key);
  if (!lookup) {
    const list = josaList(sets);
    const byLast = new Map<string, string[]>();
    for (const josa of list) {
      const last = josa.slice(-1);
      const same = byLast.get(last);
      if (same) same.push(josa);
      else byLast.set(last, [josa]);
    }
    lookup = { list, byLast };
    lookupByKey.set(key, lookup);
  }
  lookupCache.set(sets, lookup);
  return lookup;
}

/**
 * @name stripJosa
 * @description
 * 어절 끝의 조사를 떼고 남는 말을 돌려준다. 남는 말이 `minStem`(기본 두 글자)보다 짧으면 떼지 않는다.
 * @example
 * stripJosa('랩허브의') // '랩허브'
 * stripJosa('중기부는') // '중기부'
 * stripJosa('국가') // '국가'
 * stripJosa('장관은', { minStem: 1 }) // '장관'
 * stripJosa('VC랑', { sets: ['case', 'topic', 'colloquial'] }) // 'VC'
 */
export function stripJosa(word: string, options: StripJosaOptions = {}): string {
  const { sets = DEFAULT_SETS, minStem = 2, longestOnly = false, agreeing = false } = options;
  // Only the particles ending in the word's last character can end it (tried in the same order).
  for (const josa of cachedLookup(sets).byLast.get(word.slice(-1)) ?? []) {
    if (!word.endsWith(josa) || word.length === josa.length) continue;
    if (agreeing && !agreesWith(word.slice(0, -josa.length), josa)) continue;
    if (word.length - josa.length >= minStem) return word.slice(0, -josa.length);
    if (longestOnly) return word;
  }
  return word;
}

/** Interrogative stems (의문사) that open a question word: 무엇, 누구, 언제, …. */
const INTERROGATIVES = ['무엇', '누구', '누가', '어디', '언제', '얼마', '몇', '어느', '어떤', '어떻', '무슨', '왜'] as const;

/**
 * @name isInterrogative
 * @description
 * 의문사로 시작하는 어절인지 ("무엇인가", "몇", "언제"): 질문의 틀이지 찾을 내용이 아니다.
 * @example
 * isInterrogative('무엇인가') // true
 * isInterrogative('예산은') // false
 */
export function isInterrogative(word: string): boolean {
  return INTERROGATIVES.some((stem) => word.startsWith(stem));
}
