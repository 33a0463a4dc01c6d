/**
 * Entry point of the TypeORM CLI (`npm run migration:*`), compiled to dist/tools/.
 * Reads DATABASE_URL with the same defaults as the apps.
 */
import { DataSource } from 'typeorm';
import { loadConfig } from '@rolefit/config';
import { buildDataSourceOptions } from './data-source-options';

export default new DataSource(buildDataSourceOptions(loadConfig().DATABASE_URL));
