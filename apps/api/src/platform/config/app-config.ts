import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/** Every setting a Guichet process reads from its environment. Development defaults need no secrets. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/guichet';

  /** Connections per process; a small pool queues in the app instead of piling locks in PostgreSQL. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE = 8;

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of BullMQ keys, so several installations (or test runs) can share one Redis. */
  @IsString()
  QUEUE_PREFIX = 'guichet';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @IsString()
  API_HOST = '127.0.0.1';

  /**
   * API processes sharing API_PORT (ADR 0055): one per core the API may use. Each has its own
   * DATABASE_POOL_SIZE connections. One (the default) runs no supervisor.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  API_PROCESSES = 1;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = 'development-only-secret-change-me-0123456789';

  @IsString()
  JWT_TTL = '12h';

  /** Key of the order links in confirmation emails (see OrderLinks); derived from JWT_SECRET when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'ORDER_LINK_SECRET must be at least 32 characters' })
  ORDER_LINK_SECRET?: string;

  @IsString()
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'Guichet <tickets@guichet.local>';

  /** Public URL of the shop SPA, used in emails (links to an order: {SHOP_PUBLIC_URL}/shop/{slug}/orders/{id}?token=…). */
  @IsString()
  SHOP_PUBLIC_URL = 'http://127.0.0.1:5174';

  /** Public URL of the backoffice SPA, used in emails (team invitations). */
  @IsString()
  BACKOFFICE_PUBLIC_URL = 'http://127.0.0.1:5173';
  /** Where uploaded images are kept (FileStorage on disk); relative paths are from the working directory. */
  @IsString()
  STORAGE_DIR = '.var/storage';

  /** How long a cart holds its places. */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(7200)
  CART_HOLD_SECONDS = 900;

  /** Public URL of this API, where payment providers post their outcomes. */
  @IsString()
  API_PUBLIC_URL = 'http://127.0.0.1:3000';

  /** The card acquirer: `test` is the built-in test provider (apps/api/src/test-provider), run as its own process. */
  @IsIn(['test'])
  PAYMENT_PROVIDER = 'test' as const;

  /** Where the API reaches the provider, server to server. */
  @IsString()
  PAYMENT_PROVIDER_URL = 'http://127.0.0.1:3100';

  /** Shared with the provider: authenticates the API's calls and signs the outcomes it posts. */
  @IsString()
  @MinLength(32, { message: 'PAYMENT_PROVIDER_SECRET must be at least 32 characters' })
  PAYMENT_PROVIDER_SECRET = 'development-only-provider-secret-0123456789';

  /** How long a card order keeps its places while the customer pays; then it is cancelled and they go back on sale. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(7200)
  CARD_PAYMENT_SECONDS = 1200;

  /**
   * How long a request holding an Idempotency-Key counts as still running: a retry meanwhile gets 409;
   * after it, the key of a request that died (its process killed) may be taken again (ADR 0023).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(600)
  IDEMPOTENCY_IN_FLIGHT_SECONDS = 60;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  LOG_PRETTY?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates the environment once, listing every problem rather than the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, unknown> = {};
  for (const key of [...known, 'LOG_PRETTY', 'ORDER_LINK_SECRET']) if (env[key] !== undefined) raw[key] = env[key];
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`)));
  }
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === new AppConfig().JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: must be set in production']);
  }
  return config;
}
