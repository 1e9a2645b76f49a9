import { create } from 'zustand'
import { createLibrarySlice, type LibrarySlice } from './librarySlice'
import { createUiSlice, type UiSlice } from './uiSlice'

export type StoreState = LibrarySlice & UiSlice

/** The one store, combined from slices. Middleware goes here only. */
export const useStore = create<StoreState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createUiSlice(...a),
}))
