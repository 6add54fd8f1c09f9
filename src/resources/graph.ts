// A JSON form for a graph of plain data (objects, arrays, Maps, Sets, strings, numbers,
// booleans, null, undefined) that keeps shared references: an object reached twice is written
// once and then as a reference, so decoding gives back the same sharing (a knowledge-base
// entry is one object wherever an index points at it). JSON.parse is native, so a derived
// structure can load faster than it is built (src/resources/pack.ts).
//
// Encoding, depth first (decoding walks the same order, so container ids agree):
//   plain object -> { ...its own keys }        (keys may not start with "$")
//   array        -> [ ... ]
//   Map          -> { "$m": [k1, v1, k2, v2, …] }
//   Set          -> { "$s": [v1, v2, …] }
//   undefined    -> { "$u": 1 }   (a key present with the value undefined stays present)
//   a container met before -> { "$r": id }   (ids count containers in first-visit order)

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function encodeGraph(root: unknown): Json {
  const ids = new Map<object, number>();
  const enc = (v: unknown): Json => {
    if (v === undefined) return { $u: 1 };
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) throw new Error(`encodeGraph: the number ${v} has no JSON form`);
      return v;
    }
    if (typeof v !== 'object') throw new Error(`encodeGraph: cannot encode a ${typeof v}`);
    const seen = ids.get(v);
    if (seen !== undefined) return { $r: seen };
    ids.set(v, ids.size);
    if (Array.isArray(v)) {
      if (Object.getPrototypeOf(v) !== Array.prototype) throw new Error('encodeGraph: an array subclass');
      const out: Json[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) throw new Error('encodeGraph: a sparse array');
        out[i] = enc(v[i]);
      }
      return out;
    }
    if (v instanceof Map) {
      if (Object.getPrototypeOf(v) !== Map.prototype) throw new Error('encodeGraph: a Map subclass');
      const flat: Json[] = [];
      for (const [k, x] of v) flat.push(enc(k), enc(x));
      return { $m: flat };
    }
    if (v instanceof Set) {
      if (Object.getPrototypeOf(v) !== Set.prototype) throw new Error('encodeGraph: a Set subclass');
      return { $s: Array.from(v, enc) };
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`encodeGraph: cannot encode a ${(v as object).constructor?.name ?? 'null-prototype object'}`);
    if (Object.getOwnPropertySymbols(v).length) throw new Error('encodeGraph: symbol keys');
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(v)) {
      if (k.startsWith('$')) throw new Error(`encodeGraph: the key ${k} starts with $`);
      out[k] = enc((v as Record<string, unknown>)[k]);
    }
    return out;
  };
  return enc(root);
}

/** The graph back from encodeGraph's JSON (the parsed JSON is reused in place). */
export function decodeGraph(json: Json): unknown {
  const byId: unknown[] = [];
  const dec = (v: Json): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      byId.push(v);
      for (let i = 0; i < v.length; i++) {
        const x = v[i]!;
        if (x !== null && typeof x === 'object') v[i] = dec(x) as Json;
      }
      return v;
    }
    const r = v.$r;
    if (r !== undefined) return byId[r as number];
    if (v.$u !== undefined) return undefined;
    const m = v.$m;
    if (m !== undefined) {
      const map = new Map<unknown, unknown>();
      byId.push(map);
      const flat = m as Json[];
      for (let i = 0; i < flat.length; i += 2) map.set(dec(flat[i]!), dec(flat[i + 1]!));
      return map;
    }
    const s = v.$s;
    if (s !== undefined) {
      const set = new Set<unknown>();
      byId.push(set);
      for (const x of s as Json[]) set.add(dec(x));
      return set;
    }
    byId.push(v);
    for (const k in v) {
      const x = v[k]!;
      if (x !== null && typeof x === 'object') (v as Record<string, unknown>)[k] = dec(x);
    }
    return v;
  };
  return dec(json);
}
