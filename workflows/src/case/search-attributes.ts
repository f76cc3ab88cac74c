import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';
import type { CasePriority, CaseStatus, CustomerTier, ServiceType } from '@aftersales/contracts';

/** Typed search attributes that make cases findable in the Temporal UI. */
export const CASE_NO = defineSearchAttributeKey('CaseNo', SearchAttributeType.KEYWORD);
export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const SERVICE_TYPE = defineSearchAttributeKey('ServiceType', SearchAttributeType.KEYWORD);
export const CUSTOMER_TIER = defineSearchAttributeKey('CustomerTier', SearchAttributeType.KEYWORD);
export const PRIORITY = defineSearchAttributeKey('Priority', SearchAttributeType.KEYWORD);
export const SLA_BREACHED = defineSearchAttributeKey('SlaBreached', SearchAttributeType.BOOL);
/** The working calendar the case's working-time clocks run on, so a calendar change finds its cases. */
export const CALENDAR_ID = defineSearchAttributeKey('CalendarId', SearchAttributeType.KEYWORD);
/** 0 = none; 1 responsible, 2 supervisor, 3 service manager, 4 management. */
export const ESCALATION_LEVEL = defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT);

/** What a case workflow publishes as it runs: the values of its five changing search attributes. */
export interface CaseSearchAttributeValues {
  status: CaseStatus;
  priority: CasePriority;
  breached: boolean;
  escalationLevel: number;
  calendarId: string;
}

export function caseSearchAttributes({ status, priority, breached, escalationLevel, calendarId }: CaseSearchAttributeValues): SearchAttributePair[] {
  return [
    { key: CASE_STATUS, value: status },
    { key: PRIORITY, value: priority },
    { key: SLA_BREACHED, value: breached },
    { key: ESCALATION_LEVEL, value: escalationLevel },
    { key: CALENDAR_ID, value: calendarId },
  ];
}

/**
 * What a case starts with: its number, its fixed facts, and the five changing ones as they stand at
 * opening (no breach, no escalation), so the workflow's first task need not publish them.
 */
export function caseStartSearchAttributes(opening: { caseNo: string; serviceType: ServiceType; customerTier: CustomerTier; priority: CasePriority; calendarId: string }): SearchAttributePair[] {
  return [
    { key: CASE_NO, value: opening.caseNo },
    { key: SERVICE_TYPE, value: opening.serviceType },
    { key: CUSTOMER_TIER, value: opening.customerTier },
    ...caseSearchAttributes({ status: 'opened', priority: opening.priority, breached: false, escalationLevel: 0, calendarId: opening.calendarId }),
  ];
}

/** A recall campaign's number and status (running, paused, completed, cancelled), for `recall-<campaignNo>`. */
export const RECALL_CAMPAIGN_NO = defineSearchAttributeKey('RecallCampaignNo', SearchAttributeType.KEYWORD);
export const RECALL_STATUS = defineSearchAttributeKey('RecallStatus', SearchAttributeType.KEYWORD);

/** Every custom search attribute the workflows use; provisioning registers them in the namespace. */
export const CUSTOM_SEARCH_ATTRIBUTES = [CASE_NO, CASE_STATUS, SERVICE_TYPE, CUSTOMER_TIER, PRIORITY, SLA_BREACHED, ESCALATION_LEVEL, CALENDAR_ID, RECALL_CAMPAIGN_NO, RECALL_STATUS];
