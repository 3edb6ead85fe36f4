/**
 * FNV-1a, 64 bits, over the UTF-8 octets of a string (docs/relationship.md, "UIDs"): a small, pure hash for
 * the .ics UIDs. Not cryptographic (nothing secret is hashed; it only has to spread client identities), no
 * dependency and no `node:crypto`, so it runs in a browser too. Offset basis 0xcbf29ce484222325, prime
 * 0x100000001b3, as the FNV reference (IETF draft-eastlake-fnv) defines them.
 */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const encoder = new TextEncoder();

/** The 64-bit FNV-1a hash of `text`'s UTF-8 octets as 16 lowercase hex digits: `fnv1a64('a')` → `af63dc4c8601ec8c`. */
export function fnv1a64(text: string): string {
  let h = OFFSET_BASIS;
  for (const octet of encoder.encode(text)) h = ((h ^ BigInt(octet)) * PRIME) & MASK;
  return h.toString(16).padStart(16, '0');
}
