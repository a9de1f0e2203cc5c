import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createHashRouter } from 'react-router-dom';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// react-admin would create this hash router itself, but React Router 7 then runs every
// navigation as a transition: on logout, react-query's reset renders first and the app loops
// between the dashboard and /login (marmelab/react-admin#10885). Synchronous navigation avoids it.
const router = createHashRouter([{ path: '*', element: <App /> }]);

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
