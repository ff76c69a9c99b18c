// The region's places (Baseline.places): which city a draft's own place is, or belongs to.
import type { Place } from './schema';

/** The city entry of a place: the city itself (中卫市) or the city whose counties list it (中宁县 → 中卫市). */
export function homeOf(places: readonly Place[] | undefined, place: string | undefined): Place | undefined {
  if (!places?.length || !place) return undefined;
  return places.find((p) => p.city === place || p.counties.includes(place));
}
