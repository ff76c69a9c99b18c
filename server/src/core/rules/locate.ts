// Helpers for rules: which outline unit contains an offset, and which baseline task a unit
// implements.
import type { Alignment, OutlineUnit } from '../types';

/** The innermost outline unit containing `offset` (leaves win over headings). */
export function unitAt(outline: OutlineUnit[], offset: number): OutlineUnit | undefined {
  let best: OutlineUnit | undefined;
  // Units are in document order; binary search for the last unit starting at or before offset.
  let lo = 0;
  let hi = outline.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (outline[mid]!.start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = hi; i >= 0 && i >= hi - 50; i--) {
    const u = outline[i]!;
    if (u.start <= offset && offset < Math.max(u.end, u.start + 1)) {
      if (!best || u.level > best.level) best = u;
      if (u.kind !== 'heading') break;
    }
  }
  return best;
}

/** The best task for a unit, if its score is at least `min`. */
export function bestTask(alignments: Alignment[], unit: OutlineUnit | undefined, min: number): { no: number; score: number } | undefined {
  if (!unit) return undefined;
  const t = alignments[unit.index]?.tasks[0];
  return t && t.score >= min ? t : undefined;
}
