/**
 * Every collection the hall uses, with its indexes. This one table drives the local store's
 * indexes and is the list of CloudBase indexes to create in the console (docs/data.md is
 * rendered from it). A collection not listed here does not exist.
 */
export interface IndexSpec {
  fields: Array<[field: string, order: 1 | -1]>
  unique?: boolean
  why: string
}

export interface CollectionSpec {
  purpose: string
  indexes: IndexSpec[]
}

export const COLLECTIONS = {
  members: {
    purpose: '工作人员与管理员的角色和所属部门（未列入者均为群众）',
    indexes: [{ fields: [['role', 1], ['department', 1]], why: '按角色、部门列出工作人员' }]
  },
  departments: {
    purpose: '办事部门名录',
    indexes: [{ fields: [['code', 1]], unique: true, why: '部门编码唯一' }]
  },
  audit: {
    purpose: '工作人员和管理员操作的审计记录（只增不改）',
    indexes: [
      { fields: [['at', -1]], why: '按时间倒序翻阅' },
      { fields: [['actor', 1], ['at', -1]], why: '按操作人筛选' }
    ]
  }
} satisfies Record<string, CollectionSpec>

export type CollectionName = keyof typeof COLLECTIONS
