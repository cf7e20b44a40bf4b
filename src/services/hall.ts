import type { HallConfig } from '../../config/hall-check'

/** Sponsor and filing facts, compiled into every build so the footer never waits on a request. */
export const hall: HallConfig = HALL_CONFIG
export const appVersion: string = HALL_VERSION
