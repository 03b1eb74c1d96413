/**
 * `npm run preview`: serves dist/ on http://localhost:4321 (PORT to change) with the response
 * headers of the header policy (src/lib/security/policy.ts, which also wrote dist/_headers), so
 * the Content-Security-Policy is exercised locally as a static host would send it.
 */
import { createStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const server = createStaticServer('dist');
server.listen(port, '127.0.0.1', () => console.log(`Serving dist/ at http://localhost:${port}/ (Ctrl+C to stop)`));
