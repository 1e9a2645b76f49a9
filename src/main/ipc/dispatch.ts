import { isChannel, isRendererChannel, type Handlers } from '../../shared/ipc/contract'
import { AppError, fail, ok, type Result } from '../../shared/ipc/result'
import { SCHEMAS } from './schemas'
import { log } from '../log'

/**
 * A call from a renderer (the window over IPC, a page over the loopback host): as dispatch(), except that the
 * channels only the Node side may call (they write a file at a path they are given) are refused.
 */
export async function dispatchFromRenderer(handlers: Handlers, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (isChannel(channel) && !isRendererChannel(channel)) return fail('forbidden', `${channel} is not open to the window.`)
  return dispatch(handlers, channel, input)
}

/**
 * The one path from an untrusted caller (IPC or HTTP) to a handler: checks the channel, validates the input,
 * and wraps the answer in the envelope. Bugs are logged with context and reported as 'internal'.
 */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `Unknown channel: ${String(channel).slice(0, 100)}`)
  const parsed = SCHEMAS[channel].safeParse(input ?? {})
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
    return fail('invalid_input', `Invalid input for ${channel}${where}: ${first?.message ?? 'not accepted'}`)
  }
  try {
    const handler = handlers[channel] as (i: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (e) {
    if (e instanceof AppError) return fail(e.code, e.message)
    log.error(`Wiremark: handler for ${channel} failed`, e)
    return fail('internal', `Something went wrong in ${channel}: ${e instanceof Error ? e.message : String(e)}`)
  }
}
