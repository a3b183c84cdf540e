/**
 * Names in an English question found in the corpus's own Hangul (고유명사 찾기), in this order:
 * 1. an alias the articles define ("UL Solutions" → 유엘 솔루션즈, "Auditum Bio" → 아우디툼바이오);
 * 2. a person the articles name, by romanization ("Lee Young" → 이영, "President Yoon" → 윤석열);
 * 3. a corpus word it romanizes ("Songdo" → 송도, "Daewoong" → the 대웅 of 대웅제약);
 * 4. a corpus word it sounds like, for loanwords ("Moderna" → 모더나, "Silicon Valley" → 실리콘밸리).
 * Nothing here lists any article's names: the candidates are the corpus's words.
 */
import { stripJosa } from '../../korean/josa.ts';
import { latinKey, romanizedSyllables, spellsRomanized, startsWithSyllable } from '../../korean/romanize.ts';
import { firstVowelAgrees, hangulSoundKey, latinSoundKeys, soundDistance, soundTolerance } from '../../korean/soundKey.ts';

/** What the corpus offers for finding names. */
export type NameSource = {
  /** Hangul words (어절 and stems) → count. */
  words: ReadonlyMap<string, number>;
  /** Aliases the articles define for a phrase ("UL Solutions" → 유엘 솔루션즈). */
  aliases(phrase: string): readonly string[];
  /** Full names of the people the articles name. */
  people: readonly string[];
  /** Native Korean words (the glossary's Korean): never taken for a loanword. */
  native: ReadonlySet<string>;
};

export type NameMatch = {
  korean: string;
  how: 'alias' | 'person' | 'romanized' | 'sound';
};

/** A word ending in a particle or a verb's modifier ending: "국토교통부는", "혐의로", "구속기소된". */
const PARTICLE_END = /[가-힣](?:은|는|이|가|을|를|의|와|과|에서|에게|로서|로|으로|에|된|한|하는|되는|던)$/u;

/** Shortest Latin spelling worth romanizing or sounding out against the corpus. */
const MIN_LATIN_LETTERS = 4;
/** Two-syllable words sound alike by chance: they must be this close. */
const SHORT_WORD_TOLERANCE = 0.4;
/** Key lengths compared when sounding out: a loanword's key is rarely much longer than the English. */
const MAX_KEY_GROWTH = 3;

/** One sound key of the corpus: its most frequent word, and its consonant count (a cheap bound). */
type Keyed = { word: string; count: number; key: string; consonants: number };

/** Results kept per Latin spelling before the cache starts over. */
const CACHE_LIMIT = 10_000;

function consonantCount(key: string): number {
  return key.replace(/[Vv]/gu, '').length;
}

/** Whether each Latin word sounds like the Hangul part in the same place ("Weifang Zhou" ~ 웨이팡 조우). */
function soundsLikeParts(latin: readonly string[], parts: readonly string[]): boolean {
  if (latin.length !== parts.length) return false;
  return latin.every((word, i) => {
    const part = parts[i] ?? '';
    if (!/^[A-Za-z\-]{2,}$/u.test(word) || !/^[가-힣]+$/u.test(part)) return false;
    const hangul = hangulSoundKey(part);
    return latinSoundKeys(word).some((key) => soundDistance(key, hangul, soundTolerance(key)) <= soundTolerance(key));
  });
}

export class NameFinder {
  private readonly source: NameSource;
  private byFirstSyllable: Map<string, string[]> | undefined;
  private byKeyLength: Map<number, Keyed[]> | undefined;
  private readonly cache = new Map<string, NameMatch | null>();

  constructor(source: NameSource) {
    this.source = source;
  }

  /** Builds now the word indexes the first look-up would build (a question never pays for them then). */
  prepare(): void {
    this.byFirstSyllable ??= this.indexFirstSyllables();
    this.byKeyLength ??= this.indexSoundKeys();
  }

