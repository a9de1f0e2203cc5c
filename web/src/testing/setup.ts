import { afterEach, vi } from 'vitest';

// Components are unmounted (their timers and requests end) before fetch is restored, and
// each test starts signed out.
afterEach(async () => {
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    localStorage.clear();
  }
  vi.unstubAllGlobals();
});
