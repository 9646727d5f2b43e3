/**
 * A record drawn as a picture, for browsers that cannot print or save files (WeChat's among
 * them): long-press to save it or forward it to the work group. Lines of text, each with its
 * size and colour, wrapped to the width; the height follows the text.
 */
export interface TextLine {
  text: string;
  size?: number;
  bold?: boolean;
  color?: string;
  /** space above, in pixels */
  gap?: number;
}

const W = 1080;
const PAD = 48;

/** Chinese text broken into lines that fit `width` (any character may end a line in Chinese). */
export function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (g.measureText(line + ch).width > width && line) {
      out.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) out.push(line);
  return out;
}

/** Photos drawn under the text, two to a row, each with its caption. */
export interface ImageTile {
  image: CanvasImageSource & { width: number; height: number };
  caption: string;
}

export function textImage(lines: TextLine[], tiles: ImageTile[] = []): string {
  const c = document.createElement('canvas');
  const g = c.getContext('2d');
  if (!g) throw new Error('这个浏览器不能生成图片');
  // measured first (the height depends on how the text wraps), then drawn
  const laid: { font: string; color: string; y: number; text: string }[] = [];
  let y = PAD;
  for (const l of lines) {
    const size = l.size ?? 28;
    const font = `${l.bold ? 'bold ' : ''}${size}px sans-serif`;
    g.font = font;
    y += l.gap ?? 0;
    for (const t of wrap(g, l.text, W - 2 * PAD)) {
      y += size * 1.4;
      laid.push({ font, color: l.color ?? '#222', y, text: t });
    }
  }
  const tileW = (W - 2 * PAD - 24) / 2;
  const tileH = tileW * 0.75;
  const top = y + 24;
  const rows = Math.ceil(tiles.length / 2);
  c.width = W;
  c.height = Math.min(16000, Math.ceil(top + rows * (tileH + 56) + PAD));
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  for (const l of laid) {
    g.font = l.font;
    g.fillStyle = l.color;
    g.fillText(l.text, PAD, l.y);
  }
  tiles.forEach((t, i) => {
    const x = PAD + (i % 2) * (tileW + 24);
    const ty = top + Math.floor(i / 2) * (tileH + 56);
    // the whole photo, letterboxed: evidence is not cropped
    const s = Math.min(tileW / t.image.width, tileH / t.image.height);
    const w = t.image.width * s;
    const h = t.image.height * s;
    g.drawImage(t.image, x + (tileW - w) / 2, ty + (tileH - h) / 2, w, h);
    g.strokeStyle = '#999';
    g.strokeRect(x, ty, tileW, tileH);
    g.font = '24px sans-serif';
    g.fillStyle = '#333';
    g.fillText(t.caption, x, ty + tileH + 32);
  });
  return c.toDataURL('image/png');
}
