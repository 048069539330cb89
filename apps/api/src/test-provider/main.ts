import { createTestProvider } from './test-provider';

/**
 * The test payment provider as its own process (`node dist/test-provider/main.js`): started by
 * `npm start` and the e2e stack beside the API. Port and shared secret from the environment.
 */
async function main(): Promise<void> {
  const port = Number(process.env.TEST_PROVIDER_PORT ?? 3100);
  const secret = process.env.PAYMENT_PROVIDER_SECRET ?? 'development-only-provider-secret-0123456789';
  // Waits between tries of an outcome the merchant did not take, e.g. `500,1000,2000` (default: the provider's).
  const retries = process.env.TEST_PROVIDER_RETRY_MS?.split(',').map(Number);
  const app = createTestProvider({ secret, retryDelaysMs: retries?.every((n) => Number.isFinite(n) && n >= 0) ? retries : undefined });
  await app.listen({ port, host: process.env.TEST_PROVIDER_HOST ?? '127.0.0.1' });
  console.log(`test payment provider on http://127.0.0.1:${port}`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
