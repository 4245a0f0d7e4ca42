"""Spanish interface strings (plural "ustedes", as in the questionnaire)."""

MESSAGES: dict[str, str] = {
    # navigation and layout
    "nav.skip": "Ir al contenido",
    "nav.label": "Principal",
    "nav.dashboard": "Inicio",
    "nav.data": "Sus datos",
    "nav.cohorts": "Cohortes",
    "nav.sign_out": "Cerrar sesión",
    "nav.language": "Idioma",
    "footer.text": "rdsa — Autoevaluación de Datos Responsables. Sus respuestas son solo de "
    "su organización, salvo que decidan compartirlas.",
    "role.admin": "administración",
    "role.facilitator": "facilitación",
    "role.member": "miembro",
    "status.draft": "Borrador",
    "status.submitted": "Enviada",
    # sign-in
    "home.title": "Iniciar sesión",
    "home.intro": "Vean cómo sus prácticas con datos protegen a las personas que aparecen "
    "en ellos, y qué conviene mejorar primero.",
    "home.key_label": "Clave de acceso",
    "home.key_hint": "La clave que recibió su organización. Empieza por rdsa_. "
    "No se vuelve a mostrar después de iniciar sesión.",
    "home.sign_in": "Entrar",
    "home.erased": "Los datos de su organización se borraron.",
    "home.about_title": "De qué se trata",
    "home.about": "Una autoevaluación sobre poder, justicia y datos: respondan preguntas "
    "sobre cómo recogen, guardan y comparten datos, y reciban un mapa de problemas y "
    "recursos en su idioma.",
    "home.privacy": "Este sitio usa una cookie para mantener la sesión y otra para el idioma. "
    "Sin rastreadores y sin cargar nada de otros sitios.",
    "signin.invalid": "Esta clave no es válida o fue revocada. Revísenla e inténtenlo de nuevo.",
    "signin.expired": "El formulario había caducado. Vuelvan a escribir la clave.",
    "signin.too_many": "Demasiados intentos fallidos desde su conexión. Esperen un minuto e "
    "inténtenlo de nuevo.",
    # staff
    "staff.role": "Entraron con una clave de {role}.",
    "staff.members_only": "Las evaluaciones se responden con la clave de miembro de una "
    "organización.",
    "staff.api": "La administración trabaja con la API; su documentación está en",
    # dashboard
    "dashboard.assessments": "Sus evaluaciones",
    "dashboard.version": "versión {version}",
    "dashboard.submitted": "enviada el {date}",
    "dashboard.score": "puntuación global {score}",
    "dashboard.continue": "Continuar",
    "dashboard.see_results": "Ver los resultados",
    "dashboard.more": "Se muestran las {shown} más recientes de {total}.",
    "dashboard.none": "Todavía no hay evaluaciones. Empiecen una abajo: pueden parar cuando "
    "quieran y seguir más tarde.",
    "dashboard.start_title": "Empezar una evaluación",
    "dashboard.follow_up": "Empezar un seguimiento",
    "dashboard.follow_up_hint": "Con sus respuestas del {date} ya cargadas, para revisarlas "
    "y actualizarlas.",
    "dashboard.start_blank": "Empezar desde cero",
    "dashboard.no_questionnaires": "Ahora mismo no hay ningún cuestionario disponible.",
    # progress
    "progress.text": "{answered} de {applicable} preguntas respondidas",
    "progress.label": "Avance",
    # questionnaire pages
    "page.context_title": "Sobre su organización",
    "page.context_intro": "Estas preguntas no suman puntos. Deciden qué preguntas vienen "
    "después y qué tan grave es cada riesgo para las personas con quienes trabajan.",
    "page.step": "Sección {number} de {total}",
    "page.more": "Sus respuestas abrieron más preguntas en esta página: respóndanlas también.",
    "page.saved": "Sus respuestas están guardadas.",
    "page.errors_title": "Algunas respuestas necesitan otra mirada",
    "page.nothing_applies": "Ninguna de estas preguntas aplica a su organización, según sus "
    "respuestas anteriores. Sigan con la próxima sección.",
    "page.save_next": "Guardar y seguir",
    "page.save_review": "Guardar y revisar",
    "page.save": "Guardar",
    "page.save_back": "Guardar y volver",
    "page.sections": "Secciones",
    "page.count": "{answered}/{applicable}",
    "page.review": "Revisar y enviar",
    "q.optional": "opcional",
    "q.needs_review": "Viene de su evaluación anterior: confirmen que sigue siendo cierto.",
    "q.choose_all": "Elijan todas las opciones que correspondan.",
    "q.unsure": "No sé",
    "q.na": "No aplica",
    "q.note": "Agregar una nota",
    "q.note_label": "Nota (solo la ve su organización)",
    "autosave.saving": "Guardando…",
    "autosave.saved": "Guardado.",
    "autosave.problem": "Guardado, pero algunas respuestas necesitan otra mirada.",
    "autosave.failed": "No se guardó automáticamente. Usen el botón Guardar.",
    "answer.special_conflict": "Elijan una respuesta o «No sé» / «No aplica», no ambas cosas.",
    "answer.one_only": "Elijan una sola respuesta.",
    "answer.comment_needs_answer": "Elijan una respuesta para conservar su nota.",
    "answer.hidden": "Esta pregunta ya no aplica, según sus otras respuestas.",
    "answer.exclusive": "Una de las opciones elegidas no se puede combinar con las demás.",
    "answer.too_long": "Este texto es demasiado largo.",
    "answer.empty": "Escriban algo, o dejen el cuadro vacío para saltar la pregunta.",
    "answer.invalid": "Esta respuesta no corresponde a la pregunta. Elijan de nuevo.",
    # review
    "review.title": "Revisar y enviar",
    "review.incomplete": "Todavía faltan preguntas obligatorias por responder.",
    "review.missing_title": "Por responder ({count})",
    "review.complete": "Todas las preguntas obligatorias tienen respuesta.",
    "review.check_title": "Respuestas para revisar",
    "review.check_intro": "Estas respuestas vienen de su evaluación anterior. Ábranlas y "
    "confírmenlas o cámbienlas.",
    "review.unsure": "Respondieron «No sé» {count} vez/veces. No pasa nada: no saber también "
    "vale la pena aprenderlo, y cuenta como una brecha.",
    "review.sections": "Secciones",
    "review.submit_hint": "Una vez enviada, las respuestas ya no se pueden cambiar; más "
    "adelante pueden empezar un seguimiento.",
    "review.submit": "Enviar y ver resultados",
    # results
    "results.title": "Resultados",
    "results.submitted": "enviada el {date}",
    "results.contents": "En esta página",
    "results.overall": "Global",
    "results.stage": "Etapa: {stage}",
    "results.summary": "{issues} problema(s) para trabajar, {strengths} fortaleza(s), "
    "{unsure} respuesta(s) «No sé».",
    "results.print": "Informe para imprimir",
    "results.scores_title": "Puntuación por área",
    "results.table_caption": "Puntuaciones de 0 a 100; la cobertura es la parte de las "
    "preguntas aplicables que contó.",
    "results.domain": "Área",
    "results.score": "Puntuación",
    "results.stage_col": "Etapa",
    "results.coverage": "Cobertura",
    "results.change": "Cambio",
    "results.map_title": "Mapa de problemas",
    "results.map_scroll_hint": "Deslice el mapa hacia un lado para ver todas las etapas; las áreas "
    "quedan fijas.",
    "results.map_hint": "Las filas son áreas y las columnas, etapas del ciclo de vida de los "
    "datos. Cada celda muestra cuántos problemas tiene y el más grave; ✓ cuenta las "
    "fortalezas. Todos los problemas se detallan abajo.",
    "results.issues_title": "Problemas, los más urgentes primero",
    "results.no_issues": "No se encontraron problemas.",
    "results.raised": "Subió a {severity} por su contexto.",
    "results.why": "Por qué importa:",
    "results.first_steps": "Primeros pasos:",
    "results.read": "Para leer:",
    "results.strengths_title": "Fortalezas",
    "results.no_strengths": "Todavía no hay fortalezas registradas.",
    "results.resources_title": "Recursos recomendados",
    "results.no_recommendations": "No hay recursos para recomendar.",
    "results.other_language": "no disponible en su idioma",
    "results.change_title": "Cambios desde su última evaluación",
    "chart.title": "Puntuación por área",
    "chart.description": "Gráfico de barras con la puntuación global y {count} puntuaciones "
    "por área, de 0 a 100; las líneas verticales marcan las etapas. Las mismas cifras están "
    "en la tabla.",
    "chart.no_score": "sin puntuación (pocas respuestas)",
    "chart.previous": "Evaluación anterior",
    "compare.intro": "Comparado con su evaluación enviada el {date}.",
    "compare.overall": "Puntuación global: {before} → {after} ({delta}).",
    "compare.resolved": "Problemas resueltos: {count}",
    "compare.new": "Problemas nuevos: {count}",
    "compare.persisting": "Problemas que siguen abiertos: {count}.",
    "compare.strengths_gained": "Fortalezas nuevas: {count}.",
    "effort.minutes": "minutos",
    "effort.hours": "unas horas",
    "effort.days": "unos días",
    "effort.weeks": "semanas",
    "effort.ongoing": "continuo",
    "report.title": "Informe de datos responsables",
    "report.footer": "Generado el {date} UTC por rdsa (motor de puntuación {engine}).",
    # data pages
    "data.title": "Sus datos",
    "data.intro": "Todo lo que este servicio guarda sobre {name}, y cómo lo controlan.",
    "data.export_title": "Descargar todo",
    "data.export_text": "Un archivo JSON con su organización, los datos de sus claves (nunca "
    "las claves), cada evaluación con sus respuestas y resultados, y el registro de accesos.",
    "data.export_button": "Descargar (JSON)",
    "data.log_title": "Registro de accesos",
    "data.log_text": "Cada vez que alguien de fuera de su organización (administración o "
    "facilitación) leyó o cambió sus datos.",
    "data.log_link": "Ver el registro de accesos",
    "data.erase_title": "Borrar su organización",
    "data.erase_text": "Eliminar su organización y todo lo relacionado con ella de este servicio.",
    "data.erase_link": "Borrar…",
    "log.when": "Cuándo",
    "log.who": "Quién",
    "log.what": "Qué",
    "log.total": "{total} entradas.",
    "log.pages": "Páginas",
    "log.newer": "Más recientes",
    "log.older": "Más antiguas",
    "log.empty": "Nadie de fuera de su organización accedió a sus datos.",
    "log.action.read_organisation": "leyó los datos de su organización",
    "log.action.changed_organisation": "cambió los datos de su organización",
    "log.action.exported_all_data": "descargó todos sus datos",
    "log.action.issued_member_key": "emitió una clave de miembro",
    "log.action.listed_keys": "consultó la lista de sus claves",
    "log.action.revoked_member_key": "revocó una clave de miembro",
    "log.action.started_assessment": "empezó una evaluación",
    "log.action.listed_assessments": "consultó la lista de sus evaluaciones",
    "log.action.read_assessment": "leyó una evaluación",
    "log.action.read_results": "leyó resultados",
    "log.action.read_issue_map": "leyó un mapa de problemas",
    "log.action.compared_assessments": "comparó evaluaciones",
    "log.action.read_report": "leyó un informe",
    "erase.warning": "Esto elimina su organización, sus claves, todas las evaluaciones, "
    "respuestas y resultados, y el registro de accesos. No se puede deshacer y se cerrará "
    "su sesión.",
    "erase.export_first": "Quizás quieran descargar todo antes:",
    "erase.label": "Para confirmar, escriban el nombre de su organización: {name}",
    "erase.mismatch": "El nombre no coincide. No se borró nada.",
    "erase.button": "Borrar todo",
    # errors
    "error.title": "Algo salió mal",
    "error.back": "Volver al inicio",
    "error.generic": "Algo salió mal de nuestro lado. Inténtenlo de nuevo.",
    "error.signed_out": "Vuelvan a iniciar sesión.",
    "error.forbidden": "Su clave no puede abrir esta página.",
    "error.members_only": "Esta página es para miembros de una organización. Entren con la "
    "clave de su organización.",
    "error.not_found": "No encontramos esta página. Puede que se haya borrado o que sea de "
    "otra organización.",
    "error.conflict": "Esta evaluación cambió mientras tanto (quizás ya fue enviada). "
    "Vuelvan atrás y recarguen la página.",
    "error.too_large": "Lo que enviaron es demasiado grande.",
    "error.bad_form": "No pudimos leer el formulario. Vuelvan atrás, recarguen la página e "
    "inténtenlo de nuevo.",
    "error.too_many": "Demasiados intentos. Esperen un minuto e inténtenlo de nuevo.",
    "error.csrf": "Este formulario caducó o vino de otro sitio. Vuelvan atrás, recarguen la "
    "página e inténtenlo de nuevo.",
}
