import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { DRAFT_LESSON_MUTATION } from '../../api/draft-lesson-mutation';
import type { LessonKind, Phase, SuccessFactor } from '../../api/schema-types';
import { CodePicker } from '../../components/CodePicker';
import { fieldIdFor, messagesAt } from '../../components/field-ids';
import { FormProblems } from '../../components/FormProblems';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SignInPrompt } from '../../components/SignInPrompt';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useReportedMutation } from '../../hooks/use-reported-mutation';
import { LESSON_KIND_LABELS } from '../../labels/lesson-kind-labels';
import { LESSON_LANGUAGE_LABELS } from '../../labels/lesson-language-labels';
import { PHASE_LABELS } from '../../labels/phase-labels';
import { SUCCESS_FACTOR_LABELS } from '../../labels/success-factor-labels';
import { COUNTRY_OPTIONS } from '../../reference/country-options';
import { optionsFromLabels } from '../../reference/options-from-labels';
import { SECTOR_OPTIONS } from '../../reference/sector-options';
import { useSession } from '../../session/session-context';
import { TARGET_OPTIONS } from './lesson-form-options';
import { MarkdownView } from './MarkdownView';
import '../../styles/lessons.css';

const contributeRoute = getRouteApi('/lessons/new');

const FIELDS = [
  'input.title',
  'input.body',
  'input.kind',
  'input.language',
  'input.phases',
  'input.successFactors',
  'input.sdgTargets',
  'input.countries',
  'input.sectors',
];

/** Contributing a lesson: Markdown with a preview, tags picked by name; it is saved as a draft only its author sees. */
export function ContributeLessonPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lessons.contribute.title'));
  const { account } = useSession();
  return (
    <div className="page page-narrow">
      <PageHeading>{t('lessons.contribute.title')}</PageHeading>
      <p className="lead">{t('lessons.contribute.lead')}</p>
      {account ? <LessonForm /> : <SignInPrompt what={t('lessons.contribute.signInTo')} />}
    </div>
  );
}

function LessonForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Set when the form was opened from a partnership's page.
  const { partnership: partnershipId } = contributeRoute.useSearch();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [preview, setPreview] = useState(false);
  const [kind, setKind] = useState<LessonKind>('PRACTICE');
  const [language, setLanguage] = useState('en');
  const [phases, setPhases] = useState<string[]>([]);
  const [factors, setFactors] = useState<string[]>([]);
  const [targets, setTargets] = useState<string[]>([]);
  const [countries, setCountries] = useState<string[]>([]);
  const [sectors, setSectors] = useState<string[]>([]);
  const { problems, fetching, run } = useReportedMutation(DRAFT_LESSON_MUTATION);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const lesson = (
      await run({
        input: {
          title,
          body,
          kind,
          language,
          phases: phases as Phase[],
          successFactors: factors as SuccessFactor[],
          sdgTargets: targets,
          countries,
          sectors,
          partnershipId: partnershipId ?? null,
        },
      })
    )?.draftLesson.lesson;
    if (lesson) void navigate({ to: '/lessons/$id', params: { id: lesson.id } });
  };

  return (
    <form className="card form-section lesson-form" onSubmit={save} noValidate aria-labelledby="lesson-form-heading">
      <h2 id="lesson-form-heading">{t('lessons.contribute.formHeading')}</h2>
      <FormProblems title={t('lessons.contribute.failed')} problems={problems} fields={FIELDS} />
      <TextField
        id={fieldIdFor('input.title')}
        label={t('lessons.fields.title')}
        required
        value={title}
        onChange={setTitle}
        errors={messagesAt(problems, 'input.title')}
      />
      <div className="field-row">
        <SelectField
          id={fieldIdFor('input.kind')}
          label={t('lessons.fields.kind')}
          value={kind}
          options={optionsFromLabels(LESSON_KIND_LABELS)}
          onChange={(value) => setKind(value as LessonKind)}
          required
          errors={messagesAt(problems, 'input.kind')}
        />
        <SelectField
          id={fieldIdFor('input.language')}
          label={t('lessons.fields.language')}
          value={language}
          options={optionsFromLabels(LESSON_LANGUAGE_LABELS)}
          onChange={setLanguage}
          required
          errors={messagesAt(problems, 'input.language')}
        />
      </div>
      <div className="body-editor">
        {/* biome-ignore lint/a11y/useSemanticElements: a group of controls that are not one form field; a fieldset would bring its own border and legend layout */}
        <div className="tab-buttons" role="group" aria-label={t('lessons.contribute.bodyView')}>
          <button type="button" className="button button-secondary" aria-pressed={!preview} onClick={() => setPreview(false)}>
            {t('lessons.contribute.write')}
          </button>
          <button type="button" className="button button-secondary" aria-pressed={preview} onClick={() => setPreview(true)}>
            {t('lessons.contribute.preview')}
          </button>
        </div>
        {preview ? (
          <section aria-label={t('lessons.contribute.preview')} className="lesson-preview" data-testid="lesson-preview">
            {body.trim() ? <MarkdownView source={body} /> : <p className="muted">{t('lessons.contribute.nothingToPreview')}</p>}
          </section>
        ) : (
          <TextAreaField
            id={fieldIdFor('input.body')}
            label={t('lessons.fields.body')}
            hint={t('lessons.contribute.bodyHint')}
            value={body}
            onChange={setBody}
            rows={12}
            errors={messagesAt(problems, 'input.body')}
          />
        )}
      </div>
      <CodePicker
        id={fieldIdFor('input.phases')}
        label={t('lessons.fields.phases')}
        options={optionsFromLabels(PHASE_LABELS)}
        value={phases}
        onChange={setPhases}
        errors={messagesAt(problems, 'input.phases')}
      />
      <CodePicker
        id={fieldIdFor('input.successFactors')}
        label={t('lessons.fields.successFactors')}
        options={optionsFromLabels(SUCCESS_FACTOR_LABELS)}
        value={factors}
        onChange={setFactors}
        errors={messagesAt(problems, 'input.successFactors')}
      />
      <CodePicker
        id={fieldIdFor('input.sdgTargets')}
        label={t('lessons.fields.targets')}
        hint={t('lessons.contribute.targetsHint')}
        options={TARGET_OPTIONS}
        value={targets}
        onChange={setTargets}
        errors={messagesAt(problems, 'input.sdgTargets')}
      />
      <CodePicker
        id={fieldIdFor('input.countries')}
        label={t('lessons.fields.countries')}
        options={COUNTRY_OPTIONS}
        value={countries}
        onChange={setCountries}
        errors={messagesAt(problems, 'input.countries')}
      />
      <CodePicker
        id={fieldIdFor('input.sectors')}
        label={t('lessons.fields.sectors')}
        options={SECTOR_OPTIONS}
        value={sectors}
        onChange={setSectors}
        errors={messagesAt(problems, 'input.sectors')}
      />
      <button type="submit" className="button button-primary" disabled={fetching}>
        {fetching ? t('lessons.contribute.saving') : t('lessons.contribute.save')}
      </button>
    </form>
  );
}
