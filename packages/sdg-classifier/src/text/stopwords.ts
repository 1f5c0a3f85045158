import type { SdgTextLanguage } from '../sdg-classifier.js';

// Function words per language (already folded: no accents). They count towards language
// detection and carry no topic.
const LISTS: Record<SdgTextLanguage, string> = {
  en: 'a an the and or but nor of in on at to for from by with without into onto over under about as is are was were be been being am it its this that these those there their they them he she his her we our you your i me my not no so than then too very can could will would shall should may might must do does did has have had which who whom whose what when where why how all any each every both few more most other some such only own same just also while if because until against between through during before after above below up down out off again further once here s t d ll re ve per via among upon within whether',
  fr: 'le la les l un une des du de d et ou mais ni car donc or au aux en dans sur sous par pour avec sans chez vers entre est sont etait etaient etre ete a ont avait ce cet cette ces se sa son ses leur leurs il elle ils elles nous vous on je tu me te lui y ne pas plus moins tres qui que quoi dont ou quand comme si tout tous toute toutes aussi ainsi afin lors selon notre nos votre vos qu c s n j m t',
  es: 'el la los las lo un una unos unas de del al y e o u pero ni en con sin por para sobre entre hacia desde hasta es son era eran ser sido esta estan este esto estos estas ese esa esos esas se su sus le les nos me te no mas menos muy que quien cual cuales donde cuando como si todo todos toda todas tambien asi a ha han habia segun nuestro nuestra nuestros nuestras mediante',
  de: 'der die das den dem des ein eine einer eines einem einen und oder aber noch in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor durch gegen ohne um ist sind war waren sein gewesen wird werden wurde wurden hat haben hatte es er sie wir ihr ich du man sich nicht kein keine keinen mehr weniger sehr auch so wie als wenn dass ob wer was wo wann alle allen aller jede jeder jedes dieser diese dieses diesen unser unsere ihre ihren bis sowie',
};

export const STOPWORDS: Record<SdgTextLanguage, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, list]) => [lang, new Set(list.split(' '))]),
) as unknown as Record<SdgTextLanguage, ReadonlySet<string>>;

export const ALL_STOPWORDS: ReadonlySet<string> = new Set(Object.values(STOPWORDS).flatMap((set) => [...set]));
