import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@rolefit/config';
import { prepareDatabase } from '@rolefit/persistence';
import { ALL_QUEUES } from '@rolefit/queues';
import { Logger } from 'nestjs-pino';
import { PROCESSORS_BY_QUEUE } from './processors';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const missing = ALL_QUEUES.filter((queue) => !PROCESSORS_BY_QUEUE[queue]);
  if (missing.length > 0) {
    throw new Error(`No processor registered for queue(s): ${missing.join(', ')}`);
  }
  await prepareDatabase(config.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT close BullMQ workers, which finish (or hand back) their active job first;
  // then exit 0 (by default Nest re-raises the signal: exit 143, seen in the fault drills).
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.init();
  app.get(Logger).log(`worker started; queues: ${ALL_QUEUES.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
