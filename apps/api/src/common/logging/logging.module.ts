import { Module, RequestMethod } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { PUBLIC_PREVIEW_READ_PATH } from '../../previews';
import { redactUrl } from './redact-url';

/**
 * Structured JSON logs (pino) with the request id on every line. Authorization headers,
 * cookies and candidate tokens in URLs are redacted; request bodies are never logged.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // The hot public preview read is not access-logged: at thousands of reads a second the
        // log line costs more than the read (BENCHMARKS.md); views are counted instead.
        exclude: [{ method: RequestMethod.GET, path: PUBLIC_PREVIEW_READ_PATH }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          ...(config.LOG_FORMAT === 'pretty' && {
            transport: { target: 'pino-pretty', options: { singleLine: true } },
          }),
          genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? '',
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              '*.password',
              '*.token',
              '*.accessToken',
            ],
            censor: '[redacted]',
          },
          serializers: {
            req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
              id: req.id,
              method: req.method,
              url: redactUrl(req.url),
              remoteAddress: req.remoteAddress,
            }),
          },
          customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, err?: Error) =>
            err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').includes('/health/') },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
