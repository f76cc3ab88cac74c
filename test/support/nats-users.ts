import { connect, type NatsConnection } from '@nats-io/transport-node';
import { inboxPrefixOf } from '@aftersales/contracts';
import { localNatsCredentials } from '../../deploy/local/nats-credentials';
import type { NatsUser } from '../../deploy/nats/nats-permissions';
import { runSettings, TEST_STATE_DIR } from './test-settings';

/** A connection as one of the cluster's NATS users (deploy/nats), as that app connects. */
export function connectAs(user: NatsUser): Promise<NatsConnection> {
  const password = localNatsCredentials(TEST_STATE_DIR)[user];
  return connect({ servers: runSettings().NATS_URL ?? '', user, pass: password, inboxPrefix: inboxPrefixOf(user), reconnect: false });
}

/** The server's permission errors on a connection, as they arrive. */
export function permissionErrors(nc: NatsConnection): string[] {
  const errors: string[] = [];
  void (async () => {
    for await (const status of nc.status()) if (status.type === 'error' && /Permissions Violation/.test(status.error.message)) errors.push(status.error.message);
  })();
  return errors;
}
