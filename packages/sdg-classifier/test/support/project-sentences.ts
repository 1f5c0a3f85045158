/**
 * One short project description per goal in four languages, written for these tests
 * (the same project in each language), to check that every language reaches every goal.
 */
export const PROJECT_SENTENCES: Record<number, { en: string; fr: string; es: string; de: string }> = {
  1: {
    en: 'Cash transfers and social protection lift the poorest households out of extreme poverty.',
    fr: 'Des transferts monétaires et une protection sociale sortent les ménages les plus pauvres de l’extrême pauvreté.',
    es: 'Las transferencias monetarias y la protección social sacan a los hogares más pobres de la pobreza extrema.',
    de: 'Bargeldtransfers und soziale Sicherung holen die ärmsten Haushalte aus der extremen Armut.',
  },
  2: {
    en: 'Smallholder farmers receive seeds and training to end hunger and improve food security.',
    fr: 'Les petits exploitants agricoles reçoivent des semences et une formation pour éliminer la faim et améliorer la sécurité alimentaire.',
    es: 'Los pequeños agricultores reciben semillas y capacitación para acabar con el hambre y mejorar la seguridad alimentaria.',
    de: 'Kleinbauern erhalten Saatgut und Schulungen, um den Hunger zu beenden und die Ernährungssicherheit zu verbessern.',
  },
  3: {
    en: 'Mobile clinics vaccinate children and treat malaria in remote districts.',
    fr: 'Des cliniques mobiles vaccinent les enfants et soignent le paludisme dans les districts isolés.',
    es: 'Clínicas móviles vacunan a los niños y tratan la malaria en distritos remotos.',
    de: 'Mobile Kliniken impfen Kinder und behandeln Malaria in abgelegenen Bezirken.',
  },
  4: {
    en: 'We build primary schools and train teachers so that every child learns to read.',
    fr: 'Nous construisons des écoles primaires et formons des enseignants pour que chaque enfant apprenne à lire.',
    es: 'Construimos escuelas primarias y formamos docentes para que cada niño aprenda a leer.',
    de: 'Wir bauen Grundschulen und bilden Lehrkräfte aus, damit jedes Kind lesen lernt.',
  },
  5: {
    en: 'The programme fights violence against women and promotes gender equality in local councils.',
    fr: 'Le programme lutte contre la violence à l’égard des femmes et promeut l’égalité des sexes dans les conseils locaux.',
    es: 'El programa combate la violencia contra las mujeres y promueve la igualdad de género en los consejos locales.',
    de: 'Das Programm bekämpft Gewalt gegen Frauen und fördert die Gleichstellung der Geschlechter in den Gemeinderäten.',
  },
  6: {
    en: 'We build wells and latrines for access to safe drinking water in rural villages.',
    fr: 'Nous construisons des puits et des latrines pour l’accès à l’eau potable dans les villages ruraux.',
    es: 'Construimos pozos y letrinas para el acceso al agua potable en las aldeas rurales.',
    de: 'Wir bauen Brunnen und Latrinen für den Zugang zu sauberem Trinkwasser in ländlichen Dörfern.',
  },
  7: {
    en: 'Solar panels bring renewable electricity to off-grid communities.',
    fr: 'Des panneaux solaires apportent une électricité renouvelable aux communautés non raccordées au réseau.',
    es: 'Los paneles solares llevan electricidad renovable a comunidades sin conexión a la red.',
    de: 'Solarmodule bringen erneuerbaren Strom in Gemeinden ohne Netzanschluss.',
  },
  8: {
    en: 'Young people find decent jobs through apprenticeships with local small businesses.',
    fr: 'Les jeunes trouvent un emploi décent grâce à l’apprentissage dans les petites entreprises locales.',
    es: 'Los jóvenes encuentran empleo decente mediante el aprendizaje en pequeñas empresas locales.',
    de: 'Junge Menschen finden durch Lehrstellen in kleinen Betrieben vor Ort menschenwürdige Arbeit.',
  },
  9: {
    en: 'The partnership extends broadband internet and supports industrial innovation in small towns.',
    fr: 'Le partenariat étend l’internet haut débit et soutient l’innovation industrielle dans les petites villes.',
    es: 'La alianza extiende el internet de banda ancha y apoya la innovación industrial en pequeñas ciudades.',
    de: 'Die Partnerschaft baut Breitband-Internet aus und fördert industrielle Innovation in Kleinstädten.',
  },
  10: {
    en: 'Migrants and people with disabilities gain equal access to services, reducing inequality.',
    fr: 'Les migrants et les personnes handicapées accèdent aux services sur un pied d’égalité, ce qui réduit les inégalités.',
    es: 'Los migrantes y las personas con discapacidad acceden a los servicios en igualdad, lo que reduce la desigualdad.',
    de: 'Migranten und Menschen mit Behinderung erhalten gleichen Zugang zu Diensten, was Ungleichheit verringert.',
  },
  11: {
    en: 'The city upgrades slums with affordable housing and public transport.',
    fr: 'La ville réhabilite les bidonvilles avec des logements abordables et des transports publics.',
    es: 'La ciudad mejora los barrios marginales con viviendas asequibles y transporte público.',
    de: 'Die Stadt saniert Slums mit bezahlbarem Wohnraum und öffentlichem Nahverkehr.',
  },
  12: {
    en: 'Restaurants cut food waste and recycle packaging as part of a circular economy.',
    fr: 'Les restaurants réduisent le gaspillage alimentaire et recyclent les emballages dans une économie circulaire.',
    es: 'Los restaurantes reducen el desperdicio de alimentos y reciclan envases en una economía circular.',
    de: 'Restaurants verringern Lebensmittelverschwendung und recyceln Verpackungen im Sinne der Kreislaufwirtschaft.',
  },
  13: {
    en: 'Municipalities prepare climate adaptation plans and cut greenhouse gas emissions.',
    fr: 'Les communes préparent des plans d’adaptation au changement climatique et réduisent les émissions de gaz à effet de serre.',
    es: 'Los municipios preparan planes de adaptación al cambio climático y reducen las emisiones de gases de efecto invernadero.',
    de: 'Gemeinden erstellen Pläne zur Anpassung an den Klimawandel und senken Treibhausgasemissionen.',
  },
  14: {
    en: 'Fishing communities protect coral reefs and restore mangroves along the coast.',
    fr: 'Les communautés de pêcheurs protègent les récifs coralliens et restaurent les mangroves le long de la côte.',
    es: 'Las comunidades pesqueras protegen los arrecifes de coral y restauran los manglares a lo largo de la costa.',
    de: 'Fischergemeinden schützen Korallenriffe und stellen Mangroven entlang der Küste wieder her.',
  },
  15: {
    en: 'Volunteers plant trees against deforestation and protect endangered species in the forest.',
    fr: 'Des bénévoles plantent des arbres contre la déforestation et protègent les espèces menacées de la forêt.',
    es: 'Voluntarios plantan árboles contra la deforestación y protegen las especies amenazadas del bosque.',
    de: 'Freiwillige pflanzen Bäume gegen die Entwaldung und schützen bedrohte Arten im Wald.',
  },
  16: {
    en: 'The project trains judges and fights corruption to strengthen the rule of law.',
    fr: 'Le projet forme des juges et lutte contre la corruption pour renforcer l’état de droit.',
    es: 'El proyecto capacita a jueces y combate la corrupción para fortalecer el estado de derecho.',
    de: 'Das Projekt schult Richter und bekämpft Korruption, um die Rechtsstaatlichkeit zu stärken.',
  },
  17: {
    en: 'A multi-stakeholder partnership of donors, governments and civil society mobilises funding and builds capacity.',
    fr: 'Un partenariat multipartite de bailleurs, de gouvernements et de la société civile mobilise des financements et renforce les capacités.',
    es: 'Una alianza de múltiples actores entre donantes, gobiernos y sociedad civil moviliza financiación y fortalece capacidades.',
    de: 'Eine Multi-Akteurs-Partnerschaft aus Gebern, Regierungen und Zivilgesellschaft mobilisiert Finanzmittel und baut Kapazitäten auf.',
  },
};
