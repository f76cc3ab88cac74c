import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventSubjects } from './subjects';

describe('the AsyncAPI document', () => {
  const document = readFileSync(join(__dirname, '..', 'asyncapi.yaml'), 'utf8');
  const addresses = [...document.matchAll(/^\s+address: (\S+)$/gm)].map((m) => m[1]);

  it('documents every event subject of the contracts', () => {
    expect(addresses.sort()).toEqual(expect.arrayContaining(Object.values(EventSubjects).sort()));
  });

  it('documents no subject the contracts do not publish', () => {
    const known = new Set<string>(Object.values(EventSubjects));
    expect(addresses.filter((a) => !known.has(a))).toEqual([]);
  });
});
