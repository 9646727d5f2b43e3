import { parseTrainer, type TrainerData } from '../lib/storage/console-schema.ts';
import { newSigningKey } from '../lib/exam/signature.ts';
import { stored } from './persist.ts';

export const trainer = stored('trainer', parseTrainer, (): TrainerData => ({ keys: [], owners: {} }));

/** This browser's own signing key, made on first use and kept with the console's data. */
export function ownSigningKey(): string {
  let key = trainer.get().keys[0];
  if (!key) {
    key = newSigningKey();
    const k = key;
    trainer.update((t) => ({ ...t, keys: [k, ...t.keys.filter((x) => x !== k)] }));
  }
  return key;
}
