import { ref } from 'vue'
import { notifyError } from '../utils/errors'

/** A `busy` flag for a button's spinner, and `run` that sets it around `work` and shows any error. */
export function useBusy() {
  const busy = ref(false)

  async function run(work: () => Promise<void>) {
    busy.value = true
    try {
      await work()
    } catch (e) {
      notifyError(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, run }
}
