import { z } from 'zod';

export const casesOpenedQuerySchema = z.strictObject({
  date: z.iso.date({ error: 'must be a date as YYYY-MM-DD' }),
});
export type CasesOpenedQuery = z.infer<typeof casesOpenedQuerySchema>;

export interface CasesOpenedPerDay {
  date: string;
  total: number;
  byServiceType: Record<string, number>;
}
