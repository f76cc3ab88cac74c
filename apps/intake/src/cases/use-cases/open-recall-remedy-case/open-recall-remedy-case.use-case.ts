import { Injectable } from '@nestjs/common';
import { DomainError, RECALL_REMEDIES, type CaseView, type OpenRecallRemedyCaseCommand } from '@aftersales/contracts';
import { UnitRepository } from '../../../units/unit.repository';
import { CaseErrors } from '../../case.errors';
import { OpenCaseUseCase } from '../open-case/open-case.use-case';

/**
 * Opens the free recall-remedy case (召回处理) of a recalled unit for its owner, once per campaign and
 * unit: the idempotency key names both, so a retried or repeated request answers with the same case.
 */
@Injectable()
export class OpenRecallRemedyCaseUseCase {
  constructor(
    private readonly units: UnitRepository,
    private readonly openCase: OpenCaseUseCase,
  ) {}

  async execute(command: OpenRecallRemedyCaseCommand, causationId?: string): Promise<CaseView> {
    const found = await this.units.findWithOwner(command.unitId);
    if (!found) throw new DomainError(CaseErrors.UNIT_NOT_FOUND, { details: [{ field: 'unitId', reason: 'no registered unit with this id' }] });
    const { unit, owner } = found;
    if (!owner) throw new DomainError(CaseErrors.UNIT_NOT_FOUND, { details: [{ field: 'unitId', reason: 'no registered unit with this id' }] });
    const remedy = RECALL_REMEDIES[command.remedy];
    return this.openCase.execute(
      {
        idempotencyKey: `recall:${command.campaignNo}:${command.unitId}`,
        request: {
          serviceType: 'recall_remedy',
          channel: 'api',
          customer: { name: owner.name, phone: owner.phone },
          address: command.address,
          product: {
            model: unit.productModel,
            serialNo: unit.serialNo,
            purchaseDate: unit.purchaseDate,
            ...(unit.deliveryDate ? { deliveryDate: unit.deliveryDate } : {}),
            ...(unit.registeredOn ? { registeredOn: unit.registeredOn } : {}),
          },
          fault: { description: `Recall ${command.campaignNo}: ${remedy.en} / 召回 ${command.campaignNo}：${remedy.zh}` },
        },
      },
      causationId,
    );
  }
}
