import type { CaseOpenedV1 } from '@aftersales/contracts';
import { localDateOf } from '@aftersales/workflows';

/** The local day (on the case's policy calendar) and the service type an opened case is counted under. */
export function openedCountOf(data: CaseOpenedV1): { day: string; serviceType: string } {
  return { day: localDateOf(data.policy.calendar, Date.parse(data.receivedAt)), serviceType: data.serviceType };
}
