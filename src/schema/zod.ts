/**
 * The one Zod every schema imports. Zod compiles fast object parsers with new Function() when it
 * may, deciding when each object schema is built; the site's CSP forbids eval and the schemas also
 * validate in the browser (workflow), where the attempt is reported as a violation. So: jitless,
 * set here before any schema exists. Zod's built-in messages are Vietnamese.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
// Messages Zod writes itself (a number typed as text, a fraction where a whole number is due) reach
// people in the workflow's registration step: in Vietnamese, like the schemas' own messages.
z.config(z.locales.vi());

export { z };
