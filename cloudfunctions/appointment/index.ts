import { createFunction } from '../_shared/router'
import { actions } from './actions'

export const main = createFunction('appointment', actions).main
