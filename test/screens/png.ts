/**
 * Shrinks a screenshot to a 256-colour palette PNG (about half the bytes for a UI screen). The most
 * used colours — backgrounds, brand blue, text — are kept exactly; the rest (mostly the soft edges
 * of letters) share what is left, chosen by median cut. No dithering: flat areas stay flat and
 * compress well. pngjs reads the screenshot; it cannot write palette images, so this does.
 */
import { PNG } from 'pngjs';
import { crc32, deflateSync } from 'node:zlib';

const MAX = 256;
/** Colours covering at least this share of the picture keep their exact value. */
const EXACT_SHARE = 0.0005;
const EXACT_MAX = 96;

type Box = { colours: number[]; weight: number };

export function toPalettePng(input: Buffer): Buffer {
  const img = PNG.sync.read(input);
  const { width, height, data } = img;
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const c = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }

  let palette: number[];
  if (counts.size <= MAX) palette = [...counts.keys()];
  else {
    const byUse = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const exact = byUse.filter(([, n], i) => i < EXACT_MAX && n >= width * height * EXACT_SHARE).map(([c]) => c);
    const kept = new Set(exact);
    const rest = byUse.filter(([c]) => !kept.has(c));
    palette = [...exact, ...medianCut(rest, counts, MAX - exact.length)];
  }

  const index = new Map<number, number>(palette.map((c, i) => [c, i]));
  const nearest = (c: number) => {
    const hit = index.get(c);
    if (hit !== undefined) return hit;
    const r = c >> 16, g = (c >> 8) & 255, b = c & 255;
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < palette.length; i++) {
      const p = palette[i];
      const dr = r - (p >> 16), dg = g - ((p >> 8) & 255), db = b - (p & 255);
      // green weighs most to the eye, blue least
      const d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    index.set(c, best);
    return best;
  };

  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none (the usual choice for palette images)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rows[y * (width + 1) + 1 + x] = nearest((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
  }

  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8-bit indices, palette, deflate, no filter method, no interlace
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.set([c >> 16, (c >> 8) & 255, c & 255], i * 3));
  const out = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return out.length < input.length ? out : input;
}

function chunk(type: string, body: Buffer) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** Splits the colours into `n` boxes, always the heaviest box along its widest channel; each box gives its weighted mean. */
function medianCut(entries: [number, number][], counts: Map<number, number>, n: number): number[] {
  if (n <= 0 || entries.length === 0) return [];
  const ch = (c: number, k: number) => (c >> (16 - 8 * k)) & 255;
  const boxes: Box[] = [{ colours: entries.map(([c]) => c), weight: entries.reduce((s, [, w]) => s + w, 0) }];
  const widest = (b: Box) => {
    let best = 0, span = -1;
    for (let k = 0; k < 3; k++) {
      let lo = 255, hi = 0;
      for (const c of b.colours) {
        const v = ch(c, k);
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (hi - lo > span) {
        span = hi - lo;
        best = k;
      }
    }
    return { k: best, span };
  };
  while (boxes.length < n) {
    // the heaviest box that can still be split
    let pick = -1;
    for (let i = 0; i < boxes.length; i++) if (boxes[i].colours.length > 1 && (pick < 0 || boxes[i].weight > boxes[pick].weight)) pick = i;
    if (pick < 0) break;
    const box = boxes[pick];
    const { k } = widest(box);
    box.colours.sort((a, b) => ch(a, k) - ch(b, k));
    let half = 0, cut = 0;
    for (; cut < box.colours.length - 1; cut++) {
      half += counts.get(box.colours[cut])!;
      if (half >= box.weight / 2) break;
    }
    const left = box.colours.slice(0, cut + 1);
    const right = box.colours.slice(cut + 1);
    const w = (cs: number[]) => cs.reduce((s, c) => s + counts.get(c)!, 0);
    boxes.splice(pick, 1, { colours: left, weight: w(left) }, { colours: right, weight: w(right) });
  }
  return boxes.map((b) => {
    let r = 0, g = 0, bl = 0;
    for (const c of b.colours) {
      const n = counts.get(c)!;
      r += ch(c, 0) * n;
      g += ch(c, 1) * n;
      bl += ch(c, 2) * n;
    }
    return (Math.round(r / b.weight) << 16) | (Math.round(g / b.weight) << 8) | Math.round(bl / b.weight);
  });
}
