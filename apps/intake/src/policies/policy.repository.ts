import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CasePolicy, PolicyView } from '@aftersales/contracts';
import { CasePolicyVersion } from './case-policy.entity';

export const toPolicyView = (p: CasePolicyVersion): PolicyView => ({
  version: p.version,
  active: p.active,
  createdAt: p.createdAt.toISOString(),
  policy: p.body,
});

@Injectable()
export class PolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Bodies of the versions read before. A version never changes once inserted (`insert` ignores a
   * version that exists), so its body is read once; which version is active is read every time.
   */
  private readonly bodies = new Map<string, Readonly<CasePolicy>>();

  findActive(): Promise<CasePolicyVersion | null> {
    return this.dataSource.getRepository(CasePolicyVersion).findOneBy({ active: true });
  }

  /** A version's body, as a new case pins it (read once a version: versions never change once inserted). */
  async bodyOf(version: string): Promise<Readonly<CasePolicy>> {
    const known = this.bodies.get(version);
    if (known) return known;
    const row = await this.dataSource.getRepository(CasePolicyVersion).findOneByOrFail({ version });
    // Shared by every case that pins it: frozen, so that no caller can change it for the next one.
    const body = deepFreeze(row.body);
    this.bodies.set(version, body);
    return body;
  }

  /** Inserts a new version; returns null when the version exists already. */
  async insert(policy: CasePolicy): Promise<CasePolicyVersion | null> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CasePolicyVersion)
      .values({ version: policy.version, body: policy, active: false })
      .orIgnore()
      .returning(['version'])
      .execute();
    if ((result.raw as unknown[]).length === 0) return null;
    return this.dataSource.getRepository(CasePolicyVersion).findOneByOrFail({ version: policy.version });
  }

  /** Makes one version the active one, in one transaction so that exactly one stays active. */
  activate(version: string): Promise<CasePolicyVersion | null> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CasePolicyVersion);
      const target = await repo.findOne({ where: { version }, lock: { mode: 'pessimistic_write' } });
      if (!target) return null;
      await repo.update({ active: true }, { active: false });
      await repo.update({ version }, { active: true });
      return repo.findOneByOrFail({ version });
    });
  }
}

function deepFreeze<T>(value: T): Readonly<T> {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
