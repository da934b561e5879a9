import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState, DocumentStore } from './documentStore.ts';
import type { LivePositions } from './livePositions.ts';
import type { UiState, UiStore } from './uiStore.ts';

/** The three stores of an open map: the document (undoable), the UI, and live positions. */
export interface Stores {
  readonly doc: DocumentStore;
  readonly ui: UiStore;
  readonly live: LivePositions;
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return createElement(StoresContext.Provider, { value: stores }, children);
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a StoresProvider above it');
  return stores;
}

/** A narrow read of the document; the component re-renders only when the selected value changes. */
export function useDoc<T>(selector: (state: DocumentState) => T): T {
  return useStore(useStores().doc, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useStores().ui, selector);
}
