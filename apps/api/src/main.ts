import { loadConfig } from '@rolefit/config';
import { prepareDatabase } from '@rolefit/persistence';
import { createApp } from './bootstrap/create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config.DATABASE_URL);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  // Before the logger exists (bad config, database down at boot): say why and stop.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
