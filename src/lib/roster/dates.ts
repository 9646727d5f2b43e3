/** 入职日期 as people and Excel write it, read to YYYY-MM-DD; and days counted on calendar dates. */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1950 || y > 2100 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 20260301, or an Excel date number (46082) when a
 * date column was saved without its format. null when it is not a real date.
 */
export function readDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  if (/^\d{5}$/.test(s)) {
    // Excel counts days from 1899-12-30 (its 1900 leap-year slip included)
    const t = new Date(Date.UTC(1899, 11, 30) + Number(s) * 86_400_000);
    return valid(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return null;
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}
