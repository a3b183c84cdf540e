/**
 * The render stage: pure functions from answers and lookups to Discord message payloads.
 * Only this stage knows Discord's limits; every payload it returns has `allowedMentions: { parse: [] }`.
 */
export { citationsNeeded, CITATIONS_PER_PAGE, renderAnswer, renderSourcesPage } from './answer.ts';
export { renderChoices } from './choices.ts';
export { cut, ELLIPSIS } from './cut.ts';
export { renderFacts } from './facts.ts';
export { labelsFor, languageOf, type Labels, type Language } from './labels.ts';
export * from './limits.ts';
export {
  compactQuestion,
  MORE_SOURCES_PREFIX,
  moreSourcesId,
  parseMoreSourcesId,
  recoverQuestion,
  type MoreSourcesState,
} from './moreSourcesId.ts';
export { renderApology, renderShuttingDown } from './notices.ts';
export { embedLength, type EphemeralPayload, ephemeral, message, noMentions, type ReplyPayload } from './payload.ts';
export { renderQuotes } from './quotes.ts';
export { renderSources } from './sources.ts';
export { renderBrief, type BriefRenderOptions } from './brief.ts';
export { briefingLabelsFor, readTopicLine, type BriefingLabels } from './briefingLabels.ts';
export { factText, renderCheck } from './check.ts';
export { inert } from './echo.ts';
export { pageId, parsePageId, recoverText, type PageState } from './pageId.ts';
export { paginate, pageButtons, PAGE_CHARS } from './pages.ts';
export { dateLabel, renderTimeline } from './timeline.ts';
export {
  FEEDBACK_DOWN_ID,
  FEEDBACK_UP_ID,
  FOLLOW_UP_ID,
  readShownAnswer,
  type ShownAnswer,
  withAnswerActions,
} from './answerActions.ts';
export {
  type AddedArticleView,
  type AddProblem,
  renderAddProblem,
  renderAddProblemEdit,
  renderAdded,
  renderRemoved,
} from './added.ts';
