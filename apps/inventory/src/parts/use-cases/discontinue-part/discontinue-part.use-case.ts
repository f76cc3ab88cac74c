import { Injectable } from '@nestjs/common';
import { InventoryEventSubjects, type DiscontinuePartCommand, type PartView } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toPartView } from '../../part.view';

/**
 * Marks a part discontinued and tells the recall process which open cases hold reservations of it
 * (`part.discontinued` with their case numbers). Discontinuing it again changes nothing.
 */
@Injectable()
export class DiscontinuePartUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: DiscontinuePartCommand, causationId?: string): Promise<PartView> {
    return this.inventory.inTransaction(async (tx) => {
      const part = await tx.parts.lock(command.partCode);
      if (!part) throw notFound(InventoryErrors.PART_NOT_FOUND, 'partCode', command.partCode);
      if (part.discontinuedAt) return toPartView(part);
      part.discontinuedAt = new Date();
      const saved = await tx.parts.save(part);
      const reservations = await tx.stock.reservations({ partCode: part.partCode, status: 'active' });
      const affectedCaseNos = [...new Set(reservations.map((r) => r.caseNo))].sort();
      await tx.appendEvent({
        subject: InventoryEventSubjects.partDiscontinued,
        aggregateId: part.partCode,
        correlationId: part.partCode,
        causationId,
        data: { partCode: part.partCode, affectedCaseNos, substitutes: part.substitutes, discontinuedAt: part.discontinuedAt.toISOString() },
      });
      return toPartView(saved);
    });
  }
}
