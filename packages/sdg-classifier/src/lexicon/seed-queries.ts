import type { ShippedQuery } from '../model/model-artefact.js';

// Hand-written seed queries (this project's own work, in the expert queries' syntax) so that
// French, Spanish and German text meets each goal's key words; the official target texts
// in those languages add the rest. Words are written folded (no accents, lower case).
// Deliberately short: the words a project description uses.
type Seeds = Record<number, string[]>;

const FR: Seeds = {
  1: [
    '"pauvrete" OR "pauvres" OR "extreme pauvrete"',
    '"protection sociale" OR "filets sociaux"',
    '"microcredit*" OR "microfinance"',
    '"revenu*" W/3 ("faible*" OR "minimum")',
  ],
  2: [
    '"faim" OR "famine" OR "malnutrition" OR "sous-nutrition"',
    '"securite alimentaire" OR "insecurite alimentaire"',
    '"agricult*" OR "agriculteur*" OR "paysan*" OR "petits exploitants"',
    '"recolte*" OR "semence*" OR "cultures vivrieres" OR "elevage"',
  ],
  3: [
    '"sante" OR "soins" OR "maladie*" OR "hopita*"',
    '"vaccin*" OR "paludisme" OR "tuberculose" OR "vih" OR "sida"',
    '"mortalite" W/3 ("maternelle" OR "infantile" OR "neonatale")',
    '"medecin*" OR "infirmier*" OR "centre* de sante"',
  ],
  4: [
    '"education" OR "ecole*" OR "scolar*" OR "enseignement"',
    '"eleve*" OR "etudiant*" OR "enseignant*" OR "instituteur*"',
    '"alphabetisation" OR "formation professionnelle" OR "apprentissage"',
    '"universit*" OR "bourse* d etudes"',
  ],
  5: [
    '"egalite" W/3 ("sexes" OR "genre" OR "femmes")',
    '"femmes" W/3 ("autonomisation" OR "droits" OR "violence*")',
    '"filles" OR "feminin*"',
    '"mariage* precoce*" OR "mutilation* genitale*" OR "violence* sexiste*"',
  ],
  6: [
    '"eau potable"',
    '"puits" OR "forage*" OR "latrine*" OR "toilette*"',
    '"assainissement" OR "eaux usees" OR "station d epuration"',
    '"acces" W/3 "eau"',
    '"hygiene" W/3 ("eau" OR "mains")',
    '"ressources en eau" OR "gestion de l eau" OR "nappe* phreatique*"',
  ],
  7: [
    '"energie*" W/3 ("renouvelable*" OR "propre*" OR "solaire*")',
    '"solaire*" OR "eolien*" OR "photovolta*" OR "hydroelectri*"',
    '"electricite" OR "electrification"',
    '"efficacite energetique"',
  ],
  8: [
    '"emploi*" OR "chomage" OR "travail decent"',
    '"croissance economique" OR "productivite"',
    '"entrepreneur*" OR "micro-entreprise*" OR "pme"',
    '"travail des enfants" OR "travail force" OR "salaire*"',
  ],
  9: [
    '"infrastructure*" OR "industri*" OR "innovation"',
    '"recherche" W/3 "developpement"',
    '"route*" OR "transport*" OR "internet" OR "haut debit"',
    '"technolog*" OR "numerique"',
  ],
  10: [
    '"inegalit*" OR "discrimination*"',
    '"migrant*" OR "migration*" OR "refugie*"',
    '"inclusion" W/3 ("sociale" OR "economique" OR "politique")',
    '"handicap*" OR "minorite*"',
  ],
  11: [
    '"ville*" OR "urbain*" OR "urbanisation"',
    '"logement*" OR "bidonville*" OR "habitat"',
    '"transport* public*" OR "transports en commun"',
    '"patrimoine" OR "espaces verts" OR "dechets urbains"',
  ],
  12: [
    '"consommation" W/3 ("durable*" OR "responsable*")',
    '"production durable" OR "economie circulaire"',
    '"dechet*" OR "recyclage" OR "gaspillage"',
    '"produits chimiques" OR "reutilisation"',
  ],
  13: [
    '"climat*" OR "rechauffement"',
    '"gaz a effet de serre" OR "emissions de carbone" OR "co2"',
    '"adaptation" W/3 ("climat*" OR "changements")',
    '"catastrophe* naturelle*" OR "secheresse*" OR "inondation*"',
  ],
  14: [
    '"ocean*" OR "mer*" OR "marin*" OR "cotier*" OR "littoral"',
    '"peche*" OR "pecheur*" OR "halieut*" OR "poisson*"',
    '"recif*" OR "corail*" OR "mangrove*"',
    '"aires marines protegees" OR "pollution marine"',
  ],
  15: [
    '"foret*" OR "deforestation" OR "reboisement"',
    '"biodiversite" OR "especes menacees" OR "faune" OR "flore"',
    '"desertification" OR "degradation des sols" OR "terres degradees"',
    '"ecosysteme* terrestre*" OR "braconnage"',
  ],
  16: [
    '"paix" OR "conflit*" OR "violence*"',
    '"justice" OR "etat de droit" OR "tribuna*"',
    '"corruption" OR "transparence" OR "gouvernance"',
    '"institutions" W/3 ("efficaces" OR "responsables")',
    '"droits de l homme" OR "droits humains"',
  ],
  17: [
    '"partenariat*" OR "cooperation internationale"',
    '"aide publique au developpement" OR "bailleurs"',
    '"renforcement des capacites" OR "transfert de technologie*"',
    '"commerce international" OR "dette"',
    '"multipartite*" OR "societe civile"',
  ],
};

