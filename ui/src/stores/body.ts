import { defineStore } from 'pinia'
import { listen } from '@tauri-apps/api/event'
import { ref } from 'vue'
import type { BodySettings } from '../bindings/BodySettings'
import type { PresetInfo } from '../bindings/PresetInfo'
import type { Role } from '../bindings/Role'
import type { RoleTitle } from '../bindings/RoleTitle'
import { setupState } from '../api/setup'
import { roleTitles } from '../api/settings'

/** The body's settings and titles, loaded once and refreshed after setup or a settings change. */
export const useBodyStore = defineStore('body', () => {
  const configured = ref(false)
  const settings = ref<BodySettings | null>(null)
  const presets = ref<PresetInfo[]>([])
  const titles = ref<RoleTitle[]>([])
  const today = ref('')
  /** Set when the database could not be opened; the window shows it instead of the app. */
  const startError = ref('')

  async function load() {
    const state = await setupState()
    configured.value = state.configured
    settings.value = state.settings
    presets.value = state.presets
    today.value = state.today
    titles.value = state.configured ? await roleTitles() : []
  }

  /**
   * The shell checks every page of the database beside the window after the start
   * (`startup::check_then_back_up`, event `DESK_PROBLEM_EVENT`); a damaged file closes the data
   * and the window turns to the recovery screen with the shell's message.
   */
  function watchDeskProblem() {
    return listen<string>('desk-problem', (event) => {
      startError.value = event.payload
    })
  }

  function roleLabel(role: Role): string {
    return titles.value.find((t) => t.role === role)?.label ?? role
  }

  return { configured, settings, presets, titles, today, startError, load, watchDeskProblem, roleLabel }
})
