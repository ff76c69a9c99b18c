// Registry of all rules, in the order their findings are reported.
import { basisMismatch } from './basis-mismatch';
import { deadlineInvalid } from './deadline-invalid';
import { deadlineLaterThanBaseline } from './deadline-later-than-baseline';
import { garbledText } from './garbled-text';
import { missingPillar } from './missing-pillar';
import { placeholderUnfilled } from './placeholder-unfilled';
import type { Rule } from './rule';
import { taskUncovered } from './task-uncovered';
import { unknownUnit } from './unknown-unit';

export const ALL_RULES: Rule[] = [
  missingPillar,
  taskUncovered,
  deadlineLaterThanBaseline,
  deadlineInvalid,
  unknownUnit,
  basisMismatch,
  garbledText,
  placeholderUnfilled,
];
