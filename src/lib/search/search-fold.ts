/**
 * Vietnamese-aware helpers around Pagefind. Pagefind (≥ 1.5) folds tone marks and vowel marks on
 * its own ("tu quan" finds "tự quản") and ranks exact-accent matches first, but "đ" (U+0111) has no
 * decomposition, so "den tran" misses "Đền Trần" (upstream Pagefind issue #1210). We therefore give
 * every indexed page a folded copy of its đ-words as searchable metadata (added at index time, not
 * shipped in the page), and fold nothing in the query itself: an accented query keeps its accents,
 * so pages that match them exactly still rank first.
 */
import { foldVietnamese } from '../format/slug.ts';

/** Metadata keys Pagefind searches and the client weighs (see SEARCH_RANKING). */
export const FOLD_META = { key: 'fold', words: 'foldwords' } as const;

/** How the client ranks: title, then the problems a model answers, then summary and the folded copies, on top of body text. */
export const SEARCH_RANKING = {
  metaWeights: { title: 6, summary: 3, problems: 5, [FOLD_META.key]: 3, [FOLD_META.words]: 0.5 },
} as const;

/** Longest query we pass on: a pasted article is not a search. */
export const MAX_QUERY_LENGTH = 120;

/** Lowercase, accent-free, đ → d: how two spellings of a word are compared. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text.normalize('NFC')).toLowerCase();
}

/**
 * What the user typed, made safe and comparable: NFC (macOS keyboards send decomposed accents),
 * control characters and quotes dropped, runs of spaces collapsed, length capped.
 * Accents are kept on purpose (see the module comment).
 */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"“”]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of a text that contain đ/Đ, folded ("Đội đặc nhiệm, đội" → ["doi", "dac"]). */
export function foldedDWords(text: string): string[] {
  const words = new Set<string>();
  for (const [word] of text.normalize('NFC').matchAll(WORD)) {
    if (/[đĐ]/.test(word)) words.add(foldForSearch(word));
  }
  return [...words];
}

/** Key text (title, summary) folded whole, so "den tran" also matches as a phrase; "" when it has no đ. */
export function foldedKeyText(text: string): string {
  return /[đĐ]/.test(text) ? foldForSearch(text).replace(/\s+/g, ' ').trim() : '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML text → plain text: tags dropped, common entities decoded. Enough for our own built pages. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The HTML inside the element(s) marked data-pagefind-body (what Pagefind indexes), or undefined
 * when the page has none. Tracks nesting of the marked element's own tag name.
 */
export function pagefindBodies(html: string): string | undefined {
  const parts: string[] = [];
  const open = /<([a-zA-Z][\w-]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = open.exec(html))) {
    const tag = m[1].toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = open.lastIndex;
    let depth = 1;
    let t: RegExpExecArray | null;
    let end = html.length;
    while (depth > 0 && (t = tags.exec(html))) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) end = t.index;
    }
    parts.push(html.slice(open.lastIndex, end));
    open.lastIndex = end;
  }
  return parts.length ? parts.join(' ') : undefined;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page as Pagefind should index it: an empty element carrying the folded copies as metadata is
 * added inside the first data-pagefind-body element. Pages without that marker are returned as null
 * (not indexed: navigation-only and utility pages). Key text is the h1 and the element marked
 * data-pagefind-meta="summary".
 */
export function withFoldedMeta(html: string): string | null {
  const body = pagefindBodies(html);
  if (body === undefined) return null;
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1] ?? '';
  const summary = /<[a-z][\w-]*\b[^>]*data-pagefind-meta="summary"[^>]*>([\s\S]*?)<\/[a-z][\w-]*>/i.exec(body)?.[1] ?? '';
  const key = foldedKeyText(htmlToText(`${h1} . ${summary}`));
  const words = foldedDWords(htmlToText(body)).join(' ');
  const attrs = [
    key && `data-pagefind-meta="${FOLD_META.key}[data-fold-key]" data-fold-key="${escapeAttr(key)}"`,
    words && `data-pagefind-meta="${FOLD_META.words}[data-fold-words]" data-fold-words="${escapeAttr(words)}"`,
  ].filter(Boolean);
  if (attrs.length === 0) return html;
  // One empty span per meta field: Pagefind reads one data-pagefind-meta attribute per element.
  const spans = attrs.map((a) => `<span ${a}></span>`).join('');
  // A replacer function: a "$&" or "$'" inside a title must stay text, not a replacement pattern.
  return html.replace(/<[a-zA-Z][\w-]*\b[^>]*\bdata-pagefind-body\b[^>]*>/, (tag) => `${tag}${spans}`);
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A Pagefind excerpt (escaped text with <mark>) re-highlighted the Vietnamese way: every word whose
 * folded form starts with a folded query word is marked, so "den" marks "Đền". Returns plain-text
 * segments for the caller to render as text nodes (nothing from the index is parsed as HTML).
 */
export function highlightExcerpt(excerpt: string, query: string): Segment[] {
  const text = htmlToText(excerpt.replace(/<\/?mark>/g, ''));
  const terms = normalizeQuery(query).split(' ').map(foldForSearch).filter(Boolean);
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const folded = foldForSearch(m[0]);
    if (!terms.some((t) => folded.startsWith(t))) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), mark: false });
    segments.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
