// Output formats of `xianjie check` for CI platforms (GitHub Actions, JUnit readers, reviewdog,
// GitLab Code Quality). Each one is a pure function of the JSON contract and the checked texts.
import { toCodeClimate } from './codeclimate';
import { toGithub } from './github';
import { toJunit } from './junit';
import { toRdjson } from './rdjson';
import type { FormatContext } from './shared';

export type { FormatContext } from './shared';


export const CI_FORMATS = {
  github: toGithub,
  junit: toJunit,
  rdjson: (c: FormatContext) => JSON.stringify(toRdjson(c), null, 2) + '\n',
  codeclimate: (c: FormatContext) => JSON.stringify(toCodeClimate(c), null, 2) + '\n',
} as const;

export type CiFormat = keyof typeof CI_FORMATS;
export const CI_FORMAT_NAMES = Object.keys(CI_FORMATS) as CiFormat[];
