/** The screens in docs/screenshots/, in order, and how each picture is written. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { toPalettePng } from './png.ts';
import { SCREENS } from './screens.ts';

export { SCREENS };
export const DIR = 'docs/screenshots';

export const fileName = (project: string, name: keyof typeof SCREENS) => `${project}-${String(SCREENS[name].n).padStart(2, '0')}-${name}.png`;

export async function saveShot(png: Buffer, project: string, name: keyof typeof SCREENS) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(`${DIR}/${fileName(project, name)}`, toPalettePng(png));
}
