import '../modeler/modeler.css';
import { matchPath, useLocation } from '../router/router';
import { ModelerModelPage } from './modeler-model.page';
import { ModelerModelsPage } from './modeler-models.page';
import { ModelerRegionPage, ModelerRegionsPage } from './modeler-region.page';
import { ModelerVersionPage, ModelerVersionsPage } from './modeler-versions.page';
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
  // A model's versions, read-only (also where the editor does not fit: a phone).
  const versions = matchPath('/modeler/:processId/versies', path);
  if (versions) return <ModelerVersionsPage key={versions.processId} processId={versions.processId} />;
  const version = matchPath('/modeler/:processId/versies/:number', path);
  if (version && /^[1-9]\d{0,8}$/.test(version.number)) {
    return <ModelerVersionPage key={`${version.processId}/${version.number}`} processId={version.processId} number={Number(version.number)} />;
  }
  const model = matchPath('/modeler/:processId', path);
  if (model) return <ModelerModelPage key={model.processId} processId={model.processId} />;
  return <NotFoundPage />;
}
