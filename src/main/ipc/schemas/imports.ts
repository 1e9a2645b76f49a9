import { z } from 'zod'

const file = z
  .object({ name: z.string().min(1).max(1000), base64: z.string().optional(), text: z.string().optional() })
  .strict()
  .refine((v) => (v.base64 === undefined) !== (v.text === undefined), { message: 'give exactly one of base64 or text' })

export const importsSchemas = {
  'imports:start': z.object({ files: z.array(file).min(1).max(100_000) }).strict(),
  'imports:cancel': z.object({ jobId: z.string().min(1).max(100) }).strict(),
}
