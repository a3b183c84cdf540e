/**
 * The feedback log (평가 기록): each 👍/👎 press appended as one JSON line to
 * `DATA_DIR/feedback.jsonl` — the question, the answer as shown, the cited article ids, the server,
 * a salted hash of the user id (never the id itself) and the time. One vote per user per answer:
 * the votes already in the file are read on first use, so this holds across restarts.
 *
 * The salt is made once (random, `DATA_DIR/feedback-salt`, readable by the owner only) and never
 * leaves the machine; without it a hash cannot be tied back to a user id.
 */
import { createHash, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const FEEDBACK_FILE = 'feedback.jsonl';
const SALT_FILE = 'feedback-salt';

/** One press, as stored (one JSON object a line). Add fields, never rename. */
export const feedbackRecordSchema = z.object({
  time: z.string(),
  vote: z.enum(['up', 'down']),
  question: z.string(),
  answer: z.string().nullable(),
  articleIds: z.array(z.string()),
  guildId: z.string().nullable(),
  /** sha256(salt + user id), hex, first 32 characters. */
  user: z.string(),
  /** The message the answer was shown in (one vote per user per answer). */
  answerId: z.string(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

export type VoteInput = Omit<FeedbackRecord, 'time' | 'user'> & { userId: string; time?: Date };

export type VoteResult = 'recorded' | 'already-voted';

export class FeedbackStore {
  readonly dir: string;
  #salt: Promise<string> | undefined;
  #votes: Promise<Set<string>> | undefined;
  /** Writes one after another, so two presses of one user never both pass the duplicate check. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string) {
    this.dir = dir;
  }

  get file(): string {
    return join(this.dir, FEEDBACK_FILE);
  }

  /** Appends a vote unless this user already voted on this answer. */
  record(input: VoteInput): Promise<VoteResult> {
    const run = this.#queue.then(async () => {
      const user = await this.hashUser(input.userId);
      const votes = await this.votes();
      const key = `${input.answerId}\u0000${user}`;
      if (votes.has(key)) return 'already-voted' as const;
      const record: FeedbackRecord = {
        time: (input.time ?? new Date()).toISOString(),
        vote: input.vote,
        question: input.question,
        answer: input.answer,
        articleIds: input.articleIds,
        guildId: input.guildId,
        user,
        answerId: input.answerId,
      };
      await mkdir(this.dir, { recursive: true });
      await appendFile(this.file, `${JSON.stringify(record)}\n`, 'utf8');
      votes.add(key);
      return 'recorded' as const;
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The salted hash a user id is stored as. */
  async hashUser(userId: string): Promise<string> {
    const salt = await this.salt();
    return createHash('sha256').update(`${salt}:${userId}`).digest('hex').slice(0, 32);
  }

  private salt(): Promise<string> {
    this.#salt ??= (async () => {
      const path = join(this.dir, SALT_FILE);
      try {
        const existing = (await readFile(path, 'utf8')).trim();
        if (existing.length >= 16) return existing;
      } catch {
        // Not made yet.
      }
      await mkdir(this.dir, { recursive: true });
      const salt = randomBytes(32).toString('hex');
      await writeFile(path, `${salt}\n`, { mode: 0o600 });
      return salt;
    })();
    return this.#salt;
  }

  private votes(): Promise<Set<string>> {
    this.#votes ??= readFeedback(this.file).then(
      ({ records }) => new Set(records.map((record) => `${record.answerId}\u0000${record.user}`)),
    );
    return this.#votes;
  }
}

/** Every well-formed record of a feedback file, and how many lines were not (a torn last line). */
export async function readFeedback(file: string): Promise<{ records: FeedbackRecord[]; skipped: number }> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { records: [], skipped: 0 };
  }
  const records: FeedbackRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = feedbackRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}
