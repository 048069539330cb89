import 'reflect-metadata';
import cluster from 'node:cluster';
import { SwaggerModule } from '@nestjs/swagger';
import pino from 'pino';
import { buildOpenApi, createApp } from './create-app';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';
import { superviseApiProcesses } from './platform/processes/api-processes';

async function main(): Promise<void> {
  const settings = loadConfig(); // fail fast, listing every problem, before anything connects
  if (settings.API_PROCESSES > 1 && cluster.isPrimary) {
    const { done } = superviseApiProcesses(settings.API_PROCESSES, pino({ level: settings.LOG_LEVEL }));
    process.exitCode = await done;
    return;
  }
  const app = await createApp();
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'api/v1/openapi.json' });
  const config = app.get(AppConfig);
  await app.listen(config.API_PORT, config.API_HOST);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
