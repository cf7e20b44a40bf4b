import { maskText } from '../../src/domain/mask'

type Level = 'info' | 'warn' | 'error'

/**
 * One JSON line per event, masked, so CloudBase's log search and the local console read alike.
 * Callers pass pseudonymised fields only; free text is masked again here as a last guard.
 */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (process.env.HALL_LOG === 'silent') return
  const line = maskText(JSON.stringify({ level, event, ...fields, at: new Date().toISOString() }))
  if (level === 'error') console.error(line)
  else if (level === 'warn') console.warn(line)
  else console.log(line)
}
