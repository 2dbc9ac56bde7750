import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength } from 'class-validator';

/** Turns the usual spellings of a flag in an environment variable into a boolean. */
const toBoolean = ({ value }: { value: unknown }) => {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return value;
  const lower = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(lower)) return true;
  if (['false', '0', 'no', 'off', ''].includes(lower)) return false;
  return value;
};

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;

const Port = () => (target: object, key: string) => {
  Transform(toInt)(target, key);
  IsInt({ message: `${key} must be a whole number (a TCP port)` })(target, key);
  Min(1, { message: `${key} must be a TCP port between 1 and 65535` })(target, key);
  Max(65535, { message: `${key} must be a TCP port between 1 and 65535` })(target, key);
};

const Flag = () => (target: object, key: string) => {
  Transform(toBoolean)(target, key);
  IsBoolean({ message: `${key} must be true or false` })(target, key);
};

/**
 * Every environment key the service reads, with its default. The README's configuration table is
 * kept in the same order (alphabetical), and `config/environment.spec.ts` checks that it lists every key.
 */
export class EnvironmentDto {
  /** Secret that signs session tokens; generated into DATA_DIR when not set. */
  @IsOptional() @IsString() @MinLength(32, { message: 'AUTH_SECRET must be at least 32 characters' })
  AUTH_SECRET?: string;

  /** Seconds the service waits for a local broker to report healthy. */
  @Transform(toInt) @IsInt({ message: 'BROKER_START_TIMEOUT_SECONDS must be a whole number of seconds' })
  @Min(10, { message: 'BROKER_START_TIMEOUT_SECONDS must be at least 10' })
  BROKER_START_TIMEOUT_SECONDS = 180;

  /** OAuth strategy for a remote cluster: NONE locally, OAUTH for a secured self-managed cluster or SaaS. */
  @IsIn(['NONE', 'OAUTH'], { message: 'CAMUNDA_AUTH_STRATEGY must be NONE or OAUTH' })
  CAMUNDA_AUTH_STRATEGY = 'NONE';

  /** Token endpoint for OAUTH, e.g. https://login.cloud.camunda.io/oauth/token. */
  @IsOptional() @IsUrl({ require_tld: false }, { message: 'CAMUNDA_OAUTH_URL must be a URL' })
  CAMUNDA_OAUTH_URL?: string;

  /** PostgreSQL URL of the case record. Unset: an embedded PostgreSQL is started in DATA_DIR. */
  @IsOptional() @IsString() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL?: string;

  /** Folder for the embedded PostgreSQL, the broker's data and generated secrets. */
  @IsString() @MinLength(1)
  DATA_DIR = '.data';

  /** Port of the embedded PostgreSQL (not used when DATABASE_URL is set). */
  @Port()
  EMBEDDED_PG_PORT = 54329;

  /** Name of the database the engine's exporter writes its history to, on the same server. */
  @IsString() @MinLength(1)
  ENGINE_DATABASE_NAME = 'camunda';

  /** Interface the HTTP server binds to. */
  @IsString()
  HOST = '127.0.0.1';

  /** JDK (21 or newer) for the local broker; found under /usr/lib/jvm when unset. */
  @IsOptional() @IsString()
  JAVA_HOME?: string;

  /** Log level of the service: error, warn, log, debug or verbose. */
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], { message: 'LOG_LEVEL must be one of error, warn, log, debug, verbose' })
  LOG_LEVEL = 'log';

  /** Run a local SMTP catcher and its page at /mail (true locally; false when SMTP_HOST is a real server). */
  @Flag()
  MAIL_CATCHER = true;

  /** SMTP port of the local mail catcher. */
  @Port()
  MAIL_CATCHER_PORT = 2525;

  /** HTTP port of the service (API, web app). */
  @Port()
  PORT = 3000;

  /** Address at which people reach the service, for links in mail (feedback forms, reactions); http://HOST:PORT when unset. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be a URL such as https://jbt.example.nl' })
  PUBLIC_URL?: string;

  /** Run the REST API in this process. */
  @Flag()
  RUN_API = true;

  /** Serve the web app in this process. */
  @Flag()
  RUN_WEB = true;

  /** Run the job workers in this process. */
  @Flag()
  RUN_WORKERS = true;

  /** Put the demo regions, tables, slots and users in the database at start. Unset: yes with the embedded database, no with DATABASE_URL. */
  @IsOptional() @Flag()
  SEED_DEMO_DATA?: boolean;

  /** Sender address of mail. */
  @IsString()
  SMTP_FROM = 'JBT Orchestrator <noreply@jbt.local>';

  /** SMTP server for outgoing mail; the local catcher when MAIL_CATCHER is true. */
  @IsString()
  SMTP_HOST = '127.0.0.1';

  /** Password for SMTP_USER. */
  @IsOptional() @IsString()
  SMTP_PASSWORD?: string;

  /** SMTP port; MAIL_CATCHER_PORT when MAIL_CATCHER is true. */
  @IsOptional() @Port()
  SMTP_PORT?: number;

  /** Connect with TLS from the start (port 465); false: plain, upgraded with STARTTLS when the server offers it. */
  @Flag()
  SMTP_SECURE = false;

  /** User name for SMTP authentication; unset: no authentication (the local catcher, a relay that trusts this host). */
  @IsOptional() @IsString()
  SMTP_USER?: string;

  /** Folder where the broker artifact is cached between runs. */
  @IsOptional() @IsString()
  ZEEBE_CACHE_DIR?: string;

  /** OAuth client id for a remote cluster. */
  @IsOptional() @IsString()
  ZEEBE_CLIENT_ID?: string;

  /** OAuth client secret for a remote cluster. */
  @IsOptional() @IsString()
  ZEEBE_CLIENT_SECRET?: string;

  /** Let tests move the local engine's clock (actuator /clock). Never in production. */
  @Flag()
  ZEEBE_CLOCK_CONTROLLED = false;

  /** Port of the local broker's command API (broker-internal). */
  @Port()
  ZEEBE_COMMAND_PORT = 26501;

  /** host:port of a remote cluster's gRPC gateway. Set: no local broker is started. */
  @IsOptional() @IsString()
  ZEEBE_GRPC_ADDRESS?: string;

  /** gRPC port of the local broker's gateway. */
  @Port()
  ZEEBE_GRPC_PORT = 26500;

  /** Port of the local broker's cluster-internal API. */
  @Port()
  ZEEBE_INTERNAL_PORT = 26502;

  /** JVM options of the local broker. */
  @IsString()
  ZEEBE_JAVA_OPTS = '-Xms256m -Xmx768m -XX:+UseSerialGC';

  /** Management URL of a remote cluster (only needed for clock control in tests). */
  @IsOptional() @IsUrl({ require_tld: false }, { message: 'ZEEBE_MANAGEMENT_ADDRESS must be a URL' })
  ZEEBE_MANAGEMENT_ADDRESS?: string;

  /** Management (actuator) port of the local broker: health, clock. */
  @Port()
  ZEEBE_MANAGEMENT_PORT = 9600;

  /** URL of a remote cluster's REST API (with ZEEBE_GRPC_ADDRESS). */
  @IsOptional() @IsUrl({ require_tld: false }, { message: 'ZEEBE_REST_ADDRESS must be a URL' })
  ZEEBE_REST_ADDRESS?: string;

  /** REST port of the local broker's gateway. */
  @Port()
  ZEEBE_REST_PORT = 8080;

  /** OAuth audience for a remote cluster. */
  @IsOptional() @IsString()
  ZEEBE_TOKEN_AUDIENCE?: string;
}
