import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first shown (its own chunk), not with the app: react-admin's layout
 * shows its loading indicator meanwhile (a Suspense boundary around every page).
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
