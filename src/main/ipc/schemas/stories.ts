import { z } from 'zod'

const id = z.string().min(1).max(200)

export const storiesSchemas = {
  'stories:list': z.object({ limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() }).strict(),
  'stories:import': z
    .object({ name: z.string().min(1).max(1000), base64: z.string().optional(), text: z.string().optional() })
    .strict()
    .refine((v) => (v.base64 === undefined) !== (v.text === undefined), { message: 'give exactly one of base64 or text' }),
  'stories:get': z.object({ id }).strict(),
}
