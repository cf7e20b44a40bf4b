/**
 * Renders docs/api.md (every function's actions: roles, input and answer schemas, errors) and
 * docs/data.md (collections and the indexes to create in CloudBase) and docs/privacy.md (the
 * personal-data registry) from the code, so the
 * docs cannot drift. `npm run docs`; a test fails when the committed docs are stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { COLLECTIONS } from '../cloudfunctions/_shared/collections'
import type { ActionTable } from '../cloudfunctions/_shared/router'
import { ROLE_LABELS, type Role } from '../src/domain/roles'
import { ERROR_MESSAGES } from '../src/domain/errors'

const ROUTER_ERRORS = ['ACTION.UNKNOWN', 'REQUEST.INVALID', 'REQUEST.TOO_LARGE', 'AUTH.REQUIRED', 'AUTH.FORBIDDEN', 'INTERNAL'] as const

export function renderApi(tables: Record<string, ActionTable>): string {
  const out: string[] = [
    '# Cloud function API',
    '',
    '<!-- Rendered by `npm run docs` from cloudfunctions/*/actions.ts. Do not edit by hand. -->',
    '',
    'Every call is `{ "action": "<name>", "data": { ... } }` (mini-program: `wx.cloud.callFunction({ name, data })`;',
    'local hall: `POST /api/fn/<function>`). Every answer is one envelope:',
    '',
    '```json',
    '{ "ok": true, "data": { }, "requestId": "…" }',
    '{ "ok": false, "code": "AUTH.FORBIDDEN", "message": "您没有办理此项操作的权限", "requestId": "…", "issues": [{ "path": "…", "message": "…" }] }',
    '```',
    '',
    'Identity is the caller\'s OPENID from the WX context; nothing in the event is trusted for identity or role.',
    'Inputs are strict: an unknown field is refused (`REQUEST.INVALID`), never stored. The `data` object is capped at 32 KiB.',
    '',
    '## Errors every action can answer',
    '',
    '| code | message |',
    '| --- | --- |',
    ...ROUTER_ERRORS.map((c) => `| \`${c}\` | ${ERROR_MESSAGES[c]} |`),
    ''
  ]
  for (const [fn, table] of Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## \`${fn}\``, '')
    for (const [name, def] of Object.entries(table)) {
      out.push(`### \`${fn}.${name}\``, '', def.summary, '')
      out.push(`Roles: ${def.roles.map((r: Role) => `${r} (${ROLE_LABELS[r]})`).join(', ')}`, '')
      const schema = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
      delete schema.$schema
      out.push('Input (JSON Schema):', '', '```json', JSON.stringify(schema, null, 2), '```', '')
      const answer = z.toJSONSchema(def.output, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>
      delete answer.$schema
      out.push('Returns `data` (JSON Schema):', '', '```json', JSON.stringify(answer, null, 2), '```', '')
      if (def.write) out.push('Rate limited: yes (`RATE.LIMITED` past `HALL_WRITE_LIMIT`, default 20 per 60 s per identity).', '')
      if (def.errors?.length) out.push(`Errors: ${def.errors.map((c) => `\`${c}\` ${ERROR_MESSAGES[c]}`).join('; ')}`, '')
    }
  }
  return out.join('\n')
}

export function renderData(): string {
  const out = [
    '# Collections and indexes',
    '',
    '<!-- Rendered by `npm run docs` from cloudfunctions/_shared/collections.ts. Do not edit by hand. -->',
    '',
    'Create each collection in the CloudBase console (数据库 → 添加集合) with permission "仅管理端可读写"',
    '(all reads and writes go through the functions), then the indexes below (索引管理 → 添加索引).',
    'The local hall creates the same indexes in its embedded store.',
    ''
  ]
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    out.push(`## \`${name}\``, '', spec.purpose, '')
    if (spec.indexes.length === 0) out.push('No index beyond `_id`.', '')
    else {
      out.push('| fields | unique | why |', '| --- | --- | --- |')
      for (const ix of spec.indexes) out.push(`| ${ix.fields.map(([f, o]) => `\`${f}\` ${o === 1 ? 'asc' : 'desc'}`).join(', ')} | ${'unique' in ix && ix.unique ? 'yes' : 'no'} | ${ix.why} |`)
      out.push('')
    }
  }
  return out.join('\n')
}

export function renderPrivacy(): string {
  const out = [
    '# Personal data registry',
    '',
    '<!-- Rendered by `npm run docs` from cloudfunctions/_shared/collections.ts. Do not edit by hand. -->',
    '',
    'What the hall stores about people, why, on what legal basis (个人信息保护法), who sees it whole,',
    'and for how long. The local store refuses any field not declared here, so this list is complete',
    'for everything the functions write. Phones and ID numbers are masked in every response and log',
    'that does not need them whole; sensitive fields are encrypted at rest (AES-256-GCM) and found by',
    'a keyed hash (HMAC-SHA-256).',
    ''
  ]
  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const fields = Object.entries(spec.fields)
    const personal = fields.filter(([, f]) => 'personal' in f && f.personal)
    out.push(`## \`${name}\``, '', `${spec.purpose}。保存期限：${spec.retention}。`, '')
    if (personal.length === 0) out.push('No personal fields.', '')
    else {
      out.push('| field | meaning | purpose | legal basis | seen whole by | sensitive |', '| --- | --- | --- | --- | --- | --- |')
      for (const [field, f] of personal) {
        const p = (f as { personal: { purpose: string; legalBasis: string; seeWhole: string; sensitive?: boolean } }).personal
        out.push(`| \`${field}\` | ${f.meaning} | ${p.purpose} | ${p.legalBasis} | ${p.seeWhole} | ${p.sensitive ? 'yes: encrypted' : 'no'} |`)
      }
      out.push('')
    }
    out.push(`Other fields: ${fields.filter(([, f]) => !('personal' in f && f.personal)).map(([k]) => `\`${k}\``).join(', ')}.`, '')
  }
  return out.join('\n')
}

if (require.main === module) {
  // Loaded here so that importing this module for its renderers stays side-effect free; the
  // action tables import the SDK seam, which outside CloudBase is the local SDK.
  ;(require('../local/runtime') as typeof import('../local/runtime')).installSdkSeam()
  const { ACTION_TABLES } = require('../cloudfunctions/_shared/catalog') as { ACTION_TABLES: Record<string, ActionTable> }
  const docs = path.resolve(__dirname, '..', 'docs')
  fs.mkdirSync(docs, { recursive: true })
  fs.writeFileSync(path.join(docs, 'api.md'), renderApi(ACTION_TABLES))
  fs.writeFileSync(path.join(docs, 'data.md'), renderData())
  fs.writeFileSync(path.join(docs, 'privacy.md'), renderPrivacy())
  console.log('wrote docs/api.md, docs/data.md and docs/privacy.md')
}
