import type { About } from '../bindings/About'
import { call } from './call'

export const about = () => call<About>('about')
/** Opens the data folder in the file manager; answers its path. */
export const openDataFolder = () => call<string>('open_data_folder')
