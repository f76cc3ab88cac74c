import { Injectable } from '@nestjs/common';
import { DomainError, InventoryEventSubjects, type PartView, type RegisterPartCommand } from '@aftersales/contracts';
import { InventoryErrors } from '../../../inventory.errors';
import { InventoryUnitOfWork } from '../../../persistence/inventory-unit-of-work';
import { notFound } from '../../../persistence/inventory.lookups';
import { toPartView } from '../../part.view';

/** Adds a part to the catalogue; its substitutes and preferred supplier must exist already. */
@Injectable()
export class RegisterPartUseCase {
  constructor(private readonly inventory: InventoryUnitOfWork) {}

  execute(command: RegisterPartCommand, causationId?: string): Promise<PartView> {
    return this.inventory.inTransaction(async (tx) => {
      const known = new Set((await tx.parts.findMany(command.substitutes)).map((p) => p.partCode));
      const unknown = command.substitutes.findIndex((code) => !known.has(code));
      if (unknown >= 0) throw notFound(InventoryErrors.PART_NOT_FOUND, `substitutes.${unknown}`, command.substitutes[unknown]);
      if (command.preferredSupplierId && !(await tx.purchasing.supplier(command.preferredSupplierId))) {
        throw notFound(InventoryErrors.SUPPLIER_NOT_FOUND, 'preferredSupplierId', command.preferredSupplierId);
      }
      const part = await tx.parts.insert({
        partCode: command.partCode,
        nameZh: command.name.zh,
        nameEn: command.name.en,
        category: command.category,
        unitPriceMinor: command.unitPrice.amountMinor,
        currency: command.unitPrice.currency,
        serialTracked: command.serialTracked,
        substitutes: command.substitutes,
        discontinuedAt: null,
        reorderPoint: command.reorderPoint,
        reorderQty: command.reorderQty,
        preferredSupplierId: command.preferredSupplierId ?? null,
      });
      if (!part) throw new DomainError(InventoryErrors.PART_CODE_TAKEN, { details: [{ field: 'partCode', reason: 'is taken', reasonZh: '已被使用' }] });
      await tx.appendEvent({
        subject: InventoryEventSubjects.partRegistered,
        aggregateId: part.partCode,
        correlationId: part.partCode,
        causationId,
        data: { partCode: part.partCode, category: part.category, unitPrice: command.unitPrice, serialTracked: part.serialTracked, substitutes: part.substitutes, registeredAt: part.createdAt.toISOString() },
      });
      return toPartView(part);
    });
  }
}
