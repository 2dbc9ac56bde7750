import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';

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
  /** Days an audit row is kept; older rows are removed daily behind a signed checkpoint, so the chain stays verifiable. Default: 20 years. */
  @Transform(toInt) @IsInt({ message: 'AUDIT_RETENTION_DAYS must be a whole number of days' })
  @Min(30, { message: 'AUDIT_RETENTION_DAYS must be at least 30' })
  AUDIT_RETENTION_DAYS = 7305;

  /** Secret that signs the audit log's checkpoints (retention); generated into DATA_DIR when not set. */
  @IsOptional() @IsString() @MinLength(32, { message: 'AUDIT_SECRET must be at least 32 characters' })
  AUDIT_SECRET?: string;

  /** Secret that signs session tokens; generated into DATA_DIR when not set. */
  @IsOptional() @IsString() @MinLength(32, { message: 'AUTH_SECRET must be at least 32 characters' })
  AUTH_SECRET?: string;

  /** PostgreSQL URL of the case record. Unset: an embedded PostgreSQL is started in DATA_DIR. */
  @IsOptional() @IsString() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, { message: 'DATABASE_URL must be a postgresql:// URL' })
  DATABASE_URL?: string;

  /** Folder for the embedded PostgreSQL, the engine's log and generated secrets. */
  @IsString() @MinLength(1)
  DATA_DIR = '.data';

  /** Port of the embedded PostgreSQL (not used when DATABASE_URL is set). */
  @Port()
  EMBEDDED_PG_PORT = 54329;

  /** Folder where the engine application is built and cached between runs (by a hash of its sources). */
  @IsOptional() @IsString()
  ENGINE_CACHE_DIR?: string;

  /** Name of the engine's own database, on the same PostgreSQL server as the case record. */
  @IsString() @MinLength(1) @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'ENGINE_DATABASE_NAME must be a lower-case database name (letters, digits, _)' })
  ENGINE_DATABASE_NAME = 'operaton';

  /** PostgreSQL URL of the engine's database, for an engine the service does not start (with ENGINE_URL). Unset: ENGINE_DATABASE_NAME on the case record's server. */
  @IsOptional() @IsString() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true }, { message: 'ENGINE_DATABASE_URL must be a postgresql:// URL' })
  ENGINE_DATABASE_URL?: string;

  /** Interface the local engine's REST API listens on; keep it on loopback unless the engine runs elsewhere. */
  @IsString() @MinLength(1)
  ENGINE_HOST = '127.0.0.1';

  /** JVM options of the local engine. */
  @IsString()
  ENGINE_JAVA_OPTS = '-Xms128m -Xmx512m -XX:+UseSerialGC';

  /** HTTP port of the local engine's REST API (/engine-rest). */
  @Port()
  ENGINE_PORT = 8080;

  /** Seconds the service waits for the local engine to answer, after building it. */
  @Transform(toInt) @IsInt({ message: 'ENGINE_START_TIMEOUT_SECONDS must be a whole number of seconds' })
  @Min(10, { message: 'ENGINE_START_TIMEOUT_SECONDS must be at least 10' })
  ENGINE_START_TIMEOUT_SECONDS = 180;

  /** Let tests move the engine's clock (/jbt/clock on the engine). Never in production. */
  @Flag()
  ENGINE_TEST_CLOCK = false;

  /** Bearer token the engine's REST API requires; generated into DATA_DIR for the local engine. Required with ENGINE_URL. */
  @IsOptional() @IsString() @MinLength(32, { message: 'ENGINE_TOKEN must be at least 32 characters' })
  ENGINE_TOKEN?: string;

  /** REST URLs of engine nodes the service does not start, comma-separated (http://node-1:8080/engine-rest,...). Unset: a local engine is built and started. */
  @IsOptional() @IsString() @Matches(/^https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*$/, { message: 'ENGINE_URL must be one or more http(s) URLs separated by commas' })
  ENGINE_URL?: string;

  /** Interface the HTTP server binds to. */
  @IsString()
  HOST = '127.0.0.1';

  /** JDK (17 or newer) that builds and runs the local engine; found under /usr/lib/jvm when unset. */
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

  /** Client id of the service at the OpenID Connect provider; required with OIDC_ISSUER. */
  @ValidateIf((env: EnvironmentDto) => env.OIDC_ISSUER !== undefined || env.OIDC_CLIENT_ID !== undefined)
  @IsString({ message: 'OIDC_CLIENT_ID is required with OIDC_ISSUER' }) @MinLength(1, { message: 'OIDC_CLIENT_ID is required with OIDC_ISSUER' })
  OIDC_CLIENT_ID?: string;

  /** Client secret at the OpenID Connect provider (client_secret_basic); unset: a public client (PKCE only). */
  @IsOptional() @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** Issuer URL of the OpenID Connect provider (its discovery document); unset: no sign-in through a provider. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_ISSUER must be a URL such as https://login.example.nl/realms/jbt' })
  @Matches(/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$))/, { message: 'OIDC_ISSUER must use https (http only on loopback, for tests)' })
  OIDC_ISSUER?: string;

  /** Claim holding the code of the user's organisation (as in the case record). */
  @IsString() @Matches(/^[\w.:-]+$/, { message: 'OIDC_ORGANISATION_CLAIM must be a claim name' })
  OIDC_ORGANISATION_CLAIM = 'jbt_organisation';

  /** Where the provider sends the browser back; register it at the provider. Unset: PUBLIC_URL (or http://HOST:PORT) + /api/auth/oidc/callback. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true }, { message: 'OIDC_REDIRECT_URL must be a URL ending in /api/auth/oidc/callback' })
  @Matches(/\/api\/auth\/oidc\/callback$/, { message: 'OIDC_REDIRECT_URL must end in /api/auth/oidc/callback' })
  OIDC_REDIRECT_URL?: string;

  /** Claim holding the code of the user's region (twente, zuid-limburg, ...). */
  @IsString() @Matches(/^[\w.:-]+$/, { message: 'OIDC_REGION_CLAIM must be a claim name' })
  OIDC_REGION_CLAIM = 'jbt_region';

  /** Claim holding the user's roles (a list or a space-separated string of CHAIR, SECRETARY, ...). */
  @IsString() @Matches(/^[\w.:-]+$/, { message: 'OIDC_ROLES_CLAIM must be a claim name' })
  OIDC_ROLES_CLAIM = 'jbt_roles';

  /** Scopes asked of the provider, space-separated; must include openid and release the three claims above. */
  @IsString() @Matches(/(^|\s)openid(\s|$)/, { message: 'OIDC_SCOPES must include openid' })
  OIDC_SCOPES = 'openid profile jbt';

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

  /** Failed sign-ins from one client address within SIGN_IN_LOCK_MINUTES after which that address must wait (429). */
  @Transform(toInt) @IsInt({ message: 'SIGN_IN_ADDRESS_FAILURES must be a whole number' })
  @Min(1, { message: 'SIGN_IN_ADDRESS_FAILURES must be at least 1' })
  SIGN_IN_ADDRESS_FAILURES = 30;

  /** Failed sign-ins of an account answered at once; each further one waits twice as long (1 s, 2 s, 4 s … at most a minute). */
  @Transform(toInt) @IsInt({ message: 'SIGN_IN_FREE_FAILURES must be a whole number' })
  @Min(1, { message: 'SIGN_IN_FREE_FAILURES must be at least 1' })
  SIGN_IN_FREE_FAILURES = 3;

  /** Failed sign-ins of an account within SIGN_IN_LOCK_MINUTES that lock it for SIGN_IN_LOCK_MINUTES. */
  @Transform(toInt) @IsInt({ message: 'SIGN_IN_LOCK_FAILURES must be a whole number' })
  @Min(2, { message: 'SIGN_IN_LOCK_FAILURES must be at least 2' })
  SIGN_IN_LOCK_FAILURES = 10;

  /** Minutes that failed sign-ins count, and that a locked account stays locked after its last failure. */
  @Transform(toInt) @IsInt({ message: 'SIGN_IN_LOCK_MINUTES must be a whole number of minutes' })
  @Min(1, { message: 'SIGN_IN_LOCK_MINUTES must be at least 1' })
  SIGN_IN_LOCK_MINUTES = 15;

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
}
