/**
 * The shapes of the hall's own codes, declared once. Inputs use the zod atoms built on them in
 * schema.ts (with Chinese messages); pure rules that build ids from codes test them directly.
 */
export const FORMATS = {
  /** A hall: H and 2 to 4 digits (H01, H0101). */
  hallCode: /^H\d{2,4}$/,
  /** A service item: its area's letters, a dash and digits (SB-001). */
  serviceCode: /^[A-Z]{2,4}-\d{3,6}$/,
  /** A wall-clock time of the hall, 00:00 to 23:59. */
  clock: /^([01]\d|2[0-3]):[0-5]\d$/,
  /** A person's identity as WeChat gives it (openid), which is also the user code they show staff. */
  openid: /^[A-Za-z0-9_-]{6,64}$/
} as const
