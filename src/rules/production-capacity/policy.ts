/** The policy fragment of the check `production-capacity`: its settings, defaults and where each default comes from. */
import { band } from '../../profile/policy-parts.js';

export const productionCapacityPolicy = {
  /** PRODUCTION_CAPACITY: |(declared units − implied units) / declared units|. xcheck's own choice. */
  productionCapacity: band('0.2', '0.5'),
};
