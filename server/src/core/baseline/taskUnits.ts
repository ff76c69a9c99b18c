// Responsible units of one baseline task, gathered from one or more cells or annotation fields
// (责任单位, 牵头单位, 配合单位), each with the role its label implies when the text names none.
import { parseUnitCell } from '../extract/units';
import type { TaskUnits } from './schema';

export type FieldRole = 'lead' | 'responsible' | 'cooperating';

export interface UnitField {
  raw: string;
  /** The role implied by the column or label (牵头单位 → lead); verbs in the text still decide first. */
  role: FieldRole;
}

/** Role a column or annotation label implies: 牵头单位 → lead, 配合单位 → cooperating, else responsible. */
export function roleOfLabel(label: string): FieldRole {
  if (/牵头|牽頭/.test(label)) return 'lead';
  if (/配合|协同|協同|参与|參與|协助|協助/.test(label)) return 'cooperating';
  return 'responsible';
}

/** Parses the fields into one TaskUnits; `firstListedLeads` makes the first named unit the lead when none is. */
export function taskUnitsOf(fields: UnitField[], firstListedLeads = false): TaskUnits {
  const units: TaskUnits = { lead: [], responsible: [], cooperating: [], collectives: [] };
  const add = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };
  for (const field of fields) {
    for (const m of parseUnitCell(field.raw).mentions) {
      if (m.collective) {
        add(units.collectives, m.name);
        continue;
      }
      const role = m.role === 'unspecified' ? field.role : m.role;
      add(role === 'lead' ? units.lead : role === 'cooperating' ? units.cooperating : units.responsible, m.name);
    }
  }
  if (firstListedLeads && units.lead.length === 0 && units.responsible.length > 0) {
    units.lead.push(units.responsible.shift()!);
  }
  return units;
}

/** The unit text as written: one cell as it is, several labelled fields joined (牵头：…；配合：…). */
export function unitsRawOf(fields: UnitField[]): string {
  if (fields.length === 1) return fields[0]!.raw;
  const label: Record<FieldRole, string> = { lead: '牵头', responsible: '责任', cooperating: '配合' };
  return fields.map((f) => `${label[f.role]}：${f.raw}`).join('；');
}
