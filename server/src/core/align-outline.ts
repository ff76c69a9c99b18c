// Aligns each outline unit of a draft to its best baseline clauses and tasks, with thresholds
// below which a unit gets no match rather than a weak guess.
import { queryTokens, tokenize } from './align';
import type { PreparedBaseline } from './engine';
import type { Alignment, ClauseMatch, OutlineUnit } from './types';

/** Minimum cosine score for a clause or task to count as matched. */
export const CLAUSE_THRESHOLD = 0.2;
export const TASK_THRESHOLD = 0.2;
/** A unit "takes up" a task or addresses a pillar at this score or above. */
export const COVER_THRESHOLD = 0.22;

/** Aligns every outline unit to its best clauses and tasks. */
export function alignOutline(text: string, outline: OutlineUnit[], prepared: PreparedBaseline): Alignment[] {
  const out: Alignment[] = [];
  for (const u of outline) {
    const bodyText = text.slice(u.titleSpan.end, Math.min(u.end, u.titleSpan.end + 400));
    const title = u.kind === 'paragraph' ? '' : u.title;
    const tTok = title ? tokenize(prepared.segmenter, title) : [];
    const bTok = tokenize(prepared.segmenter, bodyText);
    // The enclosing heading's title is context: a sub-item under 驱动数字经济发展 is about it.
    const parent = u.parent !== undefined ? outline[u.parent] : undefined;
    if (parent && u.kind !== 'heading') bTok.push(...tokenize(prepared.segmenter, parent.title), ...tokenize(prepared.segmenter, parent.title));
    if (tTok.length + bTok.length < 2) {
      out.push({ unit: u.index, clauses: [], tasks: [] });
      continue;
    }
    const scored = queryTokens(prepared.index, tTok, bTok, 5);
    const clauses: ClauseMatch[] = [];
    const tasks: { no: number; score: number }[] = [];
    for (const s of scored) {
      const score = Math.round(s.score * 1000) / 1000;
      if (s.doc.kind === 'clause' && score >= CLAUSE_THRESHOLD && clauses.length < 3) {
        const c = prepared.clauseById.get(s.doc.key)!;
        clauses.push({ id: c.id, title: c.title, path: c.path, score });
      } else if (s.doc.kind === 'task' && score >= TASK_THRESHOLD && tasks.length < 3) {
        tasks.push({ no: Number(s.doc.key), score });
      }
    }
    out.push({ unit: u.index, clauses, tasks });
  }
  return out;
}

