import lighthouse from 'lighthouse';

export interface LighthouseScores {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Main-thread time blocked by long tasks during load, in ms: what starting a search UI costs. */
  totalBlockingTimeMs: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

/**
 * Lighthouse's mobile preset (its default: a mid-range phone on a slow 4G
 * connection, simulated) against a browser already listening on `port`.
 * Scores are 0–100.
 */
export async function lighthouseScores(port: number, origin: string, paths: readonly string[]): Promise<LighthouseScores[]> {
  const scores: LighthouseScores[] = [];
  for (const path of paths) {
    const result = await lighthouse(`${origin}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories;
    const score = (id: (typeof CATEGORIES)[number]) => Math.round((categories?.[id]?.score ?? 0) * 100);
    const totalBlockingTimeMs = Math.round(result?.lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
    scores.push({
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      totalBlockingTimeMs,
    });
  }
  return scores;
}
