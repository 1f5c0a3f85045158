import { registerEnumType } from 'type-graphql';

/**
 * Languages the framework's goal and target titles come in. Values equal the names
 * on purpose: the federated schema is rebuilt from SDL, which keeps an argument's
 * default as the enum's name (`EN`), not a differing internal value.
 */
export enum SdgLocale {
  EN = 'EN',
  FR = 'FR',
  ES = 'ES',
  DE = 'DE',
}

registerEnumType(SdgLocale, { name: 'SdgLocale', description: 'Language of an SDG title' });