const ES: Seeds = {
  1: ['"pobreza" OR "pobres" OR "pobreza extrema"', '"proteccion social"', '"microcredito*" OR "microfinanza*"', '"ingreso*" W/3 ("bajo*" OR "minimo*")'],
  2: [
    '"hambre" OR "hambruna" OR "malnutricion" OR "desnutricion"',
    '"seguridad alimentaria" OR "inseguridad alimentaria"',
    '"agricult*" OR "campesin*" OR "pequenos productores"',
    '"cosecha*" OR "semilla*" OR "cultivo*" OR "ganader*"',
  ],
  3: [
    '"salud" OR "sanitari*" OR "enfermedad*" OR "hospital*"',
    '"vacuna*" OR "malaria" OR "paludismo" OR "tuberculosis" OR "vih" OR "sida"',
    '"mortalidad" W/3 ("materna" OR "infantil" OR "neonatal")',
    '"medico*" OR "enfermer*" OR "centro* de salud"',
  ],
  4: [
    '"educacion" OR "escuela*" OR "escolar*" OR "ensenanza"',
    '"alumn*" OR "estudiante*" OR "docente*" OR "maestr*"',
    '"alfabetizacion" OR "formacion profesional" OR "aprendizaje"',
    '"universidad*" OR "beca*"',
  ],
  5: [
    '"igualdad" W/3 ("genero" OR "mujeres")',
    '"mujeres" W/3 ("empoderamiento" OR "derechos" OR "violencia")',
    '"ninas" OR "femenin*"',
    '"matrimonio* infantil*" OR "mutilacion genital" OR "violencia de genero"',
  ],
  6: [
    '"agua potable"',
    '"pozo*" OR "letrina*" OR "inodoro*"',
    '"saneamiento" OR "aguas residuales" OR "depuradora*"',
    '"acceso" W/3 "agua"',
    '"higiene" W/3 ("agua" OR "manos")',
    '"recursos hidricos" OR "gestion del agua" OR "acuifero*"',
  ],
  7: [
    '"energia*" W/3 ("renovable*" OR "limpia*" OR "solar*")',
    '"solar*" OR "eolic*" OR "fotovoltaic*" OR "hidroelectric*"',
    '"electricidad" OR "electrificacion"',
    '"eficiencia energetica"',
  ],
  8: [
    '"empleo*" OR "desempleo" OR "trabajo decente"',
    '"crecimiento economico" OR "productividad"',
    '"emprendedor*" OR "emprendimiento*" OR "microempresa*" OR "pymes"',
    '"trabajo infantil" OR "trabajo forzoso" OR "salario*"',
  ],
  9: [
    '"infraestructura*" OR "industri*" OR "innovacion"',
    '"investigacion" W/3 "desarrollo"',
    '"carretera*" OR "transporte*" OR "internet" OR "banda ancha"',
    '"tecnologi*" OR "digital*"',
  ],
  10: [
    '"desigualdad*" OR "discriminacion"',
    '"migrante*" OR "migracion*" OR "refugiad*"',
    '"inclusion" W/3 ("social" OR "economica" OR "politica")',
    '"discapacidad*" OR "minoria*"',
  ],
  11: [
    '"ciudad*" OR "urban*"',
    '"vivienda*" OR "barrios marginales" OR "asentamiento*"',
    '"transporte publico"',
    '"patrimonio" OR "espacios verdes" OR "residuos urbanos"',
  ],
  12: [
    '"consumo" W/3 ("sostenible*" OR "responsable*")',
    '"produccion sostenible" OR "economia circular"',
    '"residuo*" OR "desecho*" OR "reciclaje" OR "desperdicio*"',
    '"productos quimicos" OR "reutilizacion"',
  ],
  13: [
    '"clima*" OR "calentamiento global"',
    '"gases de efecto invernadero" OR "emisiones de carbono" OR "co2"',
    '"adaptacion" W/3 ("clima*" OR "cambio")',
    '"desastre* natural*" OR "sequia*" OR "inundacion*"',
  ],
  14: [
    '"ocean*" OR "mar" OR "mares" OR "marin*" OR "coster*" OR "litoral"',
    '"pesca*" OR "pescador*" OR "pesquer*" OR "peces"',
    '"arrecife*" OR "coral*" OR "manglar*"',
    '"areas marinas protegidas" OR "contaminacion marina"',
  ],
  15: [
    '"bosque*" OR "deforestacion" OR "reforestacion"',
    '"biodiversidad" OR "especies amenazadas" OR "fauna" OR "flora"',
    '"desertificacion" OR "degradacion de la tierra" OR "suelos degradados"',
    '"ecosistemas terrestres" OR "caza furtiva"',
  ],
  16: [
    '"paz" OR "conflicto*" OR "violencia"',
    '"justicia" OR "estado de derecho" OR "tribunal*"',
    '"corrupcion" OR "transparencia" OR "gobernanza"',
    '"instituciones" W/3 ("eficaces" OR "responsables")',
    '"derechos humanos"',
  ],
  17: [
    '"alianza*" OR "cooperacion internacional"',
    '"asistencia oficial para el desarrollo" OR "donantes"',
    '"creacion de capacidad*" OR "transferencia de tecnologia*"',
    '"comercio internacional" OR "deuda"',
    '"multiactor*" OR "sociedad civil"',
  ],
};

