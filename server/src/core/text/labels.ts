// The field labels of an inline responsibility note (（责任单位：…；完成时限：…）), Simplified and
// Traditional, as regular-expression alternations shared by the note reader and the aligner. Offices
// write many words for the same two fields: 牵头部门, 主责单位, 责任主体, 实施主体, 协同部门, 承办单位 … for the units,
// 完成期限, 时间节点, 进度要求, 时间安排, 截止时间 … for the time.

/** Labels of a field naming units (longer words before their prefixes). */
export const UNIT_LABELS = [
  '责任单位', '牵头单位', '配合单位', '責任單位', '牽頭單位', '配合單位',
  '牵头部门', '牽頭部門', '配合部门', '配合部門', '协同部门', '協同部門', '协同单位', '協同單位', '责任部门', '責任部門',
  '主责单位', '主責單位', '主责部门', '主責部門', '责任主体', '責任主體', '实施主体', '實施主體', '实施单位', '實施單位',
  '参与单位', '參與單位', '参与部门', '參與部門', '协办单位', '協辦單位', '协办部门', '協辦部門',
  '主办单位', '主辦單位', '主办部门', '主辦部門', '督办单位', '督辦單位', '督办部门', '督辦部門',
  '承办单位', '承辦單位', '承办部门', '承辦部門', '落实单位', '落實單位', '落实部门', '落實部門', '执行单位', '執行單位',
  '承担单位', '承擔單位', '负责单位', '負責單位', '负责部门', '負責部門',
  '业务指导单位', '業務指導單位', '指导单位', '指導單位', '指导部门', '指導部門',
].join('|');

/** Labels of a field giving the time (完成时间节点 before 完成时间). */
export const DATE_LABELS = [
  '完成时限', '完成時限', '完成期限', '完成时间节点', '完成時間節點', '时间节点', '時間節點', '进度要求', '進度要求', '时间安排', '時間安排', '整改时限', '整改時限',
  '整改期限', '办结时限', '辦結時限', '办结期限', '辦結期限', '推进时限', '推進時限', '截止时间', '截止時間', '截止日期', '完成日期', '完成节点', '完成節點',
  '时间要求', '時間要求', '计划完成时间', '計劃完成時間',
].join('|');

/**
 * Labels of a field naming the leader who answers for the work, by post or by name (牵头领导：县委常委、常务副县长): a
 * person, not a body; the field is part of the note, and its value is no unit.
 */
export const LEADER_LABELS = [
  '牵头领导', '牽頭領導', '责任领导', '責任領導', '分管领导', '分管領導', '包抓领导', '包抓領導', '联系领导', '聯繫領導',
  '牵头县领导', '牵头市领导', '牵头区领导', '责任县领导', '责任市领导', '责任区领导', '县级领导', '市级领导', '区级领导',
].join('|');

/** Whether a note's label names a leader (see LEADER_LABELS). */
export function isLeaderLabel(label: string): boolean {
  return LEADER_LABEL.test(label);
}
const LEADER_LABEL = new RegExp(`^(?:${LEADER_LABELS})\\s*[：:】]?$`);

/**
 * Labels of a field naming the person in charge, with the body after the name in brackets (责任人：马某某（县大数据
 * 服务中心主任）): the person is no unit; the body in brackets is.
 */
export const PERSON_LABELS = ['具体负责人', '具體負責人', '牵头负责人', '牽頭負責人', '责任人', '責任人', '负责人', '負責人', '联系人', '聯繫人'].join('|');

/** Whether a note's label names a person in charge (see PERSON_LABELS). */
export function isPersonLabel(label: string): boolean {
  return PERSON_LABEL.test(label);
}
const PERSON_LABEL = new RegExp(`^(?:${PERSON_LABELS})\\s*[：:】]?$`);

export const NOTE_LABELS = `${LEADER_LABELS}|${PERSON_LABELS}|${UNIT_LABELS}|${DATE_LABELS}`;

/**
 * Labels of a note's field for the date the work reaches everywhere, after its pilots (…；试点：宁安镇、石空镇，2024年6月底前；
 * 全面推广：2025年6月底前）): the work's completion.
 */
export const ROLLOUT_LABELS = ['全面推广', '全面推開', '全面推开', '全县推开', '全縣推開', '全区推开', '全區推開', '全市推开', '全市推開', '全面铺开', '全面鋪開'].join('|');

/** Labels of the pilots' own field (试点：宁安镇、石空镇，2024年6月底前): a step on the way, not read as a date. */
export const PILOT_LABELS = ['试点时间', '試點時間', '试点范围', '試點範圍', '试点', '試點'].join('|');

export function isPilotLabel(label: string): boolean {
  return PILOT_LABEL.test(label);
}
const PILOT_LABEL = new RegExp(`^(?:${PILOT_LABELS})$`);

/**
 * A unit label's role: the lead (牵头, 主责, 主办), those who work with it (配合, 协同, 参与, 协办) or watch over it from
 * outside (督办, like guidance), or unstated.
 */
export function labelRole(label: string): 'lead' | 'cooperating' | undefined {
  // Bodies that guide the work (指导单位: the county's bodies in a town's plan) watch over it from above, as those who
  // cooperate help with it: neither leads.
  return /牵头|牽頭|主责|主責|主办|主辦/.test(label) ? 'lead' : /配合|协同|協同|参与|參與|协办|協辦|督办|督辦|指导|指導/.test(label) ? 'cooperating' : undefined;
}

/**
 * A mark a table sets beside a row's bodies, task or date (★ 重点, ▲ 新增, ◎ 共建, ※1 见备注), with a note's number after ※;
 * a note under the table explains it. No part of the name or date it stands beside (global: use with replace).
 */
export const TABLE_MARK = /[※◎★▲☆△◆◇](?:[0-9]{1,2})?/g;
/** Cheap test for TABLE_MARK. */
export const TABLE_MARK_TEST = /[※◎★▲☆△◆◇]/;
