import { Column, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import type { HazardType } from '@aftersales/contracts';

/** A known danger at a site (危险源), keyed by the caller's site/address id; briefed before a visit. */
@Entity({ name: 'site_hazard' })
@Index('IDX_site_hazard_site', ['siteId'])
export class SiteHazard {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_site_hazard' })
  id: string;

  @Column({ name: 'site_id', type: 'varchar', length: 64 })
  siteId: string;

  @Column({ type: 'varchar', length: 30 })
  type: HazardType;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** Its place in the list it was recorded with (hazards recorded together share `recordedAt`). */
  @Column({ type: 'smallint', default: 0 })
  position: number;
}

/** A site's hazards as they were recorded: by recording, then as listed in it. */
export function hazardsAtSite(manager: EntityManager, siteId: string): Promise<SiteHazard[]> {
  return manager.find(SiteHazard, { where: { siteId }, order: { recordedAt: 'ASC', position: 'ASC', id: 'ASC' } });
}
