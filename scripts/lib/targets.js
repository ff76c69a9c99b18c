// The platforms the extension is packaged for (vsce --target), the @node-rs/jieba binary package each
// one carries, and a reader of executable headers (PE, Mach-O, ELF, WebAssembly) that tells which
// platform a binary is built for. Shared by scripts/bundle.js, scripts/package-vsix.js and the tests.
'use strict';
const fs = require('fs');
const path = require('path');

/**
 * vsce target → the napi-rs binary package suffix (@node-rs/jieba-<abi>) and what its binary must be:
 * executable format, machine, and for Linux the C library it links against.
 */
const TARGETS = {
  'win32-x64': { abi: 'win32-x64-msvc', format: 'pe', arch: 'x64' },
  'win32-arm64': { abi: 'win32-arm64-msvc', format: 'pe', arch: 'arm64' },
  'darwin-x64': { abi: 'darwin-x64', format: 'macho', arch: 'x64' },
  'darwin-arm64': { abi: 'darwin-arm64', format: 'macho', arch: 'arm64' },
  'linux-x64': { abi: 'linux-x64-gnu', format: 'elf', arch: 'x64', libc: 'glibc' },
  'linux-arm64': { abi: 'linux-arm64-gnu', format: 'elf', arch: 'arm64', libc: 'glibc' },
  'linux-armhf': { abi: 'linux-arm-gnueabihf', format: 'elf', arch: 'arm', libc: 'glibc' },
  'alpine-x64': { abi: 'linux-x64-musl', format: 'elf', arch: 'x64', libc: 'musl' },
  'alpine-arm64': { abi: 'linux-arm64-musl', format: 'elf', arch: 'arm64', libc: 'musl' },
};

