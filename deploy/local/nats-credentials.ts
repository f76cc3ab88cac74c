import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppName } from '@aftersales/contracts';
import { NATS_ADMIN_USER, NATS_USERS, natsPasswordVariable, type NatsUser } from '../nats/nats-permissions';

export type NatsCredentials = Record<NatsUser, string>;

/** Where a local run keeps the passwords of its NATS users (git-ignored, owner-readable only). */
export const natsCredentialsFile = (stateDir: string): string => join(stateDir, 'nats-credentials.json');

// Letters first: nats-server reads an all-digit variable as a number and refuses the config.
const newPassword = (): string => `pw${randomBytes(18).toString('hex')}`;

/**
 * The passwords of the local NATS users, made once per state folder and kept, so a NATS server
 * started by an earlier run (or restarted) keeps accepting the apps.
 */
export function localNatsCredentials(stateDir: string): NatsCredentials {
  const file = natsCredentialsFile(stateDir);
  const existing: Partial<NatsCredentials> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<NatsCredentials>) : {};
  const credentials = Object.fromEntries(NATS_USERS.map((user) => [user, existing[user] ?? newPassword()])) as NatsCredentials;
  if (NATS_USERS.some((user) => existing[user] !== credentials[user])) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  }
  return credentials;
}

/** The variables nats-server resolves in users.conf. */
export function natsServerEnvironment(credentials: NatsCredentials): Record<string, string> {
  return Object.fromEntries(NATS_USERS.map((user) => [natsPasswordVariable(user), credentials[user]]));
}

/** An app's own identity on the bus. */
export function appNatsEnvironment(app: AppName, credentials: NatsCredentials): { NATS_USER: string; NATS_PASSWORD: string } {
  return { NATS_USER: app, NATS_PASSWORD: credentials[app] };
}

/** The operator's identity: provisioning and test tooling. */
export function adminNatsEnvironment(credentials: NatsCredentials): { NATS_USER: string; NATS_PASSWORD: string } {
  return { NATS_USER: NATS_ADMIN_USER, NATS_PASSWORD: credentials[NATS_ADMIN_USER] };
}
