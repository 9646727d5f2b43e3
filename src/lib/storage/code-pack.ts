/**
 * Result codes as the console keeps them in the browser. localStorage holds about 5.2 million
 * characters per site, whatever the characters (measured in Chromium); a code's base64url carries
 * 6 bits a character, so 5,000 results (about 950 characters each) did not fit. Kept here, every
 * five base64url characters (30 bits) become two characters of 15 bits (U+0800…U+87FF: no
 * surrogates, nothing JSON escapes) — 2.5 times smaller — and read back as the very same code.
 * Stored form: "~", how many characters the last group holds (0–4), the packed body, ".", the checksum.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[B64.charCodeAt(i)] = i;
const BASE = 0x0800;
const CODE = /^WY1\.([A-Za-z0-9_-]+)\.([0-9a-z]+)$/;

/** base64url text → 15-bit characters, with the length of its last group first. */
export function packBase64(s: string): string {
  const tail = s.length % 5;
  let out = String(tail);
  for (let i = 0; i < s.length; i += 5) {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 64 + (i + k < s.length ? VALUE[s.charCodeAt(i + k)] : 0);
    out += String.fromCharCode(BASE + Math.floor(v / 32768), BASE + (v % 32768));
  }
  return out;
}

/** null for anything that is not what packBase64 made. */
export function unpackBase64(p: string): string | null {
  const tail = Number(p[0]);
  if (!(tail >= 0 && tail <= 4) || p.length % 2 !== 1) return null;
  let out = '';
  for (let i = 1; i < p.length; i += 2) {
    const hi = p.charCodeAt(i) - BASE;
    const lo = p.charCodeAt(i + 1) - BASE;
    if (!(hi >= 0 && hi < 32768 && lo >= 0 && lo < 32768)) return null;
    let v = hi * 32768 + lo;
    let group = '';
    for (let k = 0; k < 5; k++, v = Math.floor(v / 64)) group = B64[v % 64] + group;
    out += i + 2 >= p.length && tail ? group.slice(0, tail) : group;
  }
  return out;
}

/** The stored form of a code; anything that is not a whole code stays as it is. */
export function packCode(code: string): string {
  const m = CODE.exec(code);
  return m ? `~${packBase64(m[1])}.${m[2]}` : code;
}

/** The code a stored form stands for; anything else (an older, plain code) as it is. */
export function unpackCode(stored: string): string {
  if (stored[0] !== '~') return stored;
  const dot = stored.lastIndexOf('.');
  const body = dot > 0 ? unpackBase64(stored.slice(1, dot)) : null;
  return body === null ? stored : `WY1.${body}.${stored.slice(dot + 1)}`;
}
