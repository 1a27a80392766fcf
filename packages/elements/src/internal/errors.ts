/**
 * How an element explains a failed call. The SDK's error classes are told
 * apart by `name`, so that a page holding two copies of the SDK (the embed and
 * an app's own) still gets the right message.
 */
export type FailureKind =
  'offline' | 'not-found' | 'validation' | 'rate-limit' | 'forbidden' | 'conflict' | 'other';

export function failureKind(error: unknown): FailureKind {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NetworkError' || name === 'TimeoutError' || !navigator.onLine) return 'offline';
  if (name === 'NotFoundError') return 'not-found';
  if (name === 'ValidationError') return 'validation';
  if (name === 'RateLimitError') return 'rate-limit';
  if (name === 'AuthError') return 'forbidden';
  if (name === 'ConflictError') return 'conflict';
  return 'other';
}
