import { createFunction } from '../_shared/router'
import { actions } from './actions'

export const main = createFunction('staff', actions).main
