import { type Msg, msg } from '../i18n/msg.js';

/**
 * Bytes of an uploaded file -> text, accepting what spreadsheets save: UTF-8 with or without BOM,
 * UTF-16 with BOM (LE or BE), and Windows-1252 (what Excel writes in "CSV" in many locales).
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; problem: Msg };

export function decodeCsvBytes(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { ok: false, problem: msg('csv.empty') };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, problem: msg('csv.xlsx') };
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, problem: msg('csv.xls') };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { ok: true, text: swapped.toString('utf16le'), encoding: 'utf-16be' };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) {
    return { ok: false, problem: msg('csv.binary') };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
