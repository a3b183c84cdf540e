/** The answer stage: `answer(question)` and the look-ups behind `/quote` and `/facts`. */
export { createEngine, engineOver, loadEngine, prepareEngine, type EngineOptions } from './engine.ts';
export { EngineHolder } from './holder.ts';
export { EngineThread, WorkerEngine } from './workerEngine.ts';
export { callEngine, ENGINE_METHODS, forwardEngine, isEngineMethod, type EngineCall, type EngineMethod } from './forward.ts';
export { boundInput, INPUT_LIMITS, type InputKind } from './limits.ts';
export type { LibrarySearch } from './library.ts';
export { analyzeQuestion, MAX_QUESTION_LENGTH, type QuestionAnalysis } from './question.ts';
export { prepareQuestion, type PreparedQuestion } from './prepare.ts';
export type * from './types.ts';
