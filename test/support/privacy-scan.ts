export interface Person {
  name: string;
  /** The name without the surname: what a mask such as 欧阳** must hide. */
  givenName: string;
  phone: string;
  addressParts: string[];
}

/**
 * The forms in which a person's data could leak: in full, and the partial forms that reveal more
 * than the usual masks (138****5678 shows the first three and last four digits; 欧阳** the surname).
 */
export function personalForms(people: Person[]): string[] {
  return people.flatMap(({ name, givenName, phone, addressParts }) => [
    name,
    givenName,
    phone,
    `86${phone}`,
    `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`,
    `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`,
    // First seven or last eight digits: the middle four a mask hides, with what it shows.
    phone.slice(0, 7),
    phone.slice(3),
    ...addressParts,
  ]);
}

/** A fetched history as text, every payload's base64 data decoded (JSON payloads are UTF-8). */
export function readableHistory(history: unknown): string {
  const text = JSON.stringify(history, (_key, value: unknown) => {
    if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
    // Buffer's own toJSON runs before the replacer.
    const buffer = value as { type?: string; data?: number[] } | null;
    return buffer?.type === 'Buffer' && Array.isArray(buffer.data) ? Buffer.from(buffer.data).toString('utf8') : value;
  });
  return text.replace(/"data":"([A-Za-z0-9+/=]+)"/g, (_m, b64: string) => `"data":${JSON.stringify(Buffer.from(b64, 'base64').toString('utf8'))}`);
}
