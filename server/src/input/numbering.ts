// Word's automatic list numbering (numbering.xml, styles.xml): computes the "一、", "（一）", "1."
// text that Word shows before a numbered paragraph but does not store in the paragraph itself.
import { attribute, scanXml } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: 'tab' | 'space' | 'nothing';
}

/** Numbering properties of a paragraph style, after following basedOn. */
interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export class ListNumbering {
  private readonly abstractLevels = new Map<string, Level[]>();
  private readonly numToAbstract = new Map<string, string>();
  private readonly startOverrides = new Map<string, Map<number, number>>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly counters = new Map<string, number[]>();
  private readonly startedNums = new Set<string>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined, prefix: string) {
    if (numberingXml) this.readNumbering(numberingXml, prefix);
    if (stylesXml) this.readStyles(stylesXml, prefix);
  }

  /** Numbering of a paragraph style (used when the paragraph itself has no w:numPr). */
  styleNumbering(styleId: string): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let current: string | undefined = styleId;
    for (let depth = 0; current && depth < 10; depth++) {
      const style = this.styles.get(current);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      current = style.basedOn;
    }
    return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
  }

  /** Advances the list counter and returns the label text (with its suffix), or '' when none. */
  next(numId: string, ilvl: number): string {
    const abstractId = this.numToAbstract.get(numId);
    if (abstractId === undefined || numId === '0') return '';
    const levels = this.abstractLevels.get(abstractId);
    const level = levels?.[ilvl];
    if (!levels || !level) return '';
    let counters = this.counters.get(abstractId);
    if (!counters || !this.startedNums.has(numId)) {
      const overrides = this.startOverrides.get(numId);
      if (!counters || overrides) counters = levels.map((candidate, index) => (overrides?.get(index) ?? candidate.start) - 1);
      this.counters.set(abstractId, counters);
      this.startedNums.add(numId);
    }
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) counters[deeper] = (levels[deeper]?.start ?? 1) - 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = Math.max(counters![index] ?? 0, levels[index]?.start ?? 1);
      return formatNumber(value, levels[index]?.format ?? 'decimal');
    });
    if (label === '') return '';
    // A tab after the label is dropped (the core expects "一、总体要求"), except after a bare number.
    const needsSpace = /[0-9A-Za-z]$/.test(label);
    return label + (level.suffix === 'space' || (level.suffix === 'tab' && needsSpace) ? ' ' : '');
  }

  private readNumbering(xml: string, prefix: string): void {
    const p = prefix + ':';
    let abstractId: string | undefined;
    let levels: Level[] = [];
    let level: Level | undefined;
    let levelIndex = 0;
    let numId: string | undefined;
    let overrideLevel = -1;
    scanXml(xml, {
      open: (name, attributes) => {
        if (name === p + 'abstractNum') {
          abstractId = attribute(attributes, p + 'abstractNumId');
          levels = [];
        } else if (name === p + 'lvl' && abstractId !== undefined) {
          levelIndex = Number(attribute(attributes, p + 'ilvl') ?? 0);
          level = { start: 1, format: 'decimal', text: '', suffix: 'tab' };
        } else if (level && name === p + 'start') {
          level.start = Number(attribute(attributes, p + 'val') ?? 1) || 0;
        } else if (level && name === p + 'numFmt') {
          level.format = attribute(attributes, p + 'val') ?? 'decimal';
        } else if (level && name === p + 'lvlText') {
          level.text = attribute(attributes, p + 'val') ?? '';
        } else if (level && name === p + 'suff') {
          const suffix = attribute(attributes, p + 'val');
          level.suffix = suffix === 'space' || suffix === 'nothing' ? suffix : 'tab';
        } else if (name === p + 'num') {
          numId = attribute(attributes, p + 'numId');
        } else if (numId !== undefined && name === p + 'abstractNumId') {
          const target = attribute(attributes, p + 'val');
          if (target !== undefined) this.numToAbstract.set(numId, target);
        } else if (numId !== undefined && name === p + 'lvlOverride') {
          overrideLevel = Number(attribute(attributes, p + 'ilvl') ?? -1);
        } else if (numId !== undefined && overrideLevel >= 0 && name === p + 'startOverride') {
          const overrides = this.startOverrides.get(numId) ?? new Map<number, number>();
          overrides.set(overrideLevel, Number(attribute(attributes, p + 'val') ?? 1) || 0);
          this.startOverrides.set(numId, overrides);
        }
      },
      close: (name) => {
        if (name === p + 'lvl' && level) {
          if (levelIndex >= 0 && levelIndex < 9) levels[levelIndex] = level;
          level = undefined;
        } else if (name === p + 'abstractNum' && abstractId !== undefined) {
          for (let index = 0; index < levels.length; index++) levels[index] ??= { start: 1, format: 'decimal', text: '', suffix: 'tab' };
          this.abstractLevels.set(abstractId, levels);
          abstractId = undefined;
        } else if (name === p + 'num') {
          numId = undefined;
        } else if (name === p + 'lvlOverride') {
          overrideLevel = -1;
        }
      },
      text: () => undefined,
    });
  }

  private readStyles(xml: string, prefix: string): void {
    const p = prefix + ':';
    let styleId: string | undefined;
    let style: StyleNumbering = {};
    scanXml(xml, {
      open: (name, attributes) => {
        if (name === p + 'style') {
          styleId = attributes.includes('paragraph') ? attribute(attributes, p + 'styleId') : undefined;
          style = {};
        } else if (styleId === undefined) {
          return;
        } else if (name === p + 'basedOn') {
          const value = attribute(attributes, p + 'val');
          if (value !== undefined) style.basedOn = value;
        } else if (name === p + 'numId') {
          const value = attribute(attributes, p + 'val');
          if (value !== undefined) style.numId = value;
        } else if (name === p + 'ilvl') {
          style.ilvl = Number(attribute(attributes, p + 'val') ?? 0) || 0;
        }
      },
      close: (name) => {
        if (name === p + 'style' && styleId !== undefined) {
          this.styles.set(styleId, style);
          styleId = undefined;
        }
      },
      text: () => undefined,
    });
  }
}

const CHINESE_DIGITS = '零一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** Formats a list counter the way Word does for the formats that occur in Chinese documents. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return chineseCounting(value);
    case 'chineseLegalSimplified':
      return chineseCounting(value).replace(/[一二三四五六七八九十百千零]/g, (c) => '壹贰叁肆伍陆柒捌玖拾佰仟零'['一二三四五六七八九十百千零'.indexOf(c)]!);
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? HEAVENLY_STEMS[value - 1]! : String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCharCode(0x41 + ((Math.max(value, 1) - 1) % 26)).repeat(Math.floor((Math.max(value, 1) - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman': {
      const roman = toRoman(value);
      return format === 'upperRoman' ? roman : roman.toLowerCase();
    }
    default:
      return String(value);
  }
}

function chineseCounting(value: number): string {
  if (value <= 0 || value >= 10000) return String(value);
  const thousands = Math.floor(value / 1000);
  const hundreds = Math.floor((value % 1000) / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let text = '';
  if (thousands) text += CHINESE_DIGITS[thousands] + '千';
  if (hundreds) text += CHINESE_DIGITS[hundreds] + '百';
  else if (thousands && (tens || ones)) text += '零';
  if (tens) text += (tens === 1 && value < 20 ? '' : CHINESE_DIGITS[tens]) + '十';
  else if (hundreds && ones) text += '零';
  if (ones) text += CHINESE_DIGITS[ones];
  return text;
}

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, letters] of table) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}
