import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  validateSync,
  type ValidationArguments,
  ValidateIf,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';

const DEV_JWT_SECRET = 'rolefit-development-secret-change-me-in-production';

/** Words that mark a value somebody meant to replace (docs, compose files, tutorials). */
const PLACEHOLDER =
  /change[-_ ]?me|changeme|placeholder|example|your[-_ ]?(own|secret)|^secret|default|xxxx|todo|replace/i;

/**
 * Refuses the development secret, placeholder-looking values and low-variety strings: a
 * secret someone can guess lets them sign their own admin tokens.
 */
@ValidatorConstraint({ name: 'notPlaceholderSecret' })
class NotPlaceholderSecret implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    return value !== DEV_JWT_SECRET && !PLACEHOLDER.test(value) && new Set(value).size >= 12;
  }

  defaultMessage(): string {
    return 'must be your own random secret in production (the development, an example or a placeholder value is refused; e.g. `openssl rand -base64 48`)';
  }
}

const PRODUCTION_MIN_PASSWORD_COST = 17;

/** Production never hashes passwords below OWASP's scrypt cost, whatever the setting says. */
@ValidatorConstraint({ name: 'productionPasswordCost' })
class ProductionPasswordCost implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return (
      (args.object as { NODE_ENV?: string }).NODE_ENV !== 'production' ||
      (typeof value === 'number' && value >= PRODUCTION_MIN_PASSWORD_COST)
    );
  }

  defaultMessage(): string {
    return `must be at least ${PRODUCTION_MIN_PASSWORD_COST} in production (scrypt N = 2^${PRODUCTION_MIN_PASSWORD_COST}, OWASP's recommendation)`;
  }
}

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))
    ? Number(value)
    : value;

