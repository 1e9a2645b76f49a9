import { create } from 'zustand'
import { createDeskSlice, type DeskSlice } from './deskSlice'
import { createLibrarySlice, type LibrarySlice } from './librarySlice'
import { createUiSlice, type UiSlice } from './uiSlice'

export type StoreState = LibrarySlice & UiSlice & DeskSlice

/** The one store, combined from slices. Middleware goes here only. */
export const useStore = create<StoreState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createUiSlice(...a),
  ...createDeskSlice(...a),
}))
