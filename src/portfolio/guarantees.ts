/**
 * Guarantee links across the profiles of a batch file (docs/portfolio.md): who guarantees whom, the groups of
 * parties the guarantees tie together (担保圈), the longest chain in each and the cycles (互保链). Pure: the
 * batch command feeds it one parsed line at a time and writes {@link PortfolioView} at the end.
 *
 * A link "G guarantees B" comes from a profile B with `partyId` listing a guarantor with a `partyId` G; from the
 * same profile, a guarantor the applicant guarantees in turn (`guaranteedByApplicant`) gives "B guarantees G",
 * and so does a guarantee in `household.guaranteesGiven` that names a `partyId`. The same link said by two
 * profiles counts once (the first line's amount). Parties are numbered in the order they first appear, so the
 * output does not depend on anything but the file. Linear in parties + links: Tarjan's strongly connected
 * components (iterative), then the longest path over the components (a DAG).
 */
import * as z from 'zod';
import { D, type Dec, formatMoney, toDecimal } from '../money/index.js';
import { money } from '../profile/fields.js';
import { guarantorsSchema, partyId } from '../profile/guarantors.js';

/** One guarantee between two parties of the file. */
export interface GuaranteeLink {
  readonly guarantor: string;
  readonly borrower: string;
  /** The amount guaranteed (two places), or null when no profile said it. */
  readonly amount: string | null;
  /** The line (1-based) of the profile that said it. */
  readonly line: number;
}

/** A group of parties tied together by guarantees, reported when it holds a chain of two links or more, or a cycle. */
export interface GuaranteeGroup {
  /** The parties, in the order they first appear in the file. */
  readonly parties: readonly string[];
  readonly links: readonly GuaranteeLink[];
  /** Σ of the links' known amounts (two places). */
  readonly amount: string;
  /** Links on the longest chain of guarantees (G₁ guarantees G₂ who guarantees G₃ …), a cycle counted once. */
  readonly longestChain: number;
  /** Each cycle: a closed path of parties (the first repeated at the end), one per strongly connected set. */
  readonly cycles: readonly (readonly string[])[];
}

/** What `xcheck analyze --ndjson --portfolio` writes last, as `{"portfolio":{…}}`. */
export interface PortfolioView {
  /** Profiles that gave a `partyId`. */
  readonly profiles: number;
  /** Parties named (applicants and guarantors with a partyId). */
  readonly parties: number;
  /** Distinct links. */
  readonly links: number;
  readonly groups: readonly GuaranteeGroup[];
  /** Parties named as a guarantor or a beneficiary whose own profile is not in the file (the view stops there). */
  readonly outside: readonly string[];
}

/** The parts of a profile the view reads, validated on their own (the rest of the line is the analysis's business). */
const linkFields = z.looseObject({
  partyId: partyId.optional(),
  guarantors: guarantorsSchema.optional(),
  loanRequest: z.looseObject({ amount: money.optional() }).optional(),
  household: z
    .looseObject({ guaranteesGiven: z.array(z.looseObject({ partyId: partyId.optional(), amount: money.optional() })).optional() })
    .optional(),
});

const decOrNull = (v: string | number | undefined): Dec | null => (v === undefined ? null : toDecimal(v));

/** Collects the links of a file, one profile at a time, and builds the view. */
export class GuaranteeGraph {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly hasProfile: boolean[] = [];
  private readonly linkIndex = new Map<string, number>();
  private readonly links: { g: number; b: number; amount: Dec | null; line: number }[] = [];
  private profiles = 0;

