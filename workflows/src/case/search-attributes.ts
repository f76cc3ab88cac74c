import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Typed search attributes that make cases findable in the Temporal UI. */
export const CASE_NO = defineSearchAttributeKey('CaseNo', SearchAttributeType.KEYWORD);
export const CASE_STATUS = defineSearchAttributeKey('CaseStatus', SearchAttributeType.KEYWORD);
export const SERVICE_TYPE = defineSearchAttributeKey('ServiceType', SearchAttributeType.KEYWORD);
export const CUSTOMER_TIER = defineSearchAttributeKey('CustomerTier', SearchAttributeType.KEYWORD);

/** Every custom search attribute the workflows use; provisioning registers them in the namespace. */
export const CUSTOM_SEARCH_ATTRIBUTES = [CASE_NO, CASE_STATUS, SERVICE_TYPE, CUSTOMER_TIER];
