/** A where clause without its undefined properties: TypeORM refuses undefined filter values. */
export const definedOnly = <T extends Record<string, unknown>>(where: T): Partial<T> =>
  Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Partial<T>;

/** TypeORM's take/skip for a page of a list (none: every row, for the service's own bookkeeping). */
export const pageOf = (page?: { limit: number; offset: number }): { take?: number; skip?: number } => (page ? { take: page.limit, skip: page.offset } : {});
