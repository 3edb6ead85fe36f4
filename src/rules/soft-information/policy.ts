/** The policy fragment of the check `soft-information`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, severity } from '../../profile/policy-parts.js';

const WARN = "warning: a question for the committee, not a reason on its own (xcheck's choice).";

export const softInformationPolicy = {
  softInformation: z
    .strictObject({
      concerns: z
        .strictObject({
          gambling: severity
            .default('critical')
            .meta(about("Gambling (赌博). critical: a reason to refer back, since the loan money itself is at risk (xcheck's choice; issue 15 names it).")),
          'heavy-drinking': severity.default('warning').meta(about(`Heavy drinking (酗酒). ${WARN}`)),
          'serious-illness': severity.default('warning').meta(about(`A serious illness in the household (重病). ${WARN}`)),
          'family-dispute': severity.default('warning').meta(about(`A family dispute or divorce (家庭纠纷). ${WARN}`)),
          'unpaid-debts': severity.default('warning').meta(about(`Unpaid suppliers or lenders (拖欠). ${WARN}`)),
          litigation: severity.default('warning').meta(about(`Litigation (诉讼). ${WARN}`)),
          'bad-reputation': severity.default('warning').meta(about(`A bad reputation with neighbours, suppliers or the market office (口碑差). ${WARN}`)),
          other: severity.default('info').meta(about("Any other concern: recorded for the committee (info, xcheck's choice).")),
        })
        .prefault({})
        .meta(about('The severity of each concern (info, warning or critical). A critical one is a reason to refer back; none of them is scored.')),
    })
    .prefault({})
    .meta(about('SOFT_INFORMATION_CONCERN: the severity of each concern recorded in the soft information.')),
};
