/** The policy fragment of the check `production-capacity`: its settings, each with its default and where that comes from. */
import { band } from '../../profile/policy-parts.js';

export const productionCapacityPolicy = {
  /** PRODUCTION_CAPACITY: a band on (declared units − implied units) / declared units. */
  productionCapacity: band('0.2', '0.5', {
    tolerance: "xcheck's own choice, as for receivables (the source gives no tolerance).",
    critical: "xcheck's own choice, as for receivables.",
  }).meta({ description: 'PRODUCTION_CAPACITY: the band on (declared − implied) / declared monthly output, for each site observation.' }),
};
