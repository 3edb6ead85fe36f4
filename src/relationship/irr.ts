/** The IRR solver lives in src/capacity/irr.ts (the core needs it for the seasonal plans' effective rate); re-exported here. */
export { type IrrOptions, irr, npv } from '../capacity/irr.js';
