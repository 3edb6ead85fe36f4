/**
 * The profile's trade as a code of the national industry classification GB/T 4754-2017 (国民经济行业分类),
 * which keys the industry benchmarks (docs/industry.md).
 */
import * as z from 'zod';
import { doc } from './fields.js';

/**
 * A GB/T 4754-2017 code: a division (2 digits), group (3) or class (4), optionally after its section letter
 * (`F5132` and `5132` are the same class).
 */
export const industryCodeSchema = z.string({ error: 'text' }).regex(/^[A-T]?\d{2,4}$/, { error: 'industryCode' });

export const industryCodeField = industryCodeSchema
  .optional()
  .meta(
    doc(
      'The trade as a GB/T 4754-2017 code (国民经济行业分类): a division (2 digits), group (3) or class (4), with or without its section letter. Keys the industry benchmarks (docs/industry.md).',
      { examples: ['5132', 'F5132'] },
    ),
  );
