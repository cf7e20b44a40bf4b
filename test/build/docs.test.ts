import fs from 'node:fs'
import path from 'node:path'
import { ACTION_TABLES } from '../../cloudfunctions/_shared/catalog'
import { renderApi, renderData, renderPrivacy } from '../../scripts/render-docs'
import { z } from 'zod'

const docs = path.resolve(__dirname, '..', '..', 'docs')

describe('rendered docs', () => {
  it('should have docs/api.md current with the action tables (run npm run docs)', () => {
    expect(fs.readFileSync(path.join(docs, 'api.md'), 'utf8')).toBe(renderApi(ACTION_TABLES))
  })

  it('should have docs/data.md current with the collections (run npm run docs)', () => {
    expect(fs.readFileSync(path.join(docs, 'data.md'), 'utf8')).toBe(renderData())
  })

  it('should have docs/privacy.md current with the registry (run npm run docs)', () => {
    expect(fs.readFileSync(path.join(docs, 'privacy.md'), 'utf8')).toBe(renderPrivacy())
  })

  it('should document a summary and an answer schema for every action', () => {
    for (const table of Object.values(ACTION_TABLES))
      for (const def of Object.values(table)) expect([def.summary.trim().length > 0, def.output instanceof z.ZodType]).toEqual([true, true])
  })
})
