import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { FigureDimension, QualityFigures } from '@aftersales/contracts';
import { recordManyInInbox } from '@aftersales/messaging';
import { InboxRecord } from '@aftersales/persistence';
import { CaseQualityFact } from './case-quality-fact.entity';
import type { FactChange } from './figure-facts';

export type FigureGroup = QualityFigures & { key: string; complaintCases: number; slaBreaches: number };

const MONTH = `to_char(f.closed_at + make_interval(mins => coalesce(f.utc_offset_minutes, 0)), 'YYYY-MM')`;
const GROUP_KEY: Record<FigureDimension, string> = { technician: 'f.technician_id', outlet: 'f.outlet_id', productModel: 'f.product_model', month: MONTH };

interface FigureRow {
  key: string;
  closed: string;
  visited: string;
  first_time_fixed: string;
  avg_score: string | null;
  complaint_cases: string;
  on_time: string;
  sla_breaches: string;
  avg_cycle_ms: string | null;
}

const rate = (part: string, whole: string): number | null => (Number(whole) === 0 ? null : Math.round((Number(part) / Number(whole)) * 10_000) / 10_000);

@Injectable()
export class FiguresRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Applies the events' changes in stream order, each once per event id however often it is delivered,
   * in one transaction: the inbox rows in one statement, then one upsert per set of columns changed
   * (the changes of one case merged first, as if applied one after another). `alongside` writes what
   * else the events change, in the same transaction. Returns how many events were applied now.
   */
  applyOnce(consumer: string, events: readonly { eventId: string; change: FactChange }[], alongside?: (manager: EntityManager) => Promise<unknown>): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const fresh = await recordManyInInbox(manager, consumer, events.map((e) => e.eventId));
      await alongside?.(manager);
      const changes: FactChange[] = [];
      for (const { eventId, change } of events) if (fresh.delete(eventId)) changes.push(change);
      const table = manager.getRepository(CaseQualityFact).metadata.tablePath;
      for (const rows of groupByColumns(mergeByCase(changes))) await upsertFacts(manager, table, rows);
      return changes.length;
    });
  }

  /** Figures of closed cases grouped by a dimension, optionally of one local month. */
  async figures(by: FigureDimension, filter: { month?: string; outletId?: string } = {}): Promise<FigureGroup[]> {
    const table = this.dataSource.getRepository(CaseQualityFact).metadata.tablePath;
    const key = GROUP_KEY[by];
    const params: string[] = [];
    const where = [`f.closed_at IS NOT NULL`, `f.opened_at IS NOT NULL`, `${key} IS NOT NULL`];
    if (filter.month) where.push(`${MONTH} = $${params.push(filter.month)}`);
    if (filter.outletId) where.push(`f.outlet_id = $${params.push(filter.outletId)}`);
    const rows: FigureRow[] = await this.dataSource.query(
      `SELECT ${key} AS key, count(*) AS closed,
              count(*) FILTER (WHERE f.visits >= 1) AS visited,
              count(*) FILTER (WHERE f.visits = 1 AND f.fixed) AS first_time_fixed,
              avg(f.overall_score) AS avg_score,
              count(*) FILTER (WHERE f.complaints > 0) AS complaint_cases,
              count(*) FILTER (WHERE f.sla_breaches = 0) AS on_time,
              sum(f.sla_breaches) AS sla_breaches,
              avg(extract(epoch FROM f.closed_at - f.opened_at) * 1000) AS avg_cycle_ms
       FROM ${table} f WHERE ${where.join(' AND ')} GROUP BY 1 ORDER BY 1`,
      params,
    );
    return rows.map((r) => ({
      key: r.key,
      closedCases: Number(r.closed),
      firstTimeFixRate: rate(r.first_time_fixed, r.visited),
      averageSatisfaction: r.avg_score === null ? null : Math.round(Number(r.avg_score) * 100) / 100,
      complaintRate: rate(r.complaint_cases, r.closed),
      slaOnTimeRate: rate(r.on_time, r.closed),
      averageCycleMs: r.avg_cycle_ms === null ? null : Math.round(Number(r.avg_cycle_ms)),
      averageCost: null,
      complaintCases: Number(r.complaint_cases),
      slaBreaches: Number(r.sla_breaches),
    }));
  }

  /** Empties the figures and forgets which events they applied, so that a replay refills them. */
  async clear(consumers: string[], alongside: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await alongside(manager);
      await manager.getRepository(CaseQualityFact).createQueryBuilder().delete().execute();
      await manager.getRepository(InboxRecord).delete({ consumer: In(consumers) });
    });
  }
}

/** One change per case: later columns set win, counters add up; the order of the cases is kept. */
function mergeByCase(changes: readonly FactChange[]): FactChange[] {
  const merged = new Map<string, FactChange>();
  for (const change of changes) {
    const earlier = merged.get(change.caseNo);
    if (!earlier) {
      merged.set(change.caseNo, { caseNo: change.caseNo, set: { ...change.set }, add: { ...change.add } });
      continue;
    }
    Object.assign(earlier.set, change.set);
    for (const [column, n] of Object.entries(change.add)) earlier.add[column] = (earlier.add[column] ?? 0) + n;
  }
  return [...merged.values()];
}

/** The changes grouped by the columns they set and add to, so that each group is one multi-row statement. */
function groupByColumns(changes: readonly FactChange[]): FactChange[][] {
  const groups = new Map<string, FactChange[]>();
  for (const change of changes) {
    const key = `${Object.keys(change.set).sort().join(',')}|${Object.keys(change.add).sort().join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()];
}

/** Upserts cases' facts that change the same columns, one row a case, in one statement. */
async function upsertFacts(manager: EntityManager, table: string, rows: readonly FactChange[]): Promise<void> {
  const setColumns = Object.keys(rows[0].set).sort();
  const addColumns = Object.keys(rows[0].add).sort();
  const columns = ['case_no', ...setColumns, ...addColumns];
  const values = rows.flatMap((row) => [row.caseNo, ...setColumns.map((c) => row.set[c]), ...addColumns.map((c) => row.add[c])]);
  const tuples = rows.map((_row, r) => `(${columns.map((_c, i) => `$${r * columns.length + i + 1}`).join(', ')})`);
  const updates = [...setColumns.map((c) => `${c} = EXCLUDED.${c}`), ...addColumns.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`)];
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT (case_no) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    values,
  );
}
