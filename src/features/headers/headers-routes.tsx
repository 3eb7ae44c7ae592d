import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found-lazy';
import { HeadersPage } from './headers-page';
import './headers.css';

/** /headers: the message header analyser. Loaded on demand (src/routes.ts lazyAreas.headers). */
export function HeadersRoutes() {
  return (
    <Routes>
      <Route index element={<HeadersPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
