// A cache keyed by a piece of the document's text and a short context string. The text is looked up
// as a slice of the document (never concatenated into a longer key), so a lookup copies nothing.

/** Values by (text, context); when full, the text stored first is dropped with all its contexts. */
export class TextKeyedCache<V> {
  private readonly byText = new Map<string, Map<string, V>>();
  private count = 0;
  constructor(private readonly limit: number) {}

  get(text: string, context: string): V | undefined {
    return this.byText.get(text)?.get(context);
  }

  set(text: string, context: string, value: V): void {
    let inner = this.byText.get(text);
    if (!inner) {
      // Kept as a copy: a slice of the document would keep that whole version of it alive.
      text = detach(text);
      while (this.count >= this.limit && this.byText.size) {
        const [oldest, entries] = this.byText.entries().next().value!;
        this.count -= entries.size;
        this.byText.delete(oldest);
      }
      this.byText.set(text, (inner = new Map()));
    }
    if (!inner.has(context)) this.count++;
    inner.set(detach(context), value);
  }

  /** How many values are kept. */
  get size(): number {
    return this.count;
  }

  clear(): void {
    this.byText.clear();
    this.count = 0;
  }
}

/**
 * A string with the same characters that holds no reference to the string it was sliced from. V8
 * keeps a slice (13 characters or more) as a view into its parent, so a cache key sliced from one
 * version of a document would keep that whole version alive; prefixing a character and slicing it off
 * again copies the characters into a string of their own.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : ('\u0000' + s).slice(1);
}
