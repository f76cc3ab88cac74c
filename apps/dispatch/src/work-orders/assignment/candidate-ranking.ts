import type { Certification, ProductCategory, Skill, TechnicianStatus } from '@aftersales/contracts';
import { greatCircleKm, type Coordinates } from './great-circle';

export interface CandidateTechnician {
  id: string;
  status: TechnicianStatus;
  skills: readonly Skill[];
  certifications: readonly Pick<Certification, 'category' | 'issuedOn' | 'expiresOn'>[];
  location: Coordinates;
  /** The province the technician is based in (RULES.md's in-/out-of-province on-site variant). */
  province: string;
  dailyCapacity: number;
  /** Work orders already assigned to the technician on the service date. */
  loadThatDay: number;
}

export interface AssignmentNeed {
  site: Coordinates;
  siteProvince: string;
  requiredSkill: Skill;
  productCategory: ProductCategory;
  /** Local date (YYYY-MM-DD) of the visit. */
  serviceDate: string;
  /** Technicians who declined or missed this work order: never offered it again. */
  excludedTechnicianIds: ReadonlySet<string>;
}

export interface RankedCandidate {
  technicianId: string;
  distanceKm: number;
  /** The technician is based in another province than the site. */
  outOfProvince: boolean;
  loadThatDay: number;
  dailyCapacity: number;
}

export interface Ranking {
  /** Qualified technicians: active, skilled, certified on the day and not excluded. */
  qualified: number;
  /** Qualified technicians with room left that day, best first. */
  ranked: RankedCandidate[];
}

/** A certification counts when the service date lies within its issue and expiry dates (both inclusive). */
export function isCertifiedOn(certifications: CandidateTechnician['certifications'], category: ProductCategory, date: string): boolean {
  return certifications.some((c) => c.category === category && c.issuedOn <= date && date <= c.expiresOn);
}

export function isQualified(technician: CandidateTechnician, need: AssignmentNeed): boolean {
  return (
    technician.status === 'active' &&
    !need.excludedTechnicianIds.has(technician.id) &&
    technician.skills.includes(need.requiredSkill) &&
    isCertifiedOn(technician.certifications, need.productCategory, need.serviceDate)
  );
}

export function hasRoomLeft(loadThatDay: number, dailyCapacity: number): boolean {
  return loadThatDay < dailyCapacity;
}

/**
 * Distances are compared at 0.1 km: technicians based in the same town share its coordinates, and a
 * difference of metres should not outweigh the load.
 */
const distanceBucket = (km: number): number => Math.round(km * 10);

/** Nearest first, then the lowest load that day, then the id so that the order never depends on input order. */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    distanceBucket(a.distanceKm) - distanceBucket(b.distanceKm) ||
    a.loadThatDay - b.loadThatDay ||
    (a.technicianId < b.technicianId ? -1 : a.technicianId > b.technicianId ? 1 : 0)
  );
}

/** The dispatch rule (RULES.md 派工): skill and certification, then location, then workload, within capacity. */
export function rankCandidates(technicians: readonly CandidateTechnician[], need: AssignmentNeed): Ranking {
  const qualified = technicians.filter((t) => isQualified(t, need));
  const ranked = qualified
    .filter((t) => hasRoomLeft(t.loadThatDay, t.dailyCapacity))
    .map((t) => ({
      technicianId: t.id,
      distanceKm: greatCircleKm(need.site, t.location),
      outOfProvince: t.province !== need.siteProvince,
      loadThatDay: t.loadThatDay,
      dailyCapacity: t.dailyCapacity,
    }))
    .sort(compareCandidates);
  return { qualified: qualified.length, ranked };
}