const DE: Seeds = {
  1: [
    '"armut*" OR "arm" OR "arme" OR "armen"',
    '"soziale sicherung" OR "sozialschutz*" OR "grundsicherung"',
    '"mikrokredit*" OR "mikrofinanz*"',
    '"einkommen*" W/3 ("niedrig*" OR "gering*")',
  ],
  2: [
    '"hunger*" OR "hungersnot" OR "mangelernahrung" OR "unterernahrung"',
    '"ernahrungssicherheit" OR "ernahrungssicherung" OR "lebensmittel*" OR "nahrungsmittel*"',
    '"landwirtschaft*" OR "landwirt*" OR "bauer*" OR "kleinbauer*"',
    '"ernte*" OR "saatgut" OR "viehzucht" OR "anbau"',
  ],
  3: [
    '"gesundheit*" OR "krankheit*" OR "krankenhaus*" OR "klinik*"',
    '"impf*" OR "malaria" OR "tuberkulose" OR "hiv" OR "aids"',
    '"sterblichkeit" OR "mutter- und kindergesundheit"',
    '"arzt" OR "arzte" OR "pflege*" OR "gesundheitsstation*"',
  ],
  4: [
    '"bildung*" OR "schule*" OR "schul*" OR "unterricht*"',
    '"schuler*" OR "student*" OR "lehrer*" OR "lehrkraft*"',
    '"alphabetisierung" OR "berufsausbildung" OR "ausbildung*"',
    '"universitat*" OR "hochschul*" OR "stipendi*"',
  ],
  5: [
    '"gleichstellung" OR "geschlechtergerechtigkeit" OR "gleichberechtigung"',
    '"frauen" W/3 ("starkung" OR "rechte" OR "gewalt")',
    '"madchen" OR "weiblich*"',
    '"kinderehe*" OR "genitalverstummelung" OR "geschlechtsspezifische gewalt"',
  ],
  6: [
    '"trinkwasser*"',
    '"brunnen" OR "latrine*" OR "toilette*"',
    '"sanitar*" OR "abwasser*" OR "klaranlage*"',
    '"zugang" W/3 ("wasser*" OR "trinkwasser*")',
    '"hygiene" W/3 ("wasser*" OR "hande*")',
    '"wasserversorgung" OR "wasserressourcen" OR "grundwasser"',
  ],
  7: [
    '"energie*" W/3 ("erneuerbar*" OR "sauber*")',
    '"erneuerbare energie*" OR "solar*" OR "photovoltaik" OR "windkraft" OR "wasserkraft"',
    '"strom*" OR "elektrifizierung" OR "elektrizitat"',
    '"energieeffizienz"',
  ],
  8: [
    '"beschaftigung" OR "arbeitsplatz*" OR "arbeitslosigkeit" OR "menschenwurdige arbeit"',
    '"wirtschaftswachstum" OR "produktivitat"',
    '"unternehmer*" OR "kleinunternehmen" OR "existenzgrund*"',
    '"kinderarbeit" OR "zwangsarbeit" OR "lohn*" OR "lohne"',
  ],
  9: [
    '"infrastruktur*" OR "industri*" OR "innovation*"',
    '"forschung" W/3 "entwicklung"',
    '"strasse*" OR "verkehr*" OR "internet" OR "breitband*"',
    '"technologi*" OR "digital*"',
  ],
  10: ['"ungleichheit*" OR "diskriminierung"', '"migrant*" OR "migration" OR "fluchtling*"', '"inklusion" OR "teilhabe"', '"behinderung*" OR "minderheit*"'],
  11: [
    '"stadt" OR "stadte" OR "stadtisch*" OR "urban*"',
    '"wohnraum" OR "wohnung*" OR "slum*"',
    '"offentlicher nahverkehr" OR "offentliche verkehrsmittel"',
    '"kulturerbe" OR "grunflache*"',
  ],
  12: [
    '"konsum" W/3 ("nachhaltig*" OR "verantwortungsvoll*")',
    '"nachhaltige produktion" OR "kreislaufwirtschaft"',
    '"abfall*" OR "mull" OR "recycling" OR "lebensmittelverschwendung"',
    '"chemikalien" OR "wiederverwendung"',
  ],
  13: [
    '"klima*"',
    '"treibhausgas*" OR "co2" OR "emissionen"',
    '"anpassung" W/3 ("klima*" OR "klimawandel")',
    '"naturkatastrophe*" OR "durre*" OR "uberschwemmung*" OR "hochwasser"',
  ],
  14: [
    '"meer*" OR "ozean*" OR "kuste*" OR "marin*"',
    '"fischerei*" OR "fischer" OR "fisch*" OR "uberfischung"',
    '"riff*" OR "korall*" OR "mangrove*"',
    '"meeresschutzgebiet*" OR "meeresverschmutzung"',
  ],
  15: [
    '"wald*" OR "walder" OR "entwaldung" OR "aufforstung"',
    '"biodiversitat" OR "artenvielfalt" OR "bedrohte arten" OR "tierwelt"',
    '"wustenbildung" OR "bodendegradation" OR "bodenschutz"',
    '"landokosystem*" OR "wilderei"',
  ],
  16: [
    '"frieden*" OR "konflikt*" OR "gewalt"',
    '"justiz" OR "rechtsstaat*" OR "gericht*"',
    '"korruption" OR "transparenz" OR "regierungsfuhrung"',
    '"institutionen" W/3 ("leistungsfahig*" OR "rechenschaftspflichtig*")',
    '"menschenrechte*"',
  ],
  17: [
    '"partnerschaft*" OR "internationale zusammenarbeit"',
    '"entwicklungshilfe" OR "entwicklungszusammenarbeit" OR "geber*"',
    '"kapazitatsaufbau" OR "technologietransfer"',
    '"welthandel" OR "schulden*"',
    '"multi-akteur*" OR "zivilgesellschaft"',
  ],
};

const SEEDS = { fr: FR, es: ES, de: DE } as const;

export const seedQueries: ShippedQuery[] = Object.entries(SEEDS).flatMap(([lang, goals]) =>
  Object.entries(goals).flatMap(([goal, queries]) => queries.map((query) => ({ goal: Number(goal), target: null, query, seed: lang as 'fr' | 'es' | 'de' }))),
);
