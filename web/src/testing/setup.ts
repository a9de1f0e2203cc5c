import { afterEach, beforeAll, vi } from 'vitest';

// findBy…/waitFor give up after 1 s by default; a loaded 2-core machine needs longer to render a
// react-admin page (seen: the alert list failing at random while other suites ran).
beforeAll(async () => {
  if (typeof document !== 'undefined') {
    const { configure } = await import('@testing-library/react');
    configure({ asyncUtilTimeout: 10_000 });
  }
});

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
