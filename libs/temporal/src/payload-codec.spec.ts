import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, payloadCodecOf } from './payload-codec';

const key = (id: string) => ({ id, key: randomBytes(32) });
const payload = (value: unknown) => defaultPayloadConverter.toPayload(value);
const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('the AES-256-GCM payload codec', () => {
  const current = key('k2');
  const previous = key('k1');
  const codec = new AesGcmPayloadCodec(current, [previous]);

  it('encrypts a payload, encoding included, and decodes it back', async () => {
    const original = payload({ caseNo: 'CS-20261123-000001', serviceType: 'repair_onsite' });
    const [encrypted] = await codec.encode([original]);
    expect(text(encrypted.metadata?.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(encrypted.metadata?.['encryption-key-id'])).toBe('k2');
    expect(text(encrypted.data)).not.toContain('CS-20261123-000001');
    expect(text(encrypted.data)).not.toContain('json/plain');
    const [decoded] = await codec.decode([encrypted]);
    expect(defaultPayloadConverter.fromPayload(decoded)).toEqual({ caseNo: 'CS-20261123-000001', serviceType: 'repair_onsite' });
  });

  it('gives the same value a different ciphertext each time', async () => {
    const [a, b] = await codec.encode([payload('same'), payload('same')]);
    expect(Buffer.from(a.data!).equals(Buffer.from(b.data!))).toBe(false);
  });

  it('passes payloads written without encryption through, so older histories still replay', async () => {
    const plain = payload({ caseNo: 'CS-1' });
    expect(await codec.decode([plain])).toEqual([plain]);
  });

  it('decodes what an earlier key encrypted, and refuses an unknown key or a tampered payload', async () => {
    const [old] = await new AesGcmPayloadCodec(previous).encode([payload(42)]);
    expect(defaultPayloadConverter.fromPayload((await codec.decode([old]))[0])).toBe(42);
    const [foreign] = await new AesGcmPayloadCodec(key('k9')).encode([payload(1)]);
    await expect(codec.decode([foreign])).rejects.toThrow('no payload key with id "k9"');
    const [sealed] = await codec.encode([payload('x')]);
    const tampered = Buffer.from(sealed.data!);
    tampered[tampered.length - 20] ^= 1;
    await expect(codec.decode([{ ...sealed, data: tampered }])).rejects.toThrow();
  });

  it('is off without a key and refuses a key of the wrong length', () => {
    expect(payloadCodecOf({ TEMPORAL_PAYLOAD_KEY_ID: 'k1', TEMPORAL_PAYLOAD_PREVIOUS_KEYS: [] })).toBeUndefined();
    expect(() => new AesGcmPayloadCodec({ id: 'k1', key: randomBytes(16) })).toThrow('must be 32 bytes');
  });
});
