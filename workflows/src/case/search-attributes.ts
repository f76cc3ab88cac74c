import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

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

/** A recall campaign's number and status (running, paused, completed, cancelled), for `recall-<campaignNo>`. */
export const RECALL_CAMPAIGN_NO = defineSearchAttributeKey('RecallCampaignNo', SearchAttributeType.KEYWORD);
export const RECALL_STATUS = defineSearchAttributeKey('RecallStatus', SearchAttributeType.KEYWORD);

/** Every custom search attribute the workflows use; provisioning registers them in the namespace. */
export const CUSTOM_SEARCH_ATTRIBUTES = [CASE_NO, CASE_STATUS, SERVICE_TYPE, CUSTOMER_TIER, PRIORITY, SLA_BREACHED, ESCALATION_LEVEL, CALENDAR_ID, RECALL_CAMPAIGN_NO, RECALL_STATUS];
