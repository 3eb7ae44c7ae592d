import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/app-routes';
import { basename } from './app/paths';
import { createQueryClient } from './app/query-client';
import './styles/global.css';

const queryClient = createQueryClient();

const container = document.getElementById('root');
if (container) {
  createRoot(container, {
    // A page's error boundary already explains the problem on screen; keep the trace as a warning.
    onCaughtError: (error, info) => console.warn('Handled page error:', error, info.componentStack),
  }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={basename() || '/'}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
