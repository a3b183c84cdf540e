/**
 * What the feedback says (`npm run -s feedback`): counts, the questions most often marked wrong, and
 * those questions as an eval question set (`eval/` JSONL format) for someone to review and fill in.
 */
import type { FeedbackRecord } from './store.ts';

export type WrongQuestion = {
  question: string;
  down: number;
  up: number;
  /** The answers shown when it was marked wrong (distinct, most recent first). */
  answers: (string | null)[];
  articleIds: string[];
};

export type FeedbackSummary = {
  votes: number;
  up: number;
  down: number;
  answers: number;
  users: number;
  servers: number;
  /** Questions with at least one 👎, most 👎 first. */
  wrong: WrongQuestion[];
};

/** Questions compared without spacing differences. */
function questionKey(question: string): string {
  return question.replace(/\s+/gu, ' ').trim();
}

export function summarize(records: readonly FeedbackRecord[]): FeedbackSummary {
  const byQuestion = new Map<string, WrongQuestion>();
  for (const record of records) {
    const key = questionKey(record.question);
    const entry = byQuestion.get(key) ?? { question: key, down: 0, up: 0, answers: [], articleIds: [] };
    if (record.vote === 'down') {
      entry.down++;
      if (!entry.answers.includes(record.answer)) entry.answers.unshift(record.answer);
      for (const id of record.articleIds) if (!entry.articleIds.includes(id)) entry.articleIds.push(id);
    } else entry.up++;
    byQuestion.set(key, entry);
  }
  return {
    votes: records.length,
    up: records.filter((record) => record.vote === 'up').length,
    down: records.filter((record) => record.vote === 'down').length,
    answers: new Set(records.map((record) => record.answerId)).size,
    users: new Set(records.map((record) => record.user)).size,
    servers: new Set(records.map((record) => record.guildId ?? '')).size,
    wrong: [...byQuestion.values()]
      .filter((entry) => entry.down > 0)
      .sort((a, b) => b.down - a.down || a.up - b.up || a.question.localeCompare(b.question, 'ko')),
  };
}

/**
 * The wrongly answered questions as eval lines (`{id, query, kind, found, …}`), to review: `found`
 * and `answer_any` are the reviewer's to set (the bot's answer is kept in `note` for reference).
 */
export function toEvalLines(summary: FeedbackSummary): string[] {
  return summary.wrong.map((entry, i) =>
    JSON.stringify({
      id: `fb${String(i + 1).padStart(3, '0')}`,
      query: entry.question,
      kind: 'feedback',
      found: true,
      answer_any: [],
      articles: entry.articleIds,
      note: `marked wrong ${entry.down}×, right ${entry.up}×; the bot answered: ${entry.answers.map((a) => a ?? '(not in the articles)').join(' | ')}`,
    }),
  );
}

/** The readable report. */
export function formatSummary(summary: FeedbackSummary, top = 10): string {
  const lines = [
    `votes ${summary.votes} (👍 ${summary.up}, 👎 ${summary.down}) on ${summary.answers} answers, ${summary.users} users, ${summary.servers} servers`,
  ];
  if (summary.wrong.length === 0) lines.push('no answer marked wrong');
  else {
    lines.push('', 'most often marked wrong:');
    for (const entry of summary.wrong.slice(0, top)) {
      lines.push(`  ${entry.down}× 👎 ${entry.up}× 👍  ${entry.question}  → ${entry.answers[0] ?? '(not in the articles)'}`);
    }
  }
  return lines.join('\n');
}
