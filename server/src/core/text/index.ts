// Text helpers for matching: same-length folding and damage-removing collapse with an offset map.
export { foldForMatching, isMostlyTraditional } from './fold';
export { collapseForMatching, type CollapsedText } from './collapse';
export { blankReviewComments, blankTrackedChanges, linesMarkedDeleted } from './review';
export { blankErrata, blankRevisionTables, blankSuperseded } from './revision';
export { blankFootnoteMarks, footnoteMarks } from './footnotes';
export { blankPageFurniture } from './furniture';
export { blankLineNumbers } from './line-numbers';
export { isHtmlSource, readHtmlSource, readReferences } from './html-source';
export { readOaExport } from './oa-export';
export { blankReferenceAttachments } from './reference';
export { blankDraftingNotes, draftingNoteSpans, ownAccount } from './drafting-notes';
export { blankRoutingSheet } from './routing';
export { blankWebPage } from './webpage';
export { cnDigit, cnNumber } from './numerals';
