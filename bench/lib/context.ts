import type { GeneratedOutlet } from '../generate';
import type { Figure } from './figures';

export interface BenchContext {
  mode: 'quick' | 'full';
  outlet: GeneratedOutlet;
  /** True when the outlet was generated (and its year imported) during this run. */
  generatedNow: boolean;
  /** Scratch folder for this run (under bench/.cache, same file system as the outlet). */
  workDir: string;
  root: string;
  log(line: string): void;
}

export type Measure = (ctx: BenchContext) => Promise<Figure[]>;
