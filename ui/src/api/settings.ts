import type { BodySettings } from '../bindings/BodySettings'
import type { RoleTitle } from '../bindings/RoleTitle'
import { call } from './call'

export const getSettings = () => call<BodySettings>('settings')
export const updateSettings = (input: BodySettings) => call<BodySettings>('update_settings', { input })
export const roleTitles = () => call<RoleTitle[]>('role_titles')
