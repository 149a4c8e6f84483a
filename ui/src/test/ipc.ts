import { mockIPC } from '@tauri-apps/api/mocks'
import type { CoreError } from '../bindings/CoreError'

export interface Call {
  cmd: string
  args: Record<string, unknown>
}

type Handler = (args: Record<string, unknown>) => unknown

/** Thrown from a handler: the command fails with this core error, as the shell would send it. */
export class Rejects {
  constructor(readonly error: CoreError) {}
}

/**
 * Answers commands from `handlers`, recording every call. Answers are deep copies, because
 * real IPC goes through JSON and a view must never share objects with the backend.
 */
export function fakeBackend(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = []
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>
    calls.push({ cmd, args: JSON.parse(JSON.stringify(args)) })
    const handler = handlers[cmd]
    if (!handler) throw new Error(`unexpected command ${cmd}`)
    const answer = handler(args)
    if (answer instanceof Rejects) return Promise.reject(answer.error)
    return answer === undefined ? null : JSON.parse(JSON.stringify(answer))
  })
  return calls
}
