import '../modeler/modeler.css';
import { matchPath, useLocation } from '../router/router';
import { ModelerModelPage } from './modeler-model.page';
import { ModelerModelsPage } from './modeler-models.page';
import { ModelerRegionPage, ModelerRegionsPage } from './modeler-region.page';
import { NotFoundPage } from './not-found.page';

/** The modeler section: its own small routing under /modeler (the app routes by section). */
export function ModelerPage() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/+$/, '') || '/modeler';
  if (path === '/modeler') return <ModelerModelsPage />;
  // Region settings first: /modeler/regio is not a process id.
  if (path === '/modeler/regio') return <ModelerRegionsPage />;
  const region = matchPath('/modeler/regio/:regionId', path);
  if (region) return <ModelerRegionPage key={region.regionId} regionId={region.regionId} />;
  const model = matchPath('/modeler/:processId', path);
  if (model) return <ModelerModelPage key={model.processId} processId={model.processId} />;
  return <NotFoundPage />;
}
