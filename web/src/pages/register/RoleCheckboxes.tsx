import { useTranslation } from 'react-i18next';
import type { StakeholderRole } from '../../api/schema-types';
import { FieldError } from '../../components/FieldError';
import { ROLE_CODES, ROLE_LABELS } from '../../labels/role-labels';

interface RoleCheckboxesProps {
  id: string;
  value: readonly StakeholderRole[];
  onChange: (roles: StakeholderRole[]) => void;
  errors?: readonly string[];
}

export function RoleCheckboxes({ id, value, onChange, errors = [] }: RoleCheckboxesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field role-checkboxes" id={id} tabIndex={-1} aria-describedby={errors.length > 0 ? `${id}-error` : undefined}>
      <legend>{t('form.roles')}</legend>
      <div className="checkbox-grid">
        {ROLE_CODES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(role)}
              onChange={(event) => onChange(event.target.checked ? [...value, role] : value.filter((item) => item !== role))}
            />
            <span>{ROLE_LABELS[role]}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}
