/**
 * 브리핑: the gist of one article (headline, outlet, date, key figures, quotes, people and
 * organizations), or of a topic across the articles that speak of it, where a figure several
 * articles state is listed once with all of them and figures they disagree on stand side by side.
 */
import type { Article } from '../corpus/types.ts';
import type { Fact, PersonFact, QuoteFact } from '../facts/types.ts';
import { stripJosa } from '../korean/josa.ts';
import { articlesOnTopic } from './about.ts';
import type { Brief, BriefArticle, BriefDifference, BriefFact, BriefPerson, BriefQuote } from './types.ts';
import { sameFigure } from './check.ts';
import { contentWords } from './evidence.ts';
import type { Library } from './library.ts';
import { findOrganizations } from './organizations.ts';
import type { Citation } from './types.ts';
import { withoutSpaces } from '../korean/normalize.ts';

/** Fact kinds a brief lists as key facts, most telling first (people and quotes have their own lists). */
const KEY_TYPES: readonly Fact['type'][] = ['money', 'count', 'percent', 'area', 'date', 'duration'];

/** Words before a figure that say what it measures, compared to tell a disagreement from two things. */
const CONTEXT_WORDS = 3;

export function briefArticle(library: Library, articleId: string): Brief | null {
  const article = library.article(articleId);
  if (!article) return null;
  const facts = articleFacts(library, article, () => true);
  return {
    kind: 'article',
    subject: article.title,
    articles: [describe(article)],
    facts: orderFacts(library, article, facts).map((fact) => ({ fact, citations: citeAll(library, [fact]) })),
    differences: [],
    quotes: quotesOf(library, facts),
    people: peopleOf(facts),
    organizations: findOrganizations([article.title, ...article.paragraphs]),
  };
}

export async function briefTopic(library: Library, topic: string): Promise<Brief> {
  const onTopic = await articlesOnTopic(library, topic);
  const facts: Fact[] = [];
  for (const { article, sentences } of onTopic) {
    facts.push(...orderFacts(library, article, articleFacts(library, article, (index) => sentences.has(index))));
  }
  const { merged, differences } = mergeAcrossArticles(library, facts.filter((fact) => KEY_TYPES.includes(fact.type)));
  const texts = onTopic.flatMap(({ article, sentences }) => article.sentences.filter((s) => sentences.has(s.index)).map((s) => s.text));
  return {
    kind: 'topic',
    subject: topic,
    articles: onTopic.map(({ article }) => describe(article)),
    facts: merged,
    differences,
    quotes: quotesOf(library, facts),
    people: peopleOf(facts),
    organizations: findOrganizations(texts),
  };
}

function describe(article: Article): BriefArticle {
  const { id, title, outlet, author, date, url } = article;
  return { id, title, outlet, author, date, url };
}

/** The facts of an article's chosen sentences, a repeated value (same type, value, unit) once. */
function articleFacts(library: Library, article: Article, keep: (index: number) => boolean): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  for (const sentence of article.sentences) {
    if (!keep(sentence.index)) continue;
    for (const fact of library.factsOf(article.id, sentence.index)) {
      const key = `${fact.type}\u0000${String(fact.value)}\u0000${fact.unit ?? ''}`;
      if (fact.type !== 'quote' && seen.has(key)) continue;
      seen.add(key);
      facts.push(fact);
    }
  }
  return facts;
}

/**
 * Key facts of one article, the headline figure first: a figure the headline itself states, else the
 * lead paragraph's first amount, percentage or count, else the article's first amount. Then amounts,
 * percentages, counts, areas, durations and dates, each in reading order.
 */
function orderFacts(library: Library, article: Article, facts: readonly Fact[]): Fact[] {
  const key = facts.filter((fact) => KEY_TYPES.includes(fact.type));
  const headline = headlineFigure(library, article, key);
  const rest = key
    .filter((fact) => fact !== headline)
    .map((fact, order) => ({ fact, order }))
    .sort((a, b) => KEY_TYPES.indexOf(a.fact.type) - KEY_TYPES.indexOf(b.fact.type) || a.order - b.order)
    .map(({ fact }) => fact);
  return headline ? [headline, ...rest] : rest;
}

/** Figures that can headline an article (a date or a duration rarely is the news). */
const HEADLINE_TYPES: readonly Fact['type'][] = ['money', 'percent', 'count'];

