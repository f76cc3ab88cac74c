import type { Label } from '../labels';
import type { ProductCategory } from '../dispatch/dispatch.labels';
import type { Coverage, OutletActor, OutletPolicy } from './outlet.schemas';
import type { EstablishmentStep, OfferOutcome, OfferStatus, OutletKind, OutletStatus, RectificationStatus } from './outlets.labels';

export interface EstablishmentStepView {
  sequence: number;
  step: EstablishmentStep;
  stepLabel: Label;
  actor: OutletActor;
  recordedAt: string;
}

export interface OutletView {
  id: string;
  code: string;
  kind: OutletKind;
  kindLabel: Label;
  name: Label;
  address: string;
  city: string;
  province: string;
  location: { lat: number; lon: number };
  coverage: Coverage;
  dailyCapacity: number;
  status: OutletStatus;
  statusLabel: Label;
  establishment: EstablishmentStepView[];
  createdAt: string;
  updatedAt: string;
}

export interface OutletPage {
  items: OutletView[];
  total: number;
  limit: number;
  offset: number;
}

export interface CoveringOutlet {
  outletId: string;
  code: string;
  kind: OutletKind;
  province: string;
  city: string;
  distanceKm: number;
}

export interface TrainingRecordView {
  id: string;
  outletId: string;
  employeeNo: string;
  course: string;
  completedOn: string;
  certification: { category: ProductCategory; certificateNo: string; expiresOn: string } | null;
  /** Whether the certificate is valid on the date asked about (today by default). */
  certificationValid: boolean;
}

export interface SurveyView {
  id: string;
  outletId: string;
  year: number;
  score: number;
  demands: { code: string; description: string }[];
  rectificationStatus: RectificationStatus | null;
  rectificationStatusLabel: Label | null;
  rectificationDueAt: string | null;
  escalatedAt: string | null;
  completedAt: string | null;
  recordedAt: string;
}

export interface OfferAttemptView {
  outletId: string;
  sentAt: string;
  outcome: OfferOutcome | null;
  answeredAt: string | null;
}

export interface OfferView {
  workOrderId: string;
  caseNo: string;
  status: OfferStatus;
  statusLabel: Label;
  outletId: string | null;
  responseSeconds: number;
  attempts: OfferAttemptView[];
}

export interface OutletPolicyView {
  policy: OutletPolicy;
  updatedAt: string;
}
