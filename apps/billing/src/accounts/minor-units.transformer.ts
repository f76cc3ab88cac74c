import type { ValueTransformer } from 'typeorm';

/** `bigint` columns of minor units: PostgreSQL answers strings, the domain works on safe integers. */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`amount ${value} exceeds the safe integer range`);
    return n;
  },
};
