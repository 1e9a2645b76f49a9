import type { StateCreator } from 'zustand'
import type { StoreState } from './index'

export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
}

export interface UiSlice {
  toasts: Toast[]
  notify: (kind: Toast['kind'], message: string) => void
  dismissToast: (id: number) => void
}

let nextToast = 1

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  toasts: [],
  notify: (kind, message) => set((s) => ({ toasts: [...s.toasts, { id: nextToast++, kind, message }] })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
})