  /**
   * The Hangul a Latin name stands for in this corpus, or null.
   * @example
   * finder.find('Lee Young') // { korean: '이영', how: 'person' }
   */
  find(latin: string): NameMatch | null {
    return this.alias(latin) ?? this.person(latin) ?? this.romanized(latin) ?? this.sound(latin);
  }

  /** A look-up remembered per spelling: names repeat within and across questions. */
  private remembered(kind: string, latin: string, look: () => NameMatch | null): NameMatch | null {
    const key = `${kind}\u0000${latin}`;
    if (this.cache.has(key)) return this.cache.get(key) ?? null;
    const found = look();
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  /** An alias the articles define for this Latin phrase, its Hangul form preferred. */
  alias(latin: string): NameMatch | null {
    const alternatives = this.source.aliases(latin);
    const hangul = alternatives.find((alias) => /[가-힣]/u.test(alias) && !/^\d/u.test(alias));
    return hangul ? { korean: this.nameOnly(hangul), how: 'alias' } : null;
  }

  /**
   * "스타트업 나르미로보틱스(Narmi Robotics)", "국토교통부는 한서모터스(Hanseo Motors)": the words the alias
   * reader took before the name for a two-word Latin name are not the name when one is a common noun
   * (the glossary's Korean) or ends in a particle; the name is what follows them.
   */
  private nameOnly(hangul: string): string {
    const words = hangul.split(' ');
    let start = 0;
    while (start < words.length - 1 && (this.source.native.has(words[start] ?? '') || PARTICLE_END.test(words[start] ?? ''))) start += 1;
    return words.slice(start).join(' ');
  }

  /** A person the articles name: the whole name romanized, or a surname alone when one person has it. */
  person(latin: string): NameMatch | null {
    const people = this.source.people;
    const whole = people.find((name) => !name.includes(' ') && spellsRomanized(latin, name));
    if (whole) return { korean: whole, how: 'person' };
    // "Weifang Zhou" → 웨이팡 조우: a foreign name the articles write in as many parts, each part
    // sounding like its English (the whole name anchors parts too short to match alone).
    const words = latin.trim().split(/\s+/u);
    const foreign = words.length >= 2 ? people.find((name) => soundsLikeParts(words, name.split(' '))) : undefined;
    if (foreign) return { korean: foreign, how: 'person' };
    // "Yoon", "President Yoon": a surname (one syllable) of the Korean full names the articles give.
    // Articles write the surname alone with a title ("윤 대통령"), as the question does; several
    // people of one surname (윤석열, 윤영희 in a larger corpus) leave it that surname, which the title
    // or the rest of the question then tells apart.
    if (latin.trim().includes(' ')) return null;
    const bySurname = people.filter((name) => !name.includes(' ') && [...name].length >= 2 && [...name].length <= 4 && romanizedSyllables(latin, name) === 1);
    const surnames = new Set(bySurname.map((name) => name[0] ?? ''));
    const [surname] = surnames;
    return surnames.size === 1 && surname ? { korean: surname, how: 'person' } : null;
  }

  /**
   * A corpus word the Latin romanizes, whole or its first syllables (two at least): "Gyeonggi" → 경기,
   * "Daewoong" → 대웅 (of 대웅제약). The most frequent such word.
   */
  romanized(latin: string): NameMatch | null {
    return this.remembered('romanized', latin, () => this.findRomanized(latin));
  }

  private findRomanized(latin: string): NameMatch | null {
    const letters = latinKey(latin);
    if (letters.length < MIN_LATIN_LETTERS) return null;
    this.byFirstSyllable ??= this.indexFirstSyllables();
    let best: { korean: string; count: number; whole: boolean } | undefined;
    for (const [syllable, words] of this.byFirstSyllable) {
      if (!startsWithSyllable(letters, syllable)) continue;
      for (const word of words) {
        const covered = romanizedSyllables(letters, word);
        if (covered < 2) continue;
        const korean = [...word].slice(0, covered).join('');
        const whole = covered === [...word].length;
        const count = this.source.words.get(korean) ?? this.source.words.get(word) ?? 0;
        if (!best || (whole && !best.whole) || (whole === best.whole && count > best.count)) best = { korean, count, whole };
      }
    }
    return best ? { korean: best.korean, how: 'romanized' } : null;
  }

  /**
   * A corpus word that sounds like the Latin (a loanword), closest then most frequent. Words the
   * glossary gives as Korean vocabulary (부지, 시장) are not loanwords; two-syllable words must be
   * close (they match much by chance); verb forms (…다) are not names.
   */
  sound(latin: string, { minSyllables = 2 }: { minSyllables?: number } = {}): NameMatch | null {
    return this.remembered(`sound${minSyllables}`, latin, () => this.findSound(latin, minSyllables));
  }

  private findSound(latin: string, minSyllables: number): NameMatch | null {
    if (latinKey(latin).length < MIN_LATIN_LETTERS) return null;
    // Read as English first; a French reading only when that finds nothing (Dassault → 다쏘).
    for (const key of latinSoundKeys(latin)) {
      const found = this.soundOfKey(latin, key, minSyllables);
      if (found) return found;
    }
    return null;
  }

  private soundOfKey(latin: string, key: string, minSyllables: number): NameMatch | null {
    if (key.replace(/V/gu, '').length < 2) return null;
    const tolerance = soundTolerance(key);
    const consonants = consonantCount(key);
    this.byKeyLength ??= this.indexSoundKeys();
    let best: { word: string; count: number; distance: number } | undefined;
    for (let length = Math.max(1, key.length - 1); length <= key.length + MAX_KEY_GROWTH; length++) {
      for (const candidate of this.byKeyLength.get(length) ?? []) {
        // Each consonant more or fewer costs at least half an edit.
        if (Math.abs(candidate.consonants - consonants) * 0.5 > tolerance) continue;
        const syllables = candidate.word.length;
        if (syllables < minSyllables || this.source.native.has(candidate.word)) continue;
        if (candidate.word.endsWith('다') && !/da$/u.test(latin.toLowerCase())) continue;
        const distance = soundDistance(key, candidate.key, tolerance);
        if (distance > (syllables <= 2 ? Math.min(tolerance, SHORT_WORD_TOLERANCE) : tolerance)) continue;
        // Two syllables match much by chance on consonants alone: their first vowel must agree too.
        if (syllables <= 2 && !firstVowelAgrees(latin, candidate.word)) continue;
        if (!best || distance < best.distance || (distance === best.distance && candidate.count > best.count)) {
          best = { word: candidate.word, count: candidate.count, distance };
        }
      }
    }
    return best ? { korean: best.word, how: 'sound' } : null;
  }

  private indexFirstSyllables(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const word of this.source.words.keys()) {
      if (!/^[가-힣]{2,}$/u.test(word) || stripJosa(word) !== word) continue;
      const first = word[0] ?? '';
      const list = index.get(first);
      if (list) list.push(word);
      else index.set(first, [word]);
    }
    return index;
  }

  private indexSoundKeys(): Map<number, Keyed[]> {
    // One entry per key, its most frequent word: words sharing a key sound the same.
    const byKey = new Map<string, Keyed>();
    for (const [word, count] of this.source.words) {
      // Stems only: "모더나와" is 모더나 with a particle, and the stem is counted too.
      if (!/^[가-힣]{2,}$/u.test(word) || stripJosa(word) !== word || this.source.native.has(word)) continue;
      // "제노스코사": a company written with 사 (company) after its name is found by the name alone.
      const forms = /^[가-힣]{3,}사$/u.test(word) ? [word, word.slice(0, -1)] : [word];
      for (const form of forms) {
        const key = hangulSoundKey(form);
        const known = byKey.get(key);
        if (!known || count > known.count) byKey.set(key, { word: form, count, key, consonants: consonantCount(key) });
      }
    }
    const index = new Map<number, Keyed[]>();
    for (const entry of byKey.values()) {
      const list = index.get(entry.key.length);
      if (list) list.push(entry);
      else index.set(entry.key.length, [entry]);
    }
    return index;
  }
}
