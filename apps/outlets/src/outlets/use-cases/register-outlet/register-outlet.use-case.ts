import { Injectable } from '@nestjs/common';
import { DomainError, OutletEventSubjects, type OutletView, type RegisterOutletRequest } from '@aftersales/contracts';
import { OutletErrors } from '../../outlet.errors';
import { OutletRepository } from '../../outlet.repository';
import { toOutletView } from '../../outlet.view';

/** Registers a proposed outlet; its `registered` event starts the establishment workflow. */
@Injectable()
export class RegisterOutletUseCase {
  constructor(private readonly outlets: OutletRepository) {}

  execute(request: RegisterOutletRequest, causationId?: string): Promise<OutletView> {
    return this.outlets.inTransaction(async (tx) => {
      const outlet = await tx.insertOutlet({
        code: request.code,
        kind: request.kind,
        nameZh: request.name.zh,
        nameEn: request.name.en,
        address: request.address,
        city: request.city,
        province: request.province,
        lat: request.location.lat,
        lon: request.location.lon,
        coverageRadiusKm: 'radiusKm' in request.coverage ? request.coverage.radiusKm : null,
        coverageRegions: 'regions' in request.coverage ? request.coverage.regions : [],
        dailyCapacity: request.dailyCapacity,
        status: 'proposed',
      });
      if (!outlet) throw new DomainError(OutletErrors.CODE_TAKEN, { details: [{ field: 'code', reason: `${request.code} is taken` }] });
      await tx.appendEvent({
        subject: OutletEventSubjects.outletRegistered,
        aggregateId: outlet.id,
        correlationId: causationId ?? outlet.id,
        causationId,
        data: {
          outletId: outlet.id,
          code: outlet.code,
          kind: outlet.kind,
          province: outlet.province,
          dailyCapacity: outlet.dailyCapacity,
          status: outlet.status,
          registeredAt: outlet.createdAt.toISOString(),
        },
      });
      return toOutletView(outlet, []);
    });
  }
}
