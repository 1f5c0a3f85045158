import { sdgTargets } from '@msp-atlas/sdg-framework';
import type { CodeOption } from '../../reference/code-option';
import { localizedTitle } from '../../i18n/sdg-locale';

/** Every SDG target by code and title, for the contribution form's picker. */
export const TARGET_OPTIONS: readonly CodeOption[] = sdgTargets.map((target) => ({
  code: target.code,
  get label() {
    return `${target.code} ${localizedTitle(target.title)}`.slice(0, 120);
  },
}));
