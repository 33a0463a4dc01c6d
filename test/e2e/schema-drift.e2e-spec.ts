import { buildDataSourceOptions } from '@rolefit/persistence';
import { DataSource } from 'typeorm';

/**
 * Entities vs. migrations. The run's template database was created by the migrations alone
 * (global setup); TypeORM's schema builder lists what it would still have to change for the
 * entities — the very check behind `typeorm migration:generate --check`. Anything here means an
 * entity changed without a migration (or a migration without its entity). It reads the template
 * itself, not this spec file's copy: TypeORM records generated columns in typeorm_metadata under
 * the database's name, which a copy does not share.
 */
describe('schema drift', () => {
  it('the migrations build exactly the schema the entities describe', async () => {
    const dataSource = new DataSource(
      buildDataSourceOptions(process.env.E2E_TEMPLATE_DATABASE_URL!),
    );
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      const statements = pending.upQueries.map((q) => q.query);
      expect(statements).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
