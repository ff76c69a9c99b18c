// In a place's own plan its bodies go by the level word: 隆安县公安局 is written 县公安局 there, and the
// short-form hint names that form, not the place's full name.
import * as assert from 'assert';
import * as path from 'path';
import { ROOT, core, node } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ownPlaceForm } = require(path.join(ROOT, 'server/out/core/rules/unknown-unit')) as typeof import('../../server/src/core/rules/unknown-unit');

describe('a body of the plan’s own place', () => {
  it('is written with the level word for the place', () => {
    assert.strictEqual(ownPlaceForm('隆安县公安局', '隆安县'), '县公安局');
    assert.strictEqual(ownPlaceForm('隆安县市场监督管理局', '南宁市隆安县'), '县市场监督管理局');
    assert.strictEqual(ownPlaceForm('沙坡头区发展和改革局', '沙坡头区'), '区发展和改革局');
    assert.strictEqual(ownPlaceForm('中共贺兰县委党校', '贺兰县'), '县委党校');
    assert.strictEqual(ownPlaceForm('国家税务总局贺兰县税务局', '贺兰县'), '县税务局');
  });

  it('near misses: another place’s body, a Party body, no place known', () => {
    assert.strictEqual(ownPlaceForm('武鸣区公安分局', '隆安县'), undefined);
    assert.strictEqual(ownPlaceForm('中共南宁市委党校', '隆安县'), undefined);
    assert.strictEqual(ownPlaceForm('隆安县公安局', undefined), undefined);
    assert.strictEqual(ownPlaceForm('隆安县', '隆安县'), undefined);
  });

  it('a hint in another place’s plan still names the full name', () => {
    const { prepared } = node.baselines.getPrepared('guangxi-2022');
    const local = core.units.parseUnitsFile('隆安县公安局 = 县公安局\n').entries;
    const registry = core.engine.makeRegistry(prepared, local);
    const text = '武鸣区人民政府办公室关于印发武鸣区数字政府建设实施方案的通知\n（一）加强网络安全（责任单位：县公安局；完成时限：长期坚持）。\n';
    const hints = core.analyze.analyze(text, prepared, { registry }).findings.filter((f) => f.rule === 'unknown-unit').map((f) => f.message);
    assert.ok(hints.some((m) => m.includes('规范名称为“隆安县公安局”')), hints.join('\n'));
  });
});
