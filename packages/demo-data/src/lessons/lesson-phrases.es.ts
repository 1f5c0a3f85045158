import type { LanguagePhrases } from './lesson-phrases.js';

// Piezas en español para las lecciones de demostración (redacción propia).
export const spanishPhrases: LanguagePhrases = {
  factors: {
    JOINT_OBJECTIVES: {
      failure: 'tres proyectos bajo un mismo logotipo',
      tool: 'una hoja de visión de una página',
      topics: ['una visión compartida en una sola página', 'acordar la cadena de resultados antes de la primera actividad'],
      situations: {
        SUCCESS: [
          'En los primeros {months} meses, los socios dedicaron dos talleres a acordar una sola cadena de resultados, y cada decisión posterior se contrastó con ella.',
        ],
        FAILURE: [
          'Cada socio llegó con sus propios objetivos y, a los {months} meses, estábamos llevando tres proyectos bajo un mismo logotipo en lugar de una alianza.',
        ],
        PRACTICE: ['Cada año, los socios revisan juntos los objetivos comunes y los hitos, y tachan lo que ya no sirve a la visión compartida.'],
        TOOL: ['Usamos una hoja de visión de una página con los objetivos comunes, los hitos con fecha y el indicador de cada uno.'],
      },
      causes: {
        SUCCESS: ['Como los objetivos se habían negociado y no impuesto, los socios los defendieron cuando los presupuestos se redujeron.'],
        FAILURE: ['Nadie había preguntado qué esperaba realmente cada organización de la alianza, así que los objetivos comunes quedaron vagos.'],
        PRACTICE: ['El contexto cambia rápido, y los objetivos que nadie revisa se convierten poco a poco en una lista de deseos.'],
        TOOL: ['Una sola página se lee en una reunión del comité directivo y es lo bastante concreta para zanjar discusiones sobre prioridades.'],
      },
      lessons: [
        'Los objetivos comunes solo se sostienen si cada socio ve en ellos su propio interés y si los hitos tienen fecha.',
        'El tiempo dedicado al principio a una visión común se recupera con creces durante la implementación.',
      ],
      tips: [
        'Redacten los objetivos con palabras que entiendan igual un funcionario municipal y un gerente de empresa.',
        'Asignen a cada hito una fecha y un socio responsable.',
        'Pregunten a cada socio qué necesita obtener de la alianza y déjenlo por escrito.',
        'Contrasten cada nueva actividad con la cadena de resultados antes de financiarla.',
      ],
    },
    LEADERSHIP: {
      failure: 'una organización líder que decidía sola',
      tool: 'un registro de decisiones del grupo núcleo',
      topics: ['un grupo núcleo que comparte el riesgo', 'liderar negociando y no desde la jerarquía'],
      situations: {
        SUCCESS: [
          'Un grupo núcleo de cuatro organizaciones asumió la responsabilidad de la alianza, y cada una comprometió personal y fondos de su propio presupuesto.',
        ],
        FAILURE: [
          'Una organización líder tomaba todas las decisiones sola y, a los {months} meses, los demás socios habían dejado de asistir a las reuniones.',
        ],
        PRACTICE: ['La presidencia del grupo núcleo rota cada año entre una entidad pública, una empresa y una organización de la sociedad civil.'],
        TOOL: ['Llevamos un breve registro en el que el grupo núcleo anota cada decisión, quién la propuso y cómo se negoció.'],
      },
      causes: {
        SUCCESS: ['Compartir el riesgo hizo que los miembros se preocuparan por los resultados más que por su propia visibilidad.'],
        FAILURE: ['La organización líder confundió coordinación con control, y nadie más sentía como propios los resultados.'],
        PRACTICE: ['La rotación impide que un solo socio se adueñe de la agenda y permite que cada sector aprenda a liderar.'],
        TOOL: ['Un registro escrito muestra a los recién llegados cómo se toman las decisiones y evita reabrir viejas discusiones.'],
      },
      lessons: [
        'Una alianza necesita un grupo núcleo que invierta sus propios recursos; la buena voluntad no basta en una crisis.',
        'Liderar una alianza significa negociar las decisiones, no dar instrucciones.',
      ],
      tips: [
        'Pidan a cada miembro del grupo núcleo un compromiso concreto de recursos, no solo su logotipo.',
        'Roten la presidencia para que ningún socio se adueñe de la agenda.',
        'Acuerden cómo se negocian las decisiones antes de que llegue la primera decisión difícil.',
        'Mantengan un grupo núcleo lo bastante pequeño para reunirse con poca antelación.',
      ],
    },
    HIGH_LEVEL_SUPPORT: {
      failure: 'cuando nuestro único apoyo político dejó el cargo',
      tool: 'una nota de dos páginas para nuestra figura de apoyo',
      topics: ['una viceministra como figura de apoyo', 'el respaldo de la dirección de cada socio'],
      situations: {
        SUCCESS: [
          'Una viceministra aceptó respaldar públicamente la alianza e inauguró la revisión anual, lo que trajo a la mesa a autoridades locales que antes nos ignoraban.',
        ],
        FAILURE: [
          'Nuestro principal apoyo político dejó el cargo tras unas elecciones y, en {months} meses, el ministerio retiró al personal que había asignado a la alianza.',
        ],
        PRACTICE: ['Dos veces al año informamos a la dirección de cada organización socia, y no solo a las personas que asisten a nuestras reuniones.'],
        TOOL: ['Antes de cada reunión de alto nivel preparamos una nota de dos páginas con tres resultados, una petición y una foto del terreno.'],
      },
      causes: {
        SUCCESS: ['El respaldo político facilitó que los funcionarios dedicaran tiempo, porque la alianza pasó a formar parte de su trabajo oficial.'],
        FAILURE: ['Todo el apoyo de alto nivel dependía de una sola persona, y nadie había construido relaciones con la administración.'],
        PRACTICE: [
          'Quienes asisten a las reuniones a menudo no tienen mandato para comprometer a su organización, y son sus directivos quienes deciden los presupuestos.',
        ],
        TOOL: ['Las personas con cargos altos leen notas cortas, y una petición clara les da algo concreto que aprobar.'],
      },
      lessons: [
        'Las figuras de apoyo abren puertas, pero el respaldo debe anclarse en las instituciones y no solo en personas.',
        'El respaldo de la dirección de cada socio importa tanto como el impulso político externo.',
      ],
      tips: [
        'Busquen al menos dos figuras de apoyo en instituciones distintas.',
        'Preparen para su figura de apoyo una sola petición clara en lugar de un informe largo.',
        'Cultiven relaciones con los funcionarios que permanecen cuando cambian los ministros.',
        'Inviten a la dirección de los socios a una visita de campo al año.',
      ],
    },
    RIGHT_STAKEHOLDERS: {
      failure: 'muchos socios, pero no los grupos afectados',
      tool: 'un mapa de actores según su influencia',
      topics: ['sentar a la mesa a las comunidades afectadas', 'los socios adecuados y no los más numerosos'],
      situations: {
        SUCCESS: [
          'Antes de la fase de diseño mapeamos quién influía en el problema e invitamos a dos asociaciones comunitarias y a un gremio de comerciantes en los que nadie había pensado.',
        ],
        FAILURE: [
          'Invitamos a {partners} organizaciones al lanzamiento, pero entre ellas no estaban los grupos de mujeres y de productores más afectados por el problema.',
        ],
        PRACTICE: ['En cada revisión anual nos preguntamos qué grupo necesario sigue faltando en la mesa y quién debería salir porque ya no aporta.'],
        TOOL: ['Nuestro mapa de actores sitúa a cada organización según su influencia sobre el problema y según cuánto le afecta el problema.'],
      },
      causes: {
        SUCCESS: ['El mapa mostró que las personas usuarias de los servicios no tenían voz, y que su conocimiento era la pieza que faltaba.'],
        FAILURE: ['Confundimos el número de socios con la legitimidad, y los grupos excluidos vieron la alianza como otro proyecto de fuera.'],
        PRACTICE: ['Las necesidades de una alianza cambian entre fases, y una composición adecuada para el diseño puede frenar la implementación.'],
        TOOL: ['Ver la influencia y la afectación en una sola hoja revela vacíos que una lista de miembros nunca muestra.'],
      },
      lessons: [
        'Los actores adecuados son los que necesitan los objetivos y los afectados por el problema, no la lista más larga de logotipos.',
        'Los grupos afectados deben estar en la mesa desde el principio, no solo en el taller de validación.',
      ],
      tips: [
        'Elaboren un mapa de actores antes de enviar la primera invitación.',
        'Presupuesten los viajes para que los representantes comunitarios puedan asistir.',
        'Pregunten a cada nuevo socio qué aporta que la alianza todavía no tenga.',
        'Revisen la composición de la alianza al final de cada fase.',
      ],
    },
    TRUST: {
      failure: 'datos comunes publicados sin consultar',
      tool: 'un barómetro de confianza semestral',
      topics: ['la confianza construida con pequeñas promesas cumplidas', 'tratarse de igual a igual'],
      situations: {
        SUCCESS: [
          'Durante el primer año, los socios acordaron pequeñas tareas conjuntas con plazos cortos y, al cumplirlas, construyeron la confianza que después les permitió superar un recorte presupuestario.',
        ],
        FAILURE: [
          'Una empresa socia publicó sin consultar los resultados de nuestra encuesta conjunta y, durante {months} meses, las organizaciones sociales se negaron a compartir más datos.',
        ],
        PRACTICE: ['Cada reunión de socios empieza con una ronda en la que cada organización dice abiertamente qué le preocupa de la alianza.'],
        TOOL: ['Usamos un sencillo barómetro de confianza: dos veces al año, cada socio valora de forma anónima con qué libertad puede hablar en la alianza.'],
      },
      causes: {
        SUCCESS: ['Socios de sectores distintos se juzgaban por lo que hacían y no por lo que decían, y las pequeñas tareas les dieron pruebas tempranas.'],
        FAILURE: ['No había ningún acuerdo sobre la propiedad de los datos comunes, y la empresa supuso que podía usar libremente la encuesta.'],
        PRACTICE: ['Una preocupación expresada a tiempo puede atenderse; una preocupación oculta se convierte en conflicto.'],
        TOOL: ['Las valoraciones anónimas muestran una pérdida de confianza mucho antes de que un socio se retire.'],
      },
      lessons: [
        'La confianza nace de las promesas cumplidas y del trato entre iguales; no se decreta en un memorando de entendimiento.',
        'Una ruptura de confianza cuesta más tiempo que cualquier problema técnico, así que acuerden pronto las reglas sobre datos y visibilidad.',
      ],
      tips: [
        'Empiecen con pequeñas tareas conjuntas que puedan salir bien en pocas semanas.',
        'Acuerden por escrito quién puede publicar qué a partir del trabajo conjunto.',
        'Reúnanse de manera informal además de formal, sobre todo en los primeros meses.',
        'Tomen en serio la preocupación de cada socio, sea cual sea su tamaño.',
      ],
    },
    SHARED_LANGUAGE: {
      failure: '¿clientes, beneficiarios o titulares de derechos?',
      tool: 'un glosario común siempre actualizado',
      topics: ['un glosario que acabó con los malentendidos', 'trabajar las diferencias de lógica entre sectores'],
      situations: {
        SUCCESS: [
          'Tras una reunión muy tensa, los socios redactaron un glosario de los veinte términos que usaban de forma distinta, y el tono de las discusiones cambió casi de inmediato.',
        ],
        FAILURE: [
          'Durante {months} meses, la empresa hablaba de clientes, el ministerio de beneficiarios y las ONG de titulares de derechos, y cada uno creía que los demás no escuchaban.',
        ],
        PRACTICE: [
          'Cuando se incorpora un socio nuevo, un socio más antiguo de otro sector le explica en una sesión de una hora nuestro planteamiento común del problema y los términos clave.',
        ],
        TOOL: ['Nuestro glosario común es un documento vivo: cada término, lo que significa para cada sector y lo que acordamos que significa en la alianza.'],
      },
      causes: {
        SUCCESS: ['Nombrar las diferencias de vocabulario mostró que los socios discrepaban mucho menos en el fondo de lo que creían.'],
        FAILURE: ['Nadie reconoció que los sectores siguen lógicas distintas, y los desacuerdos sobre palabras se tomaron por desacuerdos sobre valores.'],
        PRACTICE: ['Quienes llegan traen su propio vocabulario y, sin una introducción, los viejos malentendidos vuelven con cada socio nuevo.'],
        TOOL: ['Un glosario escrito convierte una diferencia cultural abstracta en algo que los socios pueden discutir con calma.'],
      },
      lessons: [
        'Cada sector usa sus propias palabras y lógicas; reconocerlo abiertamente es el primer paso hacia un lenguaje común.',
        'Un planteamiento común del problema y un glosario breve ahorran muchas horas de diálogo de sordos.',
      ],
      tips: [
        'Anoten los términos que los socios usan de forma distinta y acuerden un significado común.',
        'Pidan a un socio de otro sector que resuma su postura antes de responder.',
        'Traduzcan los documentos clave a todos los idiomas de trabajo de la alianza.',
        'Presenten el planteamiento común del problema a los socios nuevos en su primer mes.',
      ],
    },
    SECRETARIAT: {
      failure: 'una secretaría llevada en los ratos libres',
      tool: 'un cuadro semanal de seguimiento de la secretaría',
      topics: ['una secretaría neutral con personal propio', 'la coordinación no se hace en los ratos libres'],
      situations: {
        SUCCESS: [
          'Al pasar a la implementación contratamos a una coordinadora que trabaja solo para la secretaría, y las actas, los presupuestos y los informes empezaron a llegar a tiempo.',
        ],
        FAILURE: [
          'La secretaría estaba alojada en el socio más grande y la llevaba una de sus funcionarias además de su trabajo habitual; a los {months} meses, los demás la veían como el proyecto de esa organización.',
        ],
        PRACTICE: [
          'Nuestra secretaría está alojada en una universidad sin intereses en la implementación, y sus {partners} socios comparten el costo según su presupuesto.',
        ],
        TOOL: [
          'La secretaría mantiene un cuadro de seguimiento compartido con cada tarea acordada, su responsable y su plazo, y lo envía cada semana a todos los socios.',
        ],
      },
      causes: {
        SUCCESS: ['Con personal dedicado hubo tiempo para preparar bien las decisiones, y su neutralidad hizo que todos los socios compartieran información.'],
        FAILURE: [
          'La coordinación hecha en los ratos libres es siempre la primera tarea que se abandona, y una secretaría dentro de un socio nunca se percibe como neutral.',
        ],
        PRACTICE: [
          'Un anfitrión neutral facilita que organizaciones que compiten compartan información, y repartir el costo da a cada socio un interés propio.',
        ],
        TOOL: ['Una lista visible de tareas y responsables sustituye a los recordatorios y convierte los retrasos en un asunto común.'],
      },
      lessons: [
        'A más tardar desde la implementación, una alianza necesita una secretaría neutral y bien dotada, con al menos una persona dedicada a la coordinación.',
        'La neutralidad de la secretaría importa tanto como su capacidad.',
      ],
      tips: [
        'Presupuesten al menos una persona coordinadora a tiempo completo antes de la implementación.',
        'Alojen la secretaría en una organización que no compita por los fondos de la alianza.',
        'Hagan que todos los socios compartan el costo de la secretaría, aunque sea con montos pequeños.',
        'Den a la secretaría un mandato claro y por escrito.',
      ],
    },
    EQUAL_GOVERNANCE: {
      failure: 'decisiones preparadas solo por los financiadores',
      tool: 'un organigrama público de gobernanza',
      topics: ['derecho a decidir para cada socio', 'información para todos y no solo para el comité directivo'],
      situations: {
        SUCCESS: [
          'Cambiamos las reglas para que cada socio, incluida la organización comunitaria más pequeña, tenga un asiento y un voto en el comité directivo.',
        ],
        FAILURE: [
          'Las decisiones las preparaban los dos socios financiadores y se presentaban a los demás para su aprobación; en {months} meses se habían retirado tres organizaciones sociales.',
        ],
        PRACTICE: ['Los documentos del comité directivo llegan a todos los socios al menos dos semanas antes de la reunión y en cada idioma de trabajo.'],
        TOOL: [
          'Publicamos un organigrama de gobernanza que muestra qué órgano decide qué, quién lo integra y cómo cada socio puede incluir un tema en la agenda.',
        ],
      },
      causes: {
        SUCCESS: ['Los socios pequeños empezaron a plantear problemas del terreno, porque sabían que su opinión podía cambiar una decisión.'],
        FAILURE: [
          'Los socios que no pueden influir en las decisiones dejan de invertir en ellas, y el peso de los financiadores se convirtió en la única regla.',
        ],
        PRACTICE: ['El acceso igualitario a las decisiones vale poco sin acceso igualitario a la información en que se basan.'],
        TOOL: ['Las reglas escritas protegen a los socios más débiles y hacen fácil explicar el modelo de gobernanza.'],
      },
      lessons: [
        'Cada socio necesita acceso a las decisiones y a la información que las sustenta; si no, la alianza se convierte en un financiador con contratistas.',
        'Las reglas de gobernanza deben proteger al socio más débil, porque el más fuerte sabe defenderse solo.',
      ],
      tips: [
        'Envíen los documentos con tiempo para que los socios consulten a su propia organización.',
        'Dejen por escrito qué órgano decide qué y cómo un socio puede plantear un tema.',
        'Observen quién habla realmente en las reuniones, no solo quién asiste.',
        'Ofrezcan interpretación para que el idioma no decida quién participa.',
      ],
    },
    RESOURCES: {
      failure: 'un donante dominante nos hizo frágiles',
      tool: 'una hoja de recursos con dinero, tiempo de personal y aportes en especie',
      topics: ['de un solo financiador a cinco', 'un presupuesto revisado cada trimestre'],
      situations: {
        SUCCESS: ['En dos años pasamos de un solo financiador a cinco, y hoy ninguna fuente cubre más de un tercio del presupuesto.'],
        FAILURE: [
          'Un solo donante aportaba el {pct} % de nuestro presupuesto y, cuando cambió su estrategia para el país, la alianza perdió a casi todo su personal en {months} meses.',
        ],
        PRACTICE: ['Cada trimestre, el comité directivo compara el presupuesto con las actividades previstas y ajusta ambos en la misma reunión.'],
        TOOL: [
          'Llevamos una hoja sencilla con el dinero, el tiempo de personal y los aportes en especie de cada socio, para ver el panorama completo de un vistazo.',
        ],
      },
      causes: {
        SUCCESS: [
          'Diversificar la financiación hizo a la alianza menos dependiente de una sola agenda, y los nuevos financiadores aportaron contactos además de dinero.',
        ],
        FAILURE: [
          'Nunca habíamos previsto la salida del donante, y las expectativas ligadas a su dinero habían marcado nuestras prioridades más de lo que admitíamos.',
        ],
        PRACTICE: ['Un presupuesto que solo se revisa una vez al año oculta los déficits hasta que es demasiado tarde para reaccionar.'],
        TOOL: ['Los aportes en especie y el tiempo de personal suelen superar al dinero, pero desaparecen de la vista cuando solo se cuenta la financiación.'],
      },
      lessons: [
        'La financiación de una sola fuente dominante hace frágil a una alianza; diversifiquen pronto y hablen abiertamente de las expectativas ligadas al dinero.',
        'El tiempo, las personas y el dinero deben corresponder a los roles de los socios, y el presupuesto necesita revisiones periódicas.',
      ],
      tips: [
        'Mantengan la parte del mayor financiador por debajo de la mitad del presupuesto.',
        'Pregunten abiertamente a cada financiador qué espera a cambio de su dinero.',
        'Comprueben que cada socio tiene el personal que exige su rol.',
        'Cuenten el tiempo de personal y los aportes en especie junto al dinero.',
      ],
    },
    CONTEXT_ALIGNMENT: {
      failure: 'una iniciativa paralela en el mismo municipio',
      tool: 'un mapa de todas las iniciativas de la región',
      topics: ['repartirse los municipios con un programa similar', 'alinearse con lo que ya existe'],
      situations: {
        SUCCESS: [
          'Nuestro análisis del contexto reveló un programa público con el mismo fin en dos de nuestros municipios, así que acordamos repartirnos los municipios y compartir una sola línea de base.',
        ],
        FAILURE: [
          'Seis meses después del lanzamiento descubrimos una iniciativa paralela en el mismo municipio, con las mismas comunidades y con incentivos más altos.',
        ],
        PRACTICE: [
          'Antes de elegir un nuevo lugar de trabajo consultamos el registro nacional de iniciativas y hablamos con la oficina de planificación municipal.',
        ],
        TOOL: [
          'Mantenemos un mapa de todas las iniciativas conocidas de nuestro ámbito en la región, actualizado cada {months} meses con las autoridades locales.',
        ],
      },
      causes: {
        SUCCESS: ['Hablar pronto con el otro programa convirtió a un competidor en aliado y liberó fondos para municipios que nadie atendía.'],
        FAILURE: [
          'Habíamos analizado el problema pero no a los demás actores, y las comunidades se confundieron ante dos proyectos que ofrecían cosas parecidas.',
        ],
        PRACTICE: ['Las autoridades locales saben lo que se planifica mucho antes de que aparezca en cualquier base de datos.'],
        TOOL: ['Un mapa compartido hace visible la duplicación y da a las autoridades un motivo para coordinarse con nosotros.'],
      },
      lessons: [
        'Analicen las demás iniciativas con el mismo cuidado que el propio problema; la duplicación malgasta recursos y confunde a la población.',
        'Las estrategias globales necesitan una implementación local que encaje con lo que ya existe sobre el terreno.',
      ],
      tips: [
        'Consulten los registros existentes y los planes municipales antes de elegir los lugares de trabajo.',
        'Reúnanse con las demás iniciativas de su ámbito durante la fase de inicio.',
        'Acuerden por escrito un reparto de zonas o tareas con los programas similares.',
        'Compartan la línea de base con las iniciativas que trabajan en el mismo problema.',
      ],
    },
    AGENDA_2030: {
      failure: 'nueve ODS anunciados, una sola meta demostrada',
      tool: 'una lista de verificación que vincula objetivos y metas de los ODS',
      topics: ['vincular nuestra contribución con las metas de los ODS', 'aprender de otras alianzas a través de una plataforma'],
      situations: {
        SUCCESS: [
          'Ya en el diseño vinculamos nuestros objetivos con metas concretas de los ODS, lo que nos permitió hablar el lenguaje de planificación del ministerio y sumarnos al examen nacional.',
        ],
        FAILURE: ['En nuestra web decíamos contribuir a nueve ODS, pero cuando un financiador pidió pruebas solo pudimos mostrar resultados para una meta.'],
        PRACTICE: ['Cada año intercambiamos con otras alianzas en la plataforma nacional de los ODS y comparamos qué metas atendemos y dónde quedan vacíos.'],
        TOOL: [
          'Usamos una breve lista de verificación que vincula cada uno de nuestros objetivos con una o dos metas de los ODS y nombra el indicador que reportamos.',
        ],
      },
      causes: {
        SUCCESS: ['Un vínculo claro con las metas hizo la alianza comprensible para quienes planifican y mostró nuestro aporte al esfuerzo nacional.'],
        FAILURE: ['Enumerar objetivos se había convertido en un ejercicio de imagen, y nadie había evaluado la contribución antes de anunciarla.'],
        PRACTICE: ['Otras alianzas enfrentan los mismos problemas, y una metaplataforma muestra rápido quién trabaja en las mismas metas.'],
        TOOL: ['Vincular cada objetivo con una meta y un indicador mantiene honestas nuestras afirmaciones y las hace fáciles de verificar.'],
      },
      lessons: [
        'Evalúen desde el principio la contribución a los ODS y reivindiquen solo las metas para las que puedan mostrar resultados.',
        'El intercambio con otras alianzas a través de metaplataformas evita reinventar soluciones.',
      ],
      tips: [
        'Vinculen cada objetivo con dos metas de los ODS como máximo.',
        'Usen los indicadores oficiales de los ODS cuando se ajusten a sus resultados.',
        'Registren la alianza en la plataforma nacional o mundial de los ODS.',
        'Comparen una vez al año sus metas con las de alianzas similares.',
      ],
    },
    RESULTS_MONITORING: {
      failure: 'contar reuniones en lugar de resultados',
      tool: 'una hoja de monitoreo con líneas de base y responsables',
      topics: ['monitorear cómo funciona la propia alianza', 'líneas de base antes de las actividades'],
      situations: {
        SUCCESS: [
          'Medimos la línea de base de todos los indicadores antes de la primera actividad; a los {months} meses pudimos mostrar un cambio del {pct} % en lugar de contar anécdotas.',
        ],
        FAILURE: [
          'Monitoreábamos el número de capacitaciones y reuniones, pero nadie comprobaba si algo cambiaba para las personas a las que queríamos llegar.',
        ],
        PRACTICE: [
          'Además de los resultados, cada seis meses monitoreamos la propia alianza: asistencia, decisiones tomadas, aportes cumplidos y cómo valoran los socios la cooperación.',
        ],
        TOOL: ['Nuestra hoja de monitoreo tiene una fila por indicador con la línea de base, la meta, el último valor, la fuente y el socio responsable.'],
      },
      causes: {
        SUCCESS: ['Con líneas de base, los socios podían ver el avance y discutir sobre las causas en lugar de sobre las cifras.'],
        FAILURE: ['Contar actividades era fácil, mientras que definir indicadores de efecto habría obligado a conversaciones difíciles que evitamos.'],
        PRACTICE: ['Una alianza puede fracasar aunque sus proyectos funcionen, y solo el monitoreo de la cooperación lo muestra a tiempo.'],
        TOOL: ['Nombrar un socio responsable por indicador convierte el monitoreo en una tarea compartida y no en una carga de la secretaría.'],
      },
      lessons: [
        'Monitoreen tanto los resultados como el funcionamiento de la alianza, y fijen las líneas de base antes de empezar.',
        'Los indicadores de efecto con línea de base y meta dicen más que cualquier recuento de actividades.',
      ],
      tips: [
        'Fijen una línea de base y una meta para cada indicador antes de la implementación.',
        'Revisen los indicadores en el comité directivo al menos dos veces al año.',
        'Añadan dos o tres indicadores sobre el funcionamiento de la propia alianza.',
        'Nombren un socio responsable para cada indicador.',
      ],
    },
    EVALUATION_REPORTING: {
      failure: 'un informe que solo leyeron los donantes',
      tool: 'un calendario de informes para todos los públicos',
      topics: ['informes para donantes, socios y público', 'publicar una evaluación con sus puntos débiles'],
      situations: {
        SUCCESS: [
          'Publicamos completa nuestra evaluación de medio término, incluidos los dos objetivos que no alcanzamos, y crecieron tanto la confianza de los socios como el interés de un nuevo financiador.',
        ],
        FAILURE: ['Elaboramos un único informe largo para los donantes, y las organizaciones comunitarias nunca supieron qué se había logrado con su aporte.'],
        PRACTICE: [
          'Escribimos tres versiones de cada informe anual: una detallada para los financiadores, una breve para los socios y una página con fotos para el público.',
        ],
        TOOL: [
          'Nuestro calendario de informes recoge cada informe que esperan financiadores y socios, su formato y su plazo, para no escribir nada dos veces.',
        ],
      },
      causes: {
        SUCCESS: ['La apertura sobre los resultados, buenos y malos, hizo más creíbles nuestros logros.'],
        FAILURE: ['Informar se veía como una obligación ante los donantes y no como comunicación con todos los que habían invertido en la alianza.'],
        PRACTICE: ['Cada público necesita un nivel de detalle distinto, y un informe para todos no lo lee nadie.'],
        TOOL: ['Sin calendario, la secretaría dedicaba semanas a informes de contenido parecido pero de forma distinta.'],
      },
      lessons: [
        'Adapten los informes a donantes, socios y público, y sean transparentes sobre los resultados que no se lograron.',
        'Una evaluación honesta fortalece más a una alianza que un informe de lujo.',
      ],
      tips: [
        'Planifiquen una evaluación independiente a medio término, no solo al final.',
        'Escriban un resumen de una página de cada informe en lenguaje sencillo.',
        'Publiquen las evaluaciones, incluidos los hallazgos incómodos.',
        'Acuerden con los financiadores un formato común de informe cuando sea posible.',
      ],
    },
    LEARNING: {
      failure: 'los mismos errores tres años seguidos',
      tool: 'un registro de lecciones abierto a todos los socios',
      topics: ['convertir los fracasos en lecciones', 'una pausa de aprendizaje después de cada temporada'],
      situations: {
        SUCCESS: [
          'Después de cada temporada, los socios dedicaron media jornada al aprendizaje, y las lecciones del primer piloto fallido orientaron el diseño de los {partners} sitios siguientes.',
        ],
        FAILURE: [
          'Los mismos errores en las compras se repitieron tres años seguidos, porque cada año llegaba personal nuevo sin saber qué había fallado antes.',
        ],
        PRACTICE: ['Cada informe de avance termina con lo que aprendimos y lo que vamos a cambiar, y el comité directivo decide sobre cada cambio propuesto.'],
        TOOL: ['Llevamos un registro en el que cualquier socio puede anotar una lección, y la secretaría lo revisa antes de planificar cada nueva fase.'],
      },
      causes: {
        SUCCESS: ['Dar espacio a la reflexión convirtió los errores en conocimiento compartido y no en motivo de culpa.'],
        FAILURE: ['El aprendizaje dependía de personas concretas, y no quedaba nada por escrito cuando se marchaban.'],
        PRACTICE: ['Las lecciones solo cambian la práctica cuando alguien tiene que decidir qué hacer con ellas.'],
        TOOL: ['Un registro abierto a todos recoge conocimiento que de otro modo se quedaría en una sola organización.'],
      },
      lessons: [
        'Integren el aprendizaje en el monitoreo y conviertan éxitos y fracasos en lecciones que cambien lo que hacen.',
        'El conocimiento que no se escribe se va con las personas que lo tenían.',
      ],
      tips: [
        'Organicen una sesión breve de aprendizaje después de cada temporada o fase.',
        'Pregunten qué salió mal antes de preguntar qué salió bien.',
        'Registren las lecciones donde todos los socios puedan encontrarlas.',
        'Atiendan las carencias de capacidad que revelen las lecciones.',
      ],
    },
    RESULTS_ORIENTATION: {
      failure: 'muchas estrategias y ninguna obra terminada',
      tool: 'una hoja de ruta que vincula hitos y partidas presupuestarias',
      topics: ['vincular cada partida presupuestaria con un resultado', 'menos reuniones y más resultados medibles'],
      situations: {
        SUCCESS: [
          'Vinculamos cada partida presupuestaria con un resultado de la hoja de ruta, y el comité directivo eliminó cerca de una quinta parte de las actividades que no tenían ese vínculo.',
        ],
        FAILURE: ['Nos reunimos cada mes durante {months} meses y produjimos estrategias y documentos, pero la primera obra seguía sin terminarse.'],
        PRACTICE: ['Cada reunión del comité directivo empieza por los resultados logrados desde la reunión anterior, antes de hablar de planes.'],
        TOOL: ['Nuestra hoja de ruta conecta cada hito con un indicador y con las partidas presupuestarias que lo financian.'],
      },
      causes: {
        SUCCESS: ['Un vínculo visible entre dinero y resultados facilitó decir que no a buenas ideas que no servían a los objetivos.'],
        FAILURE: ['Los socios se sentían más cómodos discutiendo el proceso que comprometiéndose con resultados medibles.'],
        PRACTICE: ['Poner los resultados al principio de la agenda mantiene la atención en la implementación y no en el proceso.'],
        TOOL: ['Cuando hitos, indicadores y dinero están en una sola tabla, los vacíos y las duplicaciones saltan a la vista.'],
      },
      lessons: [
        'Mantengan la alianza centrada en la implementación y en resultados medibles, y vinculen visiblemente los recursos con ellos.',
        'El proceso importa, pero a una alianza se la juzga por lo que cambia sobre el terreno.',
      ],
      tips: [
        'Vinculen cada partida presupuestaria con un hito y un indicador.',
        'Empiecen las reuniones por los resultados, no por los planes.',
        'Abandonen las actividades que no sirven a ningún objetivo acordado.',
        'Celebren pronto y en público el primer resultado tangible.',
      ],
    },
    ROLES_COMMITMENTS: {
      failure: 'trabajar con un simple apretón de manos',
      tool: 'una plantilla de compromisos para cada socio',
      topics: ['un memorando de entendimiento que aclaró los aportes', 'compromisos escritos que hicieron visible el poder'],
      situations: {
        SUCCESS: [
          'Nuestro memorando de entendimiento recogía para cada uno de los {partners} socios su rol, su aporte en dinero o tiempo de personal y lo que podía esperar de los demás.',
        ],
        FAILURE: [
          'Trabajamos {months} meses con un simple apretón de manos y, cuando subieron los costos, nadie sabía qué socio había prometido pagar los vehículos.',
        ],
        PRACTICE: ['Cada año los socios renuevan sus compromisos por escrito, y la secretaría informa al comité directivo de lo que se cumplió.'],
        TOOL: ['Usamos una plantilla de compromisos con el socio, su rol, los recursos que aporta, el plazo y la persona de contacto.'],
      },
      causes: {
        SUCCESS: ['Poner los aportes por escrito hizo visibles las asimetrías de poder y dio a los socios pequeños una base para pedir cuentas a los grandes.'],
        FAILURE: ['Todos suponían que los demás entendían el acuerdo igual, y no había nada escrito con qué comprobarlo.'],
        PRACTICE: ['Los compromisos que se asumen una vez y nunca se revisan se olvidan cuando cambia el personal.'],
        TOOL: ['Una plantilla hace comparables los compromisos y fáciles de revisar en una reunión.'],
      },
      lessons: [
        'Definan por escrito el rol y el aporte de cada socio; así la rendición de cuentas es posible y las diferencias de poder se hacen visibles.',
        'Un memorando de entendimiento no es burocracia: es la memoria de la alianza.',
      ],
      tips: [
        'Firmen un memorando de entendimiento antes de empezar la implementación.',
        'Anoten los aportes en dinero, en tiempo de personal y en especie.',
        'Revisen los compromisos cada año y registren lo que se cumplió.',
        'Nombren una persona de contacto para cada compromiso.',
      ],
    },
    TRANSPARENT_COMMUNICATION: {
      failure: 'decisiones en un grupo de mensajería que solo usaba la mitad',
      tool: 'un plan de comunicación que llega a todos los socios',
      topics: ['un flujo de información abierto entre socios', 'canales de comunicación que todos pueden pagar'],
      situations: {
        SUCCESS: [
          'Sustituimos las largas cadenas de correos por un breve boletín mensual de la secretaría y una carpeta compartida que todos pueden leer, y se acabaron las quejas de quedar al margen.',
        ],
        FAILURE: [
          'Decisiones importantes se discutían en un grupo de mensajería que solo usaba la mitad de los socios, y los demás se enteraban meses después.',
        ],
        PRACTICE: ['Cada decisión queda registrada con su fecha y sus razones en un historial público de cambios que pueden leer los socios y el público.'],
        TOOL: ['Nuestro plan de comunicación enumera cada canal, quién lo usa, cada cuánto se actualiza y cómo se llega a los socios sin internet.'],
      },
      causes: {
        SUCCESS: ['Una información previsible y abierta hizo que los socios ya no dependieran de contactos informales para saber qué pasaba.'],
        FAILURE: ['El canal elegido convenía al personal de la capital, pero no a los socios rurales, para quienes los datos móviles son caros.'],
        PRACTICE: ['Un registro público de decisiones genera confianza y dificulta reabrir asuntos ya resueltos.'],
        TOOL: ['Poner por escrito los canales y su frecuencia muestra a quién se llega y quién se queda fuera.'],
      },
      lessons: [
        'Mantengan un flujo de información continuo, asequible y abierto, entre la secretaría y los socios y entre los propios socios.',
        'El canal debe servir al socio con la peor conexión, no al que tiene la mejor.',
      ],
      tips: [
        'Envíen un boletín breve con un ritmo fijo, aunque haya pocas novedades.',
        'Registren las decisiones con fecha y razones donde todos los socios puedan verlas.',
        'Elijan canales que los socios rurales puedan pagar.',
        'Pregunten una vez al año a los socios si se sienten bien informados.',
      ],
    },
    SCALING_HANDOVER: {
      failure: 'cuando terminó la financiación, terminó la alianza',
      tool: 'una lista de traspaso para cada actividad',
      topics: ['traspasar la responsabilidad a los socios locales', 'un plan de continuidad desde el primer año'],
      situations: {
        SUCCESS: [
          'Tres años antes del fin de la financiación acordamos un plan de traspaso, y hoy el gobierno municipal y dos asociaciones locales gestionan los servicios por su cuenta.',
        ],
        FAILURE: [
          'Cuando terminó la financiación, la alianza simplemente se detuvo, porque nadie había previsto quién seguiría con el trabajo ni quién lo pagaría.',
        ],
        PRACTICE: ['Cada año, una parte de las tareas de la secretaría pasa a un socio local, junto con el presupuesto y la capacitación necesarios.'],
        TOOL: ['Nuestra lista de traspaso indica para cada actividad quién la asume, qué capacidades necesita, qué costos quedan y para cuándo.'],
      },
      causes: {
        SUCCESS: ['Los socios locales tuvieron tiempo de fortalecer sus capacidades paso a paso en lugar de recibirlo todo en el último mes.'],
        FAILURE: ['Todos suponían que el donante prorrogaría la financiación, así que la continuidad nunca se discutió abiertamente.'],
        PRACTICE: ['Un traspaso gradual pone a prueba si los socios locales pueden asumir una tarea mientras todavía hay apoyo disponible.'],
        TOOL: ['Una lista de verificación convierte una vaga intención de traspaso en tareas concretas con responsables y fechas.'],
      },
      lessons: [
        'Planifiquen la continuidad, el escalamiento o el traspaso mucho antes del final, y fortalezcan a los socios locales para que asuman la responsabilidad.',
        'Una alianza que no planifica su propio futuro deja sus resultados al azar.',
      ],
      tips: [
        'Empiecen el plan de continuidad en la fase de diseño, no en el último año.',
        'Traspasen las tareas paso a paso mientras todavía hay apoyo.',
        'Fortalezcan a los socios locales que llevarán adelante el trabajo.',
        'Decidan a partir de la evaluación si conviene escalar, reorientar o traspasar.',
      ],
    },
  },
  titleFrames: {
    SUCCESS: ['Lo que funcionó', 'Un caso de éxito', 'Lo que marcó la diferencia'],
    FAILURE: ['Lo que salió mal', 'Una lección difícil', 'Nuestro error'],
    PRACTICE: ['Buena práctica', 'Cómo lo hacemos', 'Una práctica para compartir'],
    TOOL: ['Herramienta', 'Una herramienta que usamos', 'Plantilla'],
  },
  titleSeparator: ': ',
  openings: [
    'Nuestra alianza {field} {where} reunía a {partners} organizaciones del gobierno, del sector privado y de la sociedad civil.',
    'Desde {year} trabajamos en una alianza {field} {where}, con {partners} socios de sectores distintos.',
    'Esta lección viene de una alianza de múltiples actores {field} {where}.',
    'Coordiné durante varios años una alianza {field} {where}; participaban {partners} organizaciones.',
  ],
  contexts: [
    'Entre los socios había una dirección ministerial, dos empresas privadas, varias ONG y asociaciones comunitarias.',
    'Como muchas alianzas, la nuestra empezó con entusiasmo y una pequeña donación, y creció más rápido que sus estructuras.',
    'La mayoría de los socios ya había colaborado en proyectos, pero nunca en una alianza con decisiones compartidas.',
    'En nuestro ámbito, las asociaciones y alianzas suelen depender de unas pocas personas comprometidas, y la nuestra no era la excepción.',
  ],
  closings: [
    'Esperamos que esto ayude a otras alianzas a evitar los rodeos que dimos nosotros.',
    'Con gusto intercambiaremos experiencias con alianzas que enfrenten preguntas parecidas.',
    'Nada de esto es complicado, pero hace falta disciplina para mantenerlo.',
    'Mirando atrás, fue una de las lecciones más útiles de nuestra alianza.',
  ],
  headings: { happened: 'Lo que pasó', why: 'Por qué', differently: 'Lo que haríamos diferente', tips: 'Consejos prácticos' },
  keyLesson: 'Lección clave:',
  tipsIntros: ['Nuestros consejos prácticos:', 'Lo que recomendamos:', 'Si están en una situación parecida:'],
  genericTips: [
    'Pongan por escrito lo que acuerden, incluso entre socios que confían entre sí.',
    'Vuelvan sobre esta cuestión al final de cada fase.',
    'Hablen con otras alianzas que hayan enfrentado el mismo problema.',
  ],
  reflections: {
    general: [
      'Hoy los socios tratan esta cuestión abiertamente en cada revisión anual.',
      'Lo que parecía un detalle administrativo terminó marcando a toda la alianza.',
      'Desde entonces, varios socios han llevado el mismo enfoque a sus propias organizaciones y a otras alianzas.',
      'En teoría nada de esto era nuevo para nosotros; lo que marcó la diferencia fue mantenerlo.',
    ],
    setback: [
      'Otras alianzas con las que hablamos vivieron algo parecido, lo que indica que no fue cuestión de mala suerte.',
      'Tardamos más de lo debido en ver el patrón, porque cada socio solo veía una parte.',
      'Visto en retrospectiva, las señales eran visibles mucho antes de que actuáramos, como ocurre en muchas asociaciones.',
    ],
  },
  where: {
    one: 'en la zona de {place} ({country})',
    two: 'en las zonas de {place1} ({country1}) y {place2} ({country2})',
    global: 'en varios países',
  },
};
