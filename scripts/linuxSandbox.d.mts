export interface SandboxState {
  platform: string
  restrict: string | null
  sandbox: { uid: number; mode: number } | null
  sandboxPath: string
}
export function sandboxAdvice(state: SandboxState): string | null
export function appArmorProfile(electronPath: string): string
export function checkLinuxSandbox(sandboxPath: string, platform?: string): string | null
