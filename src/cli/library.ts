import { appVersion, libraryPath, userDataDir } from '../main/paths'
import { dispatch } from '../main/ipc/dispatch'
import { createServices } from '../main/services/index'
import type { Channel, Input, Output } from '../shared/ipc/contract'
import { AppError } from '../shared/ipc/result'
import type { CliIo } from './command'

/**
 * The library as the CLI reaches it: every call goes through dispatch(), the path IPC and the loopback host take
 * (the channel checked, the input validated by its zod schema, the answer in the envelope), never to a handler
 * directly. The CLI is the Node side itself, so the channels a window may not call (backup, restore) are open to it.
 */
export interface CliLibrary {
  /** The handler's answer; an error the other side reported is thrown as an AppError with its code */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>
  close(): void
}

/** The library the CLI works on: --db FILE, else the desktop app's own. */
export function openLibrary(db: string | undefined, io: CliIo): CliLibrary {
  const dataDir = userDataDir(io.env)
  const services = createServices({ dbPath: db ?? libraryPath(dataDir), dataDir, mode: 'cli', version: appVersion() })
  return {
    async call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      const r = await dispatch(services.handlers, channel, input)
      if (!r.ok) throw new AppError(r.error.code, r.error.message)
      return r.value as Output<C>
    },
    close: () => services.close(),
  }
}
