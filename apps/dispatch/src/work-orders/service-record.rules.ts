import type { FieldIssue, TestOutcome, UpdateServiceRecordRequest } from '@aftersales/contracts';
import type { PartUsed } from './service-record.entity';

/** The parts of a repair record the rules look at. */
export interface RecordState {
  diagnosis: string | null;
  repairPlan: string | null;
  consentGiven: boolean | null;
  consentAt: Date | null;
  partsUsed: PartUsed[];
  testOutcome: TestOutcome | null;
  testNote: string | null;
  latentProblems: string[];
}

/** A record before anything is written into it. */
export function emptyRecordState(): RecordState {
  return { diagnosis: null, repairPlan: null, consentGiven: null, consentAt: null, partsUsed: [], testOutcome: null, testNote: null, latentProblems: [] };
}

/** Applies the fields given (each replaces what was recorded) and returns their names. */
export function applyRecordUpdate(record: RecordState, update: UpdateServiceRecordRequest): string[] {
  const changed: string[] = [];
  const set = <K extends keyof RecordState>(field: string, key: K, value: RecordState[K]): void => {
    record[key] = value;
    if (!changed.includes(field)) changed.push(field);
  };
  if (update.diagnosis !== undefined) set('diagnosis', 'diagnosis', update.diagnosis);
  if (update.repairPlan !== undefined) set('repairPlan', 'repairPlan', update.repairPlan);
  if (update.customerConsent !== undefined) {
    set('customerConsent', 'consentGiven', update.customerConsent.given);
    set('customerConsent', 'consentAt', new Date(update.customerConsent.at));
  }
  if (update.partsUsed !== undefined) set('partsUsed', 'partsUsed', update.partsUsed);
  if (update.testResult !== undefined) {
    set('testResult', 'testOutcome', update.testResult.outcome);
    set('testResult', 'testNote', update.testResult.note ?? null);
  }
  if (update.latentProblems !== undefined) set('latentProblems', 'latentProblems', update.latentProblems);
  return changed;
}

/**
 * RULES.md: state the plan and parts, get the customer's consent, then repair and test. Parts used
 * and a test result need the consent on record (given now or earlier).
 */
export function consentIssues(record: RecordState, update: UpdateServiceRecordRequest): FieldIssue[] {
  if (record.consentGiven === true) return [];
  const issues: FieldIssue[] = [];
  if (update.partsUsed && update.partsUsed.length > 0) issues.push({ field: 'partsUsed', reason: 'needs the customer consent to the repair plan first' });
  if (update.testResult) issues.push({ field: 'testResult', reason: 'needs the customer consent to the repair plan first' });
  return issues;
}

/** What a record still lacks before the customer can sign it off (签收). */
export function signOffIssues(record: RecordState): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!record.diagnosis) issues.push({ field: 'diagnosis', reason: 'is not recorded' });
  if (!record.repairPlan) issues.push({ field: 'repairPlan', reason: 'is not recorded' });
  if (record.consentGiven !== true) issues.push({ field: 'customerConsent', reason: 'the customer has not consented to the repair plan' });
  if (record.testOutcome !== 'passed') issues.push({ field: 'testResult', reason: record.testOutcome ? 'the unit failed its test' : 'is not recorded' });
  return issues;
}
