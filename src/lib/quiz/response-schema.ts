/** The shape of an answer as stored on a phone and carried in a result code. */
import * as z from 'zod/mini';

const idx = z.number().check(z.int(), z.minimum(-1), z.maximum(1000));
export const responseSchema = z.union([
  z.object({ type: z.enum(['single', 'scenario']), choice: idx }),
  z.object({ type: z.literal('multiple'), choices: z.array(idx).check(z.maxLength(50)) }),
  z.object({ type: z.literal('truefalse'), value: z.boolean() }),
  z.object({ type: z.literal('order'), order: z.array(idx).check(z.maxLength(50)) }),
  z.object({ type: z.literal('number'), text: z.string().check(z.maxLength(40)) }),
  z.object({ type: z.literal('match'), pairs: z.array(idx).check(z.maxLength(50)) }),
]);
