import { randomFillSync } from 'node:crypto'
import { beforeAll, afterEach } from 'vitest'
import { clearMocks } from '@tauri-apps/api/mocks'
import { enableAutoUnmount } from '@vue/test-utils'

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

// Each test starts from an empty page: dialogs teleport to <body> and would outlive their test.
// Hooks run last-registered first, so components unmount before the page is cleared.
afterEach(() => {
  clearMocks()
  document.body.innerHTML = ''
})
enableAutoUnmount(afterEach)
