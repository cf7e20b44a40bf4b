/**
 * What the functions answer about the catalogue, declared once: a guide in a list (the same row
 * in guides, search and favourites) and a guide's whole page.
 */
import { z } from '../schema'

const personalDeclaration = z.strictObject({ key: z.enum(['name', 'mobile', 'idNumber']), purpose: z.string() })

export const guideSummarySchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  summary: z.string(),
  field: z.string(),
  fieldName: z.string(),
  authority: z.string(),
  online: z.boolean(),
  bookable: z.boolean(),
  promisedDays: z.number(),
  visits: z.number()
})

export type GuideSummary = z.output<typeof guideSummarySchema>

/** A hall where an item is handled, as a guide shows it. */
export const hallViewSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  address: z.string(),
  phone: z.string(),
  hoursText: z.string(),
  transit: z.string()
})

export type HallView = z.output<typeof hallViewSchema>

// A guide's page holds everything its row in a list does, and the rest of the item.
export const guideDetailSchema = guideSummarySchema.extend({
  applicants: z.array(z.enum(['person', 'legal-person'])),
  conditions: z.array(z.string()),
  materials: z.array(z.strictObject({ name: z.string(), form: z.array(z.enum(['original', 'copy', 'electronic'])), copies: z.number(), note: z.string() })),
  steps: z.array(z.string()),
  legalDays: z.number(),
  fee: z.strictObject({ free: z.boolean(), amount: z.string(), basis: z.string() }),
  halls: z.array(hallViewSchema),
  faq: z.array(z.strictObject({ q: z.string(), a: z.string() })),
  complaint: z.string(),
  appointmentFields: z.array(personalDeclaration),
  applicationFields: z.array(personalDeclaration),
  favourite: z.boolean().nullable().describe('群众是否已收藏；非群众为 null')
})

export type GuideDetail = z.output<typeof guideDetailSchema>
