import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { LessonStatus } from '../../api/schema-types';
import { PUBLISH_LESSON_MUTATION } from '../../api/publish-lesson-mutation';
import { REJECT_LESSON_MUTATION } from '../../api/reject-lesson-mutation';
import { SUBMIT_LESSON_MUTATION } from '../../api/submit-lesson-mutation';
import { WITHDRAW_LESSON_MUTATION } from '../../api/withdraw-lesson-mutation';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { FormProblems } from '../../components/FormProblems';
import { TextAreaField } from '../../components/TextAreaField';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { LESSON_STATUS_LABELS } from '../../labels/lesson-status-labels';

interface ModeratedLesson {
  id: string;
  version: number;
  status: LessonStatus;
  moderationNote: string | null;
  viewerIsAuthor: boolean;
  viewerCanModerate: boolean;
}

const FIELDS = ['input.note', 'input.id'];

/** Where the lesson stands, and what its author (submit, withdraw) or moderator (publish, reject) may do next. */
export function LessonModerationActions({ lesson, onChanged }: { lesson: ModeratedLesson; onChanged: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const submit = useReportedMutation(SUBMIT_LESSON_MUTATION);
  const publish = useReportedMutation(PUBLISH_LESSON_MUTATION);
  const reject = useReportedMutation(REJECT_LESSON_MUTATION);
  const withdraw = useReportedMutation(WITHDRAW_LESSON_MUTATION);
  const problems = [...submit.problems, ...publish.problems, ...reject.problems, ...withdraw.problems];
  const busy = submit.fetching || publish.fetching || reject.fetching || withdraw.fetching;
  const input = (withNote: boolean) => ({ input: { id: lesson.id, expectedVersion: lesson.version, note: withNote ? note.trim() || null : null } });
  const done = (result: unknown) => {
    if (result) {
      setNote('');
      onChanged();
    }
  };
  const authorMaySubmit = lesson.viewerIsAuthor && ['DRAFT', 'REJECTED', 'WITHDRAWN'].includes(lesson.status);
  const authorMayWithdraw = lesson.viewerIsAuthor && ['SUBMITTED', 'PUBLISHED'].includes(lesson.status);
  const mayModerate = lesson.viewerCanModerate && lesson.status === 'SUBMITTED';
  return (
    <section className="card lesson-moderation" aria-labelledby="lesson-moderation-heading">
      <h2 id="lesson-moderation-heading">{t('lessons.moderation.standing', { status: LESSON_STATUS_LABELS[lesson.status] })}</h2>
      {lesson.moderationNote && (
        <p className="notice notice-info" data-testid="moderation-note">
          {t('lessons.moderation.note', { note: lesson.moderationNote })}
        </p>
      )}
      <FormProblems title={t('lessons.moderation.failed')} problems={problems} fields={FIELDS} />
      {mayModerate && (
        <TextAreaField
          id={fieldIdFor('input.note')}
          label={t('lessons.moderation.noteLabel')}
          hint={t('lessons.moderation.noteHint')}
          value={note}
          onChange={setNote}
          rows={3}
          errors={messagesAt(problems, 'input.note')}
        />
      )}
      <p className="lesson-actions">
        {authorMaySubmit && (
          <button type="button" className="button button-primary" disabled={busy} onClick={async () => done(await submit.run(input(false)))}>
            {t('lessons.moderation.submit')}
          </button>
        )}
        {mayModerate && (
          <>
            <button type="button" className="button button-primary" disabled={busy} onClick={async () => done(await publish.run(input(true)))}>
              {t('lessons.moderation.publish')}
            </button>
            <button type="button" className="button button-danger" disabled={busy} onClick={async () => done(await reject.run(input(true)))}>
              {t('lessons.moderation.reject')}
            </button>
          </>
        )}
        {authorMayWithdraw && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={async () => done(await withdraw.run(input(false)))}>
            {t('lessons.moderation.withdraw')}
          </button>
        )}
      </p>
    </section>
  );
}
