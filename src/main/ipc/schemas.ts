import type { z } from 'zod'
import type { Channel, Input } from '../../shared/ipc/contract'
import { annotationsSchemas } from './schemas/annotations'
import { appSchemas } from './schemas/app'
import { exportsSchemas } from './schemas/exports'
import { librarySchemas } from './schemas/library'
import { importsSchemas } from './schemas/imports'
import { reviewSchemas } from './schemas/review'
import { settingsSchemas } from './schemas/settings'
import { storiesSchemas } from './schemas/stories'

/**
 * One input validator per channel, one file per area. A channel without a schema is a compile error, and so is a
 * schema that accepts other input than its channel's type in the contract (see NoDrift below).
 */
export const SCHEMAS = {
  ...appSchemas,
  ...storiesSchemas,
  ...annotationsSchemas,
  ...importsSchemas,
  ...librarySchemas,
  ...exportsSchemas,
  ...reviewSchemas,
  ...settingsSchemas,
} satisfies { [C in Channel]: z.ZodType }

/** A and B are the same type, down to each optional key (TypeScript's identity check, not assignability). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
/** The channels whose schema's output is not exactly the input type the contract gives them. */
export type Drift = { [C in Channel]: Same<z.output<(typeof SCHEMAS)[C]>, Input<C>> extends true ? never : C }[Channel]
// A schema and its type that drift apart are a compile error here, naming the channels.
const _noDrift: [Drift] extends [never] ? true : Drift = true
void _noDrift
