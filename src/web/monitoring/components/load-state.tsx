import type { Resource } from '../../api/use-resource';
import { useMonitoringTexts } from '../use-monitoring-texts';

/** What a page shows while its data loads or when loading failed. */
export function LoadState({ resource }: { resource: Resource<unknown> }) {
  const { m } = useMonitoringTexts();
  if (resource.status === 'loading') {
    return (
      <p className="loading" aria-busy="true">
        {m.common.loading}
      </p>
    );
  }
  if (resource.status === 'failed') {
    return (
      <p className="notice notice--error" role="alert">
        {m.common.failed}
      </p>
    );
  }
  return null;
}
