/** Types of scripts/size.mjs, for the tests that import it. */
export interface Budget {
  name: string;
  /** Issue 4's budget, in gzip bytes. */
  target: number;
  /** What CI enforces, in gzip bytes. */
  limit: number;
  /** The measured gzip bytes of every file the page loads. */
  gzip: number;
  /** Those files, relative to the package. */
  files: string[];
}
export function measure(): Budget[];
