/** Seeded identities of the local hall. Each is a stand-in for a WeChat OPENID. */
export const PERSONAS = {
  citizen: 'o_demo_citizen_0001',
  staff: 'o_demo_staff_hrss_01',
  admin: 'o_demo_admin_000001'
} as const

export type Persona = keyof typeof PERSONAS