/**
 * The one configuration object of the api and the worker. Read from the environment once,
 * validated at boot; a bad value stops the process with a message naming the variable.
 * Defaults work against a local PostgreSQL and Redis.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/rolefit';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * HS256 signing key of access tokens (and, through HKDF, of sealed link secrets).
   * Production refuses the development default, any known or placeholder value and keys
   * with too few distinct characters to be random.
   */
  @IsString()
  @MinLength(32)
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production')
  @Validate(NotPlaceholderSecret)
  JWT_SECRET = DEV_JWT_SECRET;

  /**
   * log2 of scrypt's N for new password hashes: 17 (OWASP's recommendation, 128 MiB, ~0.2 s)
   * by default and at least that in production. The test suites use 14: each of their hundreds
   * of sign-ups and sign-ins otherwise takes seconds on a busy two-core machine.
   */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(20)
  @Validate(ProductionPasswordCost)
  PASSWORD_HASH_COST = PRODUCTION_MIN_PASSWORD_COST;

  /** Access tokens are short-lived: 15 minutes by default. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 900;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `json` for machines (default); `pretty` for a terminal (needs the pino-pretty dev dependency). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  /** Requests per window for signup and login, per client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_WINDOW_SECONDS = 60;

  /** Failed candidate-token lookups per client address per minute (valid links never count). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  TOKEN_FAILURE_RATE_LIMIT = 30;

  /** Public applications per client address per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  APPLICATION_RATE_LIMIT = 20;

  /** Answer saves per candidate token per minute. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  ANSWER_SAVE_RATE_LIMIT = 120;

  /**
   * Trust X-Forwarded-For from this many proxy hops (0 = none). Set it behind a load balancer,
   * or every client shares the proxy's address in rate limits.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** Public preview reads are cached and not throttled unless a limit is set here (0 = off). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  PUBLIC_READ_RATE_LIMIT = 0;

  /** Largest accepted JSON body in bytes (bulk member imports have their own, larger limit). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  ASSESSMENT_TOKEN_TTL_DAYS = 14;

  /** Assigned slots below this fit count as gaps in team analyses. */
  @Transform(toNumber)
  @IsNumber()
  @Min(0)
  @Max(100)
  GAP_THRESHOLD = 60;

  /** Prefix of every BullMQ key, so several installations (or test runs) share one Redis. */
  @Matches(/^[a-zA-Z0-9:_-]{1,40}$/)
  QUEUE_PREFIX = 'rolefit';

  /**
   * How often (and after how long) the worker re-adds unfinished jobs that Redis lost, e.g.
   * after a Redis restart without persistence.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOST_JOB_CHECK_SECONDS = 30;

  /**
   * The address people reach this installation at: links in emails are built from it
   * (candidates: `{PUBLIC_URL}/a#{token}`). No trailing slash.
   */
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*[^\s/])?$/, {
    message: 'must be an http(s) URL without a trailing slash',
  })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * Outbound mail server, e.g. smtp://user:pass@smtp.example.com:587 or smtps://…:465.
   * Empty in development: mail is written to MAIL_DIR and printed by the worker instead.
   * Required in production.
   */
  @ValidateIf((c: AppConfig) => c.NODE_ENV === 'production' || c.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'must be an smtp:// or smtps:// URL (required in production)',
  })
  SMTP_URL = '';

  /** Sender of every email. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Rolefit <no-reply@rolefit.localhost>';

  /** Where mail is kept (one .eml file each) when SMTP_URL is not set, in development. */
  @IsString()
  @MinLength(1)
  MAIL_DIR = 'var/mail';

  /** Longest wait between two tries of an email while SMTP is down (starts at 1 s, doubles). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_RETRY_MAX_SECONDS = 300;

  /**
   * Most members a team may have. Adding past it, or analysing a team above it, is refused
   * with a problem+json that names the limit: a 50,000-member map is 45 MB of JSON.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  TEAM_MAX_MEMBERS = 10_000;

  /** Memory the API may use for serialised role-map pages (per process), in MiB. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(4096)
  ROLE_MAP_CACHE_MB = 64;

  /**
   * Redis key prefix of the rate-limit counters every API process shares (processes of one
   * installation must use the same value).
   */
  @Matches(/^[a-zA-Z0-9:_-]{1,60}$/)
  RATE_LIMIT_PREFIX = 'rolefit-limits';

  /** A submitted candidate may take the same role's questionnaire again after this many days. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3650)
  RETAKE_COOLDOWN_DAYS = 180;

  /** Hours before a candidate's link expires that an unfinished candidate is reminded (0 = off). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  LINK_REMINDER_HOURS = 48;

  /** How often the worker looks for links to remind about. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  LINK_REMINDER_CHECK_SECONDS = 300;

  /**
   * Concurrent team analyses per worker process. Small ones wait mostly on the database;
   * large ones share at most two solver threads whatever this is.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  ANALYSIS_CONCURRENCY = 16;

  /** How long a session lasts without being used (its refresh token is rotated on each use). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** How long an emailed password-reset link works. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  PASSWORD_RESET_TTL_MINUTES = 30;

  /** How long an emailed staff invitation works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  INVITATION_TTL_DAYS = 7;

  /** Failed sign-ins (or password checks) per account per 15 minutes, from any address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_LIMIT = 10;

  /** User creations and invitations per organisation per hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  USER_INVITE_RATE_LIMIT = 30;

  /** Most users (and open invitations) one organisation may have. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAX_USERS_PER_ORGANIZATION = 1000;
  /**
   * How often each worker checks whether this period's retention run exists (0 = never: the
   * worker does not schedule retention). The run itself happens once per period in total.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(86400)
  RETENTION_CHECK_SECONDS = 300;

  /** Length of a retention period: one run per period across all workers. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 31)
  RETENTION_PERIOD_HOURS = 24;

  /** Rows per retention batch (each batch is one short transaction). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RETENTION_BATCH_SIZE = 500;

  /** Pause between retention batches, to spare a busy database. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  RETENTION_BATCH_PAUSE_MS = 0;

  /** The audit log's own retention: events older than this are deleted by the retention run. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(240)
  AUDIT_RETENTION_MONTHS = 24;

  /** Concurrent jobs per worker process. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKER_CONCURRENCY = 2;

  /**
   * The built web app (`npm run build` writes it); the API serves it on its own port. A
   * relative path is taken from the working directory. When it is missing the API runs
   * without the app and says so once.
   */
  @IsString()
  WEB_DIST_DIR = 'dist/web';
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Builds the config from an environment, keeping only variables this app knows. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map(
        (e) =>
          `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')} (got ${JSON.stringify(
            ['JWT_SECRET', 'SMTP_URL'].includes(e.property) ? '<hidden>' : e.value,
          )})`,
      ),
    );
  }
  return config;
}
