import { navigate } from '../router/history';
import { useLocation } from '../router/router';

/** The page's filters live in its URL, so that a filtered view can be shared, reloaded and gone back to. */
export function useQueryParams(): { params: Record<string, string>; search: string; setParams(next: Record<string, string | undefined>): void } {
  const { pathname, search } = useLocation();
  const params = Object.fromEntries(new URLSearchParams(search));
  const setParams = (next: Record<string, string | undefined>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
    const text = query.toString();
    navigate(`${pathname}${text ? `?${text}` : ''}`);
  };
  return { params, search, setParams };
}
