import { format } from '../../i18n/i18n';
import { useModelerTexts } from '../use-modeler-texts';
import { InputField, RadioField, SelectField } from './form-fields';
import { fieldId } from './region-validation';
import type { RegionSettings, RegionSettingsView } from './regions.api';

interface RegionSettingsFormProps {
  errors: Record<string, string>;
  onChange: (settings: RegionSettings) => void;
  settings: RegionSettings;
  tableOptions: RegionSettingsView['tableOptions'];
}

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const shown = (value: number) => (Number.isNaN(value) ? '' : String(value));

/**
 * The fields of a region's settings: norms, participants, per table its weekly times and neighbouring
 * tables, per municipality its contacts. Every input is labelled and tied to its hint and error; lists
 * grow and shrink with buttons that name the row they act on.
 */
export function RegionSettingsForm({ errors, onChange, settings, tableOptions }: RegionSettingsFormProps) {
  const { m } = useModelerTexts();
  const r = m.region;
  const set = (patch: Partial<RegionSettings>) => onChange({ ...settings, ...patch });
  const setTable = (index: number, patch: Partial<RegionSettings['tables'][number]>) => set({ tables: settings.tables.map((table, t) => (t === index ? { ...table, ...patch } : table)) });
  const setMunicipality = (index: number, contacts: RegionSettings['municipalities'][number]['contacts']) =>
    set({ municipalities: settings.municipalities.map((municipality, i) => (i === index ? { ...municipality, contacts } : municipality)) });
  const number = (field: 'childDocumentsMinAge' | 'childHeardMinAge' | 'familyPageChildMinAge' | 'normDays' | 'normWarningWorkingDays' | 'reactionPeriodDays' | 'reportDueWorkingDays', label: string, hint?: string) => (
    <InputField id={fieldId(field)} label={label} hint={hint} error={errors[field]} value={shown(settings[field])} onChange={(value) => set({ [field]: numberOf(value) })} />
  );

  return (
    <>
      <fieldset className="settings-group">
        <legend>{r.norms}</legend>
        {number('normDays', r.normDays, r.normDaysHint)}
        <RadioField id={fieldId('normCountsWorkingDays')} legend={r.normCounts} value={settings.normCountsWorkingDays} onChange={(value) => set({ normCountsWorkingDays: value })} options={[{ label: r.calendarDays, value: false }, { label: r.workingDays, value: true }]} />
        {number('normWarningWorkingDays', r.normWarningWorkingDays, r.normWarningWorkingDaysHint)}
        {number('reactionPeriodDays', r.reactionPeriodDays)}
        {number('reportDueWorkingDays', r.reportDueWorkingDays)}
      </fieldset>

      <fieldset className="settings-group">
        <legend>{r.table}</legend>
        <RadioField id={fieldId('chairModel')} legend={r.chairModel} value={settings.chairModel} onChange={(value) => set({ chairModel: value })} options={[{ label: r.chairIndependent, value: 'INDEPENDENT' }, { label: r.chairRotating, value: 'ROTATING_RAAD_MUNICIPALITY' }]} />
        <RadioField id={fieldId('giFixedMember')} legend={r.gi} value={settings.giFixedMember} onChange={(value) => set({ giFixedMember: value })} options={[{ label: r.giFixed, value: true }, { label: r.giOnCall, value: false }]} />
        <RadioField id={fieldId('otsReviewEnabled')} legend={r.ots} value={settings.otsReviewEnabled} onChange={(value) => set({ otsReviewEnabled: value })} options={[{ label: r.yes, value: true }, { label: r.no, value: false }]} />
        {number('childHeardMinAge', r.childHeardMinAge)}
        {number('childDocumentsMinAge', r.childDocumentsMinAge)}
        <RadioField id={fieldId('supportPersonsReceiveDocuments')} legend={r.supportPersons} value={settings.supportPersonsReceiveDocuments} onChange={(value) => set({ supportPersonsReceiveDocuments: value })} options={[{ label: r.yes, value: true }, { label: r.no, value: false }]} />
        {number('familyPageChildMinAge', r.familyPageChildMinAge, r.familyPageChildMinAgeHint)}
        <RadioField id={fieldId('agreementNotKeptBackToTable')} legend={r.agreementNotKeptBackToTable} value={settings.agreementNotKeptBackToTable} onChange={(value) => set({ agreementNotKeptBackToTable: value })} options={[{ label: r.yes, value: true }, { label: r.no, value: false }]} />
      </fieldset>

      {settings.tables.map((table, t) => (
        <div key={table.id} className="settings-table">
          <fieldset className="settings-group">
            <legend>{format(r.schedule, { table: table.name })}</legend>
            <p className="field__hint">{r.scheduleHint}</p>
            {table.schedule.length === 0 && <p>{r.noSlots}</p>}
            {table.schedule.map((entry, e) => {
              const path = `tables.${t}.schedule.${e}`;
              const update = (patch: Partial<typeof entry>) => setTable(t, { schedule: table.schedule.map((other, i) => (i === e ? { ...other, ...patch } : other)) });
              return (
                <div key={e} className="settings-row" data-row={path}>
                  <SelectField id={fieldId(`${path}.weekday`)} label={r.weekday} value={String(entry.weekday)} onChange={(value) => update({ weekday: Number(value) })}>
                    {r.weekdays.map((day, index) => (
                      <option key={day} value={index + 1}>
                        {day}
                      </option>
                    ))}
                  </SelectField>
                  <InputField id={fieldId(`${path}.startTime`)} type="time" label={r.startTime} error={errors[`${path}.startTime`]} value={entry.startTime} onChange={(value) => update({ startTime: value })} />
                  <InputField id={fieldId(`${path}.durationMinutes`)} label={r.duration} error={errors[`${path}.durationMinutes`]} value={shown(entry.durationMinutes)} onChange={(value) => update({ durationMinutes: numberOf(value) })} />
                  <button type="button" className="button button--secondary button--small settings-row__remove" onClick={() => setTable(t, { schedule: table.schedule.filter((_, i) => i !== e) })}>
                    {format(r.removeSlot, { number: e + 1 })}
                  </button>
                </div>
              );
            })}
            <button type="button" className="button button--secondary button--small" onClick={() => setTable(t, { schedule: [...table.schedule, { durationMinutes: 90, startTime: '09:00', weekday: 2 }] })}>
              {r.addSlot}
            </button>
          </fieldset>

          <fieldset className="settings-group">
            <legend>{format(r.neighbours, { table: table.name })}</legend>
            <p className="field__hint">{r.neighboursHint}</p>
            {table.neighbours.length === 0 && <p>{r.noNeighbours}</p>}
            {table.neighbours.map((neighbour, n) => {
              const path = `tables.${t}.neighbours.${n}`;
              const update = (patch: Partial<typeof neighbour>) => setTable(t, { neighbours: table.neighbours.map((other, i) => (i === n ? { ...other, ...patch } : other)) });
              return (
                <div key={n} className="settings-row" data-row={path}>
                  <SelectField id={fieldId(`${path}.tableId`)} label={r.neighbour} error={errors[`${path}.tableId`]} value={neighbour.tableId} onChange={(value) => update({ tableId: value })}>
                    <option value="">{r.chooseTable}</option>
                    {tableOptions
                      .filter((option) => option.id !== table.id)
                      .map((option) => (
                        <option key={option.id} value={option.id}>
                          {format(r.tableOption, { region: option.regionName, table: option.name })}
                        </option>
                      ))}
                  </SelectField>
                  <InputField id={fieldId(`${path}.priority`)} label={r.priority} error={errors[`${path}.priority`]} value={shown(neighbour.priority)} onChange={(value) => update({ priority: numberOf(value) })} />
                  <button type="button" className="button button--secondary button--small settings-row__remove" onClick={() => setTable(t, { neighbours: table.neighbours.filter((_, i) => i !== n) })}>
                    {format(r.removeNeighbour, { number: n + 1 })}
                  </button>
                </div>
              );
            })}
            <button type="button" className="button button--secondary button--small" onClick={() => setTable(t, { neighbours: [...table.neighbours, { priority: table.neighbours.length + 1, tableId: '' }] })}>
              {r.addNeighbour}
            </button>
          </fieldset>
        </div>
      ))}

      {settings.municipalities.map((municipality, i) => (
        <fieldset key={municipality.id} className="settings-group" id={fieldId(`municipalities.${i}.contacts`)}>
          <legend>{format(r.contacts, { municipality: municipality.name })}</legend>
          {errors[`municipalities.${i}.contacts`] && <p className="field__error">{errors[`municipalities.${i}.contacts`]}</p>}
          {municipality.contacts.length === 0 && <p>{r.noContacts}</p>}
          {municipality.contacts.map((contact, c) => {
            const path = `municipalities.${i}.contacts.${c}`;
            const update = (patch: Partial<typeof contact>) => setMunicipality(i, municipality.contacts.map((other, j) => (j === c ? { ...other, ...patch } : other)));
            return (
              <div key={contact.id ?? `new-${c}`} className="settings-row" data-row={path}>
                <InputField id={fieldId(`${path}.name`)} type="text" width="long" label={r.contactName} error={errors[`${path}.name`]} value={contact.name} onChange={(value) => update({ name: value })} />
                <InputField id={fieldId(`${path}.email`)} type="email" width="long" label={r.contactEmail} error={errors[`${path}.email`]} value={contact.email} onChange={(value) => update({ email: value })} />
                <InputField id={fieldId(`${path}.phone`)} type="tel" label={r.contactPhone} error={errors[`${path}.phone`]} value={contact.phone ?? ''} onChange={(value) => update({ phone: value })} />
                <button type="button" className="button button--secondary button--small settings-row__remove" onClick={() => setMunicipality(i, municipality.contacts.filter((_, j) => j !== c))}>
                  {format(r.removeContact, { number: c + 1 })}
                </button>
              </div>
            );
          })}
          <button type="button" className="button button--secondary button--small" onClick={() => setMunicipality(i, [...municipality.contacts, { email: '', name: '', phone: null }])}>
            {r.addContact}
          </button>
        </fieldset>
      ))}
    </>
  );
}
