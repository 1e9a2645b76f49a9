// The few web-platform globals that every runtime of core (Node, Electron, the browser) provides.
// core's tsconfig has no DOM or Node types, so they are declared here, minimally.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: Uint8Array): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
}
