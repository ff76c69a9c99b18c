// Fixture folders with expected output: test/fixtures/<feature>/<case>/. UPDATE_EXPECT=1
// rewrites the expected files instead of comparing; a reviewer reads the diff.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './server';

export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** Calls fn for every case folder under test/fixtures/<feature>. */
export function forEachFixture(feature: string, fn: (name: string, dir: string) => void): void {
  const dir = path.join(FIXTURES, feature);
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) fn(name, full);
  }
}

/** Compares `actual` with the JSON in `expectedPath`, or rewrites it when UPDATE_EXPECT=1. */
export function expectJson(actual: unknown, expectedPath: string): void {
  const text = JSON.stringify(actual, null, 2) + '\n';
  if (process.env.UPDATE_EXPECT === '1') {
    fs.writeFileSync(expectedPath, text);
    return;
  }
  assert.ok(fs.existsSync(expectedPath), `缺少期望文件 ${expectedPath}（用 UPDATE_EXPECT=1 生成后审阅）`);
  assert.deepStrictEqual(JSON.parse(text), JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
}

/** 1-based line of `offset` (\n, \r\n and \r end a line, as in the outline parser). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * Every draft-like text in the repository: the .txt files of seeds/, test/fixtures/ and test/blind/ (not
 * generated fixtures, and not seeds/segment/, the engine's dictionary), sorted.
 */
export function textCorpus(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'generated' && !(e.name === 'segment' && path.basename(d) === 'seeds')) walk(p);
      else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
    }
  };
  for (const d of ['seeds', 'test/fixtures', 'test/blind']) walk(path.join(ROOT, d));
  return out.sort();
}
