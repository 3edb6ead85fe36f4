/** Helpers for the property tests: run counts, arbitraries over generated profiles, walkers. */
import * as fc from 'fast-check';
import { generateProfile } from './generate.js';

/** Runs per property: modest by default (the whole suite in seconds); XCHECK_PROPERTY_RUNS for a deeper search. */
export const RUNS = Number(process.env.XCHECK_PROPERTY_RUNS ?? 100);
/** Per-test timeout that grows with the run count (vitest's default 5 s suits the default count). */
export const TIMEOUT = Math.max(5_000, RUNS * 100);

/** A plausible generated profile (see generate.ts), basic or typical (all newer fields), shrinking towards seed 1. */
export const profileArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean())
  .map(([seed, typical]) => generateProfile(seed, { typical }));

export type Path = readonly (string | number)[];

/** Every path in a JSON value (objects' keys and arrays' indices), the root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** Paths to the objects (not arrays) in a JSON value, the root included. */
export function objectPathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const here = Array.isArray(value) ? [] : [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...here, ...entries.flatMap(([k, v]) => objectPathsOf(v, [...prefix, k]))];
}

export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** A copy of `value` with the value at `path` replaced (or removed when `replacement` is undefined). */
export function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = replacement;
  return copy;
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Every string in a value, with its path. */
export function stringsOf(value: unknown, prefix: Path = []): { path: Path; text: string }[] {
  if (typeof value === 'string') return [{ path: prefix, text: value }];
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => stringsOf(v, [...prefix, k]));
}

/** A number written in exponent notation (1e+21, 2.5E-7) or a non-finite word. */
export const BAD_NUMBER_TEXT = /NaN|Infinity|\d(?:\.\d+)?[eE][+-]?\d/;
