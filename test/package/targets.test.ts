// The executable-header reader used to check packages (scripts/lib/targets.js): it recognises this
// machine's @node-rs/jieba binary as built for this machine and for no other target, and reads PE,
// Mach-O and WebAssembly headers by format and machine.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/server';

interface BinaryInfo {
  format: string;
  arch?: string;
  libc?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const targets = require(path.join(ROOT, 'scripts/lib/targets.js')) as {
  TARGETS: Record<string, { abi: string; format: string; arch: string; libc?: string }>;
  describeBinary(buf: Buffer): BinaryInfo;
  mismatch(target: string, info: BinaryInfo): string | undefined;
  hostTarget(): string | undefined;
};

/** A minimal PE header: MZ, e_lfanew at 0x3c, PE\0\0 and the machine field. */
function peHeader(machine: number): Buffer {
  const b = Buffer.alloc(0x100);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.writeUInt32LE(0x00004550, 0x80);
  b.writeUInt16LE(machine, 0x84);
  return b;
}

/** A minimal 64-bit little-endian Mach-O header: magic and cputype. */
function machoHeader(cpu: number): Buffer {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(cpu, 4);
  return b;
}

describe('package targets: executable headers', () => {
  const host = targets.hostTarget();

  it('this machine has a package target', () => {
    assert.ok(host, `${process.platform}-${process.arch}`);
  });

  it("reads this machine's installed engine binary as built for this target and no other", () => {
    const abi = targets.TARGETS[host!]!.abi;
    const dir = path.dirname(require.resolve(`@node-rs/jieba-${abi}/package.json`, { paths: [ROOT] }));
    const info = targets.describeBinary(fs.readFileSync(path.join(dir, `jieba.${abi}.node`)));
    assert.strictEqual(targets.mismatch(host!, info), undefined, JSON.stringify(info));
    const others = Object.keys(targets.TARGETS).filter((t) => t !== host && targets.mismatch(t, info) === undefined);
    assert.deepStrictEqual(others, []);
  });

  it('reads PE machines (x64, arm64) and tells them apart', () => {
    assert.deepStrictEqual(targets.describeBinary(peHeader(0x8664)), { format: 'pe', arch: 'x64' });
    assert.deepStrictEqual(targets.describeBinary(peHeader(0xaa64)), { format: 'pe', arch: 'arm64' });
    assert.strictEqual(targets.mismatch('win32-arm64', targets.describeBinary(peHeader(0xaa64))), undefined);
    assert.match(targets.mismatch('win32-arm64', targets.describeBinary(peHeader(0x8664)))!, /machine x64, expected arm64/);
    assert.match(targets.mismatch('linux-x64', targets.describeBinary(peHeader(0x8664)))!, /format pe, expected elf/);
  });

  it('reads Mach-O CPU types (x86_64, arm64)', () => {
    assert.strictEqual(targets.describeBinary(machoHeader(0x01000007)).arch, 'x64');
    assert.strictEqual(targets.mismatch('darwin-arm64', targets.describeBinary(machoHeader(0x0100000c))), undefined);
    assert.match(targets.mismatch('darwin-arm64', targets.describeBinary(machoHeader(0x01000007)))!, /machine x64/);
  });

  it('recognises WebAssembly and rejects what it cannot read', () => {
    assert.strictEqual(targets.describeBinary(Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0])).format, 'wasm');
    assert.strictEqual(targets.describeBinary(Buffer.from('not a binary')).format, 'unknown');
    assert.match(targets.mismatch('win32-x64', { format: 'unknown' })!, /format unknown/);
  });
});
