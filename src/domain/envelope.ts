import type { ErrorCode, FieldIssue } from './errors'

/** The one response shape of every cloud function action. */
export type Envelope<T> =
  | { ok: true; data: T; requestId: string }
  | { ok: false; code: ErrorCode; message: string; requestId: string; issues?: FieldIssue[] }
