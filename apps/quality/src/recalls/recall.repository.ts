import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, QualityEventSubjects, type NotificationChannel, type RecallPacing, type RecallUnitCounts, type RecallUnitState, type RecallView } from '@aftersales/contracts';
import { OutboxWriter } from '@aftersales/messaging';
import { RecallCampaign } from './recall-campaign.entity';
import { RecallUnit } from './recall-unit.entity';
import { RecallErrors } from './recall.errors';
import { campaignNoFor, EMPTY_RECALL_COUNTS, retryDelayMs } from './recall.rules';

type CampaignSubject = (typeof QualityEventSubjects)['recallProposed' | 'recallApproved' | 'recallStatusChanged'];
export type NewCampaign = Omit<RecallCampaign, 'id' | 'campaignNo' | 'createdAt' | 'updatedAt' | 'completedAt' | 'cancelReason' | 'approvedBy' | 'status'>;
export interface BatchOutcome {
  unitId: string;
  outcome: 'delivered' | 'already_delivered' | 'failed' | 'exhausted';
  channel: NotificationChannel | null;
}

export const toRecallView = (c: RecallCampaign): RecallView => ({
  campaignNo: c.campaignNo,
  reason: c.reason,
  title: c.title,
  criteria: c.criteria,
  remedies: c.remedies,
  startAt: c.startAt.toISOString(),
  deadline: c.deadline.toISOString(),
  pacing: c.pacing,
  status: c.status,
  proposedBy: c.proposedBy,
  approvedBy: c.approvedBy,
  sourceEventId: c.sourceEventId,
  createdAt: c.createdAt.toISOString(),
  completedAt: c.completedAt?.toISOString() ?? null,
  cancelReason: c.cancelReason,
});

/** TypeORM answers an UPDATE … RETURNING with [rows, count]. */
const updatedRows = <T>(raw: unknown): T[] => (raw as [T[], number])[0];

/** Which units a round is about: the notice goes to the identified, reminder n to the notified who had fewer. */
function roundFilter(round: string, alias = 'r'): { sql: string; reminder: number } {
  if (round === 'notice') return { sql: `${alias}.state = 'identified'`, reminder: 0 };
  const reminder = Number(round.slice('reminder-'.length));
  return { sql: `${alias}.state = 'notified' AND ${alias}.reminders_sent < ${reminder}`, reminder };
}

