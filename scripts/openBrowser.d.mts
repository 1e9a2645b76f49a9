export function browserCommand(url: string, platform?: string, env?: Record<string, string | undefined>): { command: string; args: string[] } | null
export function takeNoOpen(args: readonly string[]): { open: boolean; rest: string[] }
export function openBrowser(url: string, log?: (line: string) => void): void
