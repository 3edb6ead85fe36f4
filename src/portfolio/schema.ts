/**
 * The last line of `xcheck analyze --ndjson --portfolio`, `{"portfolio":{…}}` (docs/portfolio.md), as a zod schema
 * for the published NDJSON line schema (`xcheck schema --ndjson-line`). It describes what xcheck writes; the code
 * never parses a view with it.
 */
import * as z from 'zod';

const str = z.string();
const money = z.string().regex(/^-?\d+\.\d{2}$/);

const link = z.strictObject({
  guarantor: str.meta({ description: 'The partyId of the party that guarantees.' }),
  borrower: str.meta({ description: 'The partyId of the party guaranteed.' }),
  amount: money.nullable().meta({ description: 'The amount guaranteed (two places), or null when no profile said it.' }),
  line: z.int().min(1).meta({ description: 'The input line of the profile that said it.' }),
});

export const portfolioViewSchema = z.strictObject({
  profiles: z.int().min(0).meta({ description: 'Profiles of the file that gave a partyId.' }),
  parties: z.int().min(0).meta({ description: 'Parties named: applicants and guarantors with a partyId.' }),
  links: z.int().min(0).meta({ description: 'Distinct guarantees between them.' }),
  groups: z
    .array(
      z.strictObject({
        parties: z.array(str).meta({ description: 'The parties tied together, in the order they first appear in the file.' }),
        links: z.array(link),
        amount: money.meta({ description: 'Σ of the links\' known amounts.' }),
        longestChain: z.int().min(0).meta({ description: 'Links on the longest chain of guarantees, a cycle counted as one party.' }),
        cycles: z.array(z.array(str)).meta({ description: 'One closed path per set of parties that guarantee each other round (the first party repeated at the end).' }),
      }),
    )
    .meta({ description: 'The groups with a chain of two links or more, or a cycle (担保圈、互保链).' }),
  outside: z.array(str).meta({ description: 'Parties named as a guarantor or beneficiary whose own profile is not in the file.' }),
});
