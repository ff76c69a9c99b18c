// A plan's own stages (实施步骤: 第一阶段 动员部署（2024年3月—4月）…), and 完成时限 cells that name one
// (第二阶段完成, 第一阶段启动，第三阶段取得明显成效): the work named for a stage is due when that stage ends.
import { parseDeadline } from './deadlines';
import { cnNumber } from '../text/numerals';
import { escapeRegExp } from '../text/regexp';

/** A stage the plan defines: how a cell may name it, and the date its period ends (2025年6月). */
export interface Stage {
  /** 第二阶段, and the stage's name when it has one (集中攻坚阶段, 集中攻坚). */
  names: string[];
  /** The period as written (2024年5月—2025年6月). */
  period: string;
  /** Its end, in the words a 完成时限 is written in (2025年6月, 2025年). */
  end: string;
}

/** 一…九十九, or Arabic digits. */
function ordinal(s: string): number | undefined {
  const n = /^[0-9]{1,2}$/.test(s) ? Number(s) : cnNumber(s);
  return Number.isNaN(n) || n < 1 ? undefined : n;
}

const CN = '一二三四五六七八九十';
/**
 * The start of a stage's definition: 第一阶段：动员部署, 第一阶段 动员部署阶段, （一）动员部署阶段, or with a short name for the
 * phase first, （一）近期：启动部署阶段 (group 5).
 */
const STAGE_HEAD = new RegExp(
  `^[\\s\\u3000]*(?:[0-9]{1,2}[.．、]\\s*)?(?:第([${CN}]{1,2}|[0-9]{1,2})阶段[：:、，,\\s\\u3000]*([\\u4e00-\\u9fff]{2,10})?|[（(]?([${CN}]{1,2})[）)、．.]\\s*(?:(近期|中期|远期|遠期|短期|长期|長期)[：:]\\s*)?([\\u4e00-\\u9fff]{2,8}?)阶段)`,
);
/** A period in the line: 2024年3月—4月, 2024年5月—2025年6月, 2024年3月1日至4月30日, 2024年—2025年. */
const STAGE_PERIOD = /([0-9]{4})\s*年\s*(?:([0-9]{1,2})\s*月(?:\s*[0-9]{1,2}\s*日)?)?\s*(?:[—–\-~～]+|至|到)\s*(?:([0-9]{4})\s*年)?\s*(?:([0-9]{1,2})\s*月(?:\s*[0-9]{1,2}\s*日)?)?(?:底|末)?/;

/**
 * The stages a plan defines, one per line that starts with a stage's label and gives its period
 * within the line (第二阶段：集中攻坚（2024年5月—2025年6月）。…). Stages are found only where the plan
 * itself says when each ends; a label without a period is no stage.
 */
export function findStages(text: string): Stage[] {
  if (!text.includes('阶段')) return [];
  const out: Stage[] = [];
  for (const line of text.split('\n')) {
    if (line.length > 400 || !line.includes('阶段')) continue;
    const head = STAGE_HEAD.exec(line);
    if (!head) continue;
    const n = ordinal(head[1] ?? head[3] ?? '');
    const name = (head[2] ?? head[5])?.replace(/阶段$/, '');
    const phase = head[4];
    const period = STAGE_PERIOD.exec(line.slice(head[0].length, head[0].length + 40));
    if (n === undefined || !period) continue;
    const [, y1, , y2, m2] = period;
    if (!m2 && !y2) continue;
    const endYear = y2 ?? y1!;
    const end = m2 ? `${endYear}年${Number(m2)}月` : `${endYear}年`;
    // The period must read as one (its end not before its start).
    if (parseDeadline(end).invalid) continue;
    const names = [stageLabel(n)];
    if (name && !/^(?:第|本|各|该)/.test(name)) names.push(`${name}阶段`, name);
    // A phase named in a word (近期, 中期, 远期): notes name it alone (完成时限：中期).
    if (phase) names.push(phase);
    if (out.some((s) => s.names[0] === names[0])) continue;
    out.push({ names, period: period[0], end });
  }
  return out;
}

/** A stage named in a 完成时限 cell: 第二阶段, 第2阶段, or a defined stage's name followed by 阶段. */
const STAGE_REF = new RegExp(`第(?:[${CN}]{1,2}|[0-9]{1,2})阶段`, 'g');

/** Whether a 完成时限 names a stage of the plan (第二阶段完成, 集中攻坚阶段, 中期完成 where the plan defines 中期). */
export function namesStage(raw: string, stages: Stage[]): boolean {
  if (stages.some((s) => s.names.some((n) => PHASE_WORD.test(n) && new RegExp(`^[\\s\\u3000]*${n}(?:${PHASE_AFTER})?[\\s\\u3000。]*$`).test(raw)))) return true;
  if (!raw.includes('阶段')) return false;
  STAGE_REF.lastIndex = 0;
  return STAGE_REF.test(raw) || stages.some((s) => s.names.slice(1).some((n) => n.endsWith('阶段') && raw.includes(n)));
}

/** A phase's short name (近期, 中期, 远期): named alone in a note, or with what is due then (中期完成, 中期取得明显成效). */
const PHASE_WORD = /^(?:近期|中期|远期|遠期|短期|长期|長期)$/;
const PHASE_AFTER = '内|內|前|完成|建成|实现|實現|取得明显成效|取得明顯成效|基本完成|全面完成|启动|啟動';

/**
 * A 完成时限 with each stage it names replaced by the date the stage ends (第二阶段完成 → 2025年6月完成),
 * and the stages it names; `missing` lists names the plan defines no period for.
 */
export function resolveStages(raw: string, stages: Stage[]): { text: string; used: Stage[]; missing: string[] } {
  const used: Stage[] = [];
  const missing: string[] = [];
  const byName = new Map<string, Stage>();
  for (const s of stages) for (const n of s.names) if (n.endsWith('阶段') || PHASE_WORD.test(n)) byName.set(n, s);
  // Defined names first (集中攻坚阶段), then any 第N阶段.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const text = raw.replace(new RegExp([...names, `第(?:[${CN}]{1,2}|[0-9]{1,2})阶段`].join('|'), 'g'), (m) => {
    const n = /^第([0-9]{1,2})阶段$/.exec(m);
    const key = n ? stageLabel(Number(n[1])) : m;
    const s = byName.get(key);
    if (!s) {
      if (!missing.includes(m)) missing.push(m);
      return m;
    }
    if (!used.includes(s)) used.push(s);
    return s.end;
  });
  return { text, used, missing };
}

/** 第N阶段 with N in Chinese numerals up to 十, in digits beyond (the key a stage is known by). */
function stageLabel(n: number): string {
  return `第${n <= 10 ? '零一二三四五六七八九十'[n] : n}阶段`;
}

