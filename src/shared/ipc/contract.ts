import { ANNOTATIONS_CHANNELS, type AnnotationsContract } from './areas/annotations'
import { APP_CHANNELS, type AppContract } from './areas/app'
import { EXPORTS_CHANNELS, type ExportsContract } from './areas/exports'
import { IMPORTS_CHANNELS, type ImportsContract } from './areas/imports'
import { LIBRARY_CHANNELS, type LibraryContract } from './areas/library'
import { REVIEW_CHANNELS, type ReviewContract } from './areas/review'
import { SETTINGS_CHANNELS, type SettingsContract } from './areas/settings'
import { STORIES_CHANNELS, type StoriesContract } from './areas/stories'

/**
 * Renderer → Node side, one map of `area:verb` → (input) => output, assembled from one file per area.
 * Every answer reaches the renderer as Promise<Result<Output>>.
 */
export type Contract = AppContract & StoriesContract & AnnotationsContract & LibraryContract & ImportsContract & ExportsContract & ReviewContract & SettingsContract

export type Channel = keyof Contract
export type Input<C extends Channel> = Parameters<Contract[C]>[0]
export type Output<C extends Channel> = ReturnType<Contract[C]>

/**
 * The Node side's answer to each channel: what the services implement. Transport (IPC, HTTP, the CLI) reaches
 * them only through main/ipc/dispatch, which validates the input first.
 */
export type Handlers = { [C in Channel]: (input: Input<C>) => Output<C> | Promise<Output<C>> }

/** Every channel, for the preload's allow-list and the host's router. */
const LISTED = [...APP_CHANNELS, ...STORIES_CHANNELS, ...ANNOTATIONS_CHANNELS, ...IMPORTS_CHANNELS, ...LIBRARY_CHANNELS, ...EXPORTS_CHANNELS, ...REVIEW_CHANNELS, ...SETTINGS_CHANNELS] as const
export const CHANNELS: readonly Channel[] = LISTED

// A channel in the contract but missing from CHANNELS is a compile error here.
type Missing = Exclude<Channel, (typeof LISTED)[number]>
const _everyChannelListed: Missing extends never ? true : Missing = true
void _everyChannelListed

export const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c)

/**
 * Channels only the Node side itself calls (the File menu, the CLI): they take a file path and write or replace
 * that file, so a renderer (a window, or a page in browser mode) may never reach them.
 */
export const MAIN_ONLY_CHANNELS: readonly Channel[] = ['library:backup', 'library:restore']

/** The channels a renderer may call: the preload's allow-list and the host's router. */
export const RENDERER_CHANNELS: readonly Channel[] = CHANNELS.filter((c) => !MAIN_ONLY_CHANNELS.includes(c))

export const isRendererChannel = (c: unknown): c is Channel => typeof c === 'string' && (RENDERER_CHANNELS as readonly string[]).includes(c)
