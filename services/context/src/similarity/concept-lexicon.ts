// A small multilingual lexicon of our own: words in English, German, French and
// Spanish (already lower case, without diacritics, stemmed as `stemOf` stems them)
// that stand for the same concept, so a record written in another language still
// shares terms with one in English. It covers what partnerships in development
// cooperation are about, not the languages at large.
const concepts: Record<string, readonly string[]> = {
  water: ['water', 'wasser', 'eau', 'agua', 'hydr'],
  drinking: ['drink', 'trink', 'potabl', 'potable'],
  sanitation: ['sanitation', 'wash', 'latrin', 'sanitar', 'sanitaer', 'assainis', 'saneamiento', 'toilet', 'defecation', 'abwasser'],
  well: ['well', 'brunn', 'puit', 'pozo', 'borehol', 'bohrloch', 'pump', 'pumpe', 'bomba'],
  groundwater: ['groundwat', 'grundwass', 'souterrain', 'subterran'],
  farmer: ['farmer', 'smallhold', 'bauer', 'kleinbauer', 'landwirt', 'agricult', 'agricultor', 'campesino', 'paysan', 'exploitant'],
  farming: ['farm', 'landwirtschaft', 'agricultur', 'agriculture', 'cultiv', 'anbau'],
  cooperative: ['cooperativ', 'cooperative', 'genossenschaft', 'kooperativ', 'cooperativa'],
  crop: ['crop', 'harvest', 'ernt', 'recolt', 'cosecha', 'yield', 'ertrag', 'rendement', 'rendimiento'],
  income: ['incom', 'einkomm', 'revenu', 'ingreso', 'livelihood', 'lebensunterhalt', 'subsistanc', 'sustento'],
  market: ['market', 'markt', 'marche', 'mercado', 'buyer', 'kaeuf', 'acheteur', 'comprador', 'export', 'value chain', 'wertschoepf'],
  credit: ['credit', 'kredit', 'credito', 'loan', 'darleh', 'pret', 'prestamo', 'microfin', 'mikrofin', 'saving', 'spar', 'epargn', 'ahorro', 'financ', 'finanz', 'financi'],
  school: ['school', 'schul', 'ecol', 'escuel', 'pupil', 'schueler', 'eleve', 'alumno', 'classroom'],
  teacher: ['teacher', 'lehrer', 'lehrkraeft', 'enseignant', 'maestro', 'docent'],
  learning: ['learn', 'lern', 'apprentissag', 'aprendizaj', 'read', 'les', 'lectur', 'literacy', 'alphabetis', 'alfabetiz', 'educat', 'bildung', 'educacion'],
  child: ['child', 'children', 'kind', 'enfant', 'nino', 'infant', 'newborn', 'neugeboren', 'nouveau', 'recien'],
  mother: ['mother', 'matern', 'mutter', 'muett', 'mere', 'madr', 'pregnan', 'schwanger', 'enceint', 'embaraz', 'birth', 'geburt', 'naissanc', 'parto'],
  health: ['health', 'gesundheit', 'sant', 'salud', 'clinic', 'klinik', 'cliniqu', 'clinica', 'medic', 'hospital', 'krankenh', 'hopital'],
  malaria: ['malaria', 'paludism', 'mosquito', 'mueck', 'moustiqu', 'bednet', 'moskitonetz'],
  tuberculosis: ['tuberculos', 'tuberkulos', 'tb'],
  disease: ['diseas', 'krankheit', 'maladi', 'enfermedad', 'infect', 'infekt', 'epidem', 'outbreak', 'ausbruch', 'brot'],
  energy: ['energy', 'energi', 'energ', 'electric', 'elektr', 'strom', 'electricit', 'electricidad', 'power'],
  solar: ['solar', 'sonn', 'solair', 'photovolta', 'mini-grid', 'minigrid', 'grid', 'netz', 'reseau', 'red'],
  cooking: ['cook', 'koch', 'cuisin', 'cocin', 'stove', 'herd', 'foyer', 'estuf', 'firewood', 'brennholz', 'charcoal', 'holzkohl'],
  fish: ['fish', 'fisch', 'poisson', 'pesc', 'pech', 'fisher', 'fischer', 'pecheur', 'pescador', 'fisheri', 'fischerei', 'pesqueri'],
  coast: ['coast', 'kust', 'kuest', 'cot', 'costa', 'marin', 'meer', 'mer', 'mar', 'ocean', 'ozean', 'lake', 'see', 'lac', 'lago'],
  forest: ['forest', 'wald', 'walder', 'waelder', 'foret', 'bosqu', 'bosque', 'tree', 'baum', 'arbr', 'arbol', 'deforest', 'entwald', 'agroforest'],
  land: ['land', 'soil', 'boden', 'sol', 'suelo', 'restor', 'wiederherstell', 'restaur', 'degrad', 'regreen'],
  climate: ['climat', 'klima', 'clima', 'climate'],
  disaster: ['disast', 'katastroph', 'catastroph', 'desastr', 'flood', 'hochwass', 'ueberschwemm', 'inond', 'inundac', 'drought', 'duerr', 'secheress', 'sequia', 'cyclon', 'zyklon', 'ciclon', 'hazard'],
  warning: ['warn', 'alert', 'alerta', 'preparedness', 'vorsorg', 'preparation', 'preparacion', 'resilienc', 'resilienz', 'resilien'],
  youth: ['youth', 'young', 'jugend', 'jung', 'jeun', 'joven', 'juvenil'],
  job: ['job', 'employ', 'beschaeft', 'arbeit', 'emploi', 'empleo', 'trabajo', 'work', 'decent', 'menschenwuerd'],
  skill: ['skill', 'faehigk', 'kompetenz', 'competenc', 'habilidad', 'vocat', 'beruf', 'professionnel', 'profesional', 'apprentic', 'ausbild', 'formation', 'formacion', 'train', 'schul', 'capacit'],
  entrepreneur: ['entrepreneur', 'unternehm', 'emprend', 'empresa', 'entrepris', 'business', 'geschaeft', 'negocio', 'enterprise'],
  women: ['women', 'woman', 'frau', 'femm', 'mujer', 'gender', 'geschlecht', 'genr', 'genero', 'girl', 'maedch', 'fill', 'nina'],
  waste: ['wast', 'abfall', 'muell', 'dechet', 'residu', 'basura', 'garbag', 'recycl', 'plastic', 'plastik', 'plastiqu', 'plastico', 'circular', 'kreislauf'],
  city: ['city', 'urban', 'stadt', 'staedt', 'vill', 'ciudad', 'municip', 'gemeind', 'commun'],
  nutrition: ['nutrit', 'ernaehr', 'nutricion', 'malnutrit', 'mangelernaehr', 'stunting', 'wachstumsverzoeger', 'retard', 'desnutric', 'meal', 'mahlzeit', 'repas', 'comida', 'food', 'nahrung', 'lebensmittel', 'aliment', 'hunger', 'faim', 'hambr'],
  household: ['household', 'haushalt', 'menag', 'hogar', 'famili', 'family', 'villag', 'dorf', 'doerf', 'aldea', 'communiti', 'gemeinschaft', 'comunidad'],
  government: ['government', 'regier', 'gouvern', 'gobiern', 'ministr', 'ministeri', 'minister', 'district', 'bezirk', 'distrito', 'municipal', 'authorit', 'behoerd', 'autorit', 'autoridad'],
  partnership: ['partnership', 'partnerschaft', 'partenariat', 'asociacion', 'alianza', 'allianc', 'allianz', 'coalit', 'koalit', 'coalicion', 'compact', 'pakt', 'pacte', 'pacto', 'platform', 'plattform', 'plateform', 'plataforma', 'initiativ', 'iniciativa'],
};

const conceptByWord = new Map<string, string>();
for (const [concept, words] of Object.entries(concepts)) {
  for (const word of words) if (!conceptByWord.has(word)) conceptByWord.set(word, concept);
}

/** The concept a stemmed word stands for, or null when the lexicon does not know it. */
export function conceptOf(stem: string): string | null {
  return conceptByWord.get(stem) ?? null;
}
