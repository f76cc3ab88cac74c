import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataConverter, Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
const METADATA_ENCODING = 'encoding';
const METADATA_KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | null | undefined): string => (bytes ? new TextDecoder().decode(bytes) : '');

export interface PayloadKey {
  id: string;
  /** 32 bytes: AES-256. */
  key: Buffer;
}

/**
 * Encrypts every payload (workflow inputs, results, signals, updates, queries, activity arguments,
 * memos) with AES-256-GCM before it leaves the process, so the Temporal server and its database hold
 * ciphertext only. The whole serialized payload is encrypted, its encoding included. Payloads that are
 * not encrypted (histories written before the codec was switched on) decode unchanged, so they still
 * replay. Older keys decode what they encrypted: rotate by adding a key, then switching the current one.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly current: PayloadKey,
    previous: PayloadKey[] = [],
  ) {
    for (const k of [current, ...previous]) if (k.key.length !== 32) throw new Error(`payload key ${k.id} must be 32 bytes`);
    this.keys = new Map([current, ...previous].map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { [METADATA_ENCODING]: utf8(ENCRYPTED_ENCODING), [METADATA_KEY_ID]: utf8(this.current.id) }, data };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.[METADATA_ENCODING]) !== ENCRYPTED_ENCODING) return payload;
      const keyId = text(payload.metadata?.[METADATA_KEY_ID]);
      const key = this.keys.get(keyId);
      if (!key) throw new Error(`no payload key with id "${keyId}"`);
      const data = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}

export interface PayloadCodecSettings {
  TEMPORAL_PAYLOAD_KEY?: Buffer;
  TEMPORAL_PAYLOAD_KEY_ID: string;
  TEMPORAL_PAYLOAD_PREVIOUS_KEYS: PayloadKey[];
}

/** The codec of the configuration, or none when no key is set (payloads then travel as JSON). */
export function payloadCodecOf(env: PayloadCodecSettings): AesGcmPayloadCodec | undefined {
  return env.TEMPORAL_PAYLOAD_KEY ? new AesGcmPayloadCodec({ id: env.TEMPORAL_PAYLOAD_KEY_ID, key: env.TEMPORAL_PAYLOAD_KEY }, env.TEMPORAL_PAYLOAD_PREVIOUS_KEYS) : undefined;
}

/** The data converter every Temporal client and worker of the cluster uses. */
export function dataConverterOf(env: PayloadCodecSettings): DataConverter {
  const codec = payloadCodecOf(env);
  return codec ? { payloadCodecs: [codec] } : {};
}
