/** What the functions answer for a guide or notice in a list: one shape for the function and the pages. */
export interface GuideSummary {
  code: string
  name: string
  summary: string
  field: string
  fieldName: string
  authority: string
  online: boolean
  bookable: boolean
  promisedDays: number
  visits: number
}

export interface NoticeSummary {
  id: string
  kind: string
  kindName: string
  title: string
  source: string
  pinned: boolean
  publishAt: string
}
