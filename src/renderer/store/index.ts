import { create } from 'zustand'
import { createDeskSlice, type DeskSlice } from './deskSlice'
import { createLibrarySlice, type LibrarySlice } from './librarySlice'
import { createPeopleSlice, type PeopleSlice } from './peopleSlice'
import { createSearchSlice, type SearchSlice } from './searchSlice'
import { createSettingsSlice, type SettingsSlice } from './settingsSlice'
import { createUiSlice, type UiSlice } from './uiSlice'

export type StoreState = LibrarySlice & SearchSlice & PeopleSlice & UiSlice & DeskSlice & SettingsSlice

/** The one store, combined from slices. Middleware goes here only. */
export const useStore = create<StoreState>()((...a) => ({
  ...createLibrarySlice(...a),
  ...createSearchSlice(...a),
  ...createPeopleSlice(...a),
  ...createUiSlice(...a),
  ...createDeskSlice(...a),
  ...createSettingsSlice(...a),
}))
