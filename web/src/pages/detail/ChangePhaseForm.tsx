import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { CHANGE_PHASE_MUTATION } from '../../api/change-phase-mutation';
import { graphqlProblems, type GraphqlProblem } from '../../api/graphql-problems';
import type { Phase } from '../../api/schema-types';
import type { ResultOf } from '../../graphql/graphql';
import { ConflictNotice } from '../../components/ConflictNotice';
import { FormProblems } from '../../components/FormProblems';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { todayIso } from '../../format/today-iso';
import { PHASE_CODES, PHASE_LABELS } from '../../labels/phase-labels';
import { defaultNextPhase } from './default-next-phase';
import type { ChangePhaseFormFragment } from './change-phase-form-fragment';

interface ChangePhaseFormProps {
  partnership: ResultOf<typeof ChangePhaseFormFragment>;
  reload: () => void;
}

const FIELDS = ['input.phase', 'input.changedOn', 'input.note'];

/**
 * Moves the partnership to another phase, forward or back. The change names the
 * version it was based on, so a change someone else made in between is refused
 * (CONFLICT) instead of silently overwritten.
 */
export function ChangePhaseForm({ partnership, reload }: ChangePhaseFormProps) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>(defaultNextPhase(partnership.phase));
  const [changedOn, setChangedOn] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<GraphqlProblem[]>([]);
  const [changedTo, setChangedTo] = useState<Phase | null>(null);
  const [{ fetching }, changePhase] = useMutation(CHANGE_PHASE_MUTATION);

  const options = PHASE_CODES.filter((code) => code !== partnership.phase).map((code) => ({ code, label: PHASE_LABELS[code] }));
  const selected = phase === partnership.phase ? defaultNextPhase(partnership.phase) : phase;
  const errorsAt = (field: string) => problems.filter((problem) => problem.field === field).map((problem) => problem.message);
  const conflict = problems.find((problem) => problem.code === 'CONFLICT');
  const otherProblems = problems.filter((problem) => problem !== conflict);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChangedTo(null);
    const result = await changePhase({
      input: {
        partnershipId: partnership.id,
        expectedVersion: partnership.version,
        phase: selected,
        ...(changedOn ? { changedOn } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    const found = graphqlProblems(result.error);
    setProblems(found);
    if (found.length === 0 && result.data) {
      const newPhase = result.data.changePhase.partnership.phase;
      setChangedTo(newPhase);
      setPhase(defaultNextPhase(newPhase));
      setNote('');
      setChangedOn('');
    }
  };

  return (
    <form className="change-phase card" onSubmit={submit} aria-labelledby="change-phase-heading" noValidate>
      <h3 id="change-phase-heading">{t('detail.changePhase')}</h3>
      <SelectField
        id="change-phase-phase"
        label={t('detail.newPhase')}
        value={selected}
        options={options}
        onChange={(value) => setPhase(value as Phase)}
        errors={errorsAt('input.phase')}
      />
      <TextField
        id="change-phase-date"
        label={t('detail.enteredThePhaseOn')}
        type="date"
        hint={t('detail.leaveEmptyForToday')}
        max={todayIso()}
        value={changedOn}
        onChange={setChangedOn}
        errors={errorsAt('input.changedOn')}
      />
      <TextAreaField
        id="change-phase-note"
        label={t('detail.note')}
        hint={t('detail.whyThePhaseChanged')}
        rows={2}
        value={note}
        onChange={setNote}
        errors={errorsAt('input.note')}
      />
      {conflict && (
        <ConflictNotice
          onReload={() => {
            setProblems([]);
            reload();
          }}
        >
          <p>{t('detail.phaseConflict', { version: partnership.version })}</p>
        </ConflictNotice>
      )}
      <FormProblems title={t('detail.thePhaseCouldNot')} problems={otherProblems} fields={FIELDS} />
      <p className={changedTo ? 'notice notice-success' : 'visually-hidden'} role="status">
        {changedTo ? t('detail.phaseChangedTo', { phase: PHASE_LABELS[changedTo] }) : ''}
      </p>
      <button type="submit" className="button button-primary" disabled={fetching}>
        {fetching ? t('detail.changingPhase') : t('detail.changePhase')}
      </button>
    </form>
  );
}
