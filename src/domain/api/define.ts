/**
 * An action's contract: the schema its input is parsed with and the schema its answer keeps to.
 * The function's action table takes both from here; pages see them only as types (contract.ts).
 */
import { z, z as zod } from '../schema'

export interface ActionContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I
  output: O
}

/** Keeps each action's own schema types (a plain annotation would widen them to ZodType). */
export function contracts<T extends Record<string, ActionContract>>(table: T): T {
  return table
}

/** The answer of a paged list (schema.ts pageOf), for a given row. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return zod.strictObject({ items: zod.array(item), page: zod.number(), pageSize: zod.number(), total: zod.number(), hasMore: zod.boolean() })
}
