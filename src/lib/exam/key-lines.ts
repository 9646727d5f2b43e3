/** Signing keys as they travel in text: WYKEY. and 43 characters (kept apart so the console's import needs only this). */
const KEY_LINE = /WYKEY\.([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;

/** The keys written as WYKEY.… lines in a text (a colleague's key, a console backup). */
export function keyLines(text: string): string[] {
  return [...new Set([...text.matchAll(KEY_LINE)].map((m) => m[1]))];
}
/** The text with every key line taken out: what is left are results. */
export const withoutKeyLines = (text: string) => text.replace(KEY_LINE, '');

export const keyLine = (key: string) => `WYKEY.${key}`;
