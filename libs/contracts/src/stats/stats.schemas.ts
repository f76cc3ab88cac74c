import { z } from 'zod';
import { bilingual } from '../bilingual';

export const casesOpenedQuerySchema = z.strictObject({
  date: z.iso.date({ error: bilingual('must be a date as YYYY-MM-DD', '须为 YYYY-MM-DD 格式的日期') }),
});
export type CasesOpenedQuery = z.infer<typeof casesOpenedQuerySchema>;

export interface CasesOpenedPerDay {
  date: string;
  total: number;
  byServiceType: Record<string, number>;
}
