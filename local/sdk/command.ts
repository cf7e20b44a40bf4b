/**
 * db.command for the local runtime, and the translation of CloudBase's query and update
 * documents into MongoDB's, which mingo evaluates. CloudBase differs from MongoDB in two ways
 * this file exists to honour: a nested object in `where` matches by dotted fields, and a nested
 * object in `update` changes only the fields it names.
 */
type Doc = Record<string, unknown>

export class ServerDate {
  constructor(readonly offset = 0) {}
}

export class QueryCommand {
  constructor(
    readonly op: string,
    readonly operands: unknown[]
  ) {}

  and(...more: unknown[]): QueryCommand {
    return new QueryCommand('and', [this, ...flat(more)])
  }

  or(...more: unknown[]): QueryCommand {
    return new QueryCommand('or', [this, ...flat(more)])
  }
}

export class UpdateCommand {
  constructor(
    readonly op: string,
    readonly operand: unknown
  ) {}
}

function flat(args: unknown[]): unknown[] {
  return args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args
}

const q = (op: string) => (value: unknown) => new QueryCommand(op, [value])
const u = (op: string) => (value?: unknown) => new UpdateCommand(op, value)

export function createCommand() {
  return {
    eq: q('eq'),
    neq: q('neq'),
    gt: q('gt'),
    gte: q('gte'),
    lt: q('lt'),
    lte: q('lte'),
    in: q('in'),
    nin: q('nin'),
    exists: q('exists'),
    size: q('size'),
    all: q('all'),
    elemMatch: q('elemMatch'),
    mod: (divisor: number, remainder: number) => new QueryCommand('mod', [[divisor, remainder]]),
    not: (c: unknown) => new QueryCommand('not', [c]),
    and: (...c: unknown[]) => new QueryCommand('and', flat(c)),
    or: (...c: unknown[]) => new QueryCommand('or', flat(c)),
    nor: (...c: unknown[]) => new QueryCommand('nor', flat(c)),
    set: u('set'),
    remove: () => new UpdateCommand('remove', undefined),
    inc: u('inc'),
    mul: u('mul'),
    min: u('min'),
    max: u('max'),
    rename: u('rename'),
    push: u('push'),
    pop: () => new UpdateCommand('pop', 1),
    shift: () => new UpdateCommand('pop', -1),
    unshift: u('unshift'),
    pull: u('pull'),
    pullAll: u('pullAll'),
    addToSet: u('addToSet')
  }
}

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function isRegExpLike(value: unknown): value is { regexp: string; options?: string } | RegExp {
  return value instanceof RegExp || value instanceof DbRegExp
}

export class DbRegExp {
  constructor(
    readonly regexp: string,
    readonly options = ''
  ) {}
  toRegExp(): RegExp {
    return new RegExp(this.regexp, this.options)
  }
}

/** Replaces serverDate markers (anywhere in a value) with the server's clock. */
export function resolveValue(value: unknown, now: number): unknown {
  if (value instanceof ServerDate) return new Date(now + value.offset)
  if (value instanceof DbRegExp) return value.toRegExp()
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, now))
  if (isPlainObject(value)) {
    const out: Doc = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = resolveValue(v, now)
    return out
  }
  return value
}

const COMPARISON: Record<string, string> = {
  eq: '$eq', neq: '$ne', gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte', in: '$in', nin: '$nin',
  exists: '$exists', size: '$size', all: '$all', mod: '$mod'
}

/** Operators of a command on one field, for places that take no path ($not, $elemMatch). */
function operatorsOf(cmd: QueryCommand, now: number): Doc {
  const mongo = COMPARISON[cmd.op]
  if (mongo) {
    const value = resolveValue(cmd.operands[0], now)
    if (cmd.op === 'all' && Array.isArray(value)) {
      return { $all: value.map((v) => (v instanceof QueryCommand && v.op === 'elemMatch' ? { $elemMatch: elemMatchOperand(v, now) } : v)) }
    }
    return { [mongo]: value }
  }
  if (cmd.op === 'elemMatch') return { $elemMatch: elemMatchOperand(cmd, now) }
  if (cmd.op === 'not') return { $not: operatorsOf(cmd.operands[0] as QueryCommand, now) }
  throw unsupported(`command ${cmd.op} cannot be nested here`)
}

