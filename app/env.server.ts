// The process environment, read and checked once. Nothing here reaches the browser.
import { z } from "zod";
import { readDatabaseConfig } from "./db/database-config.server";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public base URL, used in e-mailed links and as the allowed Origin. */
  APP_URL: z.string().url().optional(),
  DATABASE_URL: z.string().optional(),
  /** e.g. smtp://user:pass@mail.example.nl:587; without it e-mail stays in the outbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Signaal <noreply@signaal.test>"),
});

export type Env = z.infer<typeof EnvSchema> & {
  appUrl: string;
  isProduction: boolean;
  database: ReturnType<typeof readDatabaseConfig>;
};

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse({
    ...source,
    APP_URL: source.APP_URL || undefined,
    SMTP_URL: source.SMTP_URL || undefined,
    MAIL_FROM: source.MAIL_FROM || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  const env = result.data;
  return {
    ...env,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    isProduction: env.NODE_ENV === "production",
    database: readDatabaseConfig(env.DATABASE_URL),
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** For tests that change the environment. */
export function resetEnvCache(): void {
  cached = undefined;
}
