import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@rolefit/config';
import { buildDataSourceOptions, PersistenceModule } from '@rolefit/persistence';
import { MailModule } from '@rolefit/mail';
import { QueuesModule } from '@rolefit/queues';
import { createSecretKey } from 'node:crypto';
import { AnalysesModule } from './analyses';
import { AuthModule } from './auth';
import { AuthGuard } from './common/auth/auth.guard';
import { SessionCallers } from './common/auth/session-callers';
import { LoggingModule } from './common/logging/logging.module';
import { SharedLimitsModule } from './common/rate-limit/shared-limits';
import { DimensionsModule } from './dimensions';
import { HealthModule } from './health';
import { JobRolesModule } from './job-roles';
import { PreviewsModule } from './previews';
import { TeamsModule } from './teams';
import { UsersModule } from './users';
import { QuestionnairesModule } from './questionnaires';
import { AssessmentsModule } from './assessments';
import { CandidateModule } from './candidate';
import { ApplicationsModule } from './applications';
import { RightsModule } from './rights';
import { AuditLogModule } from './audit';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => buildDataSourceOptions(config.DATABASE_URL),
    }),
    PersistenceModule,
    QueuesModule,
    MailModule,
    SharedLimitsModule,
    JwtModule.registerAsync({
      global: true,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as
        // a PEM public key on every verify and catches the error (≈ 12% of the API's CPU under
        // the role-map load, BENCHMARKS.md section 6). Same bytes, same HS256 signatures.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    AuditLogModule,
    HealthModule,
    AuthModule,
    UsersModule,
    DimensionsModule,
    JobRolesModule,
    PreviewsModule,
    TeamsModule,
    AnalysesModule,
    QuestionnairesModule,
    AssessmentsModule,
    CandidateModule,
    ApplicationsModule,
    RightsModule,
  ],
  providers: [SessionCallers, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AppModule {}
