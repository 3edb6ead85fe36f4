/** The IRR solver lives in src/capacity/irr.ts (the core needs it for the seasonal plans' effective rate and the loan conditions' cost); re-exported for `xcheck/relationship`. */
export * from '../capacity/irr.js';
