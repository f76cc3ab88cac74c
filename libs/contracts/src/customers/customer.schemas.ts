import { z } from 'zod';
import { bilingual } from '../bilingual';
import type { CaseView } from '../cases/case.types';
import type { CustomerTier } from '../labels';

export const customerRefSchema = z.strictObject({ customerId: z.uuid({ error: bilingual('must be a customer id (UUID)', '须为客户编号（UUID）') }) });
export type CustomerRef = z.infer<typeof customerRefSchema>;

export interface UnitView {
  id: string;
  productModel: string;
  serialNo: string;
  purchaseDate: string;
  deliveryDate: string | null;
  proofOfPurchase: string | null;
  registeredOn: string | null;
}

/** The customer file (客户档案): for agents only; it holds the customer's contact details. */
export interface CustomerFileView {
  customer: { id: string; name: string; phone: string; tier: CustomerTier; preferredChannel: string; createdAt: string };
  units: UnitView[];
  cases: CaseView[];
  /** On-site and carry-in records from dispatch, by case. */
  repairRecords: unknown[];
  /** Complaints and follow-ups arrive with the quality context; empty until then. */
  complaints: unknown[];
  followUps: unknown[];
}
