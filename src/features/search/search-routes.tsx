import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found-lazy';
import { SearchPage } from './search-page';

/** /search: the results page. Loaded on demand, with the index (src/routes.ts's lazyAreas.search). */
export function SearchRoutes() {
  return (
    <Routes>
      <Route index element={<SearchPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
