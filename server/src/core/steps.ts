// Analysis in steps: the long phases are generators that pause between units of work, so that a
// front end can run a large check in slices (and drop it for a newer version); `drain` runs one at once.

/** A computation that pauses (yields) between units of work and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, without pausing. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