/** Recall campaigns and their units: batch steps are set-based SQL, each with its event in one transaction. */
@Injectable()
export class RecallRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async find(campaignNo: string): Promise<RecallCampaign> {
    const campaign = await this.dataSource.getRepository(RecallCampaign).findOneBy({ campaignNo });
    if (!campaign) throw new DomainError(RecallErrors.RECALL_NOT_FOUND);
    return campaign;
  }

  /** Proposes a campaign; with a source event, once per event (null when it was proposed already). */
  async propose(campaign: NewCampaign, causationId?: string): Promise<RecallCampaign | null> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const [{ seq }] = await manager.query<{ seq: string }[]>(`SELECT nextval('quality.recall_campaign_seq') AS seq`);
      const values = { ...campaign, campaignNo: campaignNoFor(new Date(), Number(seq)), status: 'proposed' as const, approvedBy: null, completedAt: null, cancelReason: null };
      const inserted = await manager.createQueryBuilder().insert().into(RecallCampaign).values(values).orIgnore().returning(['id']).execute();
      if ((inserted.raw as unknown[]).length === 0) return null;
      const row = await manager.findOneByOrFail(RecallCampaign, { campaignNo: values.campaignNo });
      await this.appendCampaignEvent(manager, QualityEventSubjects.recallProposed, row, causationId);
      return row;
    });
    this.outbox.nudge();
    return saved;
  }

  /** Applies a status change to the locked campaign and publishes it; `change` throws to refuse. */
  async change(campaignNo: string, subject: CampaignSubject, change: (current: RecallCampaign) => RecallCampaign | null, causationId?: string): Promise<RecallCampaign> {
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RecallCampaign, { where: { campaignNo }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new DomainError(RecallErrors.RECALL_NOT_FOUND);
      const next = change(current);
      if (!next) return current;
      const row = await manager.save(RecallCampaign, next);
      await this.appendCampaignEvent(manager, subject, row, causationId);
      return row;
    });
    this.outbox.nudge();
    return saved;
  }

  /** Registers units as identified; a unit already in the campaign is left as it is. */
  async identify(campaignNo: string, unitIds: string[]): Promise<number> {
    if (unitIds.length === 0) return 0;
    const rows = await this.dataSource.query<unknown[]>(
      `INSERT INTO quality.recall_unit (campaign_no, unit_id, state) SELECT $1, unnest($2::uuid[]), 'identified' ON CONFLICT ON CONSTRAINT "PK_recall_unit" DO NOTHING RETURNING unit_id`,
      [campaignNo, unitIds],
    );
    return rows.length;
  }

  /**
   * Takes up to `limit` units due in the round for `claimMs`: a concurrent or retried batch skips them,
   * and a batch lost with its worker frees them when the claim passes.
   */
  async claimDue(campaignNo: string, round: string, limit: number, claimMs: number): Promise<{ unitId: string; attempts: number }[]> {
    const { sql } = roundFilter(round, 'd');
    const raw: unknown = await this.dataSource.query(
      `UPDATE quality.recall_unit r SET claimed_until = now() + make_interval(secs => $3::float8 / 1000)
         FROM (SELECT d.unit_id FROM quality.recall_unit d WHERE d.campaign_no = $1 AND ${sql} AND d.next_attempt_at <= now() AND (d.claimed_until IS NULL OR d.claimed_until < now())
               ORDER BY d.unit_id LIMIT $2 FOR UPDATE SKIP LOCKED) due
        WHERE r.campaign_no = $1 AND r.unit_id = due.unit_id
        RETURNING r.unit_id AS "unitId", r.attempts`,
      [campaignNo, limit, claimMs],
    );
    return updatedRows(raw);
  }

  /** Moves the claimed units by their outcome, only from the state the round expects; one event per batch. */
  async applyOutcomes(input: { campaignNo: string; round: string; pacing: RecallPacing; attempts: Map<string, number>; outcomes: BatchOutcome[] }): Promise<{ reached: number; unreachable: number; retrying: number }> {
    const { campaignNo, round } = input;
    const { sql, reminder } = roundFilter(round);
    const reached = input.outcomes.filter((o) => o.outcome === 'delivered' || o.outcome === 'already_delivered');
    const exhausted = input.outcomes.filter((o) => o.outcome === 'exhausted').map((o) => o.unitId);
    const failed = input.outcomes.filter((o) => o.outcome === 'failed');
    const counts = await this.dataSource.transaction(async (manager) => {
      const reachedSet = reminder === 0 ? `state = 'notified', channel = c.channel, notified_at = now()` : `reminders_sent = ${reminder}`;
      const reachedRows = updatedRows(await manager.query(
        `UPDATE quality.recall_unit r SET ${reachedSet}, attempts = 0, claimed_until = NULL
           FROM unnest($2::uuid[], $3::varchar[]) AS c(unit_id, channel) WHERE r.campaign_no = $1 AND r.unit_id = c.unit_id AND ${sql} RETURNING r.unit_id`,
        [campaignNo, reached.map((o) => o.unitId), reached.map((o) => o.channel)],
      ));
      const gaveUpSet = reminder === 0 ? `state = 'unreachable'` : `reminders_sent = ${reminder}`;
      const gaveUp = updatedRows(await manager.query(
        `UPDATE quality.recall_unit r SET ${gaveUpSet}, attempts = 0, claimed_until = NULL WHERE r.campaign_no = $1 AND r.unit_id = ANY($2::uuid[]) AND ${sql} RETURNING r.unit_id`,
        [campaignNo, exhausted],
      ));
      const delays = failed.map((o) => retryDelayMs(input.attempts.get(o.unitId) ?? 0, input.pacing));
      await manager.query(
        `UPDATE quality.recall_unit r SET attempts = r.attempts + 1, next_attempt_at = now() + make_interval(secs => f.delay_ms / 1000.0), claimed_until = NULL
           FROM unnest($2::uuid[], $3::int[]) AS f(unit_id, delay_ms) WHERE r.campaign_no = $1 AND r.unit_id = f.unit_id AND ${sql}`,
        [campaignNo, failed.map((o) => o.unitId), delays],
      );
      const moved = { reached: reachedRows.length, unreachable: reminder === 0 ? gaveUp.length : 0, retrying: failed.length };
      if (moved.reached + moved.unreachable > 0) {
        await this.outbox.append(manager, {
          subject: QualityEventSubjects.recallUnitNotified,
          aggregateId: campaignNo,
          correlationId: campaignNo,
          data: { campaignNo, round, reached: moved.reached, unreachable: moved.unreachable, at: new Date().toISOString() },
        });
      }
      return moved;
    });
    this.outbox.nudge();
    return counts;
  }

  /** Frees claimed units a batch could not finish (intake did not answer): they are due again at once. */
  async release(campaignNo: string, unitIds: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE quality.recall_unit SET claimed_until = NULL WHERE campaign_no = $1 AND unit_id = ANY($2::uuid[])`, [campaignNo, unitIds]);
  }

  /** Units still due in the round, and the ms until the earliest of them (waiting out a backoff) is. */
  async due(campaignNo: string, round: string): Promise<{ remaining: number; nextDueInMs: number | null }> {
    const { sql } = roundFilter(round);
    const [row] = await this.dataSource.query<{ remaining: number; next_ms: number | null }[]>(
      `SELECT count(*)::int AS remaining, GREATEST(0, EXTRACT(EPOCH FROM min(GREATEST(next_attempt_at, COALESCE(claimed_until, next_attempt_at))) - now()) * 1000)::int AS next_ms
         FROM quality.recall_unit r WHERE r.campaign_no = $1 AND ${sql}`,
      [campaignNo],
    );
    return { remaining: row.remaining, nextDueInMs: row.remaining > 0 ? row.next_ms : null };
  }

  async counts(campaignNo: string): Promise<RecallUnitCounts> {
    const rows = await this.dataSource.query<{ state: RecallUnitState; n: number }[]>(`SELECT state, count(*)::int AS n FROM quality.recall_unit WHERE campaign_no = $1 GROUP BY state`, [campaignNo]);
    return { ...EMPTY_RECALL_COUNTS, ...Object.fromEntries(rows.map((r) => [r.state, r.n])) };
  }

  async tally(campaignNo: string, column: 'remedy' | 'channel'): Promise<Record<string, number>> {
    const rows = await this.dataSource.query<{ k: string; n: number }[]>(
      `SELECT ${column} AS k, count(*)::int AS n FROM quality.recall_unit WHERE campaign_no = $1 AND ${column} IS NOT NULL GROUP BY ${column}`,
      [campaignNo],
    );
    return Object.fromEntries(rows.map((r) => [r.k, r.n]));
  }

  findUnit(campaignNo: string, unitId: string): Promise<RecallUnit | null> {
    return this.dataSource.getRepository(RecallUnit).findOneBy({ campaignNo, unitId });
  }

  /**
   * Records the owner's answer once: only from a state that can still answer; the event goes with it.
   * False when another answer came first.
   */
  async answer(campaignNo: string, unitId: string, from: readonly RecallUnitState[], answer: Pick<RecallUnit, 'state' | 'remedy' | 'caseNo' | 'declineReason'>): Promise<boolean> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(RecallUnit)
        .set({ ...answer, respondedAt: () => 'now()', claimedUntil: null })
        .where('campaign_no = :campaignNo AND unit_id = :unitId AND state IN (:...from)', { campaignNo, unitId, from })
        .execute();
      if (result.affected !== 1) return false;
      await this.appendUnitEvent(manager, { campaignNo, unitId, ...answer });
      return true;
    });
    this.outbox.nudge();
    return moved;
  }

  /** A recall-remedy case closed: its unit is remedied (once). */
  async remediedByCase(caseNo: string, causationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = updatedRows<{ campaign_no: string; unit_id: string; remedy: RecallUnit['remedy'] }>(
        await manager.query(`UPDATE quality.recall_unit SET state = 'remedied' WHERE case_no = $1 AND state = 'scheduled' RETURNING campaign_no, unit_id, remedy`, [caseNo]),
      );
      for (const row of rows) await this.appendUnitEvent(manager, { campaignNo: row.campaign_no, unitId: row.unit_id, state: 'remedied', remedy: row.remedy, caseNo }, causationId);
    });
    this.outbox.nudge();
  }

  private appendUnitEvent(manager: EntityManager, unit: Pick<RecallUnit, 'campaignNo' | 'unitId' | 'state' | 'remedy' | 'caseNo'>, causationId?: string) {
    return this.outbox.append(manager, {
      subject: QualityEventSubjects.recallUnitResponded,
      aggregateId: unit.campaignNo,
      correlationId: unit.campaignNo,
      causationId,
      data: { campaignNo: unit.campaignNo, unitId: unit.unitId, state: unit.state, remedy: unit.remedy, caseNo: unit.caseNo, changedAt: new Date().toISOString() },
    });
  }

  private appendCampaignEvent(manager: EntityManager, subject: CampaignSubject, c: RecallCampaign, causationId?: string) {
    return this.outbox.append(manager, {
      subject,
      aggregateId: c.campaignNo,
      correlationId: c.campaignNo,
      causationId,
      data: { campaignNo: c.campaignNo, reason: c.reason, status: c.status, ratePerMinute: c.pacing.ratePerMinute, changedAt: new Date().toISOString() },
    });
  }
}

