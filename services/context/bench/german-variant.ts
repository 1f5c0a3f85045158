// The same initiative registered in German: written per field of work (the demo
// theme, recognised by its first SDG target), with the place kept as it is.
interface GermanTheme {
  name: string;
  description: string;
  summary: string;
}

const byFirstTarget: Record<string, GermanTheme> = {
  '6.1': {
    name: 'Allianz für sauberes Trinkwasser {place}',
    summary: 'Versorger und Gemeinden in {place} sorgen gemeinsam für sicheres Trinkwasser und Sanitärversorgung.',
    description:
      'In {place} erreichen viele Haushalte keine sichere Wasserquelle, und defekte Handpumpen bleiben monatelang stehen. Wasserkomitees, Pumpenmechaniker und die Bezirkswasserbehörde übernehmen gemeinsam die Wartung.',
  },
  '2.3': {
    name: 'Kleinbauernpakt {place}',
    summary: 'Genossenschaften und Abnehmer in {place} verbessern gemeinsam die Einkommen von Kleinbauern.',
    description:
      'Kleinbauern in {place} verdienen mit ihrer Ernte kein existenzsicherndes Einkommen. Feldschulen vermitteln klimaangepassten Anbau, und Abnehmer sichern mehrjährige Verträge zu.',
  },
  '4.1': {
    name: 'Lernpartnerschaft {place}',
    summary: 'Schulen und Lehrkräfte in {place} verbessern gemeinsam das Lesen und Rechnen.',
    description:
      'Viele Schülerinnen und Schüler in {place} können am Ende der dritten Klasse keinen einfachen Text lesen. Lehrkräfte werden begleitet und erhalten strukturierte Unterrichtsmaterialien.',
  },
  '3.1': {
    name: 'Partnerschaft für sichere Mutterschaft {place}',
    summary: 'Gesundheitsdienste in {place} arbeiten gemeinsam an der Gesundheit von Müttern und Neugeborenen.',
    description:
      'Die Müttersterblichkeit in {place} gehört zu den höchsten im Land, meist weil die Notversorgung zu spät erreicht wird. Gemeindegesundheitshelfer begleiten Schwangere und organisieren Transporte zur Klinik.',
  },
  '3.3': {
    name: 'Allianz für malariafreie Gemeinden {place}',
    summary: 'Gesundheitsbehörden und Gemeinden in {place} bekämpfen gemeinsam Malaria und Tuberkulose.',
    description:
      'Malaria ist in {place} der häufigste Grund für Arztbesuche, besonders in der Regenzeit. Moskitonetze werden verteilt, und Fälle werden früh in den Dörfern diagnostiziert.',
  },
  '7.1': {
    name: 'Solar-Mini-Netz-Allianz {place}',
    summary: 'Unternehmen und Gemeinden in {place} sorgen gemeinsam für saubere und bezahlbare Energie.',
    description:
      'Weniger als ein Drittel der Haushalte in {place} hat einen verlässlichen Stromanschluss. Solare Mini-Netze versorgen Dörfer, Kliniken und Schulen mit Strom.',
  },
  '14.4': {
    name: 'Partnerschaft für nachhaltige Fischerei {place}',
    summary: 'Fischer und Behörden in {place} arbeiten gemeinsam an nachhaltiger Kleinfischerei.',
    description:
      'Die Fänge in {place} gehen stetig zurück, während die Zahl der Fischer wächst. Gemeinsam verwaltete Fanggebiete und Schonzeiten lassen die Bestände sich erholen.',
  },
  '15.3': {
    name: 'Partnerschaft für Landschaftswiederherstellung {place}',
    summary: 'Gemeinden und Behörden in {place} schützen gemeinsam Wälder und stellen Land wieder her.',
    description:
      'Die Waldfläche in {place} ist in fünfzehn Jahren um ein Viertel geschrumpft, vor allem für Ackerland. Gemeinden forsten auf und erhalten gesicherte Nutzungsrechte.',
  },
  '13.1': {
    name: 'Allianz für Klimaresilienz {place}',
    summary: 'Behörden und Gemeinden in {place} bereiten sich gemeinsam auf Katastrophen und Klimafolgen vor.',
    description:
      'Überschwemmungen und Dürren treffen {place} inzwischen jedes zweite Jahr und vernichten Ernten und Ersparnisse. Frühwarnsysteme erreichen die Dörfer rechtzeitig, und Gemeinden planen ihre Vorsorge.',
  },
  '8.6': {
    name: 'Pakt für Jugendbeschäftigung {place}',
    summary: 'Arbeitgeber und Berufsschulen in {place} schaffen gemeinsam Fähigkeiten und menschenwürdige Arbeit für junge Menschen.',
    description:
      'Vier von zehn jungen Menschen in {place} sind weder in Ausbildung noch in Arbeit. Betriebe und Berufsschulen bilden gemeinsam nach dem Bedarf der Arbeitgeber aus.',
  },
  '5.5': {
    name: 'Partnerschaft für die wirtschaftliche Stärkung von Frauen {place}',
    summary: 'Banken und Frauengruppen in {place} arbeiten gemeinsam an finanzieller Teilhabe von Frauen.',
    description:
      'Die meisten Frauen in {place} führen informelle Betriebe ohne Sparkonto oder Zugang zu Krediten. Spargruppen und mobile Konten öffnen den Weg zu Finanzdienstleistungen.',
  },
  '11.6': {
    name: 'Kreislaufwirtschaftspartnerschaft {place}',
    summary: 'Stadtverwaltung und Unternehmen in {place} arbeiten gemeinsam an Abfallwirtschaft und Recycling.',
    description:
      'Weniger als ein Drittel des Abfalls in {place} wird eingesammelt; der Rest wird verbrannt oder landet in Flüssen. Abfallsammler werden eingebunden und erhalten faire Preise für Wertstoffe.',
  },
  '2.2': {
    name: 'Ernährungsallianz {place}',
    summary: 'Gesundheitsdienste und Schulen in {place} arbeiten gemeinsam an Kinderernährung und Ernährungssicherheit.',
    description:
      'Jedes dritte Kind unter fünf Jahren in {place} ist zu klein für sein Alter. Mütter werden in den ersten tausend Tagen beraten, und Schulen bieten Mahlzeiten an.',
  },
};

/** The German registration's name, summary and description, or null for a theme without one. */
export function germanVariant(firstTarget: string, place: string): GermanTheme | null {
  const theme = byFirstTarget[firstTarget];
  if (!theme) return null;
  const fill = (text: string) => text.replaceAll('{place}', place);
  return { name: fill(theme.name), summary: fill(theme.summary), description: fill(theme.description) };
}
