import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, type CaseDispatchDetails } from '@aftersales/contracts';
import { findCity } from '../../../geo/cities';
import { CaseErrors } from '../../case.errors';
import { CaseRepository } from '../../case.repository';

/**
 * The site of a case as dispatch needs it. The address stays here: dispatch gets a stable site id
 * (for hazards recorded per address) and coordinates, the city centre when none were given.
 */
@Injectable()
export class GetDispatchDetailsUseCase {
  constructor(private readonly cases: CaseRepository) {}

  async execute(caseNo: string): Promise<CaseDispatchDetails> {
    const found = await this.cases.findByCaseNo(caseNo);
    if (!found) throw new DomainError(CaseErrors.CASE_NOT_FOUND);
    const { serviceCase } = found;
    const model = await this.cases.findProductModel(serviceCase.productModel);
    const { address } = serviceCase;
    const city = findCity(address.city);
    const lat = address.lat ?? city?.lat;
    const lon = address.lon ?? city?.lon;
    if (lat === undefined || lon === undefined) {
      throw new DomainError(CaseErrors.UNKNOWN_LOCATION, { details: [{ field: 'address', reason: `no coordinates and no known city ${address.city}` }] });
    }
    const normalised = [address.province, address.city, address.line].map((p) => p.replace(/\s+/g, '')).join('|');
    const siteId = `S-${createHash('sha256').update(normalised).digest('hex').slice(0, 24)}`;
    return { caseNo, serviceType: serviceCase.serviceType, productCategory: model?.category ?? 'unknown', site: { siteId, province: address.province, lat, lon } };
  }
}