  private id(name: string): number {
    let i = this.ids.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.ids.set(name, i);
      this.names.push(name);
      this.hasProfile.push(false);
    }
    return i;
  }

  private link(g: number, b: number, amount: Dec | null, line: number): void {
    const key = `${g} ${b}`;
    if (this.linkIndex.has(key)) return;
    this.linkIndex.set(key, this.links.length);
    this.links.push({ g, b, amount, line });
  }

  /** Reads one profile (any JSON value; one whose guarantee fields do not validate adds nothing) from line `line`. */
  add(value: unknown, line: number): void {
    const parsed = linkFields.safeParse(value);
    if (!parsed.success || parsed.data.partyId === undefined) return;
    const p = parsed.data;
    const self = this.id(p.partyId as string);
    this.profiles++;
    this.hasProfile[self] = true;
    const request = decOrNull(p.loanRequest?.amount);
    for (const g of p.guarantors ?? []) {
      if (g.partyId === undefined) continue;
      const other = this.id(g.partyId);
      this.link(other, self, decOrNull(g.amount) ?? request, line);
      if (g.guaranteedByApplicant === true) this.link(self, other, decOrNull(g.guaranteedByApplicantAmount), line);
    }
    for (const x of p.household?.guaranteesGiven ?? []) if (x.partyId !== undefined) this.link(self, this.id(x.partyId), decOrNull(x.amount), line);
  }

  view(): PortfolioView {
    const n = this.names.length;
    const out: number[][] = Array.from({ length: n }, () => []);
    const undirected: number[][] = Array.from({ length: n }, () => []);
    for (const l of this.links) {
      out[l.g]!.push(l.b);
      undirected[l.g]!.push(l.b);
      undirected[l.b]!.push(l.g);
    }
    const comp = stronglyConnected(out);
    const depth = longestChains(out, comp);
    const size = new Map<number, number>();
    for (const c of comp) size.set(c, (size.get(c) ?? 0) + 1);
    // weakly connected groups, in the order of their first party
    const group = new Array<number>(n).fill(-1);
    const members: number[][] = [];
    for (let s = 0; s < n; s++) {
      if (group[s] !== -1) continue;
      const g = members.length;
      const list: number[] = [];
      const stack = [s];
      group[s] = g;
      while (stack.length > 0) {
        const v = stack.pop() as number;
        list.push(v);
        for (const w of undirected[v]!) if (group[w] === -1) {
          group[w] = g;
          stack.push(w);
        }
      }
      members.push(list.sort((a, b) => a - b));
    }
    const groupLinks: (typeof this.links)[] = members.map(() => []);
    for (const l of this.links) groupLinks[group[l.g]!]!.push(l);
    const groups: GuaranteeGroup[] = [];
    members.forEach((list, g) => {
      const links = groupLinks[g]!;
      let longest = 0;
      for (const v of list) longest = Math.max(longest, depth[v]!);
      const cycles = cyclesOf(list, out, comp, size);
      if (longest < 2 && cycles.length === 0) return;
      groups.push({
        parties: list.map((v) => this.names[v]!),
        links: links.map((l) => ({ guarantor: this.names[l.g]!, borrower: this.names[l.b]!, amount: l.amount === null ? null : formatMoney(l.amount), line: l.line })),
        amount: formatMoney(links.reduce((s, l) => (l.amount === null ? s : s.plus(l.amount)), new D(0))),
        longestChain: longest,
        cycles: cycles.map((c) => c.map((v) => this.names[v]!)),
      });
    });
    return {
      profiles: this.profiles,
      parties: n,
      links: this.links.length,
      groups,
      outside: this.names.filter((_, i) => !this.hasProfile[i]),
    };
  }
}

/** Tarjan's strongly connected components, without recursion: the component of each vertex, numbered in reverse topological order. */
export function stronglyConnected(out: readonly (readonly number[])[]): number[] {
  const n = out.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const comp = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let next = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const edges = out[v]!;
      if (i < edges.length) {
        top[1]++;
        const w = edges[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const u = work[work.length - 1]![0];
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] === index[v]) {
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = false;
          comp[w] = comps;
          if (w === v) break;
        }
        comps++;
      }
    }
  }
  return comp;
}

/**
 * For each vertex, the links on the longest chain of guarantees ending at it, over the components (a cycle is
 * one step: its own links are not counted again and again). Tarjan numbers components in reverse topological
 * order, so the highest-numbered come first.
 */
function longestChains(out: readonly (readonly number[])[], comp: readonly number[]): number[] {
  const n = out.length;
  let comps = 0;
  for (const c of comp) comps = Math.max(comps, c + 1);
  const byComp: number[][] = Array.from({ length: comps }, () => []);
  for (let v = 0; v < n; v++) byComp[comp[v]!]!.push(v);
  const best = new Array<number>(comps).fill(0);
  for (let c = comps - 1; c >= 0; c--)
    for (const v of byComp[c]!) for (const w of out[v]!) if (comp[w] !== c) best[comp[w]!] = Math.max(best[comp[w]!]!, best[c]! + 1);
  return comp.map((c) => best[c]!);
}

/** One closed path per strongly connected set of two or more parties (or a party guaranteeing itself), from its first party, by a shortest way back. */
function cyclesOf(list: readonly number[], out: readonly (readonly number[])[], comp: readonly number[], sizes: ReadonlyMap<number, number>): number[][] {
  const seen = new Set<number>();
  const cycles: number[][] = [];
  for (const s of list) {
    const c = comp[s]!;
    if (seen.has(c)) continue;
    seen.add(c);
    if ((sizes.get(c) ?? 0) < 2 && !out[s]!.includes(s)) continue;
    // breadth-first from s inside its component, back to s
    const parent = new Map<number, number>();
    const queue = [s];
    let found = false;
    for (let q = 0; q < queue.length && !found; q++) {
      const v = queue[q]!;
      for (const w of out[v]!) {
        if (comp[w] !== c) continue;
        if (w === s) {
          parent.set(-1, v);
          found = true;
          break;
        }
        if (!parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [s];
    for (let v = parent.get(-1) as number; v !== s; v = parent.get(v) as number) path.push(v);
    path.push(s);
    cycles.push([s, ...path.slice(1, -1).reverse(), s]);
  }
  return cycles;
}
