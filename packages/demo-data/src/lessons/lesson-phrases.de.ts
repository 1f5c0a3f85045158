import type { LanguagePhrases } from './lesson-phrases.js';

// Deutsche Bausteine für die Demo-Lernerfahrungen (eigene Texte).
export const germanPhrases: LanguagePhrases = {
  factors: {
    JOINT_OBJECTIVES: {
      failure: 'drei Projekte unter einem Logo',
      tool: 'ein einseitiges Visionsblatt',
      topics: ['eine gemeinsame Vision auf einer Seite', 'die Wirkungslogik vor der ersten Aktivität vereinbaren'],
      situations: {
        SUCCESS: [
          'In den ersten {months} Monaten nutzten die Partner zwei Workshops, um eine gemeinsame Wirkungslogik zu vereinbaren, und jede spätere Entscheidung wurde daran gemessen.',
        ],
        FAILURE: [
          'Jeder Partner kam mit eigenen Zielen, und nach {months} Monaten führten wir drei Projekte unter einem Logo statt einer echten Partnerschaft.',
        ],
        PRACTICE: ['Einmal im Jahr überprüfen die Partner gemeinsam die Ziele und Meilensteine und streichen, was der gemeinsamen Vision nicht mehr dient.'],
        TOOL: ['Wir nutzen ein einseitiges Visionsblatt mit den gemeinsamen Zielen, den datierten Meilensteinen und dem Indikator für jedes Ziel.'],
      },
      causes: {
        SUCCESS: ['Weil die Ziele ausgehandelt und nicht vorgegeben waren, verteidigten die Partner sie auch, als die Budgets knapp wurden.'],
        FAILURE: ['Niemand hatte gefragt, was jede Organisation wirklich von der Partnerschaft erwartete, deshalb blieben die gemeinsamen Ziele vage.'],
        PRACTICE: ['Der Kontext ändert sich schnell, und Ziele, die niemand überprüft, werden allmählich zu einer Wunschliste.'],
        TOOL: ['Eine einzige Seite lässt sich in einer Sitzung des Lenkungsausschusses lesen und ist konkret genug, um Streit über Prioritäten zu klären.'],
      },
      lessons: [
        'Gemeinsame Ziele tragen nur, wenn jeder Partner darin sein eigenes Interesse erkennt und die Meilensteine Termine haben.',
        'Zeit, die am Anfang in eine gemeinsame Vision fließt, zahlt sich in der Umsetzung vielfach aus.',
      ],
      tips: [
        'Formulieren Sie die Ziele so, dass eine Bezirksbeamtin und ein Firmenchef sie gleich verstehen.',
        'Geben Sie jedem Meilenstein einen Termin und einen verantwortlichen Partner.',
        'Fragen Sie jeden Partner, was er aus der Partnerschaft gewinnen will, und halten Sie es schriftlich fest.',
        'Prüfen Sie neue Aktivitäten an der Wirkungslogik, bevor Sie sie finanzieren.',
      ],
    },
    LEADERSHIP: {
      failure: 'eine federführende Organisation, die allein entschied',
      tool: 'ein Entscheidungsprotokoll der Kerngruppe',
      topics: ['eine Kerngruppe, die das Risiko teilt', 'Führung durch Verhandlung statt Hierarchie'],
      situations: {
        SUCCESS: [
          'Eine Kerngruppe aus vier Organisationen übernahm Verantwortung für die Partnerschaft, und jede brachte Personal und Geld aus ihrem eigenen Haushalt ein.',
        ],
        FAILURE: [
          'Eine federführende Organisation traf alle Entscheidungen allein, und nach {months} Monaten kamen die anderen Partner stillschweigend nicht mehr zu den Treffen.',
        ],
        PRACTICE: ['Der Vorsitz der Kerngruppe wechselt jedes Jahr zwischen einer Behörde, einem Unternehmen und einer zivilgesellschaftlichen Organisation.'],
        TOOL: ['Wir führen ein kurzes Protokoll, in dem die Kerngruppe jede Entscheidung festhält, wer sie vorgeschlagen hat und wie sie ausgehandelt wurde.'],
      },
      causes: {
        SUCCESS: ['Das geteilte Risiko sorgte dafür, dass den Kernmitgliedern das Ergebnis wichtiger war als die eigene Sichtbarkeit.'],
        FAILURE: ['Die federführende Organisation verwechselte Koordination mit Kontrolle, und niemand sonst fühlte sich für die Ergebnisse verantwortlich.'],
        PRACTICE: ['Der Wechsel verhindert, dass ein Partner die Tagesordnung besetzt, und jeder Sektor lernt, was Führung in der Partnerschaft bedeutet.'],
        TOOL: ['Ein schriftliches Protokoll zeigt Neuen, wie Entscheidungen entstehen, und verhindert, dass alte Streitfragen wieder aufbrechen.'],
      },
      lessons: [
        'Eine Partnerschaft braucht eine Kerngruppe, die eigene Ressourcen einsetzt; guter Wille allein trägt nicht durch eine Krise.',
        'Führung in Partnerschaften heißt, Entscheidungen auszuhandeln, nicht Anweisungen zu geben.',
      ],
      tips: [
        'Bitten Sie jedes Kernmitglied um eine konkrete Ressourcenzusage, nicht nur um sein Logo.',
        'Lassen Sie den Vorsitz wechseln, damit kein Partner die Tagesordnung bestimmt.',
        'Vereinbaren Sie, wie Entscheidungen ausgehandelt werden, bevor die erste schwierige Entscheidung ansteht.',
        'Halten Sie die Kerngruppe so klein, dass sie kurzfristig zusammenkommen kann.',
      ],
    },
    HIGH_LEVEL_SUPPORT: {
      failure: 'als unser einziger Fürsprecher sein Amt verlor',
      tool: 'ein zweiseitiges Briefing für unsere Schirmherrin',
      topics: ['eine Ministerin als Fürsprecherin', 'Rückhalt in den Leitungen der Partner'],
      situations: {
        SUCCESS: [
          'Eine stellvertretende Ministerin übernahm die Schirmherrschaft und eröffnete die Jahresbilanz, wodurch Bezirksbeamte an den Tisch kamen, die uns vorher ignoriert hatten.',
        ],
        FAILURE: [
          'Unser Fürsprecher verlor nach einer Wahl sein Amt, und innerhalb von {months} Monaten zog das Ministerium das abgeordnete Personal aus der Partnerschaft ab.',
        ],
        PRACTICE: ['Zweimal im Jahr informieren wir die Leitung jeder Partnerorganisation, nicht nur die Mitarbeitenden, die an unseren Treffen teilnehmen.'],
        TOOL: ['Vor jedem Treffen auf hoher Ebene bereiten wir ein zweiseitiges Briefing mit drei Ergebnissen, einer Bitte und einem Foto aus der Praxis vor.'],
      },
      causes: {
        SUCCESS: ['Der politische Rückhalt erleichterte es den Beamten, Zeit einzubringen, weil die Partnerschaft nun zu ihrer offiziellen Arbeit gehörte.'],
        FAILURE: ['Die gesamte Unterstützung hing an einer Person, und niemand hatte Beziehungen zur Verwaltung darunter aufgebaut.'],
        PRACTICE: ['Wer an den Treffen teilnimmt, hat oft kein Mandat, die eigene Organisation zu verpflichten, und über die Budgets entscheidet die Leitung.'],
        TOOL: ['Führungskräfte lesen kurze Papiere, und eine klare Bitte gibt ihnen etwas Konkretes, dem sie zustimmen können.'],
      },
      lessons: [
        'Fürsprecher öffnen Türen, aber die Unterstützung muss in Institutionen verankert sein, nicht nur in Personen.',
        'Der Rückhalt in den Leitungen der Partner zählt so viel wie politischer Rückenwind von außen.',
      ],
      tips: [
        'Suchen Sie mindestens zwei Fürsprecher aus verschiedenen Institutionen.',
        'Geben Sie Ihrer Fürsprecherin eine klare Bitte statt eines langen Berichts mit.',
        'Pflegen Sie Kontakte zu den Beamten, die bleiben, wenn Minister wechseln.',
        'Laden Sie die Leitungen der Partner einmal im Jahr zu einem Besuch vor Ort ein.',
      ],
    },
    RIGHT_STAKEHOLDERS: {
      failure: 'viele Partner, aber nicht die Betroffenen',
      tool: 'eine Akteurslandkarte nach Einfluss und Betroffenheit',
      topics: ['die betroffenen Gemeinden an den Tisch holen', 'die richtigen Partner statt möglichst vieler'],
      situations: {
        SUCCESS: [
          'Vor der Designphase erfassten wir, wer das Problem beeinflusst, und luden zwei Gemeindeverbände und eine Händlervereinigung ein, an die niemand gedacht hatte.',
        ],
        FAILURE: ['Wir luden {partners} Organisationen zum Auftakt ein, doch die Bäuerinnen- und Frauengruppen, die am stärksten betroffen waren, fehlten.'],
        PRACTICE: [
          'Bei jeder Jahresbilanz fragen wir, welche Gruppe, die die Ziele brauchen, noch fehlt, und wer gehen sollte, weil sie nichts mehr beiträgt.',
        ],
        TOOL: ['Unsere Akteurslandkarte ordnet jede Organisation nach ihrem Einfluss auf das Problem und danach, wie stark das Problem sie betrifft.'],
      },
      causes: {
        SUCCESS: ['Die Karte zeigte, dass die Nutzerinnen und Nutzer der Dienste keine Stimme hatten, obwohl ihr Wissen das fehlende Stück war.'],
        FAILURE: [
          'Wir verwechselten die Zahl der Partner mit Legitimität, und die übergangenen Gruppen sahen in der Partnerschaft ein weiteres Projekt von außen.',
        ],
        PRACTICE: [
          'Was eine Partnerschaft braucht, ändert sich von Phase zu Phase, und eine Zusammensetzung, die zum Design passte, kann die Umsetzung bremsen.',
        ],
        TOOL: ['Einfluss und Betroffenheit auf einem Blatt machen Lücken sichtbar, die eine Mitgliederliste nie zeigt.'],
      },
      lessons: [
        'Die richtigen Akteure sind die, die die Ziele brauchen, und die, die vom Problem betroffen sind, nicht die längste Liste von Logos.',
        'Betroffene Gruppen gehören von Anfang an an den Tisch, nicht erst zum Validierungsworkshop.',
      ],
      tips: [
        'Erstellen Sie eine Akteurslandkarte, bevor Sie die erste Einladung verschicken.',
        'Planen Sie Reisekosten ein, damit Vertreterinnen der Gemeinden wirklich teilnehmen können.',
        'Fragen Sie jeden neuen Partner, was er mitbringt, das der Partnerschaft noch fehlt.',
        'Überprüfen Sie die Zusammensetzung am Ende jeder Phase.',
      ],
    },
    TRUST: {
      failure: 'gemeinsame Daten ohne Absprache veröffentlicht',
      tool: 'ein halbjährliches Vertrauensbarometer',
      topics: ['Vertrauen durch kleine eingehaltene Zusagen', 'auf Augenhöhe zusammenarbeiten'],
      situations: {
        SUCCESS: [
          'Im ersten Jahr vereinbarten die Partner kleine gemeinsame Aufgaben mit kurzen Fristen, und indem sie diese Zusagen einhielten, bauten sie das Vertrauen auf, das später eine schwierige Budgetkürzung trug.',
        ],
        FAILURE: [
          'Ein Unternehmen veröffentlichte ohne Absprache Ergebnisse unserer gemeinsamen Erhebung, und {months} Monate lang weigerten sich die zivilgesellschaftlichen Partner, weitere Daten zu teilen.',
        ],
        PRACTICE: ['Jedes Partnertreffen beginnt mit einer Runde, in der jede Organisation offen sagt, was sie an der Partnerschaft beunruhigt.'],
        TOOL: ['Wir nutzen ein einfaches Vertrauensbarometer: Zweimal im Jahr bewertet jeder Partner anonym, wie offen er in der Partnerschaft sprechen kann.'],
      },
      causes: {
        SUCCESS: [
          'Partner aus verschiedenen Sektoren beurteilten einander nach ihrem Handeln, nicht nach ihren Worten, und die kleinen Aufgaben lieferten früh Belege.',
        ],
        FAILURE: [
          'Es gab keine Vereinbarung darüber, wem gemeinsame Daten gehören, und das Unternehmen war davon ausgegangen, die Erhebung frei nutzen zu dürfen.',
        ],
        PRACTICE: ['Sorgen, die früh ausgesprochen werden, lassen sich bearbeiten; verborgene Sorgen werden zu Konflikten.'],
        TOOL: ['Anonyme Bewertungen zeigen einen Vertrauensverlust lange bevor ein Partner aussteigt.'],
      },
      lessons: [
        'Vertrauen wächst aus eingehaltenen Zusagen und einem Umgang auf Augenhöhe; es lässt sich nicht in einer Absichtserklärung beschließen.',
        'Ein Vertrauensbruch kostet mehr Zeit als jedes technische Problem, deshalb sollten Regeln zu Daten und Sichtbarkeit früh feststehen.',
      ],
      tips: [
        'Beginnen Sie mit kleinen gemeinsamen Aufgaben, die in wenigen Wochen gelingen können.',
        'Vereinbaren Sie schriftlich, wer was aus der gemeinsamen Arbeit veröffentlichen darf.',
        'Treffen Sie sich auch informell, besonders in den ersten Monaten.',
        'Nehmen Sie die Sorgen jedes Partners ernst, egal wie groß er ist.',
      ],
    },
    SHARED_LANGUAGE: {
      failure: 'Kunden, Begünstigte oder Rechteinhaber?',
      tool: 'ein lebendiges Glossar gemeinsamer Begriffe',
      topics: ['ein Glossar, das die Missverständnisse beendete', 'unterschiedliche Logiken bearbeiten'],
      situations: {
        SUCCESS: [
          'Nach einer hitzigen Sitzung schrieben die Partner ein Glossar der zwanzig Begriffe, die sie unterschiedlich verwendeten, und der Ton der Diskussionen änderte sich fast sofort.',
        ],
        FAILURE: [
          '{months} Monate lang sprach das Unternehmen von Kunden, das Ministerium von Begünstigten und die NGOs von Rechteinhabern, und jeder glaubte, die anderen hörten nicht zu.',
        ],
        PRACTICE: [
          'Wenn ein neuer Partner hinzukommt, erklärt ihm ein langjähriger Partner aus einem anderen Sektor in einer Stunde unsere gemeinsame Problembeschreibung und die wichtigsten Begriffe.',
        ],
        TOOL: [
          'Unser gemeinsames Glossar ist ein lebendiges Dokument: jeder Begriff, was er für jeden Sektor bedeutet und was er in der Partnerschaft bedeuten soll.',
        ],
      },
      causes: {
        SUCCESS: [
          'Als die Unterschiede in der Begrifflichkeit benannt waren, zeigte sich, dass die Partner in der Sache viel weniger uneins waren als gedacht.',
        ],
        FAILURE: ['Niemand erkannte an, dass die Sektoren unterschiedlichen Logiken folgen, und Streit über Worte wurde als Streit über Werte verstanden.'],
        PRACTICE: ['Neue Partner bringen ihr eigenes Vokabular mit, und ohne Einführung kehren mit jedem von ihnen die alten Missverständnisse zurück.'],
        TOOL: ['Ein schriftliches Glossar macht aus einem abstrakten kulturellen Unterschied etwas, worüber die Partner ruhig sprechen können.'],
      },
      lessons: [
        'Verschiedene Sektoren benutzen verschiedene Worte und Logiken; das offen anzuerkennen ist der erste Schritt zu einer gemeinsamen Sprache.',
        'Eine gemeinsame Problembeschreibung und ein kurzes Glossar ersparen viele Stunden aneinander vorbei geführter Diskussionen.',
      ],
      tips: [
        'Schreiben Sie die Begriffe auf, die die Partner unterschiedlich verwenden, und einigen Sie sich auf eine gemeinsame Bedeutung.',
        'Bitten Sie einen Partner aus einem anderen Sektor, Ihre Position zusammenzufassen, bevor Sie antworten.',
        'Übersetzen Sie die wichtigsten Dokumente in alle Arbeitssprachen der Partnerschaft.',
        'Stellen Sie neuen Partnern im ersten Monat die gemeinsame Problembeschreibung vor.',
      ],
    },
    SECRETARIAT: {
      failure: 'ein Sekretariat, das nebenbei lief',
      tool: 'eine wöchentliche Aufgabenliste des Sekretariats',
      topics: ['ein neutrales Sekretariat mit eigenem Personal', 'Koordination geht nicht nebenbei'],
      situations: {
        SUCCESS: [
          'Mit dem Übergang in die Umsetzung stellten wir eine Koordinatorin ein, die nur für das Sekretariat arbeitet, und Protokolle, Budgets und Berichte kamen endlich pünktlich.',
        ],
        FAILURE: [
          'Das Sekretariat war beim größten Partner angesiedelt und wurde von einer seiner Mitarbeiterinnen neben ihrer eigentlichen Arbeit geführt; nach {months} Monaten hielten die anderen es für das Projekt dieser Organisation.',
        ],
        PRACTICE: [
          'Unser Sekretariat ist an einer Universität angesiedelt, die kein Eigeninteresse an der Umsetzung hat, und die {partners} Partner teilen sich die Kosten nach ihrem Budget.',
        ],
        TOOL: [
          'Das Sekretariat führt eine gemeinsame Aufgabenliste mit jeder vereinbarten Aufgabe, ihrer verantwortlichen Person und ihrer Frist und schickt sie jede Woche an alle Partner.',
        ],
      },
      causes: {
        SUCCESS: ['Eigenes Personal hatte Zeit, Entscheidungen gut vorzubereiten, und seine Neutralität machte alle Partner bereit, Informationen zu teilen.'],
        FAILURE: ['Koordination nebenbei ist immer die erste Aufgabe, die liegen bleibt, und ein Sekretariat bei einem Partner gilt nie als neutral.'],
        PRACTICE: [
          'Ein neutraler Träger erleichtert es konkurrierenden Organisationen, Informationen zu teilen, und die Kostenteilung gibt jedem Partner einen eigenen Anteil.',
        ],
        TOOL: ['Eine sichtbare Liste von Aufgaben und Zuständigen ersetzt Erinnerungsmails und macht Verzögerungen zu einer gemeinsamen Sache.'],
      },
      lessons: [
        'Spätestens ab der Umsetzung braucht eine Partnerschaft ein neutrales, gut ausgestattetes Sekretariat mit mindestens einer Person, die sich nur um die Koordination kümmert.',
        'Die Neutralität des Sekretariats zählt ebenso viel wie seine Ausstattung.',
      ],
      tips: [
        'Planen Sie vor Beginn der Umsetzung mindestens eine Vollzeitstelle für die Koordination ein.',
        'Siedeln Sie das Sekretariat bei einer Organisation an, die nicht um die Mittel der Partnerschaft konkurriert.',
        'Lassen Sie alle Partner die Kosten des Sekretariats mittragen, auch mit kleinen Beträgen.',
        'Geben Sie dem Sekretariat ein klares, schriftliches Mandat.',
      ],
    },
    EQUAL_GOVERNANCE: {
      failure: 'Entscheidungen, die nur die Geldgeber vorbereiteten',
      tool: 'ein öffentliches Governance-Schaubild',
      topics: ['Entscheidungsrechte für jeden Partner', 'Informationen für alle, nicht nur für den Lenkungsausschuss'],
      situations: {
        SUCCESS: ['Wir änderten die Regeln so, dass jeder Partner, auch der kleinste Gemeindeverband, einen Sitz und eine Stimme im Lenkungsausschuss hat.'],
        FAILURE: [
          'Die Entscheidungen wurden von den beiden Geldgebern vorbereitet und den anderen zur Zustimmung vorgelegt, und nach {months} Monaten waren drei zivilgesellschaftliche Partner ausgestiegen.',
        ],
        PRACTICE: ['Die Unterlagen für den Lenkungsausschuss gehen mindestens zwei Wochen vor der Sitzung an alle Partner, in jeder Arbeitssprache.'],
        TOOL: [
          'Wir veröffentlichen ein Schaubild, das zeigt, welches Gremium was entscheidet, wer darin sitzt und wie jeder Partner einen Punkt auf die Tagesordnung setzen kann.',
        ],
      },
      causes: {
        SUCCESS: ['Kleine Partner brachten nun Probleme aus der Praxis ein, weil sie wussten, dass ihre Sicht eine Entscheidung ändern konnte.'],
        FAILURE: [
          'Partner, die Entscheidungen nicht beeinflussen können, investieren nicht mehr in sie, und das Gewicht der Geldgeber wurde zur einzigen Regel.',
        ],
        PRACTICE: ['Gleicher Zugang zu Entscheidungen ist wenig wert ohne gleichen Zugang zu den Informationen, auf denen sie beruhen.'],
        TOOL: ['Schriftliche Regeln schützen schwächere Partner und machen das Governance-Modell für Neue leicht verständlich.'],
      },
      lessons: [
        'Jeder Partner braucht Zugang zu den Entscheidungen und zu den Informationen dahinter; sonst wird aus der Partnerschaft ein Geldgeber mit Auftragnehmern.',
        'Governance-Regeln sollten den schwächsten Partner schützen, denn der stärkste kann für sich selbst sorgen.',
      ],
      tips: [
        'Verschicken Sie Entscheidungsvorlagen so früh, dass die Partner ihre eigene Organisation befragen können.',
        'Halten Sie schriftlich fest, welches Gremium was entscheidet und wie Partner ein Thema einbringen.',
        'Achten Sie darauf, wer in Sitzungen tatsächlich spricht, nicht nur, wer anwesend ist.',
        'Bieten Sie Dolmetschung an, damit die Sprache nicht über die Teilnahme entscheidet.',
      ],
    },
    RESOURCES: {
      failure: 'ein dominanter Geldgeber machte uns verwundbar',
      tool: 'eine Ressourcenübersicht für Geld, Personalzeit und Sachleistungen',
      topics: ['von einem Geldgeber zu fünf', 'ein Budget, das jedes Quartal geprüft wird'],
      situations: {
        SUCCESS: ['Innerhalb von zwei Jahren kamen wir von einem Geldgeber auf fünf, und heute deckt keine Quelle mehr als ein Drittel des Budgets.'],
        FAILURE: [
          'Ein einziger Geber trug {pct} % unseres Budgets, und als er seine Länderstrategie änderte, verlor die Partnerschaft innerhalb von {months} Monaten den Großteil ihres Personals.',
        ],
        PRACTICE: ['Jedes Quartal vergleicht der Lenkungsausschuss das Budget mit den geplanten Aktivitäten und passt beides in derselben Sitzung an.'],
        TOOL: [
          'Wir führen eine einfache Übersicht über Geld, Personalzeit und Sachleistungen jedes Partners, damit das Gesamtbild auf einen Blick sichtbar ist.',
        ],
      },
      causes: {
        SUCCESS: [
          'Die breitere Finanzierung machte die Partnerschaft unabhängiger von einer einzelnen Agenda, und die neuen Geldgeber brachten neben Geld auch Kontakte mit.',
        ],
        FAILURE: [
          'Wir hatten den Ausstieg des Gebers nie eingeplant, und die Erwartungen, die an sein Geld geknüpft waren, hatten unsere Prioritäten stärker geprägt, als wir zugaben.',
        ],
        PRACTICE: ['Ein Budget, das nur einmal im Jahr geprüft wird, verdeckt Lücken, bis es zu spät ist.'],
        TOOL: ['Sachleistungen und Personalzeit sind oft größer als die Geldbeiträge, verschwinden aber aus dem Blick, wenn nur Geld gezählt wird.'],
      },
      lessons: [
        'Eine Finanzierung aus einer dominanten Quelle macht Partnerschaften verwundbar; streuen Sie früh und sprechen Sie offen über die Erwartungen, die am Geld hängen.',
        'Zeit, Personal und Geld müssen zu den Rollen der Partner passen, und das Budget braucht regelmäßige Prüfungen.',
      ],
      tips: [
        'Halten Sie den Anteil des größten Geldgebers unter der Hälfte des Budgets.',
        'Fragen Sie jeden Geldgeber offen, was er für sein Geld erwartet.',
        'Prüfen Sie, ob jeder Partner das Personal hat, das seine Rolle verlangt.',
        'Zählen Sie Personalzeit und Sachleistungen neben den Geldbeiträgen.',
      ],
    },
    CONTEXT_ALIGNMENT: {
      failure: 'eine Parallelinitiative im selben Distrikt',
      tool: 'eine Karte aller Initiativen in der Region',
      topics: ['die Distrikte mit einem ähnlichen Programm aufteilen', 'sich an Bestehendem ausrichten'],
      situations: {
        SUCCESS: [
          'Unsere Kontextanalyse zeigte ein staatliches Programm mit demselben Ziel in zwei unserer Distrikte, also teilten wir die Distrikte auf und nutzen gemeinsam eine Basiserhebung.',
        ],
        FAILURE: [
          'Sechs Monate nach unserem Start entdeckten wir eine Parallelinitiative im selben Distrikt, die mit denselben Dörfern arbeitete und höhere Aufwandsentschädigungen zahlte.',
        ],
        PRACTICE: [
          'Bevor wir einen neuen Standort wählen, prüfen wir das nationale Register der Initiativen und sprechen mit der Planungsabteilung des Distrikts.',
        ],
        TOOL: [
          'Wir pflegen eine Karte aller bekannten Initiativen unseres Feldes in der Region und aktualisieren sie alle {months} Monate mit den Distriktbehörden.',
        ],
      },
      causes: {
        SUCCESS: [
          'Das frühe Gespräch mit dem anderen Programm machte aus einem Konkurrenten einen Verbündeten und setzte Mittel für Distrikte frei, die niemand versorgte.',
        ],
        FAILURE: ['Wir hatten das Problem analysiert, aber nicht die anderen Akteure, und die Gemeinden waren von zwei ähnlichen Projekten verwirrt.'],
        PRACTICE: ['Die Distriktbehörden wissen, was geplant ist, lange bevor es in einer Datenbank auftaucht.'],
        TOOL: ['Eine gemeinsame Karte macht Doppelarbeit sichtbar und gibt den Behörden einen Grund, sich mit uns abzustimmen.'],
      },
      lessons: [
        'Analysieren Sie die anderen Initiativen so sorgfältig wie das Problem selbst; Doppelarbeit verschwendet Geld und verwirrt die Menschen, die Sie erreichen wollen.',
        'Globale Strategien brauchen eine lokale Umsetzung, die zu dem passt, was vor Ort schon existiert.',
      ],
      tips: [
        'Prüfen Sie bestehende Register und die Distriktpläne, bevor Sie Standorte wählen.',
        'Treffen Sie die anderen Initiativen Ihres Feldes schon in der Initiierungsphase.',
        'Vereinbaren Sie mit ähnlichen Programmen schriftlich eine Aufteilung von Gebieten oder Aufgaben.',
        'Teilen Sie Basisdaten mit Initiativen, die am selben Problem arbeiten.',
      ],
    },
    AGENDA_2030: {
      failure: 'neun SDGs behauptet, ein Unterziel belegt',
      tool: 'eine Checkliste, die unsere Ziele mit SDG-Unterzielen verknüpft',
      topics: ['unseren Beitrag zu den SDG-Unterzielen zuordnen', 'über eine Plattform von anderen Partnerschaften lernen'],
      situations: {
        SUCCESS: [
          'Schon im Design ordneten wir unsere Ziele bestimmten SDG-Unterzielen zu; so sprachen wir die Planungssprache des Ministeriums und wurden Teil der nationalen SDG-Überprüfung.',
        ],
        FAILURE: [
          'Auf unserer Website behaupteten wir Beiträge zu neun SDGs, doch als ein Geldgeber Belege verlangte, konnten wir nur für ein Unterziel Ergebnisse zeigen.',
        ],
        PRACTICE: [
          'Jedes Jahr tauschen wir uns auf der nationalen SDG-Plattform mit anderen Partnerschaften aus und vergleichen, welche Unterziele wir bedienen und wo Lücken bleiben.',
        ],
        TOOL: [
          'Wir nutzen eine kurze Checkliste, die jedes unserer Ziele mit ein oder zwei SDG-Unterzielen verknüpft und den Indikator nennt, über den wir berichten.',
        ],
      },
      causes: {
        SUCCESS: [
          'Die klare Verbindung zu den Unterzielen machte die Partnerschaft für Planer lesbar und zeigte, wo wir zur nationalen Anstrengung beitrugen.',
        ],
        FAILURE: ['Das Aufzählen von Zielen war zur Imagepflege geworden, und niemand hatte den Beitrag geprüft, bevor wir ihn verkündeten.'],
        PRACTICE: ['Andere Partnerschaften stehen vor denselben Problemen, und eine Metaplattform zeigt schnell, wer an denselben Unterzielen arbeitet.'],
        TOOL: ['Die Verknüpfung jedes Ziels mit einem Unterziel und einem Indikator hält unsere Angaben ehrlich und leicht überprüfbar.'],
      },
      lessons: [
        'Schätzen Sie den Beitrag zu den SDGs von Anfang an ab und beanspruchen Sie nur die Unterziele, für die Sie Ergebnisse zeigen können.',
        'Der Austausch mit anderen Partnerschaften über Metaplattformen erspart es, Lösungen neu zu erfinden.',
      ],
      tips: [
        'Verknüpfen Sie jedes Ziel mit höchstens zwei SDG-Unterzielen.',
        'Verwenden Sie offizielle SDG-Indikatoren, wo sie zu Ihren Ergebnissen passen.',
        'Registrieren Sie die Partnerschaft auf der nationalen oder globalen SDG-Plattform.',
        'Vergleichen Sie einmal im Jahr Ihre Unterziele mit denen ähnlicher Partnerschaften.',
      ],
    },
    RESULTS_MONITORING: {
      failure: 'Sitzungen zählen statt Ergebnisse',
      tool: 'ein Monitoringblatt mit Ausgangswerten und Zuständigen',
      topics: ['beobachten, wie die Partnerschaft selbst funktioniert', 'Ausgangswerte vor den Aktivitäten'],
      situations: {
        SUCCESS: [
          'Wir erhoben die Ausgangswerte aller Indikatoren vor der ersten Aktivität, und nach {months} Monaten konnten wir eine Veränderung um {pct} % zeigen, statt Geschichten zu erzählen.',
        ],
        FAILURE: ['Wir zählten Schulungen und Sitzungen, aber niemand verfolgte, ob sich für die Menschen, die wir erreichen wollten, etwas änderte.'],
        PRACTICE: [
          'Neben den Ergebnissen beobachten wir alle sechs Monate die Partnerschaft selbst: Teilnahme, getroffene Entscheidungen, erbrachte Beiträge und wie die Partner die Zusammenarbeit bewerten.',
        ],
        TOOL: ['Unser Monitoringblatt hat eine Zeile je Indikator mit Ausgangswert, Zielwert, letztem Wert, Quelle und verantwortlichem Partner.'],
      },
      causes: {
        SUCCESS: ['Mit Ausgangswerten konnten die Partner Fortschritte sehen und über Ursachen statt über Zahlen streiten.'],
        FAILURE: ['Aktivitäten zu zählen war leicht, Wirkungsindikatoren zu bestimmen hätte schwierige Gespräche erfordert, denen wir auswichen.'],
        PRACTICE: ['Eine Partnerschaft kann scheitern, während ihre Projekte gelingen, und nur das Monitoring der Zusammenarbeit zeigt das rechtzeitig.'],
        TOOL: ['Ein verantwortlicher Partner je Indikator macht das Monitoring zur gemeinsamen Aufgabe statt zur Last des Sekretariats.'],
      },
      lessons: [
        'Beobachten Sie sowohl die Ergebnisse als auch das Funktionieren der Partnerschaft, und legen Sie Ausgangswerte fest, bevor Sie beginnen.',
        'Wirkungsindikatoren mit Ausgangs- und Zielwerten sagen mehr als jede Zählung von Aktivitäten.',
      ],
      tips: [
        'Legen Sie vor der Umsetzung für jeden Indikator einen Ausgangs- und einen Zielwert fest.',
        'Besprechen Sie die Indikatoren mindestens zweimal im Jahr im Lenkungsausschuss.',
        'Ergänzen Sie zwei oder drei Indikatoren dazu, wie die Partnerschaft selbst funktioniert.',
        'Benennen Sie für jeden Indikator einen verantwortlichen Partner.',
      ],
    },
    EVALUATION_REPORTING: {
      failure: 'ein Bericht, den nur die Geber lasen',
      tool: 'ein Berichtskalender für alle Zielgruppen',
      topics: ['Berichte für Geldgeber, Partner und Öffentlichkeit', 'eine Evaluierung mit ihren Schwachstellen veröffentlichen'],
      situations: {
        SUCCESS: [
          'Wir veröffentlichten unsere Zwischenevaluierung vollständig, auch die zwei verfehlten Ziele, und sowohl das Vertrauen der Partner als auch das Interesse eines neuen Geldgebers wuchsen.',
        ],
        FAILURE: ['Wir schrieben einen langen Bericht für die Geber, und die Gemeindepartner erfuhren nie, was mit ihrem Beitrag erreicht worden war.'],
        PRACTICE: [
          'Von jedem Jahresbericht schreiben wir drei Fassungen: eine ausführliche für Geldgeber, eine kurze für die Partner und eine bebilderte Seite für die Öffentlichkeit.',
        ],
        TOOL: ['Unser Berichtskalender listet jeden Bericht, den Geldgeber und Partner erwarten, mit Format und Frist, damit nichts doppelt geschrieben wird.'],
      },
      causes: {
        SUCCESS: ['Offenheit über gute wie schlechte Ergebnisse machte unsere Erfolge glaubwürdiger.'],
        FAILURE: ['Berichten galt als Pflicht gegenüber den Gebern und nicht als Kommunikation mit allen, die in die Partnerschaft investiert hatten.'],
        PRACTICE: ['Verschiedene Zielgruppen brauchen unterschiedlich viel Tiefe, und ein Bericht für alle wird von niemandem gelesen.'],
        TOOL: ['Ohne Kalender verbrachte das Sekretariat Wochen mit Berichten, die sich inhaltlich überschnitten und nur in der Form unterschieden.'],
      },
      lessons: [
        'Passen Sie die Berichte an Geldgeber, Partner und Öffentlichkeit an, und legen Sie offen, wo Ergebnisse hinter den Erwartungen blieben.',
        'Eine ehrliche Evaluierung stärkt Partnerschaften mehr als ein Hochglanzbericht.',
      ],
      tips: [
        'Planen Sie eine unabhängige Evaluierung zur Halbzeit, nicht nur am Ende.',
        'Schreiben Sie zu jedem Bericht eine Zusammenfassung von einer Seite in einfacher Sprache.',
        'Veröffentlichen Sie Evaluierungen, auch mit den unbequemen Befunden.',
        'Vereinbaren Sie mit den Geldgebern, wo möglich, ein gemeinsames Berichtsformat.',
      ],
    },
    LEARNING: {
      failure: 'dieselben Fehler drei Jahre hintereinander',
      tool: 'ein Lernregister, das allen Partnern offensteht',
      topics: ['aus Fehlschlägen Lernerfahrungen machen', 'eine Lernpause nach jeder Saison'],
      situations: {
        SUCCESS: [
          'Nach jeder Saison hielten die Partner einen halbtägigen Lernworkshop ab, und die Erkenntnisse aus dem ersten gescheiterten Pilotprojekt prägten die Planung der nächsten {partners} Standorte.',
        ],
        FAILURE: [
          'Dieselben Fehler bei der Beschaffung passierten drei Jahre hintereinander, weil jedes Jahr neues Personal anfing, ohne zu wissen, was vorher schiefgelaufen war.',
        ],
        PRACTICE: [
          'Jeder Fortschrittsbericht endet mit einem Abschnitt darüber, was wir gelernt haben und was wir ändern, und der Lenkungsausschuss entscheidet über jede vorgeschlagene Änderung.',
        ],
        TOOL: [
          'Wir führen ein Lernregister, in das jeder Partner eine Erkenntnis eintragen kann, und das Sekretariat wertet es vor der Planung jeder neuen Phase aus.',
        ],
      },
      causes: {
        SUCCESS: ['Raum für Reflexion machte aus Fehlern gemeinsames Wissen statt einer Frage der Schuld.'],
        FAILURE: ['Das Lernen hing an einzelnen Personen, und nichts war aufgeschrieben, als sie gingen.'],
        PRACTICE: ['Erkenntnisse ändern die Praxis nur, wenn jemand entscheiden muss, was mit ihnen geschieht.'],
        TOOL: ['Ein Register, in das alle schreiben können, hält Wissen fest, das sonst in einer Organisation bliebe.'],
      },
      lessons: [
        'Verankern Sie das Lernen im Monitoring und machen Sie aus Erfolgen und Fehlschlägen Erkenntnisse, die Ihr Handeln verändern.',
        'Wissen, das nicht aufgeschrieben wird, geht mit den Menschen, die es hatten.',
      ],
      tips: [
        'Halten Sie nach jeder Saison oder Phase eine kurze Lernsitzung ab.',
        'Fragen Sie zuerst, was schiefging, und dann, was gut lief.',
        'Halten Sie Erkenntnisse dort fest, wo alle Partner sie finden.',
        'Gehen Sie die Kapazitätslücken an, die die Erkenntnisse aufzeigen.',
      ],
    },
    RESULTS_ORIENTATION: {
      failure: 'viele Strategien, keine fertige Anlage',
      tool: 'ein Fahrplan, der Meilensteine mit Budgetlinien verbindet',
      topics: ['jede Budgetlinie mit einem Ergebnis verknüpfen', 'weniger Sitzungen, mehr messbare Ergebnisse'],
      situations: {
        SUCCESS: [
          'Wir verknüpften jede Budgetlinie mit einem Ergebnis im Fahrplan, und der Lenkungsausschuss strich etwa ein Fünftel der Aktivitäten, die keine solche Verbindung hatten.',
        ],
        FAILURE: [
          'Wir trafen uns {months} Monate lang jeden Monat und produzierten Strategien und Papiere, doch die erste Anlage war noch immer nicht fertig.',
        ],
        PRACTICE: ['Jede Sitzung des Lenkungsausschusses beginnt mit den Ergebnissen seit der letzten Sitzung, bevor über Pläne gesprochen wird.'],
        TOOL: ['Unser Fahrplan verbindet jeden Meilenstein mit einem Indikator und mit den Budgetlinien, die ihn finanzieren.'],
      },
      causes: {
        SUCCESS: ['Die sichtbare Verbindung zwischen Geld und Ergebnissen machte es leichter, gute Ideen abzulehnen, die den Zielen nicht dienten.'],
        FAILURE: ['Den Partnern fiel es leichter, über den Prozess zu reden, als sich auf messbare Ergebnisse festzulegen.'],
        PRACTICE: ['Ergebnisse an den Anfang der Tagesordnung zu stellen, hält den Blick auf der Umsetzung statt auf dem Prozess.'],
        TOOL: ['Wenn Meilensteine, Indikatoren und Geld in einer Tabelle stehen, fallen Lücken und Überschneidungen sofort auf.'],
      },
      lessons: [
        'Halten Sie die Partnerschaft auf Umsetzung und messbare Ergebnisse ausgerichtet, und verknüpfen Sie die Ressourcen sichtbar damit.',
        'Der Prozess ist wichtig, aber eine Partnerschaft wird daran gemessen, was sich vor Ort verändert.',
      ],
      tips: [
        'Verknüpfen Sie jede Budgetlinie mit einem Meilenstein und einem Indikator.',
        'Beginnen Sie Sitzungen mit Ergebnissen, nicht mit Plänen.',
        'Streichen Sie Aktivitäten, die keinem vereinbarten Ziel dienen.',
        'Feiern Sie das erste greifbare Ergebnis früh und öffentlich.',
      ],
    },
    ROLES_COMMITMENTS: {
      failure: 'Arbeiten auf Handschlag',
      tool: 'eine Vorlage für die Zusagen jedes Partners',
      topics: ['eine Absichtserklärung, die die Beiträge klärte', 'schriftliche Zusagen, die Machtgefälle sichtbar machten'],
      situations: {
        SUCCESS: [
          'Unsere Absichtserklärung hielt für jeden der {partners} Partner seine Rolle fest, seinen Beitrag in Geld oder Personalzeit und was er von den anderen erwarten konnte.',
        ],
        FAILURE: [
          'Wir arbeiteten {months} Monate auf Handschlag, und als die Kosten stiegen, konnte niemand sagen, welcher Partner die Fahrzeuge zu bezahlen versprochen hatte.',
        ],
        PRACTICE: ['Jedes Jahr erneuern die Partner ihre schriftlichen Zusagen, und das Sekretariat berichtet im Lenkungsausschuss, was geleistet wurde.'],
        TOOL: ['Wir nutzen eine Vorlage für Zusagen mit dem Partner, seiner Rolle, den eingebrachten Ressourcen, der Frist und der zuständigen Kontaktperson.'],
      },
      causes: {
        SUCCESS: [
          'Die schriftlich festgehaltenen Beiträge machten Machtgefälle sichtbar und gaben kleineren Partnern eine Grundlage, größere zur Rechenschaft zu ziehen.',
        ],
        FAILURE: ['Alle waren davon ausgegangen, dass die anderen die Vereinbarung genauso verstanden, und es gab nichts Schriftliches zum Nachprüfen.'],
        PRACTICE: ['Zusagen, die einmal gemacht und nie überprüft werden, geraten in Vergessenheit, wenn das Personal wechselt.'],
        TOOL: ['Eine Vorlage macht Zusagen vergleichbar und in einer Sitzung leicht überprüfbar.'],
      },
      lessons: [
        'Legen Sie Rolle und Beitrag jedes Partners in einer schriftlichen Vereinbarung fest; das macht Rechenschaft möglich und Machtunterschiede sichtbar.',
        'Eine Absichtserklärung ist keine Bürokratie, sondern das Gedächtnis der Partnerschaft.',
      ],
      tips: [
        'Unterzeichnen Sie vor Beginn der Umsetzung eine Absichtserklärung.',
        'Halten Sie Beiträge in Geld, Personalzeit und Sachleistungen fest.',
        'Überprüfen Sie die Zusagen jedes Jahr und dokumentieren Sie, was geleistet wurde.',
        'Benennen Sie für jede Zusage eine Kontaktperson.',
      ],
    },
    TRANSPARENT_COMMUNICATION: {
      failure: 'Entscheidungen in einer Chatgruppe, die nur die Hälfte nutzte',
      tool: 'ein Kommunikationsplan, der jeden Partner erreicht',
      topics: ['ein offener Informationsfluss zwischen den Partnern', 'Kommunikationskanäle, die sich alle leisten können'],
      situations: {
        SUCCESS: [
          'Wir ersetzten lange E-Mail-Ketten durch ein kurzes Monatsupdate des Sekretariats und einen gemeinsamen Ordner, den jeder Partner lesen kann, und die Klagen, außen vor zu bleiben, hörten auf.',
        ],
        FAILURE: [
          'Wichtige Entscheidungen wurden in einer Messenger-Gruppe besprochen, die nur die Hälfte der Partner nutzte, und die anderen erfuhren Monate später davon.',
        ],
        PRACTICE: [
          'Jede Entscheidung wird mit Datum und Begründung in einem öffentlichen Änderungsprotokoll festgehalten, das Partner und Öffentlichkeit lesen können.',
        ],
        TOOL: ['Unser Kommunikationsplan führt jeden Kanal auf, wer ihn nutzt, wie oft er aktualisiert wird und wie Partner ohne Internet erreicht werden.'],
      },
      causes: {
        SUCCESS: [
          'Verlässliche, offene Informationen bedeuteten, dass die Partner nicht mehr auf informelle Kontakte angewiesen waren, um zu wissen, was geschah.',
        ],
        FAILURE: ['Der gewählte Kanal passte zu den Mitarbeitenden in der Hauptstadt, aber nicht zu den Partnern auf dem Land mit teuren mobilen Daten.'],
        PRACTICE: ['Ein öffentliches Protokoll der Entscheidungen schafft Vertrauen und erschwert es, geklärte Fragen wieder aufzurollen.'],
        TOOL: ['Kanäle und Rhythmus schriftlich festzuhalten, zeigt, wer erreicht wird und wer durch das Raster fällt.'],
      },
      lessons: [
        'Sorgen Sie für einen kontinuierlichen, bezahlbaren und offenen Informationsfluss zwischen Sekretariat und Partnern und unter den Partnern.',
        'Der Kanal muss zu dem Partner mit der schwächsten Verbindung passen, nicht zu dem mit der besten.',
      ],
      tips: [
        'Verschicken Sie in festem Rhythmus ein kurzes Update, auch wenn es wenig Neues gibt.',
        'Halten Sie Entscheidungen mit Datum und Begründung dort fest, wo alle Partner sie sehen.',
        'Wählen Sie Kanäle, die sich Partner auf dem Land leisten können.',
        'Fragen Sie die Partner einmal im Jahr, ob sie sich gut informiert fühlen.',
      ],
    },
    SCALING_HANDOVER: {
      failure: 'mit der Förderung endete auch die Partnerschaft',
      tool: 'eine Übergabe-Checkliste für jede Aktivität',
      topics: ['die Verantwortung an lokale Partner übergeben', 'ein Fortführungsplan ab dem ersten Jahr'],
      situations: {
        SUCCESS: [
          'Drei Jahre vor dem Ende der Förderung vereinbarten wir einen Übergabeplan, und heute betreiben der Distriktrat und zwei lokale Vereine die Dienste selbstständig.',
        ],
        FAILURE: ['Als die Förderung endete, hörte die Partnerschaft einfach auf, weil niemand geplant hatte, wer die Arbeit weiterführt oder bezahlt.'],
        PRACTICE: ['Jedes Jahr geht ein Teil der Aufgaben des Sekretariats an einen lokalen Partner über, zusammen mit dem Budget und der nötigen Schulung.'],
        TOOL: [
          'Unsere Übergabe-Checkliste hält für jede Aktivität fest, wer sie übernimmt, welche Fähigkeiten nötig sind, welche Kosten bleiben und bis wann.',
        ],
      },
      causes: {
        SUCCESS: ['Die lokalen Partner hatten Zeit, ihre Kapazitäten Schritt für Schritt aufzubauen, statt im letzten Monat alles auf einmal zu übernehmen.'],
        FAILURE: ['Alle waren davon ausgegangen, dass der Geber die Förderung verlängert, deshalb wurde über die Fortführung nie offen gesprochen.'],
        PRACTICE: ['Eine schrittweise Übergabe zeigt, ob lokale Partner eine Aufgabe tragen können, solange noch Unterstützung da ist.'],
        TOOL: ['Eine Checkliste macht aus der vagen Absicht zur Übergabe konkrete Aufgaben mit Zuständigen und Terminen.'],
      },
      lessons: [
        'Planen Sie Fortführung, Ausweitung oder Übergabe lange vor dem Ende, und stärken Sie die lokalen Partner, damit sie Verantwortung übernehmen können.',
        'Partnerschaften, die ihre eigene Zukunft nicht planen, überlassen ihre Ergebnisse dem Zufall.',
      ],
      tips: [
        'Beginnen Sie den Fortführungsplan in der Designphase, nicht im letzten Jahr.',
        'Übergeben Sie Aufgaben schrittweise, solange noch Unterstützung da ist.',
        'Stärken Sie die lokalen Partner, die die Arbeit weitertragen werden.',
        'Entscheiden Sie anhand der Evaluierung, ob Sie ausweiten, neu ausrichten oder übergeben.',
      ],
    },
  },
  titleFrames: {
    SUCCESS: ['Was funktioniert hat', 'Ein Erfolg', 'Was den Unterschied gemacht hat'],
    FAILURE: ['Was schiefgelaufen ist', 'Eine bittere Lektion', 'Unser Fehler'],
    PRACTICE: ['Gute Praxis', 'So machen wir es', 'Eine Praxis zum Weitergeben'],
    TOOL: ['Werkzeug', 'Ein Werkzeug, das wir nutzen', 'Vorlage'],
  },
  titleSeparator: ': ',
  openings: [
    'Unsere Partnerschaft {field} {where} brachte {partners} Organisationen aus Staat, Wirtschaft und Zivilgesellschaft zusammen.',
    'Seit {year} arbeiten wir in einer Partnerschaft {field} {where}, mit {partners} Partnern aus verschiedenen Sektoren.',
    'Diese Lernerfahrung stammt aus einer Multi-Akteurs-Partnerschaft {field} {where}.',
    'Ich habe mehrere Jahre eine Partnerschaft {field} {where} koordiniert; {partners} Organisationen waren beteiligt.',
  ],
  contexts: [
    'Zu den Partnern gehörten eine Ministeriumsabteilung, zwei Privatunternehmen, mehrere NGOs und Gemeindeverbände.',
    'Wie viele Partnerschaften begann unsere mit Begeisterung und einem kleinen Zuschuss und wuchs schneller als ihre Strukturen.',
    'Die meisten Partner hatten schon in Projekten zusammengearbeitet, aber nie in einer Partnerschaft mit gemeinsamen Entscheidungen.',
    'In unserem Feld hängen Partnerschaften oft an wenigen engagierten Menschen, und unsere war keine Ausnahme.',
  ],
  closings: [
    'Wir hoffen, dass dies anderen Partnerschaften unsere Umwege erspart.',
    'Wir tauschen uns gern mit Partnerschaften aus, die vor ähnlichen Fragen stehen.',
    'Nichts davon ist kompliziert, aber es braucht Disziplin, dabeizubleiben.',
    'Im Rückblick war dies eine der nützlichsten Erfahrungen unserer Partnerschaft.',
  ],
  headings: { happened: 'Was geschehen ist', why: 'Warum', differently: 'Was wir anders machen würden', tips: 'Praktische Tipps' },
  keyLesson: 'Wichtigste Erkenntnis:',
  tipsIntros: ['Unsere praktischen Tipps:', 'Was wir empfehlen:', 'Wenn Sie in einer ähnlichen Lage sind:'],
  genericTips: [
    'Halten Sie schriftlich fest, was Sie vereinbaren, auch unter Partnern, die einander vertrauen.',
    'Greifen Sie diese Frage am Ende jeder Phase wieder auf.',
    'Sprechen Sie mit anderen Partnerschaften, die dasselbe Problem hatten.',
  ],
  reflections: {
    general: [
      'Heute sprechen die Partner diese Frage bei jeder Jahresbilanz offen an.',
      'Was wie ein Verwaltungsdetail aussah, prägte am Ende die ganze Partnerschaft.',
      'Mehrere Partner haben den Ansatz inzwischen in ihre eigenen Organisationen und in andere Partnerschaften übernommen.',
      'Theoretisch war nichts davon neu für uns; den Unterschied machte, dass wir dabeiblieben.',
    ],
    setback: [
      'Andere Partnerschaften, mit denen wir sprachen, hatten ähnliche Erfahrungen gemacht; es war also kein bloßes Pech.',
      'Wir brauchten länger als nötig, um das Muster zu erkennen, weil jeder Partner nur einen Teil davon sah.',
      'Im Nachhinein waren die Anzeichen viel früher sichtbar, als wir gehandelt haben.',
    ],
  },
  where: {
    one: 'in der Region {place} ({country})',
    two: 'in den Regionen {place1} ({country1}) und {place2} ({country2})',
    global: 'in mehreren Ländern',
  },
};
