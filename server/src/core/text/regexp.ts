// Text as a literal inside a regular expression.

/** `s` with every character a regular expression gives a meaning escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
