import { parseCards, type Cards } from '../lib/storage/cards-schema.ts';
import { stored } from './persist.ts';

export const cards = stored('cards', parseCards, (): Cards => ({}));
