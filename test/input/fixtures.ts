// Generates the input fixtures once per test run into a temporary directory (removed afterwards)
// with scripts/make-input-fixtures.js, and gives tests the original draft text to compare with.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixtureScript } from './server-modules';

let generated: Promise<{ dir: string; files: Record<string, string> }> | undefined;

export function inputFixtures(): Promise<{ dir: string; files: Record<string, string> }> {
  generated ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-input-'));
    const files = await fixtureScript.makeInputFixtures(dir);
    return { dir, files };
  })();
  return generated;
}

export async function fixtureBytes(name: string): Promise<Uint8Array> {
  const { files } = await inputFixtures();
  const file = files[name];
  if (!file) throw new Error(`no fixture ${name}`);
  return fs.readFileSync(file);
}

/** The Wuzhong draft with LF line endings, as the fixtures were made from. */
export function originalDraft(): string {
  return fs.readFileSync(fixtureScript.SEED, 'utf8').replace(/\r\n?/g, '\n');
}

after(async () => {
  if (generated) fs.rmSync((await generated).dir, { recursive: true, force: true });
});
