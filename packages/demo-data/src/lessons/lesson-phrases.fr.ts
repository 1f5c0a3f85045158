import type { LanguagePhrases } from './lesson-phrases.js';

// Briques en français pour les leçons de démonstration (rédaction originale).
export const frenchPhrases: LanguagePhrases = {
  factors: {
    JOINT_OBJECTIVES: {
      failure: 'trois projets sous un même logo',
      tool: 'une fiche de vision d’une page',
      topics: ['une vision commune tenant sur une page', 's’accorder sur la chaîne de résultats avant la première activité'],
      situations: {
        SUCCESS: [
          'Pendant les {months} premiers mois, les partenaires ont consacré deux ateliers à une chaîne de résultats commune, et chaque décision ultérieure a été vérifiée à partir d’elle.',
        ],
        FAILURE: [
          'Chaque partenaire est arrivé avec ses propres objectifs et, au bout de {months} mois, nous menions trois projets sous un même logo au lieu d’un vrai partenariat.',
        ],
        PRACTICE: [
          'Chaque année, les partenaires revoient ensemble les objectifs communs et les jalons, et ils rayent ce qui ne sert plus la vision partagée.',
        ],
        TOOL: ['Nous utilisons une fiche de vision d’une page qui présente les objectifs communs, les jalons datés et l’indicateur de chacun.'],
      },
      causes: {
        SUCCESS: ['Comme les objectifs avaient été négociés et non imposés, les partenaires les ont défendus lorsque les budgets se sont resserrés.'],
        FAILURE: [
          'Personne n’avait demandé ce que chaque organisation attendait vraiment du partenariat, si bien que les objectifs communs sont restés flous.',
        ],
        PRACTICE: ['Le contexte évolue vite, et des objectifs que personne ne revoit deviennent peu à peu une liste de souhaits.'],
        TOOL: ['Une seule page se lit en réunion du comité de pilotage et reste assez concrète pour trancher les débats sur les priorités.'],
      },
      lessons: [
        'Des objectifs communs ne tiennent que si chaque partenaire y retrouve son intérêt et si les jalons sont datés.',
        'Le temps investi au départ dans une vision commune est largement rentabilisé pendant la mise en œuvre.',
      ],
      tips: [
        'Formulez les objectifs dans des mots que comprennent aussi bien un agent de district qu’un chef d’entreprise.',
        'Donnez à chaque jalon une date et un partenaire responsable.',
        'Demandez à chaque partenaire ce qu’il attend du partenariat, et notez-le.',
        'Vérifiez toute nouvelle activité au regard de la chaîne de résultats avant de la financer.',
      ],
    },
    LEADERSHIP: {
      failure: 'une organisation cheffe de file qui décidait seule',
      tool: 'un registre des décisions du groupe central',
      topics: ['un groupe central qui partage les risques', 'diriger par la négociation plutôt que par la hiérarchie'],
      situations: {
        SUCCESS: [
          'Un groupe central de quatre organisations a pris la responsabilité du partenariat, et chacune a engagé du personnel et des fonds sur son propre budget.',
        ],
        FAILURE: [
          'Une organisation cheffe de file prenait toutes les décisions seule, et au bout de {months} mois les autres partenaires ne venaient plus aux réunions.',
        ],
        PRACTICE: [
          'La présidence du groupe central change chaque année entre une administration publique, une entreprise et une organisation de la société civile.',
        ],
        TOOL: ['Nous tenons un registre court où le groupe central note chaque décision, qui l’a proposée et comment elle a été négociée.'],
      },
      causes: {
        SUCCESS: ['Le partage des risques a poussé les membres à se soucier des résultats plutôt que de leur propre visibilité.'],
        FAILURE: ['L’organisation cheffe de file confondait coordination et contrôle, et personne d’autre ne se sentait responsable des résultats.'],
        PRACTICE: ['La rotation empêche un seul partenaire de s’approprier l’ordre du jour et permet à chaque secteur d’apprendre à diriger.'],
        TOOL: ['Un registre écrit montre aux nouveaux venus comment les décisions sont prises et évite de rouvrir les vieux débats.'],
      },
      lessons: [
        'Un partenariat a besoin d’un groupe central qui investit ses propres ressources ; la bonne volonté ne suffit pas en temps de crise.',
        'Diriger un partenariat, c’est négocier les décisions, et non donner des instructions.',
      ],
      tips: [
        'Demandez à chaque membre du groupe central un engagement concret en ressources, pas seulement son logo.',
        'Faites tourner la présidence pour qu’aucun partenaire ne s’approprie l’ordre du jour.',
        'Convenez de la manière de négocier les décisions avant la première décision difficile.',
        'Gardez un groupe central assez petit pour se réunir rapidement.',
      ],
    },
    HIGH_LEVEL_SUPPORT: {
      failure: 'quand notre seul champion a quitté ses fonctions',
      tool: 'une note de deux pages pour notre champion',
      topics: ['un ministre comme champion', 'le soutien des directions des partenaires'],
      situations: {
        SUCCESS: [
          'Une vice-ministre a accepté de jouer le rôle de championne et a ouvert la revue annuelle, ce qui a amené à la table des responsables de district qui nous ignoraient jusque-là.',
        ],
        FAILURE: [
          'Notre champion a quitté ses fonctions après une élection et, en {months} mois, le ministère a retiré le personnel qu’il avait détaché auprès du partenariat.',
        ],
        PRACTICE: [
          'Deux fois par an, nous informons la direction de chaque organisation partenaire, et pas seulement les personnes qui assistent à nos réunions.',
        ],
        TOOL: ['Avant chaque rencontre de haut niveau, nous préparons une note de deux pages avec trois résultats, une demande et une photo du terrain.'],
      },
      causes: {
        SUCCESS: ['Le soutien politique a facilité l’engagement des fonctionnaires, car le partenariat faisait désormais partie de leur travail officiel.'],
        FAILURE: ['Tout le soutien de haut niveau reposait sur une seule personne, et personne n’avait tissé de liens avec l’administration.'],
        PRACTICE: [
          'Les personnes présentes aux réunions n’ont souvent pas le mandat d’engager leur organisation, et ce sont leurs directions qui décident des budgets.',
        ],
        TOOL: ['Les décideurs lisent les notes courtes, et une demande claire leur donne quelque chose de concret à accepter.'],
      },
      lessons: [
        'Les champions ouvrent des portes, mais le soutien doit être ancré dans les institutions et pas seulement chez des individus.',
        'L’appui des directions des partenaires compte autant que l’élan politique extérieur.',
      ],
      tips: [
        'Cherchez au moins deux champions dans des institutions différentes.',
        'Préparez pour votre champion une seule demande claire plutôt qu’un long rapport.',
        'Entretenez des liens avec les fonctionnaires qui restent quand les ministres changent.',
        'Invitez les directions des partenaires à une visite de terrain par an.',
      ],
    },
    RIGHT_STAKEHOLDERS: {
      failure: 'beaucoup de partenaires, mais pas les groupes concernés',
      tool: 'une cartographie des acteurs selon leur influence',
      topics: ['associer les communautés concernées dès le départ', 'les bons partenaires plutôt que le plus grand nombre'],
      situations: {
        SUCCESS: [
          'Avant la phase de conception, nous avons cartographié les acteurs qui influencent le problème et invité deux associations communautaires et un groupement de commerçants auxquels personne n’avait pensé.',
        ],
        FAILURE: [
          'Nous avons invité {partners} organisations au lancement, mais les groupements de femmes et de producteurs les plus touchés par le problème n’en faisaient pas partie.',
        ],
        PRACTICE: [
          'À chaque revue annuelle, nous nous demandons quel groupe manque encore autour de la table et qui devrait partir parce qu’il n’apporte plus rien.',
        ],
        TOOL: ['Notre cartographie des acteurs place chaque organisation selon son influence sur le problème et selon la manière dont le problème la touche.'],
      },
      causes: {
        SUCCESS: ['La cartographie a montré que les usagers des services n’avaient pas voix au chapitre, alors que leur savoir était la pièce manquante.'],
        FAILURE: [
          'Nous avions confondu le nombre de partenaires avec la légitimité, et les groupes oubliés ont vu le partenariat comme un projet venu de l’extérieur.',
        ],
        PRACTICE: ['Les besoins d’un partenariat changent d’une phase à l’autre, et une composition adaptée à la conception peut freiner la mise en œuvre.'],
        TOOL: ['Voir l’influence et le degré de concernement sur une seule feuille révèle des lacunes qu’une liste de membres ne montre jamais.'],
      },
      lessons: [
        'Les bons acteurs sont ceux dont les objectifs ont besoin et ceux que le problème touche, et non la plus longue liste de logos.',
        'Les groupes concernés doivent être à la table dès le début, et pas seulement à l’atelier de validation.',
      ],
      tips: [
        'Dressez une cartographie des acteurs avant d’envoyer la première invitation.',
        'Prévoyez un budget de déplacement pour que les représentants communautaires puissent venir.',
        'Demandez à chaque nouveau partenaire ce qu’il apporte que le partenariat n’a pas encore.',
        'Revoyez la composition du partenariat à la fin de chaque phase.',
      ],
    },
    TRUST: {
      failure: 'des données communes publiées sans accord',
      tool: 'un baromètre de confiance semestriel',
      topics: ['la confiance bâtie sur de petites promesses tenues', 'traiter d’égal à égal'],
      situations: {
        SUCCESS: [
          'La première année, les partenaires se sont fixé de petites tâches communes à court délai ; en tenant ces promesses, ils ont bâti la confiance qui a permis de traverser plus tard une coupe budgétaire.',
        ],
        FAILURE: [
          'Une entreprise partenaire a publié sans demander les résultats de notre enquête commune et, pendant {months} mois, les partenaires de la société civile ont refusé de partager d’autres données.',
        ],
        PRACTICE: ['Chaque réunion des partenaires commence par un tour de table où chaque organisation dit ouvertement ce qui l’inquiète.'],
        TOOL: [
          'Nous utilisons un baromètre de confiance simple : deux fois par an, chaque partenaire note de façon anonyme à quel point il peut parler librement.',
        ],
      },
      causes: {
        SUCCESS: [
          'Des partenaires de secteurs différents se jugeaient sur leurs actes plutôt que sur leurs paroles, et les petites tâches leur ont donné des preuves rapides.',
        ],
        FAILURE: ['Rien n’avait été convenu sur la propriété des données communes, et l’entreprise pensait pouvoir utiliser librement l’enquête.'],
        PRACTICE: ['Une inquiétude exprimée tôt peut être traitée ; une inquiétude cachée devient un conflit.'],
        TOOL: ['Les notes anonymes révèlent une perte de confiance bien avant qu’un partenaire ne s’en aille.'],
      },
      lessons: [
        'La confiance naît des promesses tenues et de relations d’égal à égal ; elle ne se décrète pas dans un protocole d’accord.',
        'Une rupture de confiance coûte plus de temps que n’importe quel problème technique : fixez tôt les règles sur les données et la visibilité.',
      ],
      tips: [
        'Commencez par de petites tâches communes qui peuvent réussir en quelques semaines.',
        'Convenez par écrit de qui peut publier quoi à partir du travail commun.',
        'Rencontrez-vous de façon informelle autant que formelle, surtout les premiers mois.',
        'Prenez au sérieux les inquiétudes de chaque partenaire, quelle que soit sa taille.',
      ],
    },
    SHARED_LANGUAGE: {
      failure: 'clients, bénéficiaires ou titulaires de droits ?',
      tool: 'un glossaire commun toujours à jour',
      topics: ['un glossaire qui a mis fin aux malentendus', 'dépasser les logiques différentes'],
      situations: {
        SUCCESS: [
          'Après une réunion houleuse, les partenaires ont rédigé un glossaire des vingt termes qu’ils employaient différemment, et le ton des discussions a changé presque aussitôt.',
        ],
        FAILURE: [
          'Pendant {months} mois, l’entreprise parlait de clients, le ministère de bénéficiaires et les ONG de titulaires de droits, et chacun pensait que les autres n’écoutaient pas.',
        ],
        PRACTICE: [
          'Quand un nouveau partenaire arrive, un partenaire plus ancien d’un autre secteur lui présente notre énoncé commun du problème et nos termes clés.',
        ],
        TOOL: ['Notre glossaire commun est un document vivant : chaque terme, son sens pour chaque secteur et le sens retenu dans le partenariat.'],
      },
      causes: {
        SUCCESS: ['Nommer les différences de vocabulaire a montré que les partenaires étaient bien moins en désaccord sur le fond qu’ils ne le pensaient.'],
        FAILURE: [
          'Personne n’a reconnu que les secteurs suivent des logiques différentes, et les désaccords sur les mots ont été pris pour des désaccords sur les valeurs.',
        ],
        PRACTICE: ['Les nouveaux venus apportent leur propre vocabulaire, et sans introduction les anciens malentendus reviennent.'],
        TOOL: ['Un glossaire écrit transforme une différence culturelle abstraite en un sujet que l’on peut discuter calmement.'],
      },
      lessons: [
        'Chaque secteur a ses mots et sa logique ; le reconnaître ouvertement est le premier pas vers un langage commun.',
        'Un énoncé commun du problème et un court glossaire épargnent des heures de dialogue de sourds.',
      ],
      tips: [
        'Notez les termes que les partenaires emploient différemment et convenez d’un sens commun.',
        'Demandez à un partenaire d’un autre secteur de résumer votre position avant de répondre.',
        'Traduisez les documents clés dans toutes les langues de travail du partenariat.',
        'Présentez l’énoncé commun du problème aux nouveaux venus dès leur premier mois.',
      ],
    },
    SECRETARIAT: {
      failure: 'un secrétariat tenu en plus d’un autre travail',
      tool: 'un tableau de suivi hebdomadaire du secrétariat',
      topics: ['un secrétariat neutre doté de son propre personnel', 'la coordination ne se fait pas à côté'],
      situations: {
        SUCCESS: [
          'Au passage à la mise en œuvre, nous avons recruté un coordinateur qui travaille uniquement pour le secrétariat, et les comptes rendus, budgets et rapports ont commencé à arriver à temps.',
        ],
        FAILURE: [
          'Le secrétariat était hébergé par le plus grand partenaire et tenu par une de ses agentes en plus de son travail habituel ; au bout de {months} mois, les autres y voyaient le projet de cette organisation.',
        ],
        PRACTICE: [
          'Notre secrétariat est hébergé par une université sans intérêt dans la mise en œuvre, et ses {partners} partenaires en partagent le coût selon leur budget.',
        ],
        TOOL: [
          'Le secrétariat tient un tableau de suivi partagé qui liste chaque tâche convenue, son responsable et son échéance, et l’envoie chaque semaine à tous les partenaires.',
        ],
      },
      causes: {
        SUCCESS: [
          'Un personnel dédié avait le temps de bien préparer les décisions, et sa neutralité incitait chaque partenaire à lui confier des informations.',
        ],
        FAILURE: [
          'Une coordination faite à côté est toujours la première tâche abandonnée, et un secrétariat logé chez un partenaire n’est jamais perçu comme neutre.',
        ],
        PRACTICE: ['Un hôte neutre aide des organisations concurrentes à partager l’information, et le partage des coûts donne à chacun un intérêt.'],
        TOOL: ['Une liste visible des tâches et des responsables remplace les relances et fait des retards une affaire commune.'],
      },
      lessons: [
        'Dès la mise en œuvre au plus tard, un partenariat a besoin d’un secrétariat neutre et bien équipé, avec au moins une personne dédiée à la coordination.',
        'La neutralité du secrétariat compte autant que ses moyens.',
      ],
      tips: [
        'Budgétez au moins un coordinateur à plein temps avant le début de la mise en œuvre.',
        'Hébergez le secrétariat chez une organisation qui ne brigue pas les financements du partenariat.',
        'Faites partager le coût du secrétariat par tous les partenaires, même pour de petits montants.',
        'Donnez au secrétariat un mandat clair et écrit.',
      ],
    },
    EQUAL_GOVERNANCE: {
      failure: 'des décisions préparées par les seuls bailleurs',
      tool: 'un organigramme de gouvernance public',
      topics: ['un droit de décision pour chaque partenaire', 'l’information pour tous, pas seulement pour le comité de pilotage'],
      situations: {
        SUCCESS: [
          'Nous avons changé les règles pour que chaque partenaire, y compris la plus petite organisation communautaire, ait un siège et une voix au comité de pilotage.',
        ],
        FAILURE: [
          'Les décisions étaient préparées par les deux bailleurs puis soumises aux autres pour approbation, et en {months} mois trois partenaires de la société civile étaient partis.',
        ],
        PRACTICE: [
          'Les documents du comité de pilotage parviennent à tous les partenaires au moins deux semaines avant la réunion, dans chaque langue de travail.',
        ],
        TOOL: [
          'Nous publions un organigramme de gouvernance qui montre quelle instance décide de quoi, qui y siège et comment chaque partenaire peut inscrire un point à l’ordre du jour.',
        ],
      },
      causes: {
        SUCCESS: [
          'Les petits partenaires ont commencé à faire remonter les problèmes du terrain, car ils savaient que leur avis pouvait changer une décision.',
        ],
        FAILURE: ['Les partenaires qui ne peuvent pas peser sur les décisions cessent de s’y investir, et le poids des bailleurs est devenu la seule règle.'],
        PRACTICE: ['L’égal accès aux décisions vaut peu sans un égal accès aux informations sur lesquelles elles reposent.'],
        TOOL: ['Des règles écrites protègent les partenaires les plus faibles et rendent le modèle de gouvernance facile à expliquer.'],
      },
      lessons: [
        'Chaque partenaire doit avoir accès aux décisions et aux informations qui les fondent ; sinon le partenariat devient un bailleur entouré de prestataires.',
        'Les règles de gouvernance doivent protéger le partenaire le plus faible, car le plus fort sait se défendre.',
      ],
      tips: [
        'Envoyez les documents assez tôt pour que les partenaires consultent leur propre organisation.',
        'Écrivez quelle instance décide de quoi et comment un partenaire peut soulever un point.',
        'Observez qui prend réellement la parole en réunion, pas seulement qui est présent.',
        'Proposez une interprétation pour que la langue ne décide pas de la participation.',
      ],
    },
    RESOURCES: {
      failure: 'un bailleur dominant nous a rendus fragiles',
      tool: 'un tableau des ressources en argent, en temps et en nature',
      topics: ['d’un seul bailleur à cinq', 'un budget vérifié chaque trimestre'],
      situations: {
        SUCCESS: ['En deux ans, nous sommes passés d’un seul bailleur à cinq sources de financement, et aucune ne couvre plus d’un tiers du budget.'],
        FAILURE: [
          'Un seul bailleur apportait {pct} % de notre budget et, quand il a changé de stratégie pays, le partenariat a perdu la plupart de son personnel en {months} mois.',
        ],
        PRACTICE: ['Chaque trimestre, le comité de pilotage compare le budget aux activités prévues et ajuste les deux lors de la même réunion.'],
        TOOL: [
          'Nous tenons un tableau simple des apports de chaque partenaire en argent, en temps de travail et en nature, pour voir l’ensemble d’un coup d’œil.',
        ],
      },
      causes: {
        SUCCESS: [
          'Diversifier les financements a rendu le partenariat moins dépendant d’un seul agenda, et les nouveaux bailleurs ont apporté des contacts autant que des fonds.',
        ],
        FAILURE: [
          'Nous n’avions jamais prévu le départ du bailleur, et les attentes liées à son financement avaient orienté nos priorités plus que nous ne l’admettions.',
        ],
        PRACTICE: ['Un budget vérifié une fois par an cache les déficits jusqu’à ce qu’il soit trop tard pour réagir.'],
        TOOL: [
          'Les contributions en nature et le temps de travail dépassent souvent l’argent, mais ils disparaissent quand on ne compte que les financements.',
        ],
      },
      lessons: [
        'Un financement venant d’une source dominante rend un partenariat fragile ; diversifiez tôt et parlez ouvertement des attentes liées aux financements.',
        'Le temps, les personnes et l’argent doivent correspondre aux rôles des partenaires, et le budget doit être vérifié régulièrement.',
      ],
      tips: [
        'Gardez la part du plus grand bailleur sous la moitié du budget.',
        'Demandez ouvertement à chaque bailleur ce qu’il attend en échange de son financement.',
        'Vérifiez que chaque partenaire dispose du personnel que son rôle exige.',
        'Comptez le temps de travail et les apports en nature à côté des financements.',
      ],
    },
    CONTEXT_ALIGNMENT: {
      failure: 'une initiative parallèle dans le même district',
      tool: 'une carte de toutes les initiatives de la région',
      topics: ['se répartir les districts avec un programme similaire', 's’aligner sur ce qui existe déjà'],
      situations: {
        SUCCESS: [
          'Notre analyse du contexte a révélé un programme public poursuivant le même but dans deux de nos districts ; nous nous sommes réparti les districts et partageons une seule base de données de référence.',
        ],
        FAILURE: [
          'Six mois après notre lancement, nous avons découvert une initiative parallèle dans le même district, avec les mêmes villages et des indemnités plus élevées.',
        ],
        PRACTICE: [
          'Avant de choisir un nouveau site, nous consultons le registre national des initiatives et rencontrons le service de planification du district.',
        ],
        TOOL: [
          'Nous tenons une carte de toutes les initiatives connues dans notre domaine, mise à jour tous les {months} mois avec les autorités de district.',
        ],
      },
      causes: {
        SUCCESS: ['Parler tôt avec l’autre programme a transformé un concurrent en allié et libéré des fonds pour des districts que personne ne desservait.'],
        FAILURE: ['Nous avions analysé le problème mais pas les autres acteurs, et les communautés ne comprenaient plus rien face à deux projets semblables.'],
        PRACTICE: ['Les autorités de district savent ce qui est prévu bien avant que cela n’apparaisse dans une base de données.'],
        TOOL: ['Une carte partagée rend les doublons visibles et donne aux autorités une raison de se coordonner avec nous.'],
      },
      lessons: [
        'Analysez les autres initiatives aussi soigneusement que le problème lui-même ; les doublons gaspillent des financements et déroutent les populations.',
        'Une stratégie globale a besoin d’une mise en œuvre locale qui tienne compte de ce qui existe déjà sur le terrain.',
      ],
      tips: [
        'Consultez les registres existants et les plans de district avant de choisir vos sites.',
        'Rencontrez les autres initiatives de votre domaine dès la phase d’initiation.',
        'Convenez par écrit d’une répartition des zones ou des tâches avec les programmes similaires.',
        'Partagez les données de référence avec les initiatives qui travaillent sur le même problème.',
      ],
    },
    AGENDA_2030: {
      failure: 'neuf ODD annoncés, une seule cible démontrée',
      tool: 'une liste de contrôle reliant nos objectifs aux cibles des ODD',
      topics: ['relier notre contribution aux cibles des ODD', 'apprendre d’autres partenariats grâce à une plateforme'],
      situations: {
        SUCCESS: [
          'Dès la conception, nous avons relié nos objectifs à des cibles précises des ODD, ce qui nous a permis de parler le langage de la planification du ministère et de rejoindre la revue nationale.',
        ],
        FAILURE: [
          'Notre site web affichait une contribution à neuf ODD, mais quand un bailleur a demandé des preuves, nous n’avions des résultats que pour une seule cible.',
        ],
        PRACTICE: [
          'Chaque année, nous échangeons avec d’autres partenariats sur la plateforme nationale des ODD et comparons les cibles que nous servons et les lacunes qui restent.',
        ],
        TOOL: ['Nous utilisons une courte liste de contrôle qui relie chacun de nos objectifs à une ou deux cibles des ODD et nomme l’indicateur suivi.'],
      },
      causes: {
        SUCCESS: ['Un lien clair avec les cibles a rendu le partenariat lisible pour les planificateurs et a montré notre apport à l’effort national.'],
        FAILURE: ['Afficher des objectifs était devenu un exercice de communication, et personne n’avait évalué notre contribution avant de l’annoncer.'],
        PRACTICE: ['D’autres partenariats rencontrent les mêmes problèmes, et une méta-plateforme montre vite qui travaille sur les mêmes cibles.'],
        TOOL: ['Relier chaque objectif à une cible et à un indicateur garde nos affirmations honnêtes et faciles à vérifier.'],
      },
      lessons: [
        'Évaluez dès le départ votre contribution aux ODD et ne revendiquez que les cibles pour lesquelles vous pouvez montrer des résultats.',
        'Les échanges avec d’autres partenariats sur des méta-plateformes évitent de réinventer des solutions.',
      ],
      tips: [
        'Reliez chaque objectif à deux cibles des ODD au plus.',
        'Utilisez les indicateurs officiels des ODD lorsqu’ils correspondent à vos résultats.',
        'Inscrivez le partenariat sur la plateforme nationale ou mondiale des ODD.',
        'Comparez une fois par an vos cibles avec celles de partenariats similaires.',
      ],
    },
    RESULTS_MONITORING: {
      failure: 'compter les réunions au lieu des résultats',
      tool: 'une fiche de suivi avec situations de référence et responsables',
      topics: ['suivre le fonctionnement du partenariat lui-même', 'des situations de référence avant les activités'],
      situations: {
        SUCCESS: [
          'Nous avons mesuré la situation de référence de tous nos indicateurs avant la première activité ; après {months} mois, nous pouvions montrer une évolution de {pct} % au lieu de raconter des anecdotes.',
        ],
        FAILURE: [
          'Nous suivions le nombre de formations et de réunions, mais personne ne vérifiait si quelque chose changeait pour les personnes que nous voulions atteindre.',
        ],
        PRACTICE: [
          'En plus des résultats, nous suivons tous les six mois le partenariat lui-même : présence, décisions prises, contributions fournies et appréciation de la coopération.',
        ],
        TOOL: [
          'Notre fiche de suivi comporte une ligne par indicateur avec la référence, la cible, la dernière valeur, la source et le partenaire responsable.',
        ],
      },
      causes: {
        SUCCESS: ['Avec des références en place, les partenaires voyaient les progrès et discutaient des causes plutôt que des chiffres.'],
        FAILURE: [
          'Compter les activités était facile, alors que définir des indicateurs d’effet aurait imposé des discussions difficiles que nous avons évitées.',
        ],
        PRACTICE: ['Un partenariat peut échouer alors que ses projets réussissent, et seul le suivi de la coopération le montre à temps.'],
        TOOL: ['Désigner un partenaire responsable pour chaque indicateur fait du suivi une tâche commune et non la charge du seul secrétariat.'],
      },
      lessons: [
        'Suivez à la fois les résultats et le fonctionnement du partenariat, et fixez les situations de référence avant de commencer.',
        'Des indicateurs d’effet avec référence et cible en disent plus long que n’importe quel décompte d’activités.',
      ],
      tips: [
        'Fixez une référence et une cible pour chaque indicateur avant la mise en œuvre.',
        'Examinez les indicateurs en comité de pilotage au moins deux fois par an.',
        'Ajoutez deux ou trois indicateurs sur le fonctionnement du partenariat.',
        'Désignez un partenaire responsable pour chaque indicateur.',
      ],
    },
    EVALUATION_REPORTING: {
      failure: 'un rapport que seuls les bailleurs ont lu',
      tool: 'un calendrier des rapports pour tous les publics',
      topics: ['des rapports pour les bailleurs, les partenaires et le public', 'publier une évaluation avec ses points faibles'],
      situations: {
        SUCCESS: [
          'Nous avons publié l’intégralité de notre évaluation à mi-parcours, y compris les deux objectifs manqués, et la confiance des partenaires comme l’intérêt d’un nouveau bailleur ont grandi.',
        ],
        FAILURE: [
          'Nous avons produit un long rapport pour les bailleurs, et les partenaires communautaires n’ont jamais su ce qui avait été obtenu grâce à leur contribution.',
        ],
        PRACTICE: [
          'Nous rédigeons trois versions de chaque rapport annuel : une version détaillée pour les bailleurs, une courte pour les partenaires et une page illustrée pour le public.',
        ],
        TOOL: [
          'Notre calendrier des rapports indique chaque rapport attendu par les bailleurs et les partenaires, son format et son échéance, pour ne rien rédiger deux fois.',
        ],
      },
      causes: {
        SUCCESS: ['La transparence sur les résultats, bons ou mauvais, a rendu nos réussites plus crédibles.'],
        FAILURE: [
          'Le rapport était vu comme une obligation envers les bailleurs et non comme une communication avec tous ceux qui avaient investi dans le partenariat.',
        ],
        PRACTICE: ['Chaque public a besoin d’un niveau de détail différent, et un rapport unique pour tous n’est lu par personne.'],
        TOOL: ['Sans calendrier, le secrétariat passait des semaines sur des rapports au contenu semblable mais à la forme différente.'],
      },
      lessons: [
        'Adaptez les rapports aux bailleurs, aux partenaires et au public, et soyez transparents sur les résultats décevants.',
        'Une évaluation honnête renforce davantage un partenariat qu’un rapport sur papier glacé.',
      ],
      tips: [
        'Prévoyez une évaluation indépendante à mi-parcours, pas seulement à la fin.',
        'Rédigez un résumé d’une page de chaque rapport en langage simple.',
        'Publiez les évaluations, y compris les constats qui dérangent.',
        'Convenez avec les bailleurs d’un format de rapport commun quand c’est possible.',
      ],
    },
    LEARNING: {
      failure: 'les mêmes erreurs trois années de suite',
      tool: 'un registre des leçons ouvert à tous les partenaires',
      topics: ['transformer les échecs en leçons', 'une pause d’apprentissage après chaque saison'],
      situations: {
        SUCCESS: [
          'Après chaque saison, les partenaires ont tenu une demi-journée d’apprentissage, et les leçons du premier projet pilote raté ont guidé la conception des {partners} sites suivants.',
        ],
        FAILURE: [
          'Les mêmes erreurs dans les achats se sont répétées trois années de suite, car chaque année un nouveau personnel commençait sans savoir ce qui avait mal tourné.',
        ],
        PRACTICE: [
          'Chaque rapport d’étape se termine par ce que nous avons appris et ce que nous allons changer, et le comité de pilotage tranche sur chaque changement proposé.',
        ],
        TOOL: ['Nous tenons un registre où chaque partenaire peut noter une leçon, et le secrétariat le relit avant de planifier chaque nouvelle phase.'],
      },
      causes: {
        SUCCESS: ['Faire de la place à la réflexion a transformé les erreurs en savoir commun plutôt qu’en occasion de blâme.'],
        FAILURE: ['L’apprentissage dépendait des individus, et rien n’était écrit quand ils partaient.'],
        PRACTICE: ['Une leçon ne change la pratique que si quelqu’un doit décider de ce qu’on en fait.'],
        TOOL: ['Un registre ouvert à tous recueille un savoir qui resterait sinon dans une seule organisation.'],
      },
      lessons: [
        'Intégrez l’apprentissage au suivi et transformez réussites et échecs en leçons qui changent la pratique.',
        'Un savoir qui n’est pas écrit part avec les personnes qui le détenaient.',
      ],
      tips: [
        'Organisez une courte séance d’apprentissage après chaque saison ou chaque phase.',
        'Demandez ce qui a mal tourné avant de demander ce qui a bien marché.',
        'Consignez les leçons là où tous les partenaires peuvent les retrouver.',
        'Comblez les lacunes de capacités que les leçons révèlent.',
      ],
    },
    RESULTS_ORIENTATION: {
      failure: 'beaucoup de stratégies, aucun ouvrage terminé',
      tool: 'une feuille de route reliant jalons et lignes budgétaires',
      topics: ['relier chaque ligne budgétaire à un résultat', 'moins de réunions, plus de résultats mesurables'],
      situations: {
        SUCCESS: [
          'Nous avons relié chaque ligne budgétaire à un résultat de la feuille de route, et le comité de pilotage a supprimé environ un cinquième des activités qui n’avaient pas ce lien.',
        ],
        FAILURE: [
          'Nous nous sommes réunis chaque mois pendant {months} mois et avons produit des stratégies et des notes, mais le premier ouvrage n’était toujours pas terminé.',
        ],
        PRACTICE: ['Chaque comité de pilotage commence par les résultats obtenus depuis la dernière réunion, avant toute discussion sur les plans.'],
        TOOL: ['Notre feuille de route relie chaque jalon à un indicateur et aux lignes budgétaires qui le financent.'],
      },
      causes: {
        SUCCESS: ['Un lien visible entre financements et résultats a permis de refuser de bonnes idées qui ne servaient pas les objectifs.'],
        FAILURE: ['Les partenaires étaient plus à l’aise pour discuter du processus que pour s’engager sur des résultats mesurables.'],
        PRACTICE: ['Placer les résultats en tête de l’ordre du jour garde l’attention sur la mise en œuvre plutôt que sur le processus.'],
        TOOL: ['Quand jalons, indicateurs et financements tiennent dans un seul tableau, les lacunes et les doublons sautent aux yeux.'],
      },
      lessons: [
        'Gardez le partenariat centré sur la mise en œuvre et les résultats mesurables, et reliez-y visiblement les ressources.',
        'Le processus compte, mais un partenariat est jugé sur ce qui change sur le terrain.',
      ],
      tips: [
        'Reliez chaque ligne budgétaire à un jalon et à un indicateur.',
        'Commencez les réunions par les résultats, pas par les plans.',
        'Abandonnez les activités qui ne servent aucun objectif convenu.',
        'Célébrez tôt et publiquement le premier résultat tangible.',
      ],
    },
    ROLES_COMMITMENTS: {
      failure: 'travailler sur une simple poignée de main',
      tool: 'un modèle d’engagement pour chaque partenaire',
      topics: ['un protocole d’accord qui a clarifié les contributions', 'des engagements écrits qui rendent le pouvoir visible'],
      situations: {
        SUCCESS: [
          'Notre protocole d’accord précisait pour chacun des {partners} partenaires son rôle, sa contribution en argent ou en temps de travail et ce qu’il pouvait attendre des autres.',
        ],
        FAILURE: [
          'Nous avons travaillé {months} mois sur une simple poignée de main, et quand les coûts ont augmenté, personne ne savait quel partenaire avait promis de payer les véhicules.',
        ],
        PRACTICE: [
          'Chaque année, les partenaires renouvellent leurs engagements écrits, et le secrétariat rend compte au comité de pilotage de ce qui a été fourni.',
        ],
        TOOL: ['Nous utilisons un modèle d’engagement qui indique le partenaire, son rôle, les ressources apportées, l’échéance et la personne de contact.'],
      },
      causes: {
        SUCCESS: [
          'Écrire les contributions a rendu visibles les asymétries de pouvoir et a donné aux petits partenaires une base pour demander des comptes aux grands.',
        ],
        FAILURE: ['Chacun supposait que les autres comprenaient l’accord de la même manière, et rien n’était écrit pour le vérifier.'],
        PRACTICE: ['Des engagements pris une fois et jamais revus sont oubliés quand le personnel change.'],
        TOOL: ['Un modèle rend les engagements comparables et faciles à vérifier en réunion.'],
      },
      lessons: [
        'Définissez par écrit le rôle et la contribution de chaque partenaire ; cela rend la redevabilité possible et les différences de pouvoir visibles.',
        'Un protocole d’accord n’est pas de la bureaucratie : c’est la mémoire du partenariat.',
      ],
      tips: [
        'Signez un protocole d’accord avant le début de la mise en œuvre.',
        'Notez les contributions en argent, en temps de travail et en nature.',
        'Revoyez les engagements chaque année et consignez ce qui a été fourni.',
        'Désignez une personne de contact pour chaque engagement.',
      ],
    },
    TRANSPARENT_COMMUNICATION: {
      failure: 'des décisions prises dans un groupe de messagerie réservé à la moitié des partenaires',
      tool: 'un plan de communication qui atteint chaque partenaire',
      topics: ['une information qui circule librement entre partenaires', 'des canaux de communication abordables pour tous'],
      situations: {
        SUCCESS: [
          'Nous avons remplacé les longues chaînes de courriels par une courte note mensuelle du secrétariat et un dossier partagé accessible à tous, et les plaintes d’être tenu à l’écart ont cessé.',
        ],
        FAILURE: [
          'Des décisions importantes étaient discutées dans un groupe de messagerie que seule la moitié des partenaires utilisait, et les autres les apprenaient des mois plus tard.',
        ],
        PRACTICE: [
          'Chaque décision est consignée avec sa date et ses raisons dans un journal des modifications public, lisible par les partenaires et par le public.',
        ],
        TOOL: [
          'Notre plan de communication liste chaque canal, ses utilisateurs, son rythme de mise à jour et la façon d’atteindre les partenaires sans internet.',
        ],
      },
      causes: {
        SUCCESS: ['Une information prévisible et ouverte a dispensé les partenaires de compter sur des contacts informels pour savoir ce qui se passait.'],
        FAILURE: ['Le canal choisi convenait au personnel de la capitale, mais pas aux partenaires ruraux pour qui les données mobiles coûtent cher.'],
        PRACTICE: ['Un registre public des décisions renforce la confiance et rend plus difficile de rouvrir des questions tranchées.'],
        TOOL: ['Écrire les canaux et leur fréquence montre qui est atteint et qui passe entre les mailles.'],
      },
      lessons: [
        'Assurez un flux d’information continu, abordable et ouvert, entre le secrétariat et les partenaires comme entre partenaires.',
        'Le canal doit convenir au partenaire le moins bien connecté, pas au mieux équipé.',
      ],
      tips: [
        'Envoyez une courte note à rythme fixe, même quand il y a peu de nouvelles.',
        'Consignez les décisions avec leur date et leurs raisons là où tous peuvent les voir.',
        'Choisissez des canaux que les partenaires ruraux peuvent se permettre.',
        'Demandez une fois par an aux partenaires s’ils se sentent bien informés.',
      ],
    },
    SCALING_HANDOVER: {
      failure: 'la fin des financements, la fin du partenariat',
      tool: 'une liste de contrôle de passation pour chaque activité',
      topics: ['passer le relais aux partenaires locaux', 'un plan de pérennisation dès la première année'],
      situations: {
        SUCCESS: [
          'Trois ans avant la fin des financements, nous avons convenu d’un plan de passation, et le conseil de district et deux associations locales gèrent aujourd’hui les services seuls.',
        ],
        FAILURE: [
          'À la fin des financements, le partenariat s’est tout simplement arrêté, car personne n’avait prévu qui poursuivrait le travail ni qui le paierait.',
        ],
        PRACTICE: ['Chaque année, une part des tâches du secrétariat passe à un partenaire local, avec le budget et la formation nécessaires.'],
        TOOL: [
          'Notre liste de passation précise pour chaque activité qui la reprend, quelles compétences sont nécessaires, quels coûts demeurent et pour quand.',
        ],
      },
      causes: {
        SUCCESS: ['Les partenaires locaux ont eu le temps de renforcer leurs capacités pas à pas au lieu de tout recevoir le dernier mois.'],
        FAILURE: ['Tout le monde pensait que le bailleur prolongerait les financements, si bien que la suite n’a jamais été discutée ouvertement.'],
        PRACTICE: ['Une passation progressive vérifie que les partenaires locaux peuvent assumer une tâche tant qu’un appui est encore disponible.'],
        TOOL: ['Une liste de contrôle transforme une vague intention de passation en tâches concrètes avec responsables et dates.'],
      },
      lessons: [
        'Planifiez la pérennisation, le changement d’échelle ou la passation bien avant la fin, et renforcez les partenaires locaux pour qu’ils prennent le relais.',
        'Un partenariat qui ne prépare pas son avenir laisse ses résultats au hasard.',
      ],
      tips: [
        'Commencez le plan de pérennisation dès la conception, pas la dernière année.',
        'Transférez les tâches étape par étape tant que l’appui est disponible.',
        'Renforcez les partenaires locaux qui porteront le travail.',
        'Décidez à partir de l’évaluation s’il faut changer d’échelle, se recentrer ou passer le relais.',
      ],
    },
  },
  titleFrames: {
    SUCCESS: ['Ce qui a marché', 'Une réussite', 'Ce qui a fait la différence'],
    FAILURE: ['Ce qui n’a pas marché', 'Une leçon difficile', 'Notre erreur'],
    PRACTICE: ['Bonne pratique', 'Comment nous procédons', 'Une pratique à partager'],
    TOOL: ['Outil', 'Un outil que nous utilisons', 'Modèle'],
  },
  titleSeparator: ' : ',
  openings: [
    'Notre partenariat {field} {where} réunissait {partners} organisations publiques, privées et de la société civile.',
    'Depuis {year}, nous travaillons dans un partenariat {field} {where}, avec {partners} partenaires de secteurs différents.',
    'Cette leçon vient d’un partenariat multi-acteurs {field} {where}.',
    'J’ai coordonné pendant plusieurs années un partenariat {field} {where} ; {partners} organisations y participaient.',
  ],
  contexts: [
    'Parmi les partenaires figuraient une direction ministérielle, deux entreprises privées, plusieurs ONG et des associations communautaires.',
    'Comme beaucoup de partenariats, le nôtre a commencé avec enthousiasme et un petit financement, et il a grandi plus vite que ses structures.',
    'La plupart des partenaires avaient déjà collaboré sur des projets, mais jamais dans un partenariat aux décisions partagées.',
    'Dans notre domaine, les partenariats reposent souvent sur quelques personnes engagées, et le nôtre ne faisait pas exception.',
  ],
  closings: [
    'Nous espérons que cela aidera d’autres partenariats à éviter nos détours.',
    'Nous serions heureux d’échanger avec des partenariats confrontés aux mêmes questions.',
    'Rien de tout cela n’est compliqué, mais il faut de la discipline pour s’y tenir.',
    'Avec le recul, c’est l’une des leçons les plus utiles de notre partenariat.',
  ],
  headings: { happened: 'Ce qui s’est passé', why: 'Pourquoi', differently: 'Ce que nous ferions autrement', tips: 'Conseils pratiques' },
  keyLesson: 'Leçon principale :',
  tipsIntros: ['Nos conseils pratiques :', 'Ce que nous recommandons :', 'Si vous êtes dans une situation semblable :'],
  genericTips: [
    'Mettez par écrit ce que vous convenez, même entre partenaires qui se font confiance.',
    'Revenez sur cette question à la fin de chaque phase.',
    'Parlez à d’autres partenariats qui ont connu le même problème.',
  ],
  reflections: {
    general: [
      'Les partenaires abordent désormais cette question ouvertement à chaque revue annuelle.',
      'Ce qui ressemblait à un détail administratif a fini par façonner tout le partenariat.',
      'Plusieurs partenaires ont depuis repris la même démarche dans leur propre organisation.',
      'Rien de tout cela n’était nouveau en théorie ; ce qui a fait la différence, c’est de s’y tenir, y compris dans le suivi des financements.',
    ],
    setback: [
      'D’autres partenariats nous ont raconté des expériences semblables, ce qui montre qu’il ne s’agit pas d’un simple hasard.',
      'Il nous a fallu trop longtemps pour voir le schéma, car chaque partenaire n’en voyait qu’une partie.',
      'Avec le recul, les signes étaient visibles bien avant que nous réagissions, y compris dans nos rapports sur les financements.',
    ],
  },
  where: {
    one: 'dans la zone {ofPlace} ({country})',
    two: 'dans la zone {ofPlace1} ({country1}) et dans celle {ofPlace2} ({country2})',
    global: 'dans plusieurs pays',
  },
};
