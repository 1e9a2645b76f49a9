/** See largeStory.mjs: a synthetic wire story of about `words` words with a quote, a speaker and a claim per paragraph. */
export function largeStory(words?: number): { name: string; text: string; words: number }
