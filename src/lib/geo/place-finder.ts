/**
 * The place finder: what a person types → today's communes, best first. One function for the
 * command line, the content tools and the browser picker.
 *
 * A query is compared word by word after folding (no accents, đ → d, lowercase), in any order.
 * Each commune is one "document" under its current name (with its province) and one per former
 * unit it was formed from (name, former district, former province). A document matches when every
 * word of its name is in the query (the last word typed may be a prefix, for suggest-as-you-type);
 * it matches fully when the rest of the query is explained by its district, province or unit-type
 * words ("xã", "huyện", "tỉnh"…). Full matches win; among them the one that explains the most words,
 * with its name in the order typed. When several communes tie for first (today's name or a former
 * one alike) the result is "ambiguous" and all of them are returned with their province and former
 * district, today's names first: nothing is silently picked.
 */
import { distance } from 'fastest-levenshtein';
import { foldVietnamese } from '../format/slug.ts';
import { bareName, type AdminCommune, type AdminProvince, type FormerUnit } from './admin.ts';

export interface PlaceMatch {
  commune: AdminCommune;
  province: AdminProvince;
  /** The former units (before 1/7/2025) whose names matched; empty when the current name did. */
  matchedFormer: FormerUnit[];
  /** How it matched: today's name, a former name, today's code or a former code. */
  via: 'name' | 'former' | 'code' | 'former-code';
  /** Every word of the query explained by this commune (name, district, province, unit type). */
  full: boolean;
  score: number;
}

export type PlaceResult =
  | { status: 'found'; matches: PlaceMatch[] }
  | { status: 'ambiguous'; matches: PlaceMatch[] }
  /** Nothing matched; `suggestions` are the closest spellings of real names. */
  | { status: 'none'; matches: []; suggestions: string[] };

/** Words that say what kind of unit follows: explained by any document, never required. */
const TYPE_WORDS = new Set([
  'xa',
  'phuong',
  'thi',
  'tran',
  'tt',
  'huyen',
  'quan',
  'tinh',
  'thanh',
  'pho',
  'tp',
  'tx',
  'dac',
  'khu',
  'cu',
  'moi',
  'nay',
]);

