import { parseArgs } from 'node:util';
import { ROLE_CODES, ROLES, type Role } from '@aftersales/contracts';
import { loadEnvironment } from '@aftersales/config';
import { authSettings } from './auth/auth.config';
import { signToken } from './auth/jwt';

/**
 * `npm run token -- --role dispatcher [--technician <id>] [--outlet OUT-HZ-01] [--sub alice] [--ttl 28800]`:
 * prints a signed token for the gateway, with the key the gateway reads (AUTH_JWT_SECRET, or the
 * development key outside production).
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'administrator' },
    technician: { type: 'string' },
    outlet: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: String(8 * 3600) },
  },
});
const role = values.role as Role;
if (!ROLE_CODES.includes(role)) {
  process.stderr.write(`--role must be one of:\n${ROLE_CODES.map((r) => `  ${r.padEnd(20)} ${ROLES[r].zh} / ${ROLES[r].en}`).join('\n')}\n`);
  process.exit(2);
}
if (role === 'technician' && !values.technician) {
  process.stderr.write('a technician token needs --technician <dispatch technician id>\n');
  process.exit(2);
}
if (role === 'outlet_manager' && !values.outlet) {
  process.stderr.write('an outlet manager token needs --outlet <outlet code, e.g. OUT-HZ-01>\n');
  process.exit(2);
}
const settings = authSettings(loadEnvironment());
const claims = {
  sub: values.sub ?? `dev-${role}`,
  role,
  ...(values.technician ? { technicianId: values.technician } : {}),
  ...(values.outlet ? { outlet: values.outlet } : {}),
};
process.stdout.write(`${signToken(claims, settings.jwtSecret, Number(values.ttl))}\n`);
