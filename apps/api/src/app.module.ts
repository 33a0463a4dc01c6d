import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@rolefit/config';
import { buildDataSourceOptions, PersistenceModule } from '@rolefit/persistence';
import { MailModule } from '@rolefit/mail';
import { QueuesModule } from '@rolefit/queues';
import { AnalysesModule } from './analyses/analyses.module';
import { AuthModule } from './auth/auth.module';
import { AuthGuard } from './common/auth/auth.guard';
import { LoggingModule } from './common/logging/logging.module';
import { SharedLimitsModule } from './common/rate-limit/shared-limits';
import { DimensionsModule } from './dimensions/dimensions.module';
import { HealthModule } from './health/health.module';
import { JobRolesModule } from './job-roles/job-roles.module';
import { PreviewsModule } from './previews/previews.module';
import { TeamsModule } from './teams/teams.module';
import { UsersModule } from './users/users.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { CandidateModule } from './candidate/candidate.module';
import { ApplicationsModule } from './applications/applications.module';
import { RightsModule } from './rights/rights.module';
import { AuditLogModule } from './rights/audit-log.module';

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
        secret: config.JWT_SECRET,
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
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
})
export class AppModule {}
