import { Link, useLocation } from '../../router/router';
import { useModelerTexts } from '../use-modeler-texts';

/** The two parts of the modeler: the processes and the region settings. */
export function ModelerNav() {
  const { m } = useModelerTexts();
  const { pathname } = useLocation();
  const inRegion = pathname.startsWith('/modeler/regio');
  return (
    <nav className="subnav" aria-label={m.nav.label}>
      <ul className="subnav__list">
        <li>
          <Link to="/modeler" className="subnav__link" aria-current={!inRegion ? 'page' : undefined}>
            {m.nav.models}
          </Link>
        </li>
        <li>
          <Link to="/modeler/regio" className="subnav__link" aria-current={inRegion ? 'page' : undefined}>
            {m.nav.region}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
