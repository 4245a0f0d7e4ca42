"""Spanish strings for working together: cohorts, team assessments, team keys, action plans."""

MESSAGES: dict[str, str] = {
    "confirm.cancel": "Cancelar",
    "error.staff_only": "Esta página es para facilitación y administración.",
    # facilitator: cohorts
    "cohorts.title": "Cohortes",
    "cohorts.intro": "Una cohorte es un grupo de organizaciones que acompañan juntas. Cada una "
    "se une con un código que ustedes le dan y elige qué compartir. Solo verán cifras de "
    "grupo cuando hayan enviado suficientes organizaciones, y los resultados propios de una "
    "organización solo si ella decidió compartirlos.",
    "cohorts.deleted": "La cohorte se borró, con sus membresías y sus cifras publicadas.",
    "cohorts.list_caption#one": "{count} cohorte.",
    "cohorts.list_caption#other": "{count} cohortes.",
    "cohorts.name": "Cohorte",
    "cohorts.members": "Miembros",
    "cohorts.code_hint": "El código termina en",
    "cohorts.summary": "Resumen",
    "cohorts.see_summary": "Ver el resumen",
    "cohorts.none": "Todavía no tienen cohortes. Creen una abajo.",
    "cohorts.create_title": "Crear una cohorte",
    "cohorts.name_label": "Nombre de la cohorte",
    "cohorts.name_hint": "Las organizaciones miembro ven este nombre, por ejemplo «Círculo de "
    "cuidado de datos de Bogotá, primavera».",
    "cohorts.name_invalid": "Pongan a la cohorte un nombre de hasta 200 caracteres.",
    "cohorts.create_button": "Crear la cohorte",
    "cohorts.created_title": "Cohorte creada",
    "cohorts.rotated_title": "Nuevo código para unirse",
    "cohorts.created_text": "«{name}» está lista. Den este código a las organizaciones que "
    "quieren invitar.",
    "cohorts.rotated_text": "«{name}» tiene un código nuevo. El anterior ya no sirve; las "
    "organizaciones que ya se unieron siguen en la cohorte.",
    "cohorts.code_label": "Código para unirse",
    "cohorts.copy_now": "Cópienlo ahora.",
    "cohorts.copy_now_text": "Se muestra solo esta vez: guardamos apenas una huella del código. "
    "Si se pierde, hagan uno nuevo.",
    "cohorts.code_format": "Son cuatro grupos de cuatro letras y cifras, como {example}. Nunca "
    "lleva las letras I, L, O ni U, así que es fácil de dictar o copiar a mano; al escribirlo "
    "dan igual las mayúsculas y los guiones.",
    "cohorts.code_share": "Compártanlo solo con las organizaciones que invitan, por ejemplo en "
    "persona o por mensaje privado.",
    "cohorts.done": "Ya lo copié",
    "cohorts.created": "Creada",
    "cohorts.code_since": "(desde el {date})",
    "cohorts.summary_logged": "Cada vez que abren el resumen, cada organización incluida lo ve "
    "en su registro de accesos.",
    "cohorts.code_title": "Código para unirse",
    "cohorts.code_lost": "El código se mostró al crearlo. Si se perdió, o llegó a quien no "
    "debía, hagan uno nuevo: el anterior deja de servir y los miembros se quedan.",
    "cohorts.rotate_link": "Hacer un código nuevo…",
    "cohorts.delete_title": "Borrar la cohorte",
    "cohorts.delete_intro": "Esto elimina la cohorte, sus membresías y sus cifras publicadas. "
    "Las organizaciones y sus evaluaciones se quedan.",
    "cohorts.delete_link": "Borrar esta cohorte…",
    "cohorts.confirm_rotate_title": "¿Hacer un código nuevo para «{name}»?",
    "cohorts.confirm_rotate_text": "El código actual deja de servir enseguida. Las "
    "organizaciones que ya están en la cohorte siguen en ella.",
    "cohorts.confirm_rotate_button": "Hacer un código nuevo",
    "cohorts.confirm_delete_title": "¿Borrar «{name}»?",
    "cohorts.confirm_delete_text": "Se borrarán la cohorte, sus membresías y sus cifras "
    "publicadas. No se puede deshacer. Las organizaciones conservan sus propios datos.",
    "cohorts.confirm_delete_button": "Borrar la cohorte",
    # facilitator: the summary
    "summary.title": "Resumen: {name}",
    "summary.questionnaire": "Cuestionario",
    "summary.used_by": "enviado por {count}",
    "summary.no_questionnaire": "Todavía no hay envíos",
    "summary.language": "Idioma de los títulos",
    "summary.show": "Mostrar",
    "summary.status_title": "Lo que pueden ver",
    "summary.status.current": "Cifras actuales",
    "summary.status.held": "Cifras anteriores (retenidas)",
    "summary.status.counts_only": "Solo conteos",
    "summary.reason.current": "Estas cifras describen a las organizaciones de la cohorte que "
    "enviaron este cuestionario, tal como están ahora. Los conteos menores de {k} aparecen "
    "como «<{k}».",
    "summary.reason.held": "Estas cifras se publicaron el {date} y describen la cohorte como "
    "era entonces. Desde esa fecha algunas organizaciones cambiaron (se unieron, salieron, "
    "enviaron de nuevo o cambiaron lo que comparten). Habrá cifras nuevas cuando hayan "
    "cambiado al menos {k} organizaciones, para que la diferencia no deje ver el cambio de "
    "una sola.",
    "summary.reason.too_few": "Para mostrar cifras hacen falta al menos {k} organizaciones que "
    "hayan enviado este cuestionario, y al menos {k} de ellas que compartan solo cifras de "
    "grupo (salvo que todas les compartan sus resultados). Mientras tanto solo se muestra "
    "cuántos miembros y envíos hay.",
    "summary.reason.held_back": "Las cifras nuevas están retenidas: se diferenciarían de cifras "
    "ya publicadas (de esta cohorte o de otra suya) en menos de {k} organizaciones, y la "
    "diferencia podría revelar lo que esas organizaciones respondieron. Llegarán cuando "
    "cambien más organizaciones.",
    "summary.reason.no_questionnaire": "Ningún miembro ha enviado todavía una evaluación, así "
    "que no hay cifras. Solo se muestra el número de miembros.",
    "summary.members": "Organizaciones en la cohorte",
    "summary.submitted": "Organizaciones que enviaron este cuestionario",
    "summary.described": "Organizaciones que describen estas cifras",
    "summary.displays": "«<{k}» reemplaza un conteo que podría señalar a menos de {k} "
    "organizaciones; «{withheld}», una cifra que podría revelar a un grupo pequeño "
    "(un desglose por gravedad, un cuartil con muy pocas puntuaciones). Ninguno significa cero.",
    "summary.withheld": "retenida",
    "summary.csv": "Descargar en CSV",
    "summary.domains_title": "Puntuaciones por dominio",
    "summary.chart_title": "Puntuaciones por dominio en la cohorte",
    "summary.chart_desc": "Para {count} dominios, una caja del cuartil inferior al superior de "
    "las puntuaciones de las organizaciones (de 0 a 100) y una línea en la mediana. Nunca se "
    "muestran la puntuación más baja ni la más alta. Las mismas cifras están en la tabla.",
    "summary.chart_legend": "caja: la mitad central de las puntuaciones · línea: la mediana",
    "summary.domains_table": "Tabla de puntuaciones por dominio",
    "summary.domains_caption": "Cuartiles de las puntuaciones por dominio (de 0 a 100): la "
    "mitad de las organizaciones queda entre el cuartil inferior y el superior.",
    "summary.organisations": "Organizaciones",
    "summary.q1": "Cuartil inferior",
    "summary.median": "Mediana",
    "summary.q3": "Cuartil superior",
    "summary.issues_title": "Problemas, los más frecuentes primero",
    "summary.issues_caption": "Cuántas de las organizaciones descritas tienen cada problema, y "
    "qué tan grave es para ellas. Los conteos ocultos van al final, en el orden del "
    "cuestionario.",
    "summary.rank": "Puesto",
    "summary.issue": "Problema",
    "summary.share": "Proporción",
    "summary.severity_mix": "Gravedad (organizaciones)",
    "summary.no_mix": "desglose por gravedad no disponible",
    "summary.no_issues": "No se muestra ningún problema para esta cohorte.",
    "summary.strengths_title": "Fortalezas",
    "summary.strength": "Fortaleza",
    "summary.no_strengths": "No se muestra ninguna fortaleza para esta cohorte.",
    "summary.resources_title": "Los recursos que más ayudarían",
    "summary.resources_intro": "Ordenados según cuántas organizaciones tienen los problemas que "
    "tratan, y qué tan graves son.",
    "summary.change_title": "Cambios desde las primeras evaluaciones",
    "summary.change_unavailable": "No hay suficientes organizaciones que hayan enviado dos veces "
    "para mostrar cambios.",
    "summary.change_both": "Organizaciones con una primera evaluación y otra posterior:",
    "summary.resolved_any": "Resolvieron al menos un problema",
    "summary.new_any": "Tienen al menos un problema nuevo",
    "summary.median_resolved": "Mediana de problemas resueltos",
    "summary.median_new": "Mediana de problemas nuevos",
    "summary.median_change": "Mediana del cambio de puntuación",
    "summary.resolved": "Resueltos",
    "summary.new": "Nuevos",
    "summary.collapsed_issues#one": "{count} problema más afecta a menos de {k} organizaciones y "
    "no se muestra.",
    "summary.collapsed_issues#other": "{count} problemas más afectan cada uno a menos de {k} "
    "organizaciones y no se muestran.",
    "summary.collapsed_strengths#one": "{count} fortaleza más la tienen menos de {k} "
    "organizaciones y no se muestra.",
    "summary.collapsed_strengths#other": "{count} fortalezas más las tienen menos de {k} "
    "organizaciones cada una y no se muestran.",
    "summary.needed#one": "Falta {count} envío de una organización que comparta solo cifras de "
    "grupo para que aparezcan cifras.",
    "summary.needed#other": "Faltan {count} envíos de organizaciones que comparten solo cifras de "
    "grupo para que aparezcan cifras.",
    "summary.topics_title": "Temas",
    "summary.topics_caption": "Organizaciones con al menos un problema alto o crítico en cada "
    "dominio (k-anónimo).",
    "summary.shared_title": "Organizaciones que comparten sus resultados",
    "summary.shared_intro": "Estas organizaciones decidieron dejarles leer sus resultados. Las "
    "demás cuentan solo en las cifras de grupo.",
    "summary.shared_details#one": "Puntuaciones por dominio y {count} problema",
    "summary.shared_details#other": "Puntuaciones por dominio y {count} problemas",
    "summary.shared_issues_only": "Comparte solo los títulos de sus problemas y fortalezas (sin "
    "respuestas ni puntuaciones). Cifras exactas, no k-anónimas.",
    "summary.shared_exact": "Cifras exactas y con nombre: estas organizaciones no están en las "
    "cifras k-anónimas de arriba.",
    "summary.shared_strengths": "Fortalezas",
    "summary.onboarded": "dada de alta por usted",
    "log.action.read_issues_(shared_in_cohort)": "leyó los títulos de sus problemas y fortalezas "
    "(compartidos en una cohorte)",
    "summary.shared_not_yet": "Todavía no envió este cuestionario.",
    "summary.shared_none": "Ninguna organización de esta cohorte les comparte sus resultados.",
    # members: cohorts
    "join.title": "Inscriba a su organización en una cohorte",
    "join.intro": "Su persona facilitadora les dio un código. Con él crean aquí su organización "
    "ustedes mismas: su primera clave de acceso solo la ven ustedes, nunca la persona"
    " facilitadora.",
    "join.name_label": "Nombre de la organización",
    "join.name_hint": "Cualquier nombre con el que se conozca aquí a su organización; un seudónimo "
    "sirve.",
    "join.display_label": "Nombre en la cohorte (opcional)",
    "join.display_hint": "Lo que ven las demás organizaciones y la persona facilitadora en la "
    "lista de miembros. Déjelo vacío para usar el nombre de la organización.",
    "join.agreement": "Al unirse acepta que las demás organizaciones vean su nombre en la cohorte "
    "y la fecha en que se unió, y que la persona facilitadora vea además si empezó o "
    "envió una evaluación, y cuándo.",
    "join.button": "Crear y unirse",
    "join.invalid": "Escriba el código y el nombre de la organización, y elija qué compartir.",
    "join.done": "«{name}» ya está en la cohorte «{cohort}».",
    "join.your_key": "La clave de acceso de su organización",
    "join.key_only_you": "Nadie más tiene esta clave, ni siquiera la persona facilitadora. La "
    "necesitará para volver a entrar.",
    "join.continue": "Ir a sus cohortes",
    "roster.title": "Quiénes están en la cohorte",
    "roster.joined": "se unió el {date}",
    "roster.onboarded": "dada de alta por la persona facilitadora: "
    "no cuenta en las cifras de grupo",
    "roster.counted": "Organizaciones contadas en las cifras que ve ahora la persona facilitadora: "
    "{count}",
    "membership.title": "Cohortes",
    "membership.intro": "Una cohorte es un grupo de organizaciones que una persona facilitadora "
    "—quien les capacita, o una red de la que forman parte— acompaña en conjunto. Ustedes "
    "eligen lo que esa persona puede ver.",
    "membership.notice.joined": "Se unieron a la cohorte.",
    "membership.notice.changed": "Se cambió lo que comparten.",
    "membership.notice.left": "Salieron de la cohorte.",
    "membership.yours": "Sus cohortes",
    "membership.joined": "se unieron el {date}",
    "membership.sharing_now": "Comparten:",
    "membership.sharing_legend": "Lo que puede ver la persona facilitadora",
    "membership.level.aggregate": "Solo cifras de grupo",
    "membership.level_help.aggregate": "Agregado: su organización cuenta solo en las cifras de "
    "grupo. La persona facilitadora ve totales de toda la cohorte, nunca sus resultados "
    "propios, y los grupos pequeños se ocultan.",
    "membership.level.issues": "Sus problemas y fortalezas",
    "membership.level_help.issues": "Problemas: la persona facilitadora también puede ver los "
    "títulos de sus problemas y fortalezas con su gravedad, con el nombre de su organización. "
    "No sus respuestas, puntuaciones ni notas.",
    "membership.level.results": "También sus resultados",
    "membership.level_help.results": "Resultados: la persona facilitadora también puede leer sus "
    "resultados (puntuaciones, problemas y fortalezas) con el nombre de su organización. Nunca "
    "sus notas ni sus respuestas escritas.",
    "membership.change_button": "Guardar",
    "membership.leave_link": "Salir de esta cohorte…",
    "membership.none": "Su organización no está en ninguna cohorte.",
    "membership.join_title": "Unirse a una cohorte",
    "membership.code_label": "Código para unirse",
    "membership.code_hint": "El código que les dio la persona facilitadora, como "
    "K7QF-3MZP-W2XA-9TDB. Dan igual las mayúsculas y los guiones.",
    "membership.change_later": "Pueden cambiarlo, o salir, cuando quieran; se aplica enseguida.",
    "membership.join_button": "Unirse",
    "membership.code_wrong": "Ninguna cohorte tiene este código. Revísenlo con la persona "
    "facilitadora: un código deja de servir cuando se hace uno nuevo.",
    "membership.already": "Su organización ya está en esta cohorte. Pueden cambiar lo que "
    "comparte más arriba.",
    "membership.leave_title": "¿Salir de «{name}»?",
    "membership.leave_text": "Su organización dejará de contar en las cifras nuevas y la "
    "persona facilitadora dejará de ver sus resultados. Las cifras ya publicadas se quedan "
    "hasta que se reemplacen.",
    "membership.leave_button": "Salir de la cohorte",
    # members: your data
    "data.cohorts_text": "Las cohortes en las que está su organización, y lo que comparte con "
    "quienes las facilitan.",
    "data.cohorts_link": "Sus cohortes",
    "data.keys_text": "Cada persona que responde una evaluación en equipo necesita su propia "
    "clave. Pueden darlas y revocarlas aquí.",
    "data.keys_link": "Claves del equipo",
    # members: team keys
    "keys.title": "Claves del equipo",
    "keys.intro": "Cada clave entra en nombre de su organización. Den a cada colega su propia "
    "clave con nombre, para que sus respuestas en una ronda de equipo sigan siendo suyas, y "
    "revóquenla cuando se vaya.",
    "keys.revoked": "La clave se revocó. Quien la usaba quedó fuera de la sesión.",
    "keys.created": "Nueva clave para {label}:",
    "keys.copy_now_text": "Se muestra solo esta vez. Entréguenla de forma segura (en persona, o "
    "por un mensaje privado que se borre). Si se pierde, den una nueva y revoquen esta.",
    "keys.label": "Nombre",
    "keys.ends_with": "Termina en",
    "keys.last_used": "Último uso",
    "keys.status": "Estado",
    "keys.this_one": "la clave que están usando",
    "keys.active": "activa",
    "keys.revoked_on": "revocada el {date}",
    "keys.revoke_link": "Revocar…",
    "keys.issue_title": "Dar una clave a una colega",
    "keys.label_label": "¿Para quién es?",
    "keys.label_hint": "Un nombre o rol que su equipo reconozca, como «Ana, equipo de campo». "
    "Sus colegas lo ven en la página del equipo.",
    "keys.label_invalid": "Escriban para quién es la clave, en hasta 100 caracteres.",
    "keys.issue_button": "Dar la clave",
    "keys.own_key": "No pueden revocar la clave con la que entraron. Entren primero con otra.",
    "keys.revoke_title": "¿Revocar la clave «{label}»?",
    "keys.revoke_text": "Deja de funcionar enseguida y quien la use queda fuera de la sesión. "
    "Las respuestas ya dadas con ella se quedan.",
    "keys.revoke_button": "Revocar la clave",
    # members: team assessments
    "team.title": "Responder en equipo",
    "team.intro": "Varias personas pueden responder esta evaluación, cada una con su propia "
    "clave y en privado: nadie ve las respuestas de nadie más. Cuando terminen, las "
    "respuestas se combinan en las de su organización, y se listan las preguntas en las que "
    "respondieron distinto para que las conversen.",
    "team.rule_legend": "Cuando las respuestas difieren, ¿cuál cuenta?",
    "team.rule.cautious": "La respuesta más prudente",
    "team.rule_help.cautious": "Recomendado. Gana la respuesta que muestra más riesgo, y un «No "
    "sé» de cualquiera queda a la vista: así no se pierde nada que preocupe a alguien.",
    "team.rule.majority": "La respuesta más común",
    "team.rule_help.majority": "Gana la respuesta que dio la mayoría; un empate va a la más "
    "prudente.",
    "team.yours_first": "Las respuestas ya guardadas en este borrador pasan a ser suyas.",
    "team.keys_needed": "Cada colega necesita su propia clave:",
    "team.open_button": "Abrir al equipo",
    "team.notice.opened": "La ronda está abierta. Envíen a sus colegas el enlace de esta "
    "evaluación; cada persona entra con su propia clave.",
    "team.notice.closed": "La ronda está cerrada y las respuestas están combinadas.",
    "team.is_open": "La ronda del equipo está abierta. Cuando las respuestas difieren: {rule}.",
    "team.is_closed": "La ronda del equipo está cerrada. Las respuestas se combinaron con: {rule}.",
    "team.answering_as": "Están respondiendo como {label}; nadie más ve sus respuestas.",
    "team.unnamed_key": "una clave sin nombre",
    "team.see_team": "Ver la página del equipo",
    "team.continue": "Seguir respondiendo",
    "team.after_close": "Conversen en equipo las preguntas de abajo. Si acuerdan otra "
    "respuesta, cámbienla; después revisen y envíen.",
    "team.change_answers": "Cambiar respuestas",
    "team.respondents_title": "Quién respondió",
    "team.who": "Clave",
    "team.you": "su clave",
    "team.nobody_yet": "Nadie ha guardado una respuesta todavía.",
    "team.respondents_hint": "Las y los colegas aparecen aquí cuando guardan una respuesta. "
    "Cada persona necesita su propia clave:",
    "team.discussion_title": "Para conversar",
    "team.discussion_intro": "Preguntas en las que sus respuestas difieren, con cuántas personas "
    "dieron cada respuesta. Nunca dice quién dio cuál.",
    "team.count#one": "{count} persona",
    "team.count#other": "{count} personas",
    "team.combined": "Respuesta combinada: {answer}",
    "team.your_answer": "Ver su respuesta",
    "team.no_disagreements": "Por ahora, todas las personas que respondieron coinciden.",
    "team.close_title": "Cerrar la ronda",
    "team.close_intro": "Cuando todas las personas hayan respondido, cierren la ronda: las "
    "respuestas se combinan en las de su organización, que todavía pueden cambiar antes de "
    "enviar.",
    "team.close_button": "Cerrar la ronda…",
    "team.close_text": "Las respuestas de todas las personas se combinarán en las de su "
    "organización, y ya nadie podrá responder en privado. Todavía podrán cambiar respuestas "
    "antes de enviar.",
    "team.close_confirm": "Cerrar y combinar",
    "team.cannot_close": "Nadie ha respondido todavía, así que no hay nada que combinar.",
    "team.review_title": "Enviar una evaluación en equipo",
    "team.review_text": "Sus respuestas son solo suyas hasta que se cierre la ronda. Cuando "
    "todas las personas hayan respondido, cierren la ronda en la página del equipo; entonces "
    "se podrán revisar y enviar las respuestas combinadas.",
    "team.badge_open": "Ronda de equipo abierta",
    "team.link_start": "Responder en equipo",
    "team.link_open": "Página del equipo",
    "team.link_closed": "Página del equipo",
    "team.results_title": "Respondida en equipo",
    "team.results_intro": "Respondieron {count} personas. Cuando las respuestas difirieron: "
    "{rule}.",
    "team.results_disagreements#one": "Las respuestas difirieron en {count} pregunta:",
    "team.results_disagreements#other": "Las respuestas difirieron en {count} preguntas:",
    # members: action plans
    "plan.title": "Plan de acción: {title}",
    "plan.focus.issue": "Para un problema",
    "plan.focus.domain": "Para un dominio",
    "plan.created": "hecho el {date}",
    "plan.from_results": "los resultados de los que sale",
    "plan.progress": "{done} de {total} hechos",
    "plan.doing_count": "{count} en curso",
    "plan.progress_label": "Pasos hechos",
    "plan.saved": "Guardado.",
    "plan.outcome_title": "Después de su siguiente evaluación:",
    "plan.outcome_link": "ver esos resultados",
    "plan.resolved": "Resueltos:",
    "plan.persisting": "Siguen abiertos:",
    "plan.steps_title": "Pasos",
    "plan.no_steps": "Todavía no hay pasos. Agreguen uno abajo.",
    "plan.step": "Paso {number}",
    "plan.for_issue": "Para: {title}",
    "plan.text": "Qué hacer",
    "plan.status_legend": "Estado",
    "plan.status.todo": "Por hacer",
    "plan.status.doing": "En curso",
    "plan.status.done": "Hecho",
    "plan.due": "Fecha límite (opcional)",
    "plan.save_step": "Guardar el paso",
    "plan.move_up": "Subir",
    "plan.move_down": "Bajar",
    "plan.delete_step": "Borrar el paso",
    "plan.step_invalid": "Escriban qué hacer (hasta 1000 caracteres) y den la fecha como "
    "año-mes-día.",
    "plan.add_title": "Agregar un paso",
    "plan.add_button": "Agregar el paso",
    "plan.delete_title": "¿Borrar el plan «{title}»?",
    "plan.delete_text": "Se borrarán el plan y todos sus pasos. Su evaluación y sus resultados "
    "se quedan.",
    "plan.delete_button": "Borrar el plan",
    "plan.delete_link": "Borrar este plan…",
    "plan.list_title": "Sus planes de acción",
    "plan.none": "Todavía no hay planes. En sus resultados, elijan un problema o un dominio y "
    "hagan un plan.",
    "plan.outcome_short#one": "{resolved} de {count} problema resuelto en su siguiente evaluación",
    "plan.outcome_short#other": "{resolved} de {count} problemas resueltos en su siguiente "
    "evaluación",
    "plan.exists_for_issue": "Ya tienen un plan para este problema:",
    "plan.exists_title": "Ya existe un plan",
    "plan.exists_text": "Ya tienen un plan para esto:",
    "plan.exists_open": "Abrir ese plan",
    "plan.exists_again": "Hacer un segundo plan de todos modos",
    "plan.mark_done": "Marcar como hecho",
    "plan.owner": "Quién se encarga (opcional)",
    "plan.owner_hint": "Un nombre, un rol o un equipo: lo que usen en su grupo.",
    "plan.owned_by": "a cargo de {owner}",
    "plan.due_on": "para el {date}",
    "plan.make_for_issue": "Hacer un plan para este problema",
    "plan.make_for_domain": "Hacer un plan para este dominio",
    "plan.domain_label": "Hacer un plan para todo un dominio",
    "plan.domain_hint": "Empieza con los primeros pasos de cada problema encontrado en el "
    "dominio; pueden cambiarlos.",
    # access log: actions recorded by cohorts, teams and plans
    "log.action.cohort_summary_(aggregate)": "leyó un resumen de cohorte que cuenta a su "
    "organización",
    "log.action.cohort_summary_(counts_only)": "leyó un resumen de cohorte (solo números)",
    "log.action.read_results_(shared_in_cohort)": "leyó sus resultados (compartidos en una "
    "cohorte)",
    "log.action.read_issue_map_(shared_in_cohort)": "leyó su mapa de problemas (compartido en "
    "una cohorte)",
    "log.action.listed_cohort_memberships": "listó sus cohortes",
    "log.in_cohort": "en la cohorte «{name}»",
    "log.action.read_team_round": "leyó una ronda de equipo",
    "log.action.listed_action_plans": "listó sus planes de acción",
    "log.action.read_action_plan": "leyó un plan de acción",
    # drafts: another one, discarding
    "draft.exists_title": "Ya tienen un borrador de {title}",
    "draft.exists_text": "Empezar de cero crea un segundo borrador junto al primero, que se queda "
    "hasta que lo descarten. Para seguir donde lo dejaron, continúen el borrador.",
    "draft.exists_hint": "Ya tienen un borrador de este cuestionario: preguntamos antes de crear "
    "otro.",
    "draft.start_another": "Crear otro borrador de todos modos",
    "draft.started_at": "Empezado el {date} a las {time}",
    "draft.saved_at": "guardado por última vez el {date} a las {time} ({zone})",
    "draft.discard_link": "Descartar este borrador…",
    "draft.discard_title": "¿Descartar este borrador?",
    "draft.discard_text": "Sus respuestas se borran para siempre. Las evaluaciones enviadas y sus "
    "resultados no cambian.",
    "draft.discard_button": "Descartar el borrador",
    "draft.discarded": "Se descartó el borrador.",
}
