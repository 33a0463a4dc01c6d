import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@rolefit/config';
import { prepareDatabase } from '@rolefit/persistence';
import { AppModule } from './app.module';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-roles';
import { seedDemo } from './demo/seed-demo';

/** `npm run seed`: migrations, then the demo organisation (once; never in production). */
async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config.DATABASE_URL);
  if (config.NODE_ENV === 'production') {
    // The demo logins share one published password: never on a production database.
    console.log('NODE_ENV=production: migrations applied, no demo data created.');
    return;
  }
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    const summary = await seedDemo(app);
    const base = `http://localhost:${config.PORT}`;
    console.log(
      summary.created
        ? 'Demo data created: Demo Sales AS'
        : 'Demo data already present: Demo Sales AS',
    );
    console.log(
      `Log in (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(', ')}`,
    );
    for (const p of summary.previews)
      console.log(`  ${p.title} [${p.locale}]: ${base}/jobs/${p.slug}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
