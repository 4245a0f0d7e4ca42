"""French strings for working together: cohorts, team assessments, team keys, action plans."""

MESSAGES: dict[str, str] = {
    "confirm.cancel": "Annuler",
    "error.staff_only": "Cette page est réservée à la facilitation et à l’administration.",
    # facilitator: cohorts
    "cohorts.title": "Cohortes",
    "cohorts.intro": "Une cohorte est un groupe d’organisations que vous accompagnez "
    "ensemble. Chacune la rejoint avec un code que vous lui donnez et choisit ce qu’elle "
    "partage. Vous ne voyez des chiffres de groupe que lorsque assez d’organisations ont "
    "envoyé leur évaluation, et les résultats d’une organisation seulement si elle a choisi "
    "de les partager.",
    "cohorts.deleted": "La cohorte a été supprimée, avec ses adhésions et ses chiffres publiés.",
    "cohorts.list_caption#one": "{count} cohorte.",
    "cohorts.list_caption#other": "{count} cohortes.",
    "cohorts.name": "Cohorte",
    "cohorts.members": "Membres",
    "cohorts.code_hint": "Le code se termine par",
    "cohorts.summary": "Synthèse",
    "cohorts.see_summary": "Voir la synthèse",
    "cohorts.none": "Vous n’avez pas encore de cohorte. Créez-en une ci-dessous.",
    "cohorts.create_title": "Créer une cohorte",
    "cohorts.name_label": "Nom de la cohorte",
    "cohorts.name_hint": "Les organisations membres voient ce nom, par exemple « Cercle soin "
    "des données de Dakar, printemps ».",
    "cohorts.name_invalid": "Donnez à la cohorte un nom de 200 caractères au plus.",
    "cohorts.create_button": "Créer la cohorte",
    "cohorts.created_title": "Cohorte créée",
    "cohorts.rotated_title": "Nouveau code d’adhésion",
    "cohorts.created_text": "« {name} » est prête. Donnez ce code aux organisations que vous "
    "voulez y inviter.",
    "cohorts.rotated_text": "« {name} » a un nouveau code. L’ancien ne fonctionne plus ; les "
    "organisations déjà membres restent dans la cohorte.",
    "cohorts.code_label": "Code d’adhésion",
    "cohorts.copy_now": "Copiez-le maintenant.",
    "cohorts.copy_now_text": "Il n’est affiché qu’une fois : nous n’en gardons qu’une "
    "empreinte. S’il se perd, créez-en un nouveau.",
    "cohorts.code_format": "Ce sont quatre groupes de quatre lettres et chiffres, comme "
    "{example}. Les lettres I, L, O et U n’y figurent jamais, pour qu’il soit facile à dicter "
    "ou à recopier ; majuscules et tirets n’ont pas d’importance à la saisie.",
    "cohorts.code_share": "Ne le donnez qu’aux organisations que vous invitez, par exemple en "
    "personne ou par message privé.",
    "cohorts.done": "Je l’ai copié",
    "cohorts.created": "Créée",
    "cohorts.code_since": "(depuis le {date})",
    "cohorts.summary_logged": "Chaque fois que vous ouvrez la synthèse, chaque organisation "
    "concernée le voit dans son journal des accès.",
    "cohorts.code_title": "Code d’adhésion",
    "cohorts.code_lost": "Le code a été affiché à sa création. S’il a été perdu, ou est "
    "arrivé entre de mauvaises mains, créez-en un nouveau : l’ancien cesse de fonctionner et "
    "les membres restent.",
    "cohorts.rotate_link": "Créer un nouveau code…",
    "cohorts.delete_title": "Supprimer la cohorte",
    "cohorts.delete_intro": "Cela supprime la cohorte, ses adhésions et ses chiffres publiés. "
    "Les organisations et leurs évaluations restent.",
    "cohorts.delete_link": "Supprimer cette cohorte…",
    "cohorts.confirm_rotate_title": "Créer un nouveau code pour « {name} » ?",
    "cohorts.confirm_rotate_text": "Le code actuel cesse aussitôt de fonctionner. Les "
    "organisations déjà dans la cohorte y restent.",
    "cohorts.confirm_rotate_button": "Créer un nouveau code",
    "cohorts.confirm_delete_title": "Supprimer « {name} » ?",
    "cohorts.confirm_delete_text": "La cohorte, ses adhésions et ses chiffres publiés seront "
    "supprimés. C’est irréversible. Les organisations gardent leurs propres données.",
    "cohorts.confirm_delete_button": "Supprimer la cohorte",
    # facilitator: the summary
    "summary.title": "Synthèse : {name}",
    "summary.questionnaire": "Questionnaire",
    "summary.used_by": "envoyé par {count}",
    "summary.no_questionnaire": "Aucun envoi pour l’instant",
    "summary.language": "Langue des titres",
    "summary.show": "Afficher",
    "summary.status_title": "Ce que vous pouvez voir",
    "summary.status.current": "Chiffres à jour",
    "summary.status.held": "Chiffres antérieurs (maintenus)",
    "summary.status.counts_only": "Effectifs seulement",
    "summary.reason.current": "Ces chiffres décrivent les organisations de la cohorte qui ont "
    "envoyé ce questionnaire, telles qu’elles sont aujourd’hui. Les effectifs inférieurs à "
    "{k} sont affichés « <{k} ».",
    "summary.reason.held": "Ces chiffres ont été publiés le {date} et décrivent la cohorte telle "
    "qu’elle était alors. Depuis, des organisations ont changé (arrivées, départs, nouvel "
    "envoi ou changement de partage). De nouveaux chiffres viendront quand au moins {k} "
    "organisations auront changé, pour que la différence ne révèle pas le changement d’une "
    "seule.",
    "summary.reason.too_few": "Les chiffres demandent au moins {k} organisations ayant envoyé "
    "ce questionnaire, dont au moins {k} qui ne partagent que des chiffres de groupe (sauf si "
    "toutes vous partagent leurs résultats). En attendant, seuls les nombres de membres et "
    "d’envois sont affichés.",
    "summary.reason.held_back": "Les nouveaux chiffres sont retenus : ils différeraient de "
    "chiffres déjà publiés (pour cette cohorte ou une autre des vôtres) de moins de {k} "
    "organisations, et la différence pourrait révéler ce que ces organisations ont répondu. "
    "Ils viendront quand davantage d’organisations auront changé.",
    "summary.reason.no_questionnaire": "Aucun membre n’a encore envoyé d’évaluation : il n’y a "
    "donc pas de chiffres. Seul le nombre de membres est affiché.",
    "summary.members": "Organisations dans la cohorte",
    "summary.submitted": "Organisations ayant envoyé ce questionnaire",
    "summary.described": "Organisations décrites par ces chiffres",
    "summary.displays": "« <{k} » remplace un effectif qui pourrait désigner moins de {k} "
    "organisations ; « {withheld} », un chiffre qui pourrait révéler un petit groupe "
    "(une répartition par gravité, un quartile calculé sur trop peu de scores). Aucun des "
    "deux ne veut dire zéro.",
    "summary.withheld": "retenu",
    "summary.csv": "Télécharger en CSV",
    "summary.domains_title": "Scores par domaine",
    "summary.chart_title": "Scores par domaine dans la cohorte",
    "summary.chart_desc": "Pour {count} domaines, une boîte du quartile inférieur au quartile "
    "supérieur des scores des organisations (de 0 à 100) et un trait à la médiane. Le score "
    "le plus bas et le plus haut ne sont jamais montrés. Les mêmes chiffres sont dans le "
    "tableau.",
    "summary.chart_legend": "boîte : la moitié centrale des scores · trait : la médiane",
    "summary.domains_table": "Tableau des scores par domaine",
    "summary.domains_caption": "Quartiles des scores par domaine (de 0 à 100) : la moitié des "
    "organisations se situe entre le quartile inférieur et le quartile supérieur.",
    "summary.organisations": "Organisations",
    "summary.q1": "Quartile inférieur",
    "summary.median": "Médiane",
    "summary.q3": "Quartile supérieur",
    "summary.issues_title": "Problèmes, les plus fréquents d’abord",
    "summary.issues_caption": "Combien des organisations décrites ont chaque problème, et "
    "quelle est sa gravité pour elles. Les effectifs masqués viennent à la fin, dans l’ordre "
    "du questionnaire.",
    "summary.rank": "Rang",
    "summary.issue": "Problème",
    "summary.share": "Part",
    "summary.severity_mix": "Gravité (organisations)",
    "summary.no_mix": "répartition par gravité non affichée",
    "summary.no_issues": "Aucun problème n’est affiché pour cette cohorte.",
    "summary.strengths_title": "Points forts",
    "summary.strength": "Point fort",
    "summary.no_strengths": "Aucun point fort n’est affiché pour cette cohorte.",
    "summary.resources_title": "Les ressources les plus utiles",
    "summary.resources_intro": "Classées selon le nombre d’organisations qui ont les problèmes "
    "qu’elles traitent, et la gravité de ces problèmes.",
    "summary.change_title": "Évolution depuis les premières évaluations",
    "summary.change_unavailable": "Trop peu d’organisations ont envoyé deux évaluations pour "
    "montrer une évolution.",
    "summary.change_both": "Organisations avec une première évaluation et une plus récente :",
    "summary.resolved_any": "Ont résolu au moins un problème",
    "summary.new_any": "Ont au moins un nouveau problème",
    "summary.median_resolved": "Nombre médian de problèmes résolus",
    "summary.median_new": "Nombre médian de nouveaux problèmes",
    "summary.median_change": "Évolution médiane du score",
    "summary.resolved": "Résolus",
    "summary.new": "Nouveaux",
    "summary.collapsed_issues#one": "{count} autre problème touche moins de {k} organisations et "
    "n’est pas listé.",
    "summary.collapsed_issues#other": "{count} autres problèmes touchent chacun moins de {k} "
    "organisations et ne sont pas listés.",
    "summary.collapsed_strengths#one": "{count} autre point fort concerne moins de {k} "
    "organisations et n’est pas listé.",
    "summary.collapsed_strengths#other": "{count} autres points forts concernent chacun moins de "
    "{k} organisations et ne sont pas listés.",
    "summary.needed#one": "Il faut encore {count} envoi d’une organisation qui ne partage que les "
    "chiffres de groupe avant que des chiffres apparaissent.",
    "summary.needed#other": "Il faut encore {count} envois d’organisations qui ne partagent que "
    "les chiffres de groupe avant que des chiffres apparaissent.",
    "summary.topics_title": "Thèmes",
    "summary.topics_caption": "Organisations ayant au moins un problème élevé ou critique dans "
    "chaque domaine (k-anonyme).",
    "summary.shared_title": "Organisations qui partagent leurs résultats",
    "summary.shared_intro": "Ces organisations ont choisi de vous laisser lire leurs résultats. "
    "Les autres ne comptent que dans les chiffres de groupe.",
    "summary.shared_details#one": "Scores par domaine et {count} problème",
    "summary.shared_details#other": "Scores par domaine et {count} problèmes",
    "summary.shared_issues_only": "Partage seulement les titres de ses problèmes et points forts "
    "(ni réponses ni scores). Chiffres exacts, non k-anonymes.",
    "summary.shared_exact": "Chiffres exacts et nommés : ces organisations ne sont pas dans les "
    "chiffres k-anonymes ci-dessus.",
    "summary.shared_strengths": "Points forts",
    "summary.onboarded": "inscrite par vous",
    "log.action.read_issues_(shared_in_cohort)": "a lu les titres de vos problèmes et points forts "
    "(partagés dans une cohorte)",
    "summary.shared_not_yet": "N’a pas encore envoyé ce questionnaire.",
    "summary.shared_none": "Aucune organisation de cette cohorte ne vous partage ses résultats.",
    # members: cohorts
    "join.title": "Inscrivez votre organisation dans une cohorte",
    "join.intro": "La personne de facilitation vous a donné un code. Avec lui, vous créez ici "
    "votre organisation vous-mêmes : sa première clé d’accès n’est montrée qu’à vous,"
    " jamais à la personne de facilitation.",
    "join.name_label": "Nom de l’organisation",
    "join.name_hint": "Tout nom sous lequel votre organisation est connue ici ; un pseudonyme "
    "convient.",
    "join.display_label": "Nom dans la cohorte (facultatif)",
    "join.display_hint": "Ce que voient les autres membres et la personne de facilitation dans la "
    "liste des membres. Laissez vide pour utiliser le nom de l’organisation.",
    "join.agreement": "En rejoignant la cohorte, vous acceptez que les autres membres voient votre "
    "nom et la date à laquelle vous l’avez rejointe, et que la personne de "
    "facilitation voie aussi si vous avez commencé ou envoyé une évaluation, et "
    "quand.",
    "join.button": "Créer et rejoindre",
    "join.invalid": "Indiquez le code et le nom de l’organisation, et choisissez ce que vous "
    "partagez.",
    "join.done": "« {name} » fait maintenant partie de la cohorte « {cohort} ».",
    "join.your_key": "La clé d’accès de votre organisation",
    "join.key_only_you": "Personne d’autre n’a cette clé, pas même la personne de facilitation. "
    "Elle vous sera nécessaire pour vous reconnecter.",
    "join.continue": "Aller à vos cohortes",
    "roster.title": "Qui fait partie de la cohorte",
    "roster.joined": "a rejoint le {date}",
    "roster.onboarded": "inscrite par la personne de facilitation : ne compte pas dans les "
    "chiffres de groupe",
    "roster.counted": "Organisations comptées dans les chiffres que voit la personne de "
    "facilitation : {count}",
    "membership.title": "Cohortes",
    "membership.intro": "Une cohorte est un groupe d’organisations qu’une personne de "
    "facilitation — une formatrice, ou un réseau dont vous faites partie — accompagne "
    "ensemble. Vous choisissez ce qu’elle peut voir.",
    "membership.notice.joined": "Vous avez rejoint la cohorte.",
    "membership.notice.changed": "Ce que vous partagez a été modifié.",
    "membership.notice.left": "Vous avez quitté la cohorte.",
    "membership.yours": "Vos cohortes",
    "membership.joined": "rejointe le {date}",
    "membership.sharing_now": "Partage :",
    "membership.sharing_legend": "Ce que la personne de facilitation peut voir",
    "membership.level.aggregate": "Chiffres de groupe seulement",
    "membership.level_help.aggregate": "Agrégé : votre organisation ne compte que dans les "
    "chiffres de groupe. La personne de facilitation voit des totaux pour toute la cohorte, "
    "jamais vos propres résultats, et les petits groupes sont masqués.",
    "membership.level.issues": "Vos problèmes et points forts",
    "membership.level_help.issues": "Problèmes : la personne de facilitation peut aussi voir "
    "les titres de vos problèmes et points forts avec leur gravité, sous le nom de votre "
    "organisation. Ni vos réponses, ni vos scores, ni vos notes.",
    "membership.level.results": "Vos résultats aussi",
    "membership.level_help.results": "Résultats : la personne de facilitation peut aussi lire "
    "vos résultats (scores, problèmes et points forts) sous le nom de votre organisation. "
    "Jamais vos notes ni vos réponses écrites.",
    "membership.change_button": "Enregistrer",
    "membership.leave_link": "Quitter cette cohorte…",
    "membership.none": "Votre organisation n’est dans aucune cohorte.",
    "membership.join_title": "Rejoindre une cohorte",
    "membership.code_label": "Code d’adhésion",
    "membership.code_hint": "Le code que la personne de facilitation vous a donné, comme "
    "K7QF-3MZP-W2XA-9TDB. Majuscules et tirets n’ont pas d’importance.",
    "membership.change_later": "Vous pouvez le modifier, ou partir, à tout moment ; cela "
    "s’applique aussitôt.",
    "membership.join_button": "Rejoindre",
    "membership.code_wrong": "Aucune cohorte n’a ce code. Vérifiez-le avec la personne de "
    "facilitation : un code cesse de fonctionner quand un nouveau est créé.",
    "membership.already": "Votre organisation est déjà dans cette cohorte. Vous pouvez modifier "
    "ce qu’elle partage plus haut.",
    "membership.leave_title": "Quitter « {name} » ?",
    "membership.leave_text": "Votre organisation ne comptera plus dans les nouveaux chiffres, "
    "et la personne de facilitation ne verra plus vos résultats. Les chiffres déjà publiés "
    "restent jusqu’à leur remplacement.",
    "membership.leave_button": "Quitter la cohorte",
    # members: your data
    "data.cohorts_text": "Les cohortes dont fait partie votre organisation, et ce qu’elle "
    "partage avec les personnes qui les animent.",
    "data.cohorts_link": "Vos cohortes",
    "data.keys_text": "Chaque personne qui répond à une évaluation en équipe a besoin de sa "
    "propre clé. Créez-les et révoquez-les ici.",
    "data.keys_link": "Clés de l’équipe",
    # members: team keys
    "keys.title": "Clés de l’équipe",
    "keys.intro": "Chaque clé se connecte au nom de votre organisation. Donnez à chaque "
    "collègue sa propre clé nommée, pour que ses réponses dans un tour d’équipe restent les "
    "siennes, et révoquez-la quand la personne part.",
    "keys.revoked": "La clé a été révoquée. La personne qui l’utilisait est déconnectée.",
    "keys.created": "Nouvelle clé pour {label} :",
    "keys.copy_now_text": "Elle n’est affichée qu’une fois. Transmettez-la de façon sûre (en "
    "personne, ou par un message privé éphémère). Si elle se perd, créez-en une nouvelle et "
    "révoquez celle-ci.",
    "keys.label": "Nom",
    "keys.ends_with": "Se termine par",
    "keys.last_used": "Dernière utilisation",
    "keys.status": "État",
    "keys.this_one": "la clé que vous utilisez",
    "keys.active": "active",
    "keys.revoked_on": "révoquée le {date}",
    "keys.revoke_link": "Révoquer…",
    "keys.issue_title": "Créer une clé pour une ou un collègue",
    "keys.label_label": "Pour qui est-elle ?",
    "keys.label_hint": "Un nom ou un rôle que votre équipe reconnaît, comme « Ana, équipe "
    "terrain ». Vos collègues le voient sur la page de l’équipe.",
    "keys.label_invalid": "Indiquez pour qui est la clé, en 100 caractères au plus.",
    "keys.issue_button": "Créer la clé",
    "keys.own_key": "Vous ne pouvez pas révoquer la clé avec laquelle vous êtes connecté·e. "
    "Connectez-vous d’abord avec une autre clé.",
    "keys.revoke_title": "Révoquer la clé « {label} » ?",
    "keys.revoke_text": "Elle cesse aussitôt de fonctionner et la personne qui l’utilise est "
    "déconnectée. Les réponses déjà données avec elle restent.",
    "keys.revoke_button": "Révoquer la clé",
    # members: team assessments
    "team.title": "Répondre en équipe",
    "team.intro": "Plusieurs personnes peuvent répondre à cette évaluation, chacune avec sa "
    "propre clé et en privé : personne ne voit les réponses des autres. Quand tout le monde a "
    "fini, les réponses sont combinées en celles de votre organisation, et les questions où "
    "vos réponses diffèrent sont listées pour en discuter.",
    "team.rule_legend": "Quand les réponses diffèrent, laquelle compte ?",
    "team.rule.cautious": "La réponse la plus prudente",
    "team.rule_help.cautious": "Recommandé. La réponse qui montre le plus de risque l’emporte, "
    "et un « Je ne sais pas » de quiconque reste visible : rien de ce qui inquiète l’une ou "
    "l’un de vous ne se perd.",
    "team.rule.majority": "La réponse la plus fréquente",
    "team.rule_help.majority": "La réponse donnée par le plus grand nombre l’emporte ; en cas "
    "d’égalité, la plus prudente.",
    "team.yours_first": "Les réponses déjà enregistrées dans ce brouillon deviennent les vôtres.",
    "team.keys_needed": "Chaque collègue a besoin de sa propre clé :",
    "team.open_button": "Ouvrir à l’équipe",
    "team.notice.opened": "Le tour est ouvert. Envoyez à vos collègues le lien de cette "
    "évaluation ; chacun·e se connecte avec sa propre clé.",
    "team.notice.closed": "Le tour est clos et les réponses sont combinées.",
    "team.is_open": "Le tour d’équipe est ouvert. Quand les réponses diffèrent : {rule}.",
    "team.is_closed": "Le tour d’équipe est clos. Les réponses ont été combinées avec : {rule}.",
    "team.answering_as": "Vous répondez en tant que {label} ; les autres ne voient pas vos "
    "réponses.",
    "team.unnamed_key": "une clé sans nom",
    "team.see_team": "Voir la page de l’équipe",
    "team.continue": "Continuer à répondre",
    "team.after_close": "Discutez en équipe des questions ci-dessous. Si vous vous accordez sur "
    "une autre réponse, modifiez-la ; puis relisez et envoyez.",
    "team.change_answers": "Modifier les réponses",
    "team.respondents_title": "Qui a répondu",
    "team.who": "Clé",
    "team.you": "votre clé",
    "team.nobody_yet": "Personne n’a encore enregistré de réponse.",
    "team.respondents_hint": "Vos collègues apparaissent ici dès qu’ils ont enregistré une "
    "réponse. Chacun·e a besoin de sa propre clé :",
    "team.discussion_title": "À discuter",
    "team.discussion_intro": "Les questions où vos réponses diffèrent, avec le nombre de "
    "personnes pour chaque réponse. Jamais qui a répondu quoi.",
    "team.count#one": "{count} personne",
    "team.count#other": "{count} personnes",
    "team.combined": "Réponse combinée : {answer}",
    "team.your_answer": "Revoir votre réponse",
    "team.no_disagreements": "Pour l’instant, toutes les personnes qui ont répondu sont d’accord.",
    "team.close_title": "Clore le tour",
    "team.close_intro": "Quand tout le monde a répondu, clôturez le tour : les réponses sont "
    "combinées en celles de votre organisation, que vous pouvez encore modifier avant "
    "l’envoi.",
    "team.close_button": "Clore le tour…",
    "team.close_text": "Les réponses de chacun·e seront combinées en celles de votre "
    "organisation, et personne ne pourra plus répondre en privé. Vous pourrez encore "
    "modifier les réponses avant l’envoi.",
    "team.close_confirm": "Clore et combiner",
    "team.cannot_close": "Personne n’a encore répondu : il n’y a rien à combiner.",
    "team.review_title": "Envoyer une évaluation en équipe",
    "team.review_text": "Vos réponses restent les vôtres jusqu’à la clôture du tour. Quand tout "
    "le monde a répondu, clôturez le tour sur la page de l’équipe ; les réponses combinées "
    "pourront alors être relues et envoyées.",
    "team.badge_open": "Tour d’équipe ouvert",
    "team.link_start": "Répondre en équipe",
    "team.link_open": "Page de l’équipe",
    "team.link_closed": "Page de l’équipe",
    "team.results_title": "Réponses d’équipe",
    "team.results_intro": "{count} personnes ont répondu. Quand les réponses différaient : {rule}.",
    "team.results_disagreements#one": "Les réponses différaient sur {count} question :",
    "team.results_disagreements#other": "Les réponses différaient sur {count} questions :",
    # members: action plans
    "plan.title": "Plan d’action : {title}",
    "plan.focus.issue": "Pour un problème",
    "plan.focus.domain": "Pour un domaine",
    "plan.created": "créé le {date}",
    "plan.from_results": "les résultats d’origine",
    "plan.progress": "{done} sur {total} faites",
    "plan.doing_count": "{count} en cours",
    "plan.progress_label": "Étapes faites",
    "plan.saved": "Enregistré.",
    "plan.outcome_title": "Après votre évaluation suivante :",
    "plan.outcome_link": "voir ces résultats",
    "plan.resolved": "Résolus :",
    "plan.persisting": "Toujours présents :",
    "plan.steps_title": "Étapes",
    "plan.no_steps": "Pas encore d’étape. Ajoutez-en une ci-dessous.",
    "plan.step": "Étape {number}",
    "plan.for_issue": "Pour : {title}",
    "plan.text": "Quoi faire",
    "plan.status_legend": "État",
    "plan.status.todo": "À faire",
    "plan.status.doing": "En cours",
    "plan.status.done": "Fait",
    "plan.due": "Échéance (facultative)",
    "plan.save_step": "Enregistrer l’étape",
    "plan.move_up": "Monter",
    "plan.move_down": "Descendre",
    "plan.delete_step": "Supprimer l’étape",
    "plan.step_invalid": "Écrivez quoi faire (1 000 caractères au plus) et donnez la date sous "
    "la forme année-mois-jour.",
    "plan.add_title": "Ajouter une étape",
    "plan.add_button": "Ajouter l’étape",
    "plan.delete_title": "Supprimer le plan « {title} » ?",
    "plan.delete_text": "Le plan et toutes ses étapes seront supprimés. Votre évaluation et ses "
    "résultats restent.",
    "plan.delete_button": "Supprimer le plan",
    "plan.delete_link": "Supprimer ce plan…",
    "plan.list_title": "Vos plans d’action",
    "plan.none": "Pas encore de plan. Dans vos résultats, choisissez un problème ou un domaine "
    "et faites un plan.",
    "plan.outcome_short#one": "{resolved} problème sur {count} résolu à votre évaluation suivante",
    "plan.outcome_short#other": "{resolved} problèmes sur {count} résolus à votre évaluation "
    "suivante",
    "plan.exists_for_issue": "Vous avez déjà un plan pour ce problème :",
    "plan.exists_title": "Un plan existe déjà",
    "plan.exists_text": "Vous avez déjà un plan pour cela :",
    "plan.exists_open": "Ouvrir ce plan",
    "plan.exists_again": "Faire quand même un second plan",
    "plan.mark_done": "Marquer comme fait",
    "plan.owner": "Qui s’en charge (facultatif)",
    "plan.owner_hint": "Un prénom, un rôle ou une équipe : ce que votre groupe utilise.",
    "plan.owned_by": "par {owner}",
    "plan.due_on": "pour le {date}",
    "plan.make_for_issue": "Faire un plan pour ce problème",
    "plan.make_for_domain": "Faire un plan pour ce domaine",
    "plan.domain_label": "Faire un plan pour tout un domaine",
    "plan.domain_hint": "Il commence par les premières étapes de chaque problème trouvé dans le "
    "domaine ; vous pouvez les modifier.",
    # access log: actions recorded by cohorts, teams and plans
    "log.action.cohort_summary_(aggregate)": "a consulté une synthèse de cohorte qui compte votre "
    "organisation",
    "log.action.cohort_summary_(counts_only)": "a consulté une synthèse de cohorte (effectifs "
    "seulement)",
    "log.action.read_results_(shared_in_cohort)": "a consulté vos résultats (partagés dans une "
    "cohorte)",
    "log.action.read_issue_map_(shared_in_cohort)": "a consulté votre carte des problèmes "
    "(partagée dans une cohorte)",
    "log.action.listed_cohort_memberships": "a listé vos cohortes",
    "log.in_cohort": "dans la cohorte « {name} »",
    "log.action.read_team_round": "a consulté un tour d’équipe",
    "log.action.listed_action_plans": "a listé vos plans d’action",
    "log.action.read_action_plan": "a consulté un plan d’action",
    # drafts: another one, discarding
    "draft.exists_title": "Vous avez déjà un brouillon de {title}",
    "draft.exists_text": "Repartir de zéro crée un second brouillon à côté du premier, qui reste "
    "jusqu'à ce que vous le supprimiez. Pour reprendre là où vous vous êtes arrêtés, continuez "
    "plutôt le brouillon.",
    "draft.exists_hint": "Vous avez déjà un brouillon de ce questionnaire : nous demandons avant "
    "d'en créer un autre.",
    "draft.start_another": "Créer quand même un autre brouillon",
    "draft.started_at": "Commencé le {date} à {time}",
    "draft.saved_at": "enregistré pour la dernière fois le {date} à {time} ({zone})",
    "draft.discard_link": "Supprimer ce brouillon…",
    "draft.discard_title": "Supprimer ce brouillon ?",
    "draft.discard_text": "Ses réponses sont effacées définitivement. Les évaluations envoyées et "
    "leurs résultats ne changent pas.",
    "draft.discard_button": "Supprimer le brouillon",
    "draft.discarded": "Le brouillon a été supprimé.",
}
