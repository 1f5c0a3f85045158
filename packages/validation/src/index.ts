export {
  datesInOrder,
  emailAddress,
  knownCodes,
  notNegative,
  optionalPhone,
  optionalText,
  optionalWebsite,
  requiredText,
  textList,
} from './rules.js';