const PE_MACHINES = { 0x8664: 'x64', 0xaa64: 'arm64', 0x014c: 'ia32', 0x01c4: 'arm' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64', 7: 'ia32', 12: 'arm' };
const ELF_MACHINES = { 62: 'x64', 183: 'arm64', 40: 'arm', 3: 'ia32' };

/**
 * What a binary is built for, from its header: { format: 'pe'|'macho'|'elf'|'wasm'|'unknown', arch,
 * bits, libc } (libc for ELF only: 'musl' when it needs the musl loader or libc, 'glibc' when it needs
 * libc.so.6).
 */
function describeBinary(buf) {
  if (buf.length >= 4 && buf[0] === 0x00 && buf[1] === 0x61 && buf[2] === 0x73 && buf[3] === 0x6d) return { format: 'wasm', arch: 'wasm32' };
  if (buf.length >= 0x40 && buf[0] === 0x4d && buf[1] === 0x5a) {
    const pe = buf.readUInt32LE(0x3c);
    if (pe + 6 <= buf.length && buf.readUInt32LE(pe) === 0x00004550) {
      const machine = buf.readUInt16LE(pe + 4);
      return { format: 'pe', arch: PE_MACHINES[machine] ?? `0x${machine.toString(16)}` };
    }
    return { format: 'unknown' };
  }
  if (buf.length >= 8 && (buf.readUInt32LE(0) === 0xfeedfacf || buf.readUInt32LE(0) === 0xfeedface)) {
    const cpu = buf.readUInt32LE(4);
    return { format: 'macho', arch: MACHO_CPUS[cpu] ?? `0x${cpu.toString(16)}`, bits: buf.readUInt32LE(0) === 0xfeedfacf ? 64 : 32 };
  }
  if (buf.length >= 20 && buf[0] === 0x7f && buf[1] === 0x45 && buf[2] === 0x4c && buf[3] === 0x46) {
    const little = buf[5] === 1;
    const machine = little ? buf.readUInt16LE(18) : buf.readUInt16BE(18);
    const needed = elfNeeded(buf);
    // glibc's soname is libc.so.6; musl's is libc.so (alpine names the file libc.musl-<arch>.so.1).
    const libc = needed.includes('libc.so.6') ? 'glibc' : needed.some((n) => n === 'libc.so' || n.startsWith('libc.musl-')) ? 'musl' : undefined;
    return { format: 'elf', arch: ELF_MACHINES[machine] ?? `${machine}`, bits: buf[4] === 2 ? 64 : 32, libc, needed };
  }
  return { format: 'unknown' };
}

/** The shared libraries an ELF file needs (DT_NEEDED entries of its dynamic section). */
function elfNeeded(buf) {
  if (buf[5] !== 1) return []; // every target here is little-endian
  const is64 = buf[4] === 2;
  const word = (off) => (is64 ? Number(buf.readBigUInt64LE(off)) : buf.readUInt32LE(off));
  const shoff = word(is64 ? 0x28 : 0x20);
  const shentsize = buf.readUInt16LE(is64 ? 0x3a : 0x2e);
  const shnum = buf.readUInt16LE(is64 ? 0x3c : 0x30);
  const section = (i) => {
    const h = shoff + i * shentsize;
    return is64
      ? { type: buf.readUInt32LE(h + 4), offset: word(h + 0x18), size: word(h + 0x20), link: buf.readUInt32LE(h + 0x28) }
      : { type: buf.readUInt32LE(h + 4), offset: buf.readUInt32LE(h + 0x10), size: buf.readUInt32LE(h + 0x14), link: buf.readUInt32LE(h + 0x18) };
  };
  const out = [];
  if (!shoff || shoff + shnum * shentsize > buf.length) return out;
  for (let i = 0; i < shnum; i++) {
    const dyn = section(i);
    if (dyn.type !== 6) continue; // SHT_DYNAMIC
    const strtab = section(dyn.link);
    const entry = is64 ? 16 : 8;
    for (let off = dyn.offset; off + entry <= dyn.offset + dyn.size; off += entry) {
      const tag = word(off);
      if (tag === 0) break;
      if (tag !== 1) continue; // DT_NEEDED
      const start = strtab.offset + word(off + entry / 2);
      const end = buf.indexOf(0, start);
      out.push(buf.toString('latin1', start, end));
    }
  }
  return out;
}

/** Whether a binary suits a target; returns the mismatch in words, or undefined when it suits. */
function mismatch(target, info) {
  const want = TARGETS[target];
  if (!want) return `unknown target ${target}`;
  if (info.format !== want.format) return `format ${info.format}, expected ${want.format}`;
  if (info.arch !== want.arch) return `machine ${info.arch}, expected ${want.arch}`;
  if (want.libc && info.libc !== want.libc) return `C library ${info.libc ?? 'none found'}, expected ${want.libc}`;
  return undefined;
}

/** The vsce target of the machine this runs on (alpine-* on musl Linux), or undefined. */
function hostTarget() {
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  if (process.platform === 'linux') {
    let musl = false;
    try {
      musl = fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl');
    } catch {
      musl = fs.existsSync('/lib/ld-musl-x86_64.so.1') || fs.existsSync('/lib/ld-musl-aarch64.so.1');
    }
    const t = `${musl ? 'alpine' : 'linux'}-${arch}`;
    return TARGETS[t] ? t : undefined;
  }
  const t = `${process.platform}-${arch}`;
  return TARGETS[t] ? t : undefined;
}

/** The installed @node-rs/jieba: its folder and version. */
function nodeRsJieba(root) {
  const dir = path.dirname(require.resolve('@node-rs/jieba/package.json', { paths: [root] }));
  return { dir, version: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version };
}

/** The runtime files of @node-rs/jieba besides the binary: its loader and its dictionary. */
// The engine's dictionary is not among them: the server loads seeds/segment/jieba-dict.txt (the same words,
// grouped by character; scripts/build-jieba-dict.js).
const JIEBA_RUNTIME_FILES = ['package.json', 'index.js', 'LICENSE'];

module.exports = { TARGETS, describeBinary, mismatch, hostTarget, nodeRsJieba, JIEBA_RUNTIME_FILES };
