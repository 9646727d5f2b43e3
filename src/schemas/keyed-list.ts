import { z } from 'astro/zod';

/**
 * A list of objects, each naming itself in one field (`id`, `word`), read as a record keyed by that
 * field: the files carry lists so a form-based editor can add and rename entries (issue 23), while
 * the site keeps looking entries up by key. A key used twice is an error that names the key, since
 * a record would otherwise quietly keep only the last one.
 */
export function keyedList<K extends string, T extends z.ZodObject>(key: K, item: T, what: string) {
  return z
    .array(item)
    .superRefine((list, ctx) => {
      const first = new Map<string, number>();
      list.forEach((entry, i) => {
        const id = (entry as Record<K, string>)[key];
        const seen = first.get(id);
        if (seen === undefined) first.set(id, i);
        else ctx.addIssue({ code: 'custom', path: [i, key], message: `${what}「${id}」重复：第 ${seen + 1} 项和第 ${i + 1} 项用了同一个${what}，要改成不同的` });
      });
    })
    .transform(
      (list) =>
        Object.fromEntries(
          list.map((entry) => {
            const { [key]: id, ...rest } = entry as Record<string, unknown>;
            return [id as string, rest];
          }),
        ) as Record<string, Omit<z.output<T>, K>>,
    );
}
