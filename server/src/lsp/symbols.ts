// Document symbols (headings, sub-items and task rows as a hierarchy) and folding ranges by heading.
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { toDocumentSymbols, toFoldingRanges } from './convert';
import type { Analysis } from './documents';
import { alignmentLabel, alignmentOf } from './query';

export function provideDocumentSymbols(a: Analysis): DocumentSymbol[] {
  return toDocumentSymbols(a.text, a.lines, a.result.outline, (u) => alignmentLabel(a, alignmentOf(a, u)));
}

export function provideFoldingRanges(a: Analysis): FoldingRange[] {
  return toFoldingRanges(a.text, a.lines, a.result.outline);
}
