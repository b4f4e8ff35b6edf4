/**
 * The one Zod every schema imports. Zod compiles fast object parsers with new Function() when it
 * may, deciding when each object schema is built; the site's CSP forbids eval and the schemas also
 * validate in the browser (workflow), where the attempt is reported as a violation. So: jitless,
 * set here before any schema exists.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
