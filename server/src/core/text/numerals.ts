// Chinese numerals as dates write them: a year digit by digit (二〇二五), a month or day up to 31
// (十一, 二十八, 三十一).

const DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of one Chinese digit (一 1, 〇 0); undefined for any other character. */
export function cnDigit(c: string): number | undefined {
  return DIGITS[c];
}

/** 二〇二三 → 2023 (a year, digit by digit); 十二 → 12, 三十一 → 31; NaN when it is no such numeral. */
export function cnNumber(s: string, isYear = false): number {
  if (isYear) return [...s].every((c) => DIGITS[c] !== undefined) ? Number([...s].map((c) => DIGITS[c]).join('')) : NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] ?? NaN : NaN;
  const tens = ten === 0 ? 1 : DIGITS[s[0]!] ?? NaN;
  const ones = ten === s.length - 1 ? 0 : DIGITS[s[ten + 1]!] ?? NaN;
  return tens * 10 + ones;
}
