import { useTranslation } from 'react-i18next';
import type { GraphqlProblem } from '../../api/graphql-problems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ORGANIZATION_TYPE_LABELS } from '../../labels/organization-type-labels';
import { COUNTRY_OPTIONS, countryName } from '../../reference/country-options';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { OrganizationMatches } from './OrganizationMatches';
import type { StakeholderDraft } from './registration-form';
import { RoleCheckboxes } from './RoleCheckboxes';

const TYPE_OPTIONS = optionsFromLabels(ORGANIZATION_TYPE_LABELS);

interface StakeholderFieldsetProps {
  index: number;
  draft: StakeholderDraft;
  problems: readonly GraphqlProblem[];
  onChange: (draft: StakeholderDraft) => void;
  onRemove: (() => void) | null;
}

/** One partner organisation with its roles and commitment. */
export function StakeholderFieldset({ index, draft, problems, onChange, onRemove }: StakeholderFieldsetProps) {
  const { t } = useTranslation();
  const path = `input.stakeholders[${index}]`;
  const set = <Key extends keyof StakeholderDraft>(key: Key, value: StakeholderDraft[Key]) => onChange({ ...draft, [key]: value });
  const existing = draft.existingOrganization;

  return (
    <fieldset className="stakeholder-fieldset card" id={fieldIdFor(path)} tabIndex={-1}>
      <legend>{t('form.stakeholderNumber', { number: index + 1 })}</legend>
      {existing ? (
        <div className="field">
          <p className="existing-organization">
            <strong>{existing.name}</strong> ({ORGANIZATION_TYPE_LABELS[existing.type]}
            {existing.country ? `, ${countryName(existing.country)}` : ''}), already registered
          </p>
          <button type="button" className="button button-link" onClick={() => set('existingOrganization', null)}>
            {t('form.enterANewOrganisation')}
          </button>
        </div>
      ) : (
        <>
          <TextField
            id={fieldIdFor(`${path}.organization.name`)}
            label={t('form.organisationName')}
            value={draft.organizationName}
            onChange={(value) => set('organizationName', value)}
            errors={messagesAt(problems, `${path}.organization.name`, `${path}.organizationId`)}
            autoComplete="organization"
          />
          <OrganizationMatches name={draft.organizationName} onUse={(organization) => set('existingOrganization', organization)} />
          <div className="field-row">
            <SelectField
              id={fieldIdFor(`${path}.organization.type`)}
              label={t('form.type')}
              value={draft.organizationType}
              options={TYPE_OPTIONS}
              emptyLabel={t('form.chooseAType')}
              onChange={(value) => set('organizationType', value as StakeholderDraft['organizationType'])}
              errors={messagesAt(problems, `${path}.organization.type`, `${path}.organization`)}
            />
            <SelectField
              id={fieldIdFor(`${path}.organization.country`)}
              label={t('form.homeCountryOptional')}
              value={draft.organizationCountry}
              options={COUNTRY_OPTIONS}
              emptyLabel="—"
              onChange={(value) => set('organizationCountry', value)}
              errors={messagesAt(problems, `${path}.organization.country`)}
            />
          </div>
        </>
      )}
      <RoleCheckboxes
        id={fieldIdFor(`${path}.roles`)}
        value={draft.roles}
        onChange={(roles) => set('roles', roles)}
        errors={messagesAt(problems, `${path}.roles`)}
      />
      <TextAreaField
        id={fieldIdFor(`${path}.commitment`)}
        label={t('form.commitment')}
        hint={t('form.whatTheOrganisationPromises')}
        rows={2}
        value={draft.commitment}
        onChange={(value) => set('commitment', value)}
        errors={messagesAt(problems, `${path}.commitment`)}
      />
      {onRemove && (
        <button type="button" className="button button-link button-danger" onClick={onRemove}>
          {t('form.removeStakeholder', { number: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}
