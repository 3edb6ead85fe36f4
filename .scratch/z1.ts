import * as z from 'zod';
const base = z.union([z.number(), z.string().regex(/^\d+$/)]).refine(v=>true);
const money = base.refine(v=>true).meta({ id: 'Money', description: 'An amount', examples: ['1500000.00'] });
const obj = z.strictObject({
  a: money.optional(),
  b: money.meta({ description: 'field b' }),
  c: money.optional().meta({ description: 'field c' }),
  d: z.int().min(1).max(360).meta({description:'d'}),
});
console.log(JSON.stringify(z.toJSONSchema(obj, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }), null, 1));