function elemMatchOperand(cmd: QueryCommand, now: number): Doc {
  const operand = cmd.operands[0]
  return operand instanceof QueryCommand ? operatorsOf(operand, now) : compileWhere(operand as Doc, '', now)
}

function unsupported(message: string): Error {
  const err = new Error(`database: ${message}`) as Error & { errCode: number; errMsg: string }
  err.errCode = -502005
  err.errMsg = err.message
  return err
}

function compileField(path: string, value: unknown, now: number): Doc {
  if (value instanceof QueryCommand) {
    if (value.op === 'and' || value.op === 'or' || value.op === 'nor') {
      return { [`$${value.op}`]: value.operands.map((o) => compileField(path, o, now)) }
    }
    return { [path]: operatorsOf(value, now) }
  }
  if (value instanceof RegExp) return { [path]: { $regex: value } }
  if (value instanceof DbRegExp) return { [path]: { $regex: value.toRegExp() } }
  if (value instanceof ServerDate) return { [path]: new Date(now + value.offset) }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
    if (keys.length === 0) return { [path]: {} }
    return compileWhere(value, path, now)
  }
  return { [path]: value }
}

/** CloudBase `where` (object, or a top-level _.and/_.or/_.nor of objects) to a MongoDB query. */
export function compileWhere(where: unknown, prefix = '', now = Date.now()): Doc {
  if (where instanceof QueryCommand) {
    if (where.op !== 'and' && where.op !== 'or' && where.op !== 'nor') throw unsupported(`top-level ${where.op}`)
    return { [`$${where.op}`]: where.operands.map((o) => compileWhere(o, prefix, now)) }
  }
  if (!isPlainObject(where)) throw unsupported('where() takes an object')
  const parts: Doc[] = []
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue
    parts.push(compileField(prefix ? `${prefix}.${key}` : key, value, now))
  }
  if (parts.length === 0) return {}
  return parts.length === 1 ? parts[0] : { $and: parts }
}

/**
 * CloudBase update document to a MongoDB modifier. Plain nested objects are partial updates
 * (dotted $set); _.set() replaces the value whole.
 */
export function compileUpdate(data: unknown, now = Date.now()): Doc {
  if (!isPlainObject(data)) throw unsupported('update data must be an object')
  const mod: Record<string, Doc> = {}
  const put = (op: string, path: string, value: unknown) => {
    ;(mod[op] ??= {})[path] = value
  }
  const walk = (obj: Doc, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      if (value === undefined) continue
      const path = prefix ? `${prefix}.${key}` : key
      if (path === '_id') throw unsupported('_id cannot be updated')
      if (value instanceof UpdateCommand) {
        const operand = resolveValue(value.operand, now)
        switch (value.op) {
          case 'set': put('$set', path, operand); break
          case 'remove': put('$unset', path, ''); break
          case 'inc': put('$inc', path, operand); break
          case 'mul': put('$mul', path, operand); break
          case 'min': put('$min', path, operand); break
          case 'max': put('$max', path, operand); break
          case 'rename': put('$rename', path, operand); break
          case 'pop': put('$pop', path, operand); break
          case 'pullAll': put('$pullAll', path, operand); break
          case 'pull':
            put('$pull', path, value.operand instanceof QueryCommand ? operatorsOf(value.operand, now) : isPlainObject(value.operand) ? compileWhere(value.operand, '', now) : operand)
            break
          case 'push':
          case 'unshift':
          case 'addToSet': {
            const op = value.op === 'addToSet' ? '$addToSet' : '$push'
            if (isPlainObject(operand) && 'each' in operand) {
              const { each, position, sort, slice } = operand as Doc
              put(op, path, { $each: each, ...(position !== undefined ? { $position: position } : {}), ...(sort !== undefined ? { $sort: sort } : {}), ...(slice !== undefined ? { $slice: slice } : {}) })
            } else if (Array.isArray(operand)) {
              put(op, path, { $each: operand, ...(value.op === 'unshift' ? { $position: 0 } : {}) })
            } else {
              put(op, path, value.op === 'unshift' ? { $each: [operand], $position: 0 } : operand)
            }
            break
          }
          default:
            throw unsupported(`update command ${value.op}`)
        }
      } else if (isPlainObject(value) && Object.keys(value).length > 0) {
        walk(value, path)
      } else {
        put('$set', path, resolveValue(value, now))
      }
    }
  }
  walk(data, '')
  return mod
}
