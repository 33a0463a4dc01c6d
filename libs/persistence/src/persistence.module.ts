import { Global, Module } from '@nestjs/common';
import { REPOSITORIES } from './repositories';

/**
 * The data-access layer: one repository per aggregate, each owning its SQL and mapping rows to
 * camelCase types once. Global, so features inject a repository by its class and never a
 * DataSource. Needs TypeOrmModule.forRoot… in the application module.
 */
@Global()
@Module({ providers: REPOSITORIES, exports: REPOSITORIES })
export class PersistenceModule {}