function headlineFigure(library: Library, article: Article, facts: readonly Fact[]): Fact | undefined {
  const figures = facts.filter((fact) => HEADLINE_TYPES.includes(fact.type));
  const inTitle = figures.find((fact) => withoutSpaces(article.title).includes(withoutSpaces(fact.text)));
  if (inTitle) return inTitle;
  const leadParagraph = article.sentences[0]?.paragraphIndex ?? 0;
  const lead = figures.filter((fact) => library.sentence(article.id, fact.sentenceIndex)?.paragraphIndex === leadParagraph);
  // An amount before a percentage before a count: "59억 달러의 투자 유치" over "6개의 문서".
  const byKind = (list: readonly Fact[]) => HEADLINE_TYPES.map((type) => list.find((fact) => fact.type === type)).find(Boolean);
  return byKind(lead) ?? figures.find((fact) => fact.type === 'money') ?? figures[0];
}

function citeAll(library: Library, facts: readonly Fact[]): Citation[] {
  return facts.flatMap((fact) => library.cite(fact.articleId, fact.sentenceIndex, 1) ?? []);
}

/**
 * Facts across articles: the same value stated by several is one entry with every source; values
 * of one kind that differ for the same thing (the same words before them) are a difference.
 */
function mergeAcrossArticles(library: Library, facts: readonly Fact[]): { merged: BriefFact[]; differences: BriefDifference[] } {
  const groups: Fact[][] = [];
  for (const fact of facts) {
    const group = groups.find((members) => members[0] !== undefined && sameStatement(members[0], fact));
    if (group) {
      if (!group.some((member) => member.articleId === fact.articleId)) group.push(fact);
    } else groups.push([fact]);
  }
  const merged = groups.map((group) => ({ fact: group[0] as Fact, citations: citeAll(library, group) }));
  const differences: BriefDifference[] = [];
  const used = new Set<number>();
  merged.forEach((entry, i) => {
    if (used.has(i)) return;
    const about = contextOf(entry.fact);
    const others = merged
      .map((other, j) => ({ other, j }))
      .filter(({ other, j }) => j > i && !used.has(j) && other.fact.type === entry.fact.type)
      .filter(({ other }) => other.citations.every((c) => !entry.citations.some((e) => e.articleId === c.articleId)))
      .filter(({ other }) => sharesContext(about, contextOf(other.fact)));
    if (others.length === 0) return;
    used.add(i);
    for (const { j } of others) used.add(j);
    differences.push({ type: entry.fact.type, about: about.join(' '), values: [entry, ...others.map(({ other }) => other)] });
  });
  return { merged: merged.filter((_, i) => !used.has(i)), differences };
}

function sameStatement(a: Fact, b: Fact): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'date' && b.type === 'date') return a.value === b.value;
  return sameFigure(a, b) && (a.unit === b.unit || a.type === 'money');
}

/** The content words just before a figure in its sentence, particles stripped. */
function contextOf(fact: Fact): string[] {
  const before = contentWords(fact.sentence.slice(Math.max(0, fact.start - 40), fact.start));
  const after = contentWords(fact.sentence.slice(fact.end, fact.end + 20)).slice(0, 1);
  return [...before.slice(-CONTEXT_WORDS), ...after].map((word) => stripJosa(word)).filter((word) => word.length >= 2);
}

/** Two figures measure the same thing when most of the words around them are the same. */
function sharesContext(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const shared = a.filter((word) => b.includes(word)).length;
  return shared >= 2 || (shared >= 1 && shared / Math.min(a.length, b.length) >= 0.5);
}

function quotesOf(library: Library, facts: readonly Fact[]): BriefQuote[] {
  return facts
    .filter((fact): fact is QuoteFact => fact.type === 'quote')
    .flatMap((fact) => {
      const citation = library.cite(fact.articleId, fact.sentenceIndex, 1);
      return citation ? [{ speaker: fact.speaker, speakerTitle: fact.speakerTitle, quote: fact.value, citation }] : [];
    });
}

/** People named, once each by name, with the fullest title and organization any mention gives. */
function peopleOf(facts: readonly Fact[]): BriefPerson[] {
  const people = new Map<string, BriefPerson>();
  for (const fact of facts) {
    if (fact.type !== 'person') continue;
    const person: PersonFact = fact;
    const known = people.get(person.name);
    if (!known) people.set(person.name, { name: person.name, title: person.title, organization: person.organization });
    else {
      known.title ??= person.title;
      known.organization ??= person.organization;
    }
  }
  return [...people.values()];
}
