/**
 * Runs before every test file: every fast-check property uses one fixed seed, so the suite explores
 * the same cases on every run and machine. A failure prints the seed and the counterexample's path
 * (fast-check's own report), so it can be replayed; change FAST_CHECK_SEED to explore other cases.
 */
import fc from 'fast-check';

const seed = Number(process.env.FAST_CHECK_SEED ?? 20_261_127);
fc.configureGlobal({ seed, endOnFailure: false });
