import { format } from '../i18n/i18n';
import type { ChildValues, ParentValues, SupportPersonValues } from './referral-form-model';
import { emptyChild, emptyParent, emptySupportPerson } from './referral-form-model';
import { RadioGroup, SelectInput, TextArea, TextInput, YesNo } from './referral-fields';
import { useReferralTexts } from './referral-texts';

type Errors = Record<string, string>;

interface ListProps<T> {
  errors: Errors;
  items: T[];
  onChange(items: T[]): void;
}

const choicesOf = (options: Record<string, string>) => Object.entries(options).map(([value, label]) => ({ label, value }));

function update<T>(items: T[], index: number, change: Partial<T>): T[] {
  return items.map((item, position) => (position === index ? { ...item, ...change } : item));
}

/** The children of the family, one fieldset each; at least one is needed to send. */
export function ChildrenFields({ errors, items, onChange }: ListProps<ChildValues>) {
  const t = useReferralTexts();
  const id = (index: number, name: string) => `verzoek-children-${index}-${name}`;
  return (
    <>
      {errors['verzoek-children-add'] && <p className="field__error">{errors['verzoek-children-add']}</p>}
      {items.map((child, index) => {
        const title = format(t.child, { number: index + 1 });
        const set = (change: Partial<ChildValues>) => onChange(update(items, index, change));
        return (
          <fieldset key={index} className="referral-item">
            <legend className="referral-item__title">{title}</legend>
            <div className="referral-item__row">
              <TextInput id={id(index, 'givenName')} label={t.fields.givenName.label} value={child.givenName} onChange={(value) => set({ givenName: value })} error={errors[id(index, 'givenName')]} />
              <TextInput id={id(index, 'familyName')} label={t.fields.familyName.label} value={child.familyName} onChange={(value) => set({ familyName: value })} error={errors[id(index, 'familyName')]} />
            </div>
            <TextInput id={id(index, 'birthDate')} type="date" label={t.fields.birthDate.label} value={child.birthDate} onChange={(value) => set({ birthDate: value })} error={errors[id(index, 'birthDate')]} />
            <RadioGroup id={id(index, 'hearingMode')} optional label={t.fields.hearingMode.label} hint={t.fields.hearingMode.hint} choices={choicesOf(t.options.hearingMode)} value={child.hearingMode} onChange={(value) => set({ hearingMode: value })} error={errors[id(index, 'hearingMode')]} />
            <TextArea id={id(index, 'hearingNote')} optional rows={2} label={t.fields.hearingNote.label} value={child.hearingNote} onChange={(value) => set({ hearingNote: value })} error={errors[id(index, 'hearingNote')]} />
            {items.length > 1 && (
              <button type="button" className="button button--secondary button--small" onClick={() => onChange(items.filter((_, position) => position !== index))}>
                {format(t.remove, { item: title })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button id="verzoek-children-add" type="button" className="button button--secondary" onClick={() => onChange([...items, emptyChild()])}>
        {t.addChild}
      </button>
    </>
  );
}

/** Parents and carers; at least one is needed to send. */
export function ParentsFields({ errors, items, onChange }: ListProps<ParentValues>) {
  const t = useReferralTexts();
  const id = (index: number, name: string) => `verzoek-parents-${index}-${name}`;
  return (
    <>
      {errors['verzoek-parents-add'] && <p className="field__error">{errors['verzoek-parents-add']}</p>}
      {items.map((parent, index) => {
        const title = format(t.parent, { number: index + 1 });
        const set = (change: Partial<ParentValues>) => onChange(update(items, index, change));
        const text = (name: keyof ParentValues, options: { optional?: boolean; type?: 'email' | 'tel' | 'text'; autoComplete?: string } = {}) => (
          <TextInput id={id(index, name)} label={t.fields[name].label} value={parent[name]} onChange={(value) => set({ [name]: value } as Partial<ParentValues>)} error={errors[id(index, name)]} {...options} />
        );
        return (
          <fieldset key={index} className="referral-item">
            <legend className="referral-item__title">{title}</legend>
            <div className="referral-item__row">
              {text('givenName')}
              {text('familyName')}
            </div>
            <SelectInput id={id(index, 'relation')} label={t.fields.relation.label} choices={choicesOf(t.options.relation)} value={parent.relation} onChange={(value) => set({ relation: value })} error={errors[id(index, 'relation')]} />
            <YesNo id={id(index, 'hasParentalAuthority')} label={t.fields.hasParentalAuthority.label} value={parent.hasParentalAuthority} onChange={(value) => set({ hasParentalAuthority: value })} error={errors[id(index, 'hasParentalAuthority')]} />
            <div className="referral-item__row">
              {text('email', { optional: true, type: 'email' })}
              {text('phone', { optional: true, type: 'tel' })}
            </div>
            {text('street', { optional: true })}
            <div className="referral-item__row">
              {text('postalCode', { optional: true })}
              {text('city', { optional: true })}
            </div>
            {items.length > 1 && (
              <button type="button" className="button button--secondary button--small" onClick={() => onChange(items.filter((_, position) => position !== index))}>
                {format(t.remove, { item: title })}
              </button>
            )}
          </fieldset>
        );
      })}
      <button id="verzoek-parents-add" type="button" className="button button--secondary" onClick={() => onChange([...items, emptyParent()])}>
        {t.addParent}
      </button>
    </>
  );
}

/** Support persons of the parents or the child; none is fine. */
export function SupportPersonsFields({ errors, items, onChange }: ListProps<SupportPersonValues>) {
  const t = useReferralTexts();
  const id = (index: number, name: string) => `verzoek-supportPersons-${index}-${name}`;
  return (
    <>
      {items.length === 0 && <p className="muted">{t.noSupportPersons}</p>}
      {items.map((person, index) => {
        const title = format(t.supportPerson, { number: index + 1 });
        const set = (change: Partial<SupportPersonValues>) => onChange(update(items, index, change));
        return (
          <fieldset key={index} className="referral-item">
            <legend className="referral-item__title">{title}</legend>
            <TextInput id={id(index, 'name')} label={t.fields.name.label} value={person.name} onChange={(value) => set({ name: value })} error={errors[id(index, 'name')]} />
            <RadioGroup id={id(index, 'supports')} inline label={t.fields.supports.label} choices={choicesOf(t.options.supports)} value={person.supports} onChange={(value) => set({ supports: value })} error={errors[id(index, 'supports')]} />
            <TextInput id={id(index, 'relationToFamily')} optional label={t.fields.relationToFamily.label} hint={t.fields.relationToFamily.hint} value={person.relationToFamily} onChange={(value) => set({ relationToFamily: value })} error={errors[id(index, 'relationToFamily')]} />
            <div className="referral-item__row">
              <TextInput id={id(index, 'email')} optional type="email" label={t.fields.email.label} value={person.email} onChange={(value) => set({ email: value })} error={errors[id(index, 'email')]} />
              <TextInput id={id(index, 'phone')} optional type="tel" label={t.fields.phone.label} value={person.phone} onChange={(value) => set({ phone: value })} error={errors[id(index, 'phone')]} />
            </div>
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(items.filter((_, position) => position !== index))}>
              {format(t.remove, { item: title })}
            </button>
          </fieldset>
        );
      })}
      <button id="verzoek-supportPersons-add" type="button" className="button button--secondary" onClick={() => onChange([...items, emptySupportPerson()])}>
        {t.addSupportPerson}
      </button>
    </>
  );
}
