import { Link, useLocation } from '../../router/router';
import { useMonitoringTexts } from '../use-monitoring-texts';

const PARTS = [
  { key: 'dashboard', path: '/monitoring' },
  { key: 'cases', path: '/monitoring/casussen' },
  { key: 'models', path: '/monitoring/processen' },
  { key: 'outlook', path: '/monitoring/vooruitblik' },
] as const;

/** The parts of monitoring, under its heading; the current part is marked for every reader. */
export function MonitoringNav() {
  const { m } = useMonitoringTexts();
  const { pathname } = useLocation();
  const current = [...PARTS].reverse().find((part) => pathname === part.path || pathname.startsWith(`${part.path}/`));
  return (
    <nav className="subnav" aria-label={m.nav.label}>
      <ul className="subnav__list">
        {PARTS.map((part) => (
          <li key={part.key}>
            <Link to={part.path} className="subnav__link" aria-current={current?.key === part.key ? 'page' : undefined}>
              {m.nav[part.key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
