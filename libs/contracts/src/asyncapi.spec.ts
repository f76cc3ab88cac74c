import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DispatchEventSubjects } from './dispatch/dispatch.subjects';
import { InventoryEventSubjects } from './inventory/inventory.subjects';
import { DEAD_LETTER_SUBJECT_TEMPLATE, EventSubjects } from './subjects';
import { BillingEventSubjects } from './billing/billing.subjects';
import { OutletEventSubjects } from './outlets/outlets.subjects';
import { QualityEventSubjects } from './quality/quality.subjects';

const ALL_EVENT_SUBJECTS: string[] = [...Object.values(EventSubjects), ...Object.values(DispatchEventSubjects), ...Object.values(BillingEventSubjects), ...Object.values(InventoryEventSubjects), ...Object.values(OutletEventSubjects), ...Object.values(QualityEventSubjects), DEAD_LETTER_SUBJECT_TEMPLATE];

describe('the AsyncAPI document', () => {
  const document = readFileSync(join(__dirname, '..', 'asyncapi.yaml'), 'utf8');
  const addresses = [...document.matchAll(/^\s+address: (\S+)$/gm)].map((m) => m[1]);

  it('documents every event subject of the contracts', () => {
    expect(addresses.sort()).toEqual(expect.arrayContaining([...ALL_EVENT_SUBJECTS].sort()));
  });

  it('documents no subject the contracts do not publish', () => {
    const known = new Set<string>(ALL_EVENT_SUBJECTS);
    expect(addresses.filter((a) => !known.has(a))).toEqual([]);
  });
});
