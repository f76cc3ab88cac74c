import { Injectable } from '@nestjs/common';
import type { CoveringOutlet, FindCoveringOutletsQuery } from '@aftersales/contracts';
import { rankCovering } from '../../coverage';
import { OutletRepository } from '../../outlet.repository';

/** The open outlets covering a place, nearest first, with province and distance (for the case SLA). */
@Injectable()
export class FindCoveringOutletsUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  async execute(query: FindCoveringOutletsQuery): Promise<CoveringOutlet[]> {
    const excluded = new Set(query.excludeOutletIds);
    const open = (await this.outlets.openOutlets({ kind: query.kind })).filter((o) => !excluded.has(o.id));
    return rankCovering(open, { ...query.location, regions: query.regions }).map(({ outlet, distanceKm }) => ({
      outletId: outlet.id,
      code: outlet.code,
      kind: outlet.kind,
      province: outlet.province,
      city: outlet.city,
      distanceKm,
    }));
  }
}
