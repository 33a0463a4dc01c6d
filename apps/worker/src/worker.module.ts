import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, ConfigModule } from '@rolefit/config';
import { buildDataSourceOptions, PersistenceModule } from '@rolefit/persistence';
import { ALL_QUEUES, QueuesModule } from '@rolefit/queues';
import { LoggerModule } from 'nestjs-pino';
import { JOB_QUEUES_PROVIDER } from './outbox/job-queues';
import { LostJobReconciler } from './outbox/lost-job-reconciler.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { PROCESSORS } from './processors';
import { MailTransport } from './mail/mail-transport';
import { LinkRemindersService } from './mail/link-reminders.service';
import { MailModule } from '@rolefit/mail';
import { RetentionScheduler } from './retention/retention-scheduler.service';

/**
 * The worker process: BullMQ processors and the outbox relay, no HTTP. Processors live only
 * here, so the api never starts a BullMQ Worker.
 */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          ...(config.LOG_FORMAT === 'pretty' && {
            transport: { target: 'pino-pretty', options: { singleLine: true } },
          }),
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => buildDataSourceOptions(config.DATABASE_URL),
    }),
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        prefix: config.QUEUE_PREFIX,
        // Workers block on Redis; BullMQ needs unlimited retries per request on them.
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      }),
    }),
    PersistenceModule,
    QueuesModule,
    MailModule,
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [
    JOB_QUEUES_PROVIDER,
    OutboxRelayService,
    LostJobReconciler,
    MailTransport,
    LinkRemindersService,
    RetentionScheduler,
    ...PROCESSORS,
  ],
})
export class WorkerModule {}
