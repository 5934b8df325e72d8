// Related broedplaatsen: other networks often already worked on the same thing (report, sections 3.1, 4.2).
import type { Broedplaats, SystemBarrier, Theme } from './broedplaats';
import { STOP_WORDS } from './stop-words';

const SUFFIXES = ['ingen', 'heden', 'tjes', 'jes', 'en', 'es', 's', 'e'];

/** Lowercased word stems of a text, stop words left out. */
export function terms(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map(stem);
}

function stem(word: string): string {
  let w = word;
  for (let changed = true; changed;) {
    changed = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= 4) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** What two broedplaatsen are compared on. */
export interface Comparable {
  id: string;
  networkName: string;
  question: string;
  tried: string;
  theme: Theme;
  themeOther?: string;
  systemBarriers: readonly SystemBarrier[];
}

/** A suggested related broedplaats, with the reasons to show the user. */
export interface Related {
  id: string;
  score: number;
  sameTheme: boolean;
  sharedBarriers: SystemBarrier[];
  /** Words both questions use, as they were typed in the other broedplaats. */
  sharedWords: string[];
}

const THEME_WEIGHT = 0.3;
const BARRIER_WEIGHT = 0.05;
const MIN_SCORE = 0.12;

/** The text of a broedplaats that similarity is computed over. */
export function comparableOf(b: Broedplaats): Comparable {
  return {
    id: b.id,
    networkName: b.network.name,
    question: b.question,
    tried: b.tried,
    theme: b.theme,
    themeOther: b.themeOther,
    systemBarriers: b.systemBarriers,
  };
}

/**
 * Ranks `others` (other networks' broedplaatsen) by how related they are to `subject`: TF-IDF cosine over
 * question and context, plus weight for the same theme and shared system barriers. Returns at most `limit`,
 * best first, only those above a minimum score.
 */
export function rankRelated(subject: Comparable, others: readonly Comparable[], limit = 3): Related[] {
  const docs = [subject, ...others].map((d) =>
    terms(`${d.question} ${d.question} ${d.tried} ${d.themeOther ?? ''}`),
  );
  const df = new Map<string, number>();
  for (const doc of docs) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const vector = (doc: string[]) => {
    const v = new Map<string, number>();
    for (const t of doc) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + docs.length / (df.get(t) ?? 1)));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
  const subjectVector = vector(docs[0] ?? []);
  const subjectNorm = norm(subjectVector);

  return others
    .map((other, i) => {
      const v = vector(docs[i + 1] ?? []);
      let dot = 0;
      const shared: [string, number][] = [];
      for (const [t, w] of v) {
        const s = subjectVector.get(t);
        if (s) {
          dot += s * w;
          shared.push([t, s * w]);
        }
      }
      const cosine = dot / (subjectNorm * norm(v));
      const sameTheme = other.theme === subject.theme && subject.theme !== 'anders';
      const sharedBarriers = other.systemBarriers.filter((b) => subject.systemBarriers.includes(b));
      const score = cosine + (sameTheme ? THEME_WEIGHT : 0) + sharedBarriers.length * BARRIER_WEIGHT;
      const topTerms = shared
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
        .map(([t]) => t);
      return { id: other.id, score, sameTheme, sharedBarriers, sharedWords: surfaceWords(other, topTerms) };
    })
    .filter((r) => r.score >= MIN_SCORE)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit);
}

/** The words of `doc` whose stems are in `stems`, as typed (first occurrence each). */
function surfaceWords(doc: Comparable, stems: string[]): string[] {
  const words = `${doc.question} ${doc.tried}`.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return stems.flatMap((s) => {
    const hit = words.find((w) => terms(w)[0] === s);
    return hit ? [hit.toLowerCase()] : [];
  });
}
