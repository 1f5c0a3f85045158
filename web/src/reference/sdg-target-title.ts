import { getSdgTarget } from '@msp-atlas/sdg-framework';
import { localizedTitle } from '../i18n/sdg-locale';

/** A target's title in the current language (English where the framework lacks it); undefined for an unknown code. */
export function sdgTargetTitle(code: string): string | undefined {
  const target = getSdgTarget(code);
  return target ? localizedTitle(target.title) : undefined;
}
