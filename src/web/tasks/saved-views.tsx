import { useState, type FormEvent } from 'react';
import { ApiError, ValidationFailedError } from '../api/client';
import { normaliseRole } from '../auth/roles';
import { useSession } from '../auth/session';
import { FoldOnPhone } from '../components/fold-on-phone';
import { useNotices } from '../components/notices';
import { TextField } from '../components/text-field';
import { format, useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { listPath, type ListState } from './list-state';
import { viewsApi, type FilterOptions, type SavedView } from './tasks.api';
import { useTaskTexts } from './task-texts';

interface SavedViewsProps {
  onChanged(): void;
  options: FilterOptions | null;
  state: ListState;
  views: SavedView[];
}

/** Views a team shares, kept on the server: open one, delete your own, save the current filters. Folded away on a phone, like the filters. */
export function SavedViews({ onChanged, options, state, views }: SavedViewsProps) {
  const t = useTaskTexts();
  const messages = useI18n().t;
  const { notify } = useNotices();
  const { user } = useSession();
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const regionName = (regionId: string) => options?.regions.find((region) => region.id === regionId)?.name ?? regionId;
  const teams = Array.from(
    new Map(
      (user?.memberships ?? [])
        .filter((m) => m.regionId)
        .map((m) => {
          const role = normaliseRole(m.role);
          return [`${m.role}|${m.regionId}`, format(t.views.team, { region: m.regionName ?? regionName(m.regionId!), role: role ? messages.roles[role] : m.role })] as const;
        }),
    ),
  );

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setError(t.views.nameMissing);
    if (name.trim().length > 80) return setError(t.views.nameTooLong);
    setBusy(true);
    try {
      const [role, regionId] = team ? team.split('|') : [];
      const saved = await viewsApi.create({ filters: state.filters, name: name.trim(), sharedWith: team ? { regionId, role } : undefined, sort: state.sort });
      setName('');
      setError(null);
      notify('success', format(t.views.saved, { name: saved.name }));
      onChanged();
    } catch (failure) {
      if (failure instanceof ValidationFailedError && failure.fieldErrors.name) setError(t.views.nameMissing);
      else if (failure instanceof ApiError) setError(t.task.failed);
      else throw failure;
    } finally {
      setBusy(false);
    }
  };

  const remove = async (view: SavedView) => {
    await viewsApi.remove(view.id);
    notify('success', format(t.views.removed, { name: view.name }));
    onChanged();
  };

  return (
    <section className="saved-views" aria-labelledby="weergaven-titel">
      <FoldOnPhone headingId="weergaven-titel" headingClassName="saved-views__title" title={t.views.title} phoneTitle={format(t.views.titleCount, { count: views.length })}>
        {views.length === 0 ? (
          <p className="muted">{t.views.none}</p>
        ) : (
          <ul className="saved-views__list">
            {views.map((view) => (
              <li key={view.id} className="saved-views__item">
                <Link to={listPath({ filters: view.filters, sort: view.sort })} className="saved-views__link">
                  {view.name}
                </Link>
                <span className="saved-views__meta">{view.mine ? t.views.yours : format(t.views.sharedBy, { name: view.owner.displayName })}</span>
                {view.mine && (
                  <button type="button" className="link-button" aria-label={format(t.views.removeNamed, { name: view.name })} onClick={() => void remove(view)}>
                    {t.views.remove}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <form className="form form--compact" onSubmit={(event) => void save(event)} aria-labelledby="weergave-opslaan-titel" noValidate>
          <h3 id="weergave-opslaan-titel" className="saved-views__subtitle">
            {t.views.saveTitle}
          </h3>
          <TextField id="weergave-naam" label={t.views.name} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} error={error ?? undefined} autoComplete="off" />
          <div className="field">
            <label className="field__label" htmlFor="weergave-delen">
              {t.views.shareWith}
            </label>
            <select id="weergave-delen" className="input select" value={team} onChange={(event) => setTeam(event.target.value)}>
              <option value="">{t.views.onlyMe}</option>
              {teams.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--secondary" aria-disabled={busy || undefined}>
              {t.views.save}
            </button>
          </div>
        </form>
      </FoldOnPhone>
    </section>
  );
}
