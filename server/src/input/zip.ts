// Minimal, defensive zip reader for .docx parts: reads the central directory and inflates one
// entry at a time with a hard cap on the uncompressed size, so a zip bomb cannot exhaust memory.
import * as zlib from 'zlib';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** Uncompressed size as declared by the archive (a hostile archive may lie; see readZipEntry). */
  declaredSize: number;
  localHeaderOffset: number;
}

/** Raised for every problem with the archive; `kind` selects the message shown to the user. */
export class ZipError extends Error {
  constructor(
    readonly kind: 'not-zip' | 'broken' | 'encrypted' | 'too-large' | 'unsupported',
    detail: string,
  ) {
    super(detail);
  }
}

function readUint16(bytes: Uint8Array, offset: number): number {
  if (offset + 2 > bytes.length) throw new ZipError('broken', 'unexpected end of archive');
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  if (offset + 4 > bytes.length) throw new ZipError('broken', 'unexpected end of archive');
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

/** Lists the entries of a zip archive from its central directory. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  if (bytes.length < 22 || readUint32(bytes, 0) !== 0x04034b50) throw new ZipError('not-zip', 'no local file header at the start');
  let endRecord = -1;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes[offset] === 0x50 && readUint32(bytes, offset) === 0x06054b50) {
      endRecord = offset;
      break;
    }
  }
  if (endRecord < 0) throw new ZipError('broken', 'no end of central directory record');
  const entryCount = readUint16(bytes, endRecord + 10);
  const directoryOffset = readUint32(bytes, endRecord + 16);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('unsupported', 'zip64 archives are not supported');

  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let offset = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (readUint32(bytes, offset) !== 0x02014b50) throw new ZipError('broken', 'bad central directory entry');
    const flags = readUint16(bytes, offset + 8);
    const method = readUint16(bytes, offset + 10);
    const compressedSize = readUint32(bytes, offset + 20);
    const declaredSize = readUint32(bytes, offset + 24);
    const nameLength = readUint16(bytes, offset + 28);
    const extraLength = readUint16(bytes, offset + 30);
    const commentLength = readUint16(bytes, offset + 32);
    const localHeaderOffset = readUint32(bytes, offset + 42);
    if (offset + 46 + nameLength > bytes.length) throw new ZipError('broken', 'entry name past the end');
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.set(name, { name, method, encrypted: (flags & 1) !== 0, compressedSize, declaredSize, localHeaderOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Returns the uncompressed bytes of one entry. `budget.remaining` is the number of uncompressed
 * bytes still allowed; it is decreased, and ZipError('too-large') is thrown as soon as it would
 * go below zero, whatever size the archive declares.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: { remaining: number }): Uint8Array {
  if (entry.encrypted) throw new ZipError('encrypted', `entry ${entry.name} is encrypted`);
  // An honest archive that declares too much is refused before any inflating.
  if (entry.declaredSize > budget.remaining) throw new ZipError('too-large', entry.name);
  const header = entry.localHeaderOffset;
  if (readUint32(bytes, header) !== 0x04034b50) throw new ZipError('broken', `bad local header for ${entry.name}`);
  const dataStart = header + 30 + readUint16(bytes, header + 26) + readUint16(bytes, header + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw new ZipError('broken', `entry ${entry.name} runs past the end`);
  const compressed = bytes.subarray(dataStart, dataEnd);

  if (entry.method === 0) {
    if (compressed.length > budget.remaining) throw new ZipError('too-large', entry.name);
    budget.remaining -= compressed.length;
    return compressed;
  }
  if (entry.method !== 8) throw new ZipError('unsupported', `compression method ${entry.method}`);

  // Node's native inflater stops with ERR_BUFFER_TOO_LARGE once the output would pass the cap.
  let out: Buffer;
  try {
    out = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, budget.remaining) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ZipError('too-large', entry.name);
    throw new ZipError('broken', `cannot inflate ${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (out.length > budget.remaining) throw new ZipError('too-large', entry.name);
  budget.remaining -= out.length;
  return out;
}
