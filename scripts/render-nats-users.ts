import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../deploy/local/paths';
import { renderUsersConf } from '../deploy/nats/nats-permissions';

// `npm run nats:users`: regenerates deploy/nats/users.conf after a contract adds a context or a consumer.
const target = join(REPO_ROOT, 'deploy', 'nats', 'users.conf');
writeFileSync(target, renderUsersConf());
console.log(`wrote ${target}`);
