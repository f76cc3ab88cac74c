import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A Debian PostgreSQL cluster (`pg_lsclusters`): version, name, port and whether it runs. */
export interface LocalCluster {
  version: string;
  name: string;
  port: number;
  online: boolean;
}

export function localClusters(): LocalCluster[] {
  if (!existsSync('/etc/postgresql')) return [];
  let out: string;
  try {
    out = execFileSync('pg_lsclusters', ['--no-header']).toString();
  } catch {
    return [];
  }
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), online: status.startsWith('online') }));
}

/** The local cluster that listens (or would listen) on `port`, if any. */
export function clusterOnPort(port: number): LocalCluster | undefined {
  return localClusters().find((c) => c.port === port);
}

const ctl = (cluster: LocalCluster, action: 'start' | 'stop', extra: string[] = []) =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', ...extra, cluster.version, cluster.name, action], { stdio: 'inherit' });

export function startCluster(cluster: LocalCluster): void {
  ctl(cluster, 'start');
}

/** Stops the cluster at once: clients see their connections cut, as in an outage. */
export function stopCluster(cluster: LocalCluster): void {
  ctl(cluster, 'stop', ['--mode', 'fast']);
}

/**
 * A cluster of its own on `port`, created when missing (newest installed version, trust for local
 * TCP connections, as the machine's main cluster has), so a suite can stop and start it without
 * disturbing anyone else's database.
 */
export function ensureOwnCluster(name: string, port: number, log: (line: string) => void): LocalCluster {
  const existing = clusterOnPort(port);
  if (existing && existing.name !== name) throw new Error(`port ${port} belongs to cluster ${existing.version}/${existing.name}, not ${name}`);
  let cluster = existing;
  if (!cluster) {
    const versions = existsSync('/etc/postgresql') ? execFileSync('ls', ['/etc/postgresql']).toString().trim().split('\n').filter(Boolean) : [];
    const version = versions.sort((a, b) => Number(b) - Number(a))[0];
    if (!version) throw new Error('no local PostgreSQL is installed (Debian postgresql package)');
    log(`creating PostgreSQL cluster ${version}/${name} on port ${port}`);
    execFileSync('pg_createcluster', [version, name, '--port', String(port)], { stdio: 'inherit' });
    // Trust for loopback TCP, as the machine's main cluster has; first, so Debian's scram rules never match.
    const hba = `/etc/postgresql/${version}/${name}/pg_hba.conf`;
    writeFileSync(hba, `# aftersales: local trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n${readFileSync(hba, 'utf8')}`);
    cluster = { version, name, port, online: false };
  }
  if (!cluster.online) {
    log(`starting PostgreSQL cluster ${cluster.version}/${cluster.name} on port ${port}`);
    startCluster(cluster);
    cluster.online = true;
  }
  return cluster;
}
