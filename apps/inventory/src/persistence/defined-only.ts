/** A where clause without its undefined properties: TypeORM refuses undefined filter values. */
export const definedOnly = <T extends Record<string, unknown>>(where: T): Partial<T> =>
  Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Partial<T>;