export function foldWords(text: string): string[] {
  return foldVietnamese(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Lowercase words with their accents, for the small bonus an accented query earns by matching exactly. */
function exactWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

interface Doc {
  commune: number;
  name: string[];
  exact: string[];
  /** Words that may explain the rest of the query (district, province, unit types of this doc). */
  context: string[];
  former?: FormerUnit;
  code: string;
}

/** One document that matched: the commune's index, how, and how well. */
interface Hit {
  i: number;
  via: PlaceMatch['via'];
  former?: FormerUnit;
  full: boolean;
  score: number;
}

export interface PlaceFinder {
  find(query: string, options?: { limit?: number }): PlaceResult;
}

const fold = (s: string) => foldWords(s).join(' ');

export function placeFinder(communes: readonly AdminCommune[], provinces: readonly AdminProvince[]): PlaceFinder {
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const docs: Doc[] = [];
  /** Folded name → the name as written, for suggestions. */
  const spellings = new Map<string, string>();
  communes.forEach((c, i) => {
    const province = provinceByCode.get(c.province);
    // Context holds what may explain the rest of the query besides the name: never the name itself,
    // or "Tân Hòa, Tân Châu" would count "tân" twice.
    docs.push({
      commune: i,
      name: foldWords(bareName(c.name)),
      exact: exactWords(bareName(c.name)),
      context: foldWords(province?.fullName ?? ''),
      code: c.code,
    });
    spellings.set(fold(bareName(c.name)), bareName(c.name));
    for (const f of c.former) {
      docs.push({
        commune: i,
        name: foldWords(bareName(f.name)),
        exact: exactWords(bareName(f.name)),
        context: foldWords(`${f.district ?? ''} ${f.province}`),
        former: f,
        code: f.code,
      });
      if (!spellings.has(fold(bareName(f.name)))) spellings.set(fold(bareName(f.name)), bareName(f.name));
    }
  });
  const byCode = new Map(communes.map((c, i) => [c.code, i]));

  function match(doc: Doc, words: string[], exact: Set<string>, prefixLast: boolean) {
    const left = [...words];
    const take = (w: string, allowPrefix: boolean) => {
      let k = left.indexOf(w);
      if (k < 0 && allowPrefix && prefixLast && left.length > 0 && w.startsWith(left[left.length - 1]!) && words.length > 0) {
        // Only the last word the person typed may be unfinished.
        if (left[left.length - 1] === words[words.length - 1]) k = left.length - 1;
      }
      if (k < 0) return false;
      left.splice(k, 1);
      return true;
    };
    for (const w of doc.name) if (!take(w, true)) return undefined;
    const nameInOrder = words.join(' ').includes(doc.name.join(' '));
    let explained = doc.name.length;
    for (const w of [...left]) {
      if (doc.context.includes(w) || TYPE_WORDS.has(w)) {
        left.splice(left.indexOf(w), 1);
        if (!TYPE_WORDS.has(w)) explained++;
      } else if (prefixLast && w === words[words.length - 1] && doc.context.some((c) => c.startsWith(w))) {
        left.splice(left.indexOf(w), 1);
      }
    }
    const full = left.length === 0;
    const accentsAgree = exact.size > 0 && doc.exact.every((w) => exact.has(w));
    return { full, score: (full ? 1000 : 0) + explained * 10 - left.length * 5 + (nameInOrder ? 3 : 0) + (accentsAgree ? 2 : 0) };
  }

  function collect(hits: Hit[]): PlaceMatch[] {
    const byCommune = new Map<number, PlaceMatch>();
    for (const h of hits) {
      const commune = communes[h.i]!;
      const seen = byCommune.get(h.i);
      if (!seen) {
        byCommune.set(h.i, {
          commune,
          province: provinceByCode.get(commune.province)!,
          matchedFormer: h.former ? [h.former] : [],
          via: h.via,
          full: h.full,
          score: h.score,
        });
      } else {
        if (h.former && !seen.matchedFormer.includes(h.former) && h.score >= seen.score - 5) seen.matchedFormer.push(h.former);
        if (h.score > seen.score || (h.score === seen.score && !h.former))
          Object.assign(seen, { via: h.via, full: h.full, score: h.score });
      }
    }
    // Equal scores: today's names before former ones, then in official code order.
    const current = (m: PlaceMatch) => (m.via === 'name' || m.via === 'code' ? 0 : 1);
    return [...byCommune.values()].sort(
      (a, b) => b.score - a.score || current(a) - current(b) || a.commune.code.localeCompare(b.commune.code),
    );
  }

  function result(matches: PlaceMatch[], limit: number): PlaceResult {
    const best = matches[0]!.score;
    const top = matches.filter((m) => m.score === best);
    return { status: top.length === 1 ? 'found' : 'ambiguous', matches: matches.slice(0, Math.max(limit, top.length)) };
  }

  return {
    find(query, { limit = 20 } = {}) {
      const words = foldWords(query);
      // Only digits: official codes (leading zeros may be left out).
      if (words.length > 0 && words.every((w) => /^\d{1,5}$/.test(w))) {
        const hits = words
          .map((w) => w.padStart(5, '0'))
          .flatMap((code): Hit[] => {
            const current = byCode.get(code);
            if (current !== undefined) return [{ i: current, via: 'code' as const, full: true, score: 2000 }];
            return docs
              .filter((d) => d.former && d.code === code)
              .map((d) => ({ i: d.commune, via: 'former-code' as const, former: d.former, full: true, score: 1500 }));
          });
        if (hits.length > 0) return result(collect(hits), limit);
      }
      const meaningful = words.filter((w) => !TYPE_WORDS.has(w));
      if (meaningful.length > 0) {
        const prefixLast = !/\s$/.test(query);
        // Accented words of the query, if it has any accent at all (an unaccented query gets no bonus).
        const exact = new Set(foldVietnamese(query) === query ? [] : exactWords(query));
        const hits: Hit[] = [];
        for (const d of docs) {
          const m = match(d, words, exact, prefixLast);
          if (m) hits.push({ i: d.commune, via: d.former ? ('former' as const) : ('name' as const), former: d.former, ...m });
        }
        const all = collect(hits);
        const full = all.filter((m) => m.full);
        if (full.length > 0) return result(full, limit);
        if (all.length > 0) return result(all, limit);
      }
      return { status: 'none', matches: [], suggestions: closestSpellings(meaningful.join(' '), spellings) };
    },
  };
}

/** The five real names nearest to what was typed (edit distance on folded text), for "không tìm thấy". */
function closestSpellings(text: string, spellings: Map<string, string>): string[] {
  if (!text) return [];
  return [...spellings]
    .map(([folded, s]) => ({ s, d: distance(text, folded) }))
    .filter((x) => x.d <= Math.max(2, Math.ceil(text.length / 3)))
    .sort((a, b) => a.d - b.d || a.s.localeCompare(b.s))
    .slice(0, 5)
    .map((x) => x.s);
}
