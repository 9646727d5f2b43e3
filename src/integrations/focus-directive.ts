import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Registers client:focus — hydrate an island only when the person focuses or touches it. */
export default function focusDirective(): AstroIntegration {
  return {
    name: 'client-focus-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'focus', entrypoint: fileURLToPath(new URL('../directives/focus.ts', import.meta.url)) });
      },
    },
  };
}
