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

  findActive(): Promise<CasePolicyVersion | null> {
    return this.dataSource.getRepository(CasePolicyVersion).findOneBy({ active: true });
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
