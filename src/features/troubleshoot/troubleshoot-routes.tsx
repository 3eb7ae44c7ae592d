import { Route, Routes } from 'react-router';
import { MapPage } from './map-page';
import { StepPage } from './step-page';
import { areaRelative, lazyAreas } from '@/routes';
import './troubleshoot.css';

/** Everything under /troubleshoot: the support-staff map, and the step screens (including /done). */
export function TroubleshootRoutes() {
  return (
    <Routes>
      <Route path={areaRelative(lazyAreas.troubleshoot, 'troubleshootMap')} element={<MapPage />} />
      {/* One route for every step keeps the page mounted between answers, so focus can move to the new step. */}
      <Route path="*" element={<StepPage />} />
    </Routes>
  );
}
