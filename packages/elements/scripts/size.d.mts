/** Types of scripts/size.mjs, for the tests that import it. */
export interface Budget {
  name: string;
  /** What CI enforces, in gzip bytes. */
  limit: number;
  /** The measured gzip bytes of every file the page loads. */
  gzip: number;
  /** Those files, relative to the package. */
  files: string[];
  /** What CI enforces for `onUse`, in gzip bytes. */
  onUseLimit: number;
  /** The gzip bytes of every file the page loads, with what its elements load on use (their lazy chunks). */
  onUse: number;
  /** Those files, relative to the package. */
  onUseFiles: string[];
}
export function measure(): Budget[];
