import type { StateCreator } from 'zustand'
import type { StoreState } from './index'

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
}

export type Overlay = 'none' | 'shortcuts' | 'palette'

export interface UiSlice {
  toasts: Toast[]
  importing: boolean
  overlay: Overlay
  setOverlay: (o: Overlay) => void
  notify: (kind: Toast['kind'], message: string) => void
  dismissToast: (id: number) => void
}

let nextToast = 1

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  toasts: [],
  importing: false,
  overlay: 'none',
  setOverlay: (overlay) => set({ overlay }),
  notify: (kind, message) => {
    const id = nextToast++
    set((s) => ({ toasts: [...s.toasts, { id, kind, message }] }))
    // Information goes away by itself; an error stays until dismissed.
    if (kind === 'info') setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 4000)
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
})
