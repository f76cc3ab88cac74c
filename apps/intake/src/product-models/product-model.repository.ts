import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { EventSubjects, type ListProductModelsQuery, type ProductCategory, type ProductModelPage, type ProductModelView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { ProductModel } from './product-model.entity';

export const toProductModelView = (m: ProductModel): ProductModelView => ({
  code: m.code,
  nameZh: m.nameZh,
  nameEn: m.nameEn,
  category: m.category as ProductCategory,
  warrantyMonths: m.warrantyMonths,
  warrantyKm: m.warrantyKm,
  returnDays: m.returnDays,
  exchangeDays: m.exchangeDays,
});

/** The product catalogue: each change and its event commit together. */
@Injectable()
export class ProductModelRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  findByCode(code: string): Promise<ProductModel | null> {
    return this.dataSource.getRepository(ProductModel).findOneBy({ code });
  }

  async page(query: ListProductModelsQuery): Promise<ProductModelPage> {
    const [rows, total] = await this.dataSource.getRepository(ProductModel).findAndCount({
      where: query.category ? { category: query.category } : {},
      order: { code: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toProductModelView), total, limit: query.limit, offset: query.offset };
  }

  /** Inserts the model; null when the code is taken (nothing written). */
  insert(model: ProductModel, correlationId?: string): Promise<ProductModel | null> {
    return this.write(async (manager) => {
      const result = await manager.createQueryBuilder().insert().into(ProductModel).values(model).orIgnore().returning(['code']).execute();
      if ((result.raw as unknown[]).length === 0) return null;
      await this.publish(manager, EventSubjects.productModelRegistered, model, correlationId);
      return model;
    });
  }

  /** Replaces the model's terms; null when there is no such model. */
  update(model: ProductModel, correlationId?: string): Promise<ProductModel | null> {
    return this.write(async (manager) => {
      const existing = await manager.findOne(ProductModel, { where: { code: model.code }, lock: { mode: 'pessimistic_write' } });
      if (!existing) return null;
      await manager.save(ProductModel, model);
      await this.publish(manager, EventSubjects.productModelChanged, model, correlationId);
      return model;
    });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(work);
    this.outbox.nudge();
    return result;
  }

  private async publish(
    manager: EntityManager,
    subject: typeof EventSubjects.productModelRegistered | typeof EventSubjects.productModelChanged,
    model: ProductModel,
    correlationId?: string,
  ): Promise<void> {
    await this.outbox.append(manager, { subject, aggregateId: model.code, correlationId: correlationId ?? model.code, data: { ...toProductModelView(model), changedAt: new Date().toISOString() } });
  }
}
