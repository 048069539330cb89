import 'reflect-metadata';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApi, createApp } from './create-app';
import { AppConfig, ConfigError, loadConfig } from './platform/config/app-config';

async function main(): Promise<void> {
  loadConfig(); // fail fast, listing every problem, before anything connects
  const app = await createApp();
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'api/v1/openapi.json' });
  const config = app.get(AppConfig);
  await app.listen(config.API_PORT, config.API_HOST);
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
