// Paragraphs that tell the past (工作基础, 发展现状): what they name was done before the plan, not set by it.

/**
 * A paragraph that opens by looking back (近年来，…, 党的十八大以来，…, 2020年以来，…): its later sentences go on
 * telling what was done (…印发后，我县完成…，2021年建成…), whatever words each sentence opens with.
 */
const LOOKS_BACK_OPENING = /^[\s\u3000]*(?:近年来|近年來|近几年|近幾年|多年来|多年來|过去几年|過去幾年|(?:“?十三五”?|党的十八大|党的二十大|[0-9]{4}年)以来)/;

export function looksBackFromItsStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return LOOKS_BACK_OPENING.test(text.slice(lineStart, Math.min(at, lineStart + 16)));
}
