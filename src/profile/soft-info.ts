/**
 * Soft information (软信息): what the officer learns about the applicant as a person and a member of the trade,
 * each item with where it comes from (observed, a neighbour, a supplier, the market office, the applicant).
 * The structured parts (a few fixed concerns, the standing in the trade) let the policy act on them
 * (policy.softInformation, docs/rules.md SOFT_INFORMATION_CONCERN); the free text goes to the memo as written
 * (escaped). Nothing here feeds a score: each concern is a finding with its severity from the policy.
 */
import * as z from 'zod';
import { boundedArray, count, doc, text } from './fields.js';

export const SOFT_SOURCES = ['observed', 'neighbour', 'supplier', 'customer', 'market-office', 'applicant', 'other'] as const;
export const SOFT_TOPICS = ['family', 'health', 'habits', 'reputation', 'trade-standing', 'social-resources'] as const;
/**
 * Concerns an officer may record. `gambling` (赌博), `heavy-drinking` (酗酒), `serious-illness` (重病),
 * `family-dispute` (家庭不和、离婚纠纷), `unpaid-debts` (拖欠货款或借款), `litigation` (诉讼), `bad-reputation`
 * (口碑差), `other`.
 */
export const SOFT_CONCERNS = ['gambling', 'heavy-drinking', 'serious-illness', 'family-dispute', 'unpaid-debts', 'litigation', 'bad-reputation', 'other'] as const;
export const TRADE_STANDINGS = ['leader', 'established', 'ordinary', 'newcomer'] as const;

export const softItemSchema = z.strictObject({
  topic: z.enum(SOFT_TOPICS, { error: 'enum' }).meta(doc('family (spouse and dependants) / health / habits / reputation (with neighbours, suppliers, the market office) / trade-standing (行业地位) / social-resources (人脉).')),
  source: z.enum(SOFT_SOURCES, { error: 'enum' }).meta(doc('Where it comes from: observed (the officer saw it), neighbour, supplier, customer, market-office (市场管理处), applicant (their own word), other.')),
  assessment: z.enum(['positive', 'neutral', 'negative'], { error: 'enum' }).optional().meta(doc('How the officer reads it: positive / neutral / negative (shown, never scored).')),
  concerns: z.array(z.enum(SOFT_CONCERNS, { error: 'enum' })).max(8, { error: 'tooMany' }).optional().meta(doc('Concerns recorded with this item: gambling, heavy-drinking, serious-illness, family-dispute, unpaid-debts, litigation, bad-reputation, other. Each is a SOFT_INFORMATION_CONCERN finding, its severity from policy.softInformation.')),
  note: text.optional().meta(doc('What was seen or said, in the officer\'s words.', { examples: ['the market office says he settles his stall fee on time'] })),
});

export const softInformationSchema = z.strictObject({
  spouse: z.boolean({ error: 'boolean' }).optional().meta(doc('Whether the applicant has a spouse.')),
  spouseInBusiness: z.boolean({ error: 'boolean' }).optional().meta(doc('Whether the spouse works in the business.')),
  dependants: count.optional().meta(doc('Children and elderly the household supports.', { unit: 'people', examples: [2] })),
  tradeStanding: z.enum(TRADE_STANDINGS, { error: 'enum' }).optional().meta(doc('Standing in the trade (行业地位): leader (others follow, 有说话权) / established / ordinary / newcomer.')),
  items: boundedArray(softItemSchema, 100).optional().meta(doc('The items, each with its topic, source, concerns and note (at most 100).')),
});

export type SoftItem = z.output<typeof softItemSchema>;
export type SoftInformation = z.output<typeof softInformationSchema>;
export type SoftConcern = (typeof SOFT_CONCERNS)[number];
export type SoftSource = (typeof SOFT_SOURCES)[number];
export type SoftTopic = (typeof SOFT_TOPICS)[number];
