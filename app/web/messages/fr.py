"""French interface strings."""

MESSAGES: dict[str, str] = {
    # navigation and layout
    "nav.skip": "Aller au contenu",
    "nav.label": "Principal",
    "nav.dashboard": "Accueil",
    "nav.data": "Vos données",
    "nav.cohorts": "Cohortes",
    "nav.sign_out": "Se déconnecter",
    "nav.language": "Langue",
    "footer.text": "rdsa — Autoévaluation de la gestion responsable des données. "
    "Vos réponses restent à votre organisation, sauf si vous choisissez de les partager.",
    "role.admin": "administration",
    "role.facilitator": "facilitation",
    "role.member": "membre",
    "status.draft": "Brouillon",
    "status.submitted": "Envoyée",
    # sign-in
    "home.title": "Se connecter",
    "home.intro": "Voyez comment vos pratiques en matière de données protègent les personnes "
    "qui y figurent, et ce qu’il faut améliorer en premier.",
    "home.key_label": "Clé d’accès",
    "home.key_hint": "La clé que votre organisation a reçue. Elle commence par rdsa_. "
    "Elle n’est plus jamais affichée après la connexion.",
    "home.sign_in": "Se connecter",
    "home.erased": "Les données de votre organisation ont été effacées.",
    "home.about_title": "De quoi s’agit-il",
    "home.about": "Une auto-évaluation sur le pouvoir, la justice et les données : répondez "
    "à des questions sur la façon dont vous collectez, conservez et partagez les données, "
    "puis recevez une carte des problèmes et des ressources dans votre langue.",
    "home.privacy": "Ce site utilise un cookie pour votre session et un autre pour la langue. "
    "Aucun traceur, rien n’est chargé depuis d’autres sites.",
    "signin.invalid": "Cette clé n’est pas valide ou a été révoquée. Vérifiez-la et réessayez.",
    "signin.expired": "Le formulaire de connexion avait expiré. Saisissez à nouveau votre clé.",
    "signin.too_many": "Trop de tentatives échouées depuis votre connexion. Attendez une "
    "minute et réessayez.",
    # staff
    "staff.role": "Vous êtes connecté·e avec une clé « {role} ».",
    "staff.members_only": "Les évaluations se remplissent avec la clé de membre d’une "
    "organisation.",
    "staff.api": "L’administration passe par l’API ; sa documentation se trouve à",
    # dashboard
    "dashboard.assessments": "Vos évaluations",
    "dashboard.version": "version {version}",
    "dashboard.submitted": "envoyée le {date}",
    "dashboard.score": "score global {score}",
    "dashboard.continue": "Continuer",
    "dashboard.see_results": "Voir les résultats",
    "dashboard.more": "Affichage des {shown} plus récentes sur {total}.",
    "dashboard.none": "Pas encore d’évaluation. Commencez-en une ci-dessous : vous pouvez "
    "vous arrêter à tout moment et reprendre plus tard.",
    "dashboard.start_title": "Commencer une évaluation",
    "dashboard.follow_up": "Commencer un suivi",
    "dashboard.follow_up_hint": "Pré-rempli avec vos réponses du {date}, à relire et à "
    "mettre à jour.",
    "dashboard.start_blank": "Partir de zéro",
    "dashboard.no_questionnaires": "Aucun questionnaire n’est disponible pour le moment.",
    # progress
    "progress.text": "{answered} questions obligatoires répondues sur {required}",
    "progress.optional": "(facultatives : {answered} sur {optional})",
    "progress.label": "Progression",
    # questionnaire pages
    "page.context_title": "À propos de votre organisation",
    "page.context_intro": "Ces questions ne sont pas notées. Elles déterminent les questions "
    "suivantes et la gravité de chaque risque pour les personnes avec qui vous travaillez.",
    "page.step": "Section {number} sur {total}",
    "page.more": "Vos réponses ont ouvert d’autres questions sur cette page : répondez-y aussi.",
    "page.saved": "Vos réponses sont enregistrées.",
    "page.errors_title": "Certaines réponses sont à revoir",
    "page.nothing_applies": "Aucune de ces questions ne concerne votre organisation, d’après "
    "vos réponses précédentes. Passez à la section suivante.",
    "page.save_next": "Enregistrer et continuer",
    "page.save_review": "Enregistrer et relire",
    "page.save": "Enregistrer",
    "page.save_back": "Enregistrer et revenir",
    "page.sections_top": "Sections, au-dessus des questions",
    "page.sections_bottom": "Sections, sous les questions",
    "page.sections": "Sections",
    "page.count": "{answered}/{applicable}",
    "page.review": "Relire et envoyer",
    "q.optional": "facultatif",
    "q.needs_review": "Repris de votre évaluation précédente : vérifiez que c’est toujours vrai.",
    "q.choose_all": "Choisissez toutes les réponses qui s’appliquent.",
    "q.unsure": "Je ne sais pas",
    "q.declined": "Je préfère ne pas répondre",
    "q.declined_help": "Pour les conseils, nous retiendrons le cas le plus prudent ; "
    "rien d’autre n’en est déduit.",
    "q.na": "Sans objet",
    "q.note": "Ajouter une note",
    "q.note_label": "Note (visible seulement par votre organisation)",
    "autosave.saving": "Enregistrement…",
    "autosave.saved": "Enregistré.",
    "autosave.problem": "Enregistré, mais certaines réponses sont à revoir.",
    "autosave.failed": "Pas d’enregistrement automatique. Utilisez le bouton Enregistrer.",
    "answer.special_conflict": "Choisissez soit une réponse, soit « Je ne sais pas » / "
    "« Sans objet », pas les deux.",
    "answer.one_only": "Choisissez une seule réponse.",
    "answer.comment_needs_answer": "Choisissez une réponse pour garder votre note.",
    "answer.hidden": "Cette question ne s’applique plus, d’après vos autres réponses.",
    "answer.exclusive": "Une des options choisies ne peut pas être combinée avec les autres.",
    "answer.too_long": "Ce texte est trop long.",
    "answer.empty": "Écrivez quelque chose, ou laissez la case vide pour passer la question.",
    "answer.invalid": "Cette réponse ne correspond pas à la question. Choisissez à nouveau.",
    # review
    "review.title": "Relire et envoyer",
    "review.incomplete": "Il reste des questions obligatoires sans réponse.",
    "review.missing_title": "Reste à répondre ({count})",
    "review.complete": "Toutes les questions obligatoires ont une réponse.",
    "review.check_title": "Réponses à vérifier",
    "review.check_intro": "Ces réponses viennent de votre évaluation précédente. Ouvrez-les "
    "pour les confirmer ou les modifier.",
    "review.unsure#one": "Vous avez répondu « Je ne sais pas » {count} fois. Ce n’est pas grave : "
    "ne pas savoir mérite aussi d’être exploré, et compte comme une lacune.",
    "review.unsure#other": "Vous avez répondu « Je ne sais pas » {count} fois. Ce n’est pas grave "
    ": ne pas savoir mérite aussi d’être exploré, et compte comme une lacune.",
    "review.answers_title": "Vos réponses",
    "review.answers_intro": "Ouvrez une section pour relire vos réponses "
    "et corriger ce qu’il faut avant l’envoi.",
    "review.section_count": "{answered} sur {total} avec réponse",
    "review.not_answered": "Pas encore de réponse",
    "review.change": "Modifier",
    "review.sections": "Sections",
    "review.submit_hint": "Une fois envoyées, les réponses ne peuvent plus changer ; vous "
    "pourrez commencer un suivi plus tard.",
    "review.submit": "Envoyer et voir les résultats",
    # results
    "results.title": "Résultats",
    "results.submitted": "envoyée le {date}",
    "results.contents": "Sur cette page",
    "results.overall": "Global",
    "results.stage": "Étape : {stage}",
    "results.summary": "{issues}, {strengths}, {unsure}.",
    "results.summary_issues#one": "{count} problème à traiter",
    "results.summary_issues#other": "{count} problèmes à traiter",
    "results.summary_strengths#one": "{count} point fort",
    "results.summary_strengths#other": "{count} points forts",
    "results.summary_unsure#one": "{count} réponse « Je ne sais pas »",
    "results.summary_unsure#other": "{count} réponses « Je ne sais pas »",
    "results.print": "Rapport à imprimer",
    "results.scores_title": "Scores par domaine",
    "results.table_caption": "Scores de 0 à 100 ; la couverture est la part des questions "
    "applicables prises en compte.",
    "results.domain": "Domaine",
    "results.score": "Score",
    "results.stage_col": "Étape",
    "results.coverage": "Couverture",
    "results.change": "Évolution",
    "results.start_here_title": "Commencez par là",
    "results.start_here_intro": "Les problèmes à traiter en premier, chacun avec ses premières "
    "étapes et une ressource à lire.",
    "results.rest_title": "Tout le reste, par domaine",
    "results.rest_intro": "Ouvrez un domaine pour voir ses autres problèmes, les plus urgents "
    "d'abord.",
    "results.rest_none": "Aucun autre problème.",
    "results.rest_count#one": "{count} problème",
    "results.rest_count#other": "{count} problèmes",
    "results.because_unsure": "Parce que vous avez répondu « Je ne sais pas » à :",
    "results.because_unsure_short": "parce que vous avez répondu « Je ne sais pas »",
    "results.map_title": "Carte des problèmes",
    "results.map_scroll_hint": "Faites défiler la carte sur le côté pour voir toutes les étapes ; "
    "les domaines restent en place.",
    "results.map_hint": "Les lignes sont les domaines, les colonnes les étapes du cycle de "
    "vie des données. Chaque case indique combien de problèmes elle contient et le plus "
    "grave ; ✓ compte les points forts. Tous les problèmes sont détaillés plus bas.",
    "results.issues_title": "Problèmes, les plus urgents d’abord",
    "results.no_issues": "Aucun problème relevé.",
    "results.raised": "Relevé à {severity} en raison de votre contexte.",
    "results.why": "Pourquoi c’est important :",
    "results.first_steps": "Premiers pas :",
    "results.read": "À lire :",
    "results.strengths_title": "Ce que vous faites déjà bien",
    "results.no_strengths": "Aucun point fort relevé pour l’instant.",
    "results.resources_title": "Ressources recommandées",
    "results.no_recommendations": "Aucune ressource à recommander.",
    "results.other_language": "non disponible dans votre langue",
    "results.change_title": "Évolution depuis votre dernière évaluation",
    "chart.title": "Scores par domaine",
    "chart.description": "Diagramme en barres du score global et de {count} scores par "
    "domaine, de 0 à 100 ; les lignes verticales marquent les étapes. Les mêmes chiffres "
    "figurent dans le tableau.",
    "chart.no_score": "pas de score (trop peu de réponses)",
    "chart.previous": "Évaluation précédente",
    "compare.intro": "Par rapport à votre évaluation envoyée le {date}.",
    "compare.overall": "Score global : {before} → {after} ({delta}).",
    "compare.resolved": "Problèmes résolus : {count}",
    "compare.new": "Nouveaux problèmes : {count}",
    "compare.persisting": "Problèmes toujours présents : {count}.",
    "compare.strengths_gained": "Nouveaux points forts : {count}.",
    "effort.minutes": "quelques minutes",
    "effort.hours": "quelques heures",
    "effort.days": "quelques jours",
    "effort.weeks": "plusieurs semaines",
    "effort.ongoing": "en continu",
    "report.title": "Rapport sur la gestion responsable des données",
    "report.footer": "Généré le {date} à {time} ({zone}) par rdsa (moteur de calcul {engine}).",
    # data pages
    "data.title": "Vos données",
    "data.intro": "Tout ce que ce service conserve sur {name}, et la maîtrise que vous en avez.",
    "data.export_title": "Tout télécharger",
    "data.export_text": "Un fichier JSON avec votre organisation, les informations sur vos "
    "clés (jamais les clés), chaque évaluation avec ses réponses et résultats, et le journal "
    "des accès.",
    "data.export_button": "Télécharger (JSON)",
    "data.log_title": "Journal des accès",
    "data.log_text": "Chaque fois qu’une personne extérieure à votre organisation "
    "(administration ou facilitation) a consulté ou modifié vos données.",
    "data.log_link": "Voir le journal des accès",
    "data.erase_title": "Effacer votre organisation",
    "data.erase_text": "Supprimer de ce service votre organisation et tout ce qui la concerne.",
    "data.erase_link": "Effacer…",
    "zone.title": "Fuseau horaire",
    "zone.label": "Le fuseau horaire dans lequel votre organisation lit les heures",
    "zone.hint": "Un nom IANA comme America/Bogota, Africa/Nairobi ou Asia/Manila. Les dates et "
    "heures de ces pages y sont affichées.",
    "zone.save": "Enregistrer le fuseau horaire",
    "zone.saved": "Enregistré : les heures sont désormais affichées en {zone}.",
    "zone.unknown": "Ce nom n’est pas un fuseau horaire connu de ce service. Choisissez-en "
    "un dans la liste ou saisissez un nom comme America/Bogota.",
    "log.when": "Quand",
    "log.who": "Qui",
    "log.what": "Quoi",
    "log.total#one": "{count} entrée.",
    "log.total#other": "{count} entrées.",
    "log.actor.bootstrap": "l’administration du service (clé d’installation)",
    "log.actor.labelled": "{role} (clé « {label} »)",
    "log.at": "{date}, {time} ({zone})",
    "log.pages": "Pages",
    "log.newer": "Plus récentes",
    "log.older": "Plus anciennes",
    "log.empty": "Personne d’extérieur à votre organisation n’a accédé à vos données.",
    "log.action.read_organisation": "a consulté les informations de votre organisation",
    "log.action.changed_organisation": "a modifié les informations de votre organisation",
    "log.action.exported_all_data": "a téléchargé toutes vos données",
    "log.action.issued_member_key": "a créé une clé de membre",
    "log.action.listed_keys": "a consulté la liste de vos clés",
    "log.action.revoked_member_key": "a révoqué une clé de membre",
    "log.action.started_assessment": "a commencé une évaluation",
    "log.action.listed_assessments": "a consulté la liste de vos évaluations",
    "log.action.read_assessment": "a consulté une évaluation",
    "log.action.read_results": "a consulté des résultats",
    "log.action.read_issue_map": "a consulté une carte des problèmes",
    "log.action.compared_assessments": "a comparé des évaluations",
    "log.action.read_report": "a consulté un rapport",
    "erase.warning": "Cela supprime votre organisation, ses clés, toutes les évaluations, "
    "réponses et résultats, ainsi que le journal des accès. C’est irréversible, et vous serez "
    "déconnecté·e.",
    "erase.export_first": "Vous voudrez peut-être tout télécharger avant :",
    "erase.label": "Pour confirmer, saisissez le nom de votre organisation : {name}",
    "erase.mismatch": "Le nom ne correspond pas. Rien n’a été effacé.",
    "erase.mismatch_accents": "Le nom correspond, sauf pour les accents. Tapez-le exactement "
    "comme indiqué, avec ses accents (comme é ou ç) ; les majuscules et les espaces ne comptent "
    "pas. Rien n’a été effacé.",
    "erase.hint": "Les majuscules et les espaces ne comptent pas ; les accents, si.",
    "erase.button": "Tout effacer",
    # errors
    "error.title": "Un problème est survenu",
    "error.back": "Retour au début",
    "error.generic": "Un problème est survenu de notre côté. Veuillez réessayer.",
    "error.signed_out": "Veuillez vous reconnecter.",
    "error.forbidden": "Votre clé ne permet pas d’ouvrir cette page.",
    "error.members_only": "Cette page est réservée aux membres d’une organisation. "
    "Connectez-vous avec la clé de votre organisation.",
    "error.not_found": "Cette page est introuvable. Elle a peut-être été supprimée, ou elle "
    "appartient à une autre organisation.",
    "error.conflict": "Cette évaluation a changé entre-temps (elle est peut-être déjà "
    "envoyée). Revenez en arrière et rechargez la page.",
    "error.too_large": "Ce que vous avez envoyé est trop volumineux.",
    "error.bad_form": "Le formulaire n’a pas pu être lu. Revenez en arrière, rechargez la "
    "page et réessayez.",
    "error.too_many": "Trop de tentatives. Attendez une minute et réessayez.",
    "error.csrf": "Ce formulaire a expiré ou provient d’un autre site. Revenez en arrière, "
    "rechargez la page et réessayez.",
}
