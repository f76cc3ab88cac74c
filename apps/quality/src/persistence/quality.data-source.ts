import { outboxAuditIndexMigrations, type ServiceDataSourceSpec } from '@aftersales/persistence';
import { CasesOpenedDaily } from '../cases-opened/cases-opened-daily.entity';
import { Complaint } from '../complaints/complaint.entity';
import { CaseQualityFact } from '../figures/case-quality-fact.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { PeriodicFollowUp } from '../periodic-follow-ups/periodic-follow-up.entity';
import { InitQuality1763900000000 } from '../migrations/1763900000000-init-quality';
import { FollowUpsAndComplaints1764000000000 } from '../migrations/1764000000000-follow-ups-and-complaints';
import { CaseQualityFacts1764000100000 } from '../migrations/1764000100000-case-quality-facts';
import { PeriodicFollowUps1764000200000 } from '../migrations/1764000200000-periodic-follow-ups';
import { Suggestions1764000300000 } from '../migrations/1764000300000-suggestions';
import { Suggestion } from '../suggestions/suggestion.entity';
import { Recalls1764100000000 } from '../migrations/1764100000000-recalls';
import { RecallCancelReason1764400000000 } from '../migrations/1764400000000-recall-cancel-reason';
import { RecallCampaign } from '../recalls/recall-campaign.entity';
import { RecallUnit } from '../recalls/recall-unit.entity';

/** Shared by the app and the migration command. */
export const qualityDataSource: ServiceDataSourceSpec = {
  schema: 'quality',
  entities: [CasesOpenedDaily, FollowUp, Complaint, CaseQualityFact, PeriodicFollowUp, Suggestion, RecallCampaign, RecallUnit],
  migrations: [InitQuality1763900000000, FollowUpsAndComplaints1764000000000, CaseQualityFacts1764000100000, PeriodicFollowUps1764000200000, Suggestions1764000300000, Recalls1764100000000, ...outboxAuditIndexMigrations('quality'), RecallCancelReason1764400000000],
};
