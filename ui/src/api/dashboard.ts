import type { DashboardSummary } from '../bindings/DashboardSummary'
import { call } from './call'

export const dashboard = () => call<DashboardSummary>('dashboard')
