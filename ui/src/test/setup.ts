import { randomFillSync } from 'node:crypto'
import { beforeAll, afterEach } from 'vitest'
import { clearMocks } from '@tauri-apps/api/mocks'

// jsdom has no WebCrypto, which the Tauri IPC mock uses for callback ids.
beforeAll(() => {
  if (!window.crypto?.getRandomValues) {
    Object.defineProperty(window, 'crypto', {
      value: { getRandomValues: (buffer: Uint8Array) => randomFillSync(buffer) },
    })
  }
  // Element Plus tables measure themselves; jsdom has no ResizeObserver.
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
})

afterEach(() => clearMocks())
