import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from '../api';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { App } from './App';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/components.css';
import '../styles/pages.css';
import '../styles/print.css';

// Resolve the API first: in browser mode this takes the token out of the visible URL.
getApi();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Last line of defence for failures outside a page (frame, start screen). */}
      <ErrorBoundary backHref={null} backLabel="">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
