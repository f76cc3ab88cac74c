import type { Coverage } from '@aftersales/contracts';

export interface Coordinates {
  lat: number;
  lon: number;
}

/** What coverage needs of an outlet: where it is and what it covers. */
export interface CoverageArea {
  lat: number;
  lon: number;
  coverageRadiusKm: number | null;
  coverageRegions: readonly string[];
}

/** A place to cover: its coordinates and the regions (province, city) it lies in. */
export interface Place extends Coordinates {
  regions: readonly string[];
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance by the haversine formula, in kilometres. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const h = Math.sin(radians(b.lat - a.lat) / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Regions match on their name with or without the 省/市 suffix, so 浙江 and 浙江省 are one region. */
const regionKey = (name: string): string => name.trim().replace(/(省|市|自治区)$/, '').toLowerCase();

/** Whether the outlet covers the place: within its radius, or in one of its regions. */
export function covers(area: CoverageArea, place: Place): boolean {
  if (area.coverageRadiusKm !== null) return distanceKm(area, place) <= area.coverageRadiusKm;
  const wanted = new Set(place.regions.map(regionKey));
  return area.coverageRegions.some((r) => wanted.has(regionKey(r)));
}

/** The outlets covering the place, nearest first (ties by the given order), with their distance in km (one decimal). */
export function rankCovering<T extends CoverageArea>(outlets: readonly T[], place: Place): { outlet: T; distanceKm: number }[] {
  return outlets
    .filter((o) => covers(o, place))
    .map((outlet) => ({ outlet, distanceKm: Math.round(distanceKm(outlet, place) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

export const coverageOf = (area: CoverageArea): Coverage =>
  area.coverageRadiusKm !== null ? { radiusKm: area.coverageRadiusKm } : { regions: [...area.coverageRegions] };
