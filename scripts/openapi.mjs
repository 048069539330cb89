// `npm run openapi`: rebuild the API, regenerate openapi/openapi.json and the typed client.
import { pnpmCommand, run } from './lib.mjs';

const pnpm = pnpmCommand();
for (const args of [
  ['--filter', '@guichet/api', 'build'],
  ['--filter', '@guichet/api', 'openapi'],
  ['--filter', '@guichet/api-client', 'generate'],
]) {
  if (run(pnpm, args) !== 0) process.exit(1);
}
