import { useTranslation } from 'react-i18next';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMutation } from 'urql';
import { graphqlProblems, type GraphqlProblem } from '../../api/graphql-problems';
import { UPDATE_PARTNERSHIP_MUTATION } from '../../api/update-partnership-mutation';
import { ConflictNotice } from '../../components/ConflictNotice';
import type { EditablePartnership } from './edit-partnership-form-fragment';
import { STATUS_LABELS } from '../../labels/status-labels';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { ErrorSummary } from '../partnership-form/ErrorSummary';
import { toFormRows } from '../partnership-form/field-path';
import { PartnershipBasicsFields } from '../partnership-form/PartnershipBasicsFields';
import { PartnershipContinuityFields } from '../partnership-form/PartnershipContinuityFields';
import { PartnershipPlaceFields } from '../partnership-form/PartnershipPlaceFields';
import { ContactListFields } from './ContactListFields';
import { editFormFrom, toPartnershipUpdate, type PartnershipEditForm } from './edit-form';

const STATUS_OPTIONS = optionsFromLabels(STATUS_LABELS);

interface EditPartnershipFormProps {
  partnership: EditablePartnership;
  /** Loads the stored version again (after a CONFLICT). */
  reload: () => void;
}

/**
 * The partnership's details, prefilled. Only the changed fields are sent, with the version
 * the form was loaded from: a change someone else saved meanwhile is refused (CONFLICT),
 * never overwritten. Contact persons only for members (the API shows them to nobody else).
 */
export function EditPartnershipForm({ partnership, reload }: EditPartnershipFormProps) {
  const { t } = useTranslation();
  const [loaded] = useState<PartnershipEditForm>(() => editFormFrom(partnership));
  const [form, setForm] = useState<PartnershipEditForm>(loaded);
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const [{ fetching }, update] = useMutation(UPDATE_PARTNERSHIP_MUTATION);
  const navigate = useNavigate();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { changes, formRowOfContact } = toPartnershipUpdate(loaded, form);
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return setProblems([]);
    const result = await update({ input: { id: partnership.id, expectedVersion: partnership.version, ...changes } });
    const found = graphqlProblems(result.error).map((problem) => toFormRows(problem, 'contacts', formRowOfContact));
    const isConflict = found.some((problem) => problem.code === 'CONFLICT');
    setConflict(isConflict);
    setProblems(found.filter((problem) => problem.code !== 'CONFLICT'));
    if (found.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const saved = result.data?.updatePartnership.partnership;
    if (saved) void navigate({ to: '/partnerships/$slug', params: { slug: saved.slug } });
  };

  return (
    <>
      {conflict && (
        <ConflictNotice onReload={reload}>
          <p>{t('form.editConflict', { version: partnership.version })}</p>
        </ConflictNotice>
      )}
      <ErrorSummary ref={summary} title={t('form.theChangesCouldNot')} whole={t('form.wholeChanges')} problems={problems} />
      <form className="registration-form" onSubmit={submit} noValidate aria-busy={fetching}>
        <PartnershipBasicsFields
          form={form}
          problems={problems}
          onChange={setForm}
          stateField={{ key: 'status', label: t('fields.status'), options: STATUS_OPTIONS }}
        />
        <PartnershipPlaceFields form={form} problems={problems} onChange={setForm} />
        <PartnershipContinuityFields form={form} problems={problems} onChange={setForm} />
        {form.contacts && <ContactListFields contacts={form.contacts} form={form} problems={problems} onChange={setForm} />}
        <p className={unchanged ? 'notice notice-info' : 'visually-hidden'} role="status">
          {unchanged ? t('form.unchanged') : ''}
        </p>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={fetching}>
            {fetching ? t('form.saving') : t('form.save')}
          </button>{' '}
          <Link to="/partnerships/$slug" params={{ slug: partnership.slug }}>
            {t('form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
