import type { z } from 'zod'
import type { Channel } from '../../shared/ipc/contract'
import { annotationsSchemas } from './schemas/annotations'
import { appSchemas } from './schemas/app'
import { exportsSchemas } from './schemas/exports'
import { librarySchemas } from './schemas/library'
import { importsSchemas } from './schemas/imports'
import { reviewSchemas } from './schemas/review'
import { settingsSchemas } from './schemas/settings'
import { storiesSchemas } from './schemas/stories'

/** One input validator per channel, one file per area. A channel without a schema is a compile error. */
export const SCHEMAS: { [C in Channel]: z.ZodType } = {
  ...appSchemas,
  ...storiesSchemas,
  ...annotationsSchemas,
  ...importsSchemas,
  ...librarySchemas,
  ...exportsSchemas,
  ...reviewSchemas,
  ...settingsSchemas,
}
