import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found-lazy';
import { CodePage } from './code-page';
import { CodesPage } from './codes-page';
import { LookupPage } from './lookup-page';
import { areaRelative, lazyAreas } from '@/routes';
import './smtp.css';

/** Everything under /smtp: the lookup, the list of codes and a page per code. Loaded on demand. */
export function SmtpRoutes() {
  return (
    <Routes>
      <Route index element={<LookupPage />} />
      <Route path={areaRelative(lazyAreas.smtp, 'smtpCodes')} element={<CodesPage />} />
      <Route path={areaRelative(lazyAreas.smtp, 'smtpCode')} element={<CodePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
