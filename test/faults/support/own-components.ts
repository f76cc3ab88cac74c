import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StartedProcess } from '../../../deploy/local/background-process';
import { COMPONENT, type ComponentKey } from '../../../deploy/local/component-names';
import { waitUntil } from '../../../deploy/local/wait-until';
import { FAULTS_STATE_DIR } from './faults-settings';

/** The component processes the fault suite started (pids, by COMPONENT's keys), so it kills and stops only its own. */
export interface OwnComponents extends Partial<Record<ComponentKey, number>> {
  /** Port of the suite's own PostgreSQL cluster. */
  postgresPort: number;
}

/** The pids of the NATS and Temporal servers among the processes a provisioning started (only those it started). */
export function startedPids(started: StartedProcess[]): Pick<OwnComponents, ComponentKey> {
  const pids: Pick<OwnComponents, ComponentKey> = {};
  for (const p of started) {
    if (p.name === COMPONENT.nats) pids.nats = p.child.pid;
    if (p.name === COMPONENT.temporal) pids.temporal = p.child.pid;
  }
  return pids;
}

const COMPONENTS_FILE = join(FAULTS_STATE_DIR, 'components.json');

export function readComponents(): OwnComponents | null {
  return existsSync(COMPONENTS_FILE) ? (JSON.parse(readFileSync(COMPONENTS_FILE, 'utf8')) as OwnComponents) : null;
}

export function writeComponents(components: OwnComponents): void {
  writeFileSync(COMPONENTS_FILE, JSON.stringify(components, null, 2));
}

export function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** kill -9 of a process the suite started; resolves once it is gone. */
export async function killHard(pid: number | undefined): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid!, 'SIGKILL');
  await waitUntil(`pid ${pid} gone`, async () => !isAlive(pid), 10_000, 50);
}

/** SIGTERM, then SIGKILL after the grace period. */
export async function stopGently(pid: number | undefined, graceMs = 10_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid!, 'SIGTERM');
  try {
    await waitUntil(`pid ${pid} stopped`, async () => !isAlive(pid), graceMs, 100);
  } catch {
    await killHard(pid);
  }
}

