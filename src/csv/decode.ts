import { isUtf8 } from 'node:buffer';
import { type Msg, msg } from '../i18n/msg.js';
import { type OddBytes, utf8Census } from './mixed-encoding.js';

/**
 * Bytes of an uploaded file -> UTF-8 bytes for the CSV parser, accepting what spreadsheets save: UTF-8 with or
 * without BOM, UTF-16 with BOM (LE or BE), and Windows-1252 (what Excel writes in "CSV" in many locales).
 * UTF-8 files, the usual case, are handed on as they are, without a copy.
 *
 * A file that mixes UTF-8 with another encoding is handed on as it is with `oddBytes` saying which bytes
 * are the odd ones out; its reader refuses the rows that hold them (csv-parse shows such bytes as U+FFFD).
 */
export type Decoded =
  | { ok: true; utf8: Buffer; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; oddBytes?: OddBytes }
  | { ok: false; problem: Msg };

export function decodeCsvBytes(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { ok: false, problem: msg('csv.empty') };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, problem: msg('csv.xlsx') };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, problem: msg('csv.xls') };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const utf8 = bytes.subarray(3);
    // The BOM says UTF-8, so any byte that is not is a stray one.
    return { ok: true, utf8, encoding: 'utf-8', ...(isUtf8(utf8) ? {} : { oddBytes: 'not-utf-8' as const }) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, utf8: toUtf8(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, utf8: toUtf8(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) {
    return { ok: false, problem: msg('csv.binary') };
  }
  if (isUtf8(bytes)) return { ok: true, utf8: bytes, encoding: 'utf-8' };
  const census = utf8Census(bytes);
  // Windows-1252 text almost never holds a well-formed UTF-8 sequence by chance ("Ã" then "©"), so one
  // beside bytes that are not UTF-8 means two encodings in one file. The rarer kind is the odd one out.
  if (census.multiByte > 0) {
    return {
      ok: true,
      utf8: bytes,
      encoding: 'utf-8',
      oddBytes: census.multiByte >= census.stray ? 'not-utf-8' : 'utf-8',
    };
  }
  return { ok: true, utf8: toUtf8(bytes, 'windows-1252'), encoding: 'windows-1252' };
}

const PIECE = 256 * 1024;

/** Re-encodes a piece at a time, so that a large file never sits in memory as one long string as well. */
function toUtf8(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be' | 'windows-1252'): Buffer {
  const decoder = new TextDecoder(encoding);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += PIECE) {
    pieces.push(Buffer.from(decoder.decode(bytes.subarray(at, at + PIECE), { stream: true })));
  }
  pieces.push(Buffer.from(decoder.decode()));
  return Buffer.concat(pieces);
}
