import { useCallback, useSyncExternalStore } from 'react';

/** localStorage key of the tenant the user last picked. */
export const CHOSEN_TENANT_KEY = 'posture.tenant';
/** The picker's value for the all-tenants overview. */
export const ALL_TENANTS = 'ALL';

/** A tenant id, ALL_TENANTS, or null: nothing picked yet (the server's first tenant is shown). */
export type TenantChoice = string | null;

const listeners = new Set<() => void>();

function read(): TenantChoice {
  try {
    return localStorage.getItem(CHOSEN_TENANT_KEY);
  } catch {
    return null;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === CHOSEN_TENANT_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Remembers the choice (null forgets it) and tells every user of the hook. */
export function chooseTenant(choice: TenantChoice): void {
  try {
    if (choice === null) localStorage.removeItem(CHOSEN_TENANT_KEY);
    else localStorage.setItem(CHOSEN_TENANT_KEY, choice);
  } catch {
    // private mode: the choice lasts until reload
  }
  for (const listener of listeners) listener();
}

/** The tenant chosen in the app bar's picker, shared by the whole app and kept across reloads. */
export function useChosenTenant(): [TenantChoice, (choice: TenantChoice) => void] {
  const choice = useSyncExternalStore(subscribe, read, () => null);
  const set = useCallback((c: TenantChoice) => chooseTenant(c), []);
  return [choice, set];
}
