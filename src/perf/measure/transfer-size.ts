import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

export interface FileWeight {
  raw: number;
  /** What a server that gzips text sends: gzip at zlib's default level, or the raw bytes when those are smaller (Pagefind's own files are compressed already). */
  gzip: number;
}

/** Weighs files once each: many pages share one stylesheet. */
export class WeightCache {
  readonly #weights = new Map<string, Promise<FileWeight>>();

  weigh(path: string): Promise<FileWeight> {
    let weight = this.#weights.get(path);
    if (!weight) {
      weight = readFile(path).then(weighBytes);
      this.#weights.set(path, weight);
    }
    return weight;
  }
}

export function weighBytes(bytes: Uint8Array): FileWeight {
  return { raw: bytes.byteLength, gzip: Math.min(bytes.byteLength, gzipSync(bytes).byteLength) };
}

export const addWeights = (a: FileWeight, b: FileWeight): FileWeight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
export const NO_WEIGHT: FileWeight = { raw: 0, gzip: 0 };
