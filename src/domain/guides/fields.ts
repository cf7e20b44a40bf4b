/** The service fields (服务领域) of the catalogue; no validation library, so pages can import it. */
export const SERVICE_FIELDS = [
  { code: 'social-security', name: '社会保障' },
  { code: 'medical-insurance', name: '医疗保障' },
  { code: 'housing-fund', name: '公积金' },
  { code: 'household', name: '户籍' },
  { code: 'marriage', name: '婚姻登记' },
  { code: 'transport', name: '交通出行' },
  { code: 'real-estate', name: '不动产' },
  { code: 'tax', name: '税务' },
  { code: 'market-entity', name: '市场主体' },
  { code: 'education', name: '教育' },
  { code: 'civil-assistance', name: '民政救助' },
  { code: 'exit-entry', name: '出入境' }
] as const

export type ServiceFieldCode = (typeof SERVICE_FIELDS)[number]['code']
