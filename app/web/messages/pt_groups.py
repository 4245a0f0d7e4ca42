"""Portuguese strings for working together: cohorts, team assessments, team keys, action plans."""

MESSAGES: dict[str, str] = {
    "confirm.cancel": "Cancelar",
    "error.staff_only": "Esta página é para facilitação e administração.",
    # facilitator: cohorts
    "cohorts.title": "Turmas",
    "cohorts.intro": "Uma turma é um grupo de organizações que vocês acompanham juntas. Cada "
    "uma entra com um código que vocês entregam e escolhe o que compartilhar. Vocês só veem "
    "números do grupo quando organizações suficientes tiverem enviado a avaliação, e os "
    "resultados de uma organização só se ela decidiu compartilhá-los.",
    "cohorts.deleted": "A turma foi apagada, com as participações e os números publicados.",
    "cohorts.list_caption#one": "{count} turma.",
    "cohorts.list_caption#other": "{count} turmas.",
    "cohorts.name": "Turma",
    "cohorts.members": "Participantes",
    "cohorts.code_hint": "O código termina em",
    "cohorts.summary": "Resumo",
    "cohorts.see_summary": "Ver o resumo",
    "cohorts.none": "Vocês ainda não têm turmas. Criem uma abaixo.",
    "cohorts.create_title": "Criar uma turma",
    "cohorts.name_label": "Nome da turma",
    "cohorts.name_hint": "As organizações participantes veem este nome, por exemplo “Roda de "
    "cuidado com dados de Maputo, primavera”.",
    "cohorts.name_invalid": "Deem à turma um nome de até 200 caracteres.",
    "cohorts.create_button": "Criar a turma",
    "cohorts.created_title": "Turma criada",
    "cohorts.rotated_title": "Novo código de entrada",
    "cohorts.created_text": "“{name}” está pronta. Entreguem este código às organizações que "
    "querem convidar.",
    "cohorts.rotated_text": "“{name}” tem um código novo. O anterior não funciona mais; as "
    "organizações que já entraram continuam na turma.",
    "cohorts.code_label": "Código de entrada",
    "cohorts.copy_now": "Copiem agora.",
    "cohorts.copy_now_text": "Ele só aparece desta vez: guardamos apenas uma impressão digital "
    "dele. Se ele se perder, criem um novo.",
    "cohorts.code_format": "São quatro grupos de quatro letras e algarismos, como {example}. As "
    "letras I, L, O e U nunca aparecem, então é fácil ditar ou copiar à mão; maiúsculas e "
    "hífens não importam na hora de digitar.",
    "cohorts.code_share": "Compartilhem só com as organizações convidadas, por exemplo "
    "pessoalmente ou por mensagem privada.",
    "cohorts.done": "Já copiei",
    "cohorts.created": "Criada",
    "cohorts.code_since": "(desde {date})",
    "cohorts.summary_logged": "Cada vez que vocês abrem o resumo, cada organização incluída vê "
    "isso no registro de acessos.",
    "cohorts.code_title": "Código de entrada",
    "cohorts.code_lost": "O código apareceu quando foi criado. Se ele se perdeu, ou chegou a "
    "quem não devia, criem um novo: o anterior para de funcionar e as participantes ficam.",
    "cohorts.rotate_link": "Criar um código novo…",
    "cohorts.delete_title": "Apagar a turma",
    "cohorts.delete_intro": "Isto remove a turma, as participações e os números publicados. As "
    "organizações e as avaliações delas ficam.",
    "cohorts.delete_link": "Apagar esta turma…",
    "cohorts.confirm_rotate_title": "Criar um código novo para “{name}”?",
    "cohorts.confirm_rotate_text": "O código atual para de funcionar na hora. As organizações "
    "que já estão na turma continuam nela.",
    "cohorts.confirm_rotate_button": "Criar um código novo",
    "cohorts.confirm_delete_title": "Apagar “{name}”?",
    "cohorts.confirm_delete_text": "A turma, as participações e os números publicados serão "
    "apagados. Não dá para desfazer. As organizações guardam os próprios dados.",
    "cohorts.confirm_delete_button": "Apagar a turma",
    # facilitator: the summary
    "summary.title": "Resumo: {name}",
    "summary.questionnaire": "Questionário",
    "summary.used_by": "enviado por {count}",
    "summary.no_questionnaire": "Nenhum envio ainda",
    "summary.language": "Idioma dos títulos",
    "summary.show": "Mostrar",
    "summary.status_title": "O que vocês podem ver",
    "summary.status.current": "Números atuais",
    "summary.status.held": "Números anteriores (mantidos)",
    "summary.status.counts_only": "Só contagens",
    "summary.reason.current": "Estes números descrevem as organizações da turma que enviaram "
    "este questionário, como estão agora. Contagens abaixo de {k} aparecem como “<{k}”.",
    "summary.reason.held": "Estes números foram publicados em {date} e descrevem a turma como "
    "ela era então. Desde então algumas organizações mudaram (entraram, saíram, enviaram de "
    "novo ou mudaram o que compartilham). Números novos virão quando pelo menos {k} "
    "organizações tiverem mudado, para que a diferença não revele a mudança de uma só.",
    "summary.reason.too_few": "Para mostrar números são necessárias pelo menos {k} organizações "
    "que enviaram este questionário, e pelo menos {k} delas que compartilham só números do "
    "grupo (a menos que todas compartilhem os resultados com vocês). Até lá, só aparecem o "
    "número de participantes e de envios.",
    "summary.reason.held_back": "Os números novos estão retidos: eles difeririam de números já "
    "publicados (desta turma ou de outra de vocês) em menos de {k} organizações, e a "
    "diferença poderia revelar o que essas organizações responderam. Eles virão quando mais "
    "organizações mudarem.",
    "summary.reason.no_questionnaire": "Nenhuma participante enviou uma avaliação ainda, então "
    "não há números. Só aparece o número de participantes.",
    "summary.members": "Organizações na turma",
    "summary.submitted": "Organizações que enviaram este questionário",
    "summary.described": "Organizações descritas por estes números",
    "summary.displays": "“<{k}” aparece no lugar de uma contagem que poderia apontar menos de "
    "{k} organizações; “{withheld}”, no lugar de um número que poderia revelar um "
    "grupo pequeno (uma divisão por gravidade, um quartil com poucas pontuações). Nenhum dos "
    "dois quer dizer zero.",
    "summary.withheld": "retido",
    "summary.csv": "Baixar em CSV",
    "summary.domains_title": "Pontuações por domínio",
    "summary.chart_title": "Pontuações por domínio na turma",
    "summary.chart_desc": "Para {count} domínios, uma caixa do quartil inferior ao superior das "
    "pontuações das organizações (de 0 a 100) e uma linha na mediana. A menor e a maior "
    "pontuação nunca aparecem. Os mesmos números estão na tabela.",
    "summary.chart_legend": "caixa: a metade central das pontuações · linha: a mediana",
    "summary.domains_table": "Tabela de pontuações por domínio",
    "summary.domains_caption": "Quartis das pontuações por domínio (de 0 a 100): metade das "
    "organizações fica entre o quartil inferior e o superior.",
    "summary.organisations": "Organizações",
    "summary.q1": "Quartil inferior",
    "summary.median": "Mediana",
    "summary.q3": "Quartil superior",
    "summary.issues_title": "Problemas, os mais comuns primeiro",
    "summary.issues_caption": "Quantas das organizações descritas têm cada problema, e quão "
    "grave ele é para elas. As contagens ocultas vêm no fim, na ordem do questionário.",
    "summary.rank": "Posição",
    "summary.issue": "Problema",
    "summary.share": "Proporção",
    "summary.severity_mix": "Gravidade (organizações)",
    "summary.no_mix": "divisão por gravidade não mostrada",
    "summary.no_issues": "Nenhum problema aparece para esta turma.",
    "summary.strengths_title": "Pontos fortes",
    "summary.strength": "Ponto forte",
    "summary.no_strengths": "Nenhum ponto forte aparece para esta turma.",
    "summary.resources_title": "Os recursos que mais ajudariam",
    "summary.resources_intro": "Ordenados por quantas organizações têm os problemas que eles "
    "tratam, e quão graves são esses problemas.",
    "summary.change_title": "Mudanças desde as primeiras avaliações",
    "summary.change_unavailable": "Não há organizações suficientes que enviaram duas vezes para "
    "mostrar mudanças.",
    "summary.change_both": "Organizações com uma primeira avaliação e outra posterior:",
    "summary.resolved_any": "Resolveram pelo menos um problema",
    "summary.new_any": "Têm pelo menos um problema novo",
    "summary.median_resolved": "Mediana de problemas resolvidos",
    "summary.median_new": "Mediana de problemas novos",
    "summary.median_change": "Mediana da mudança de pontuação",
    "summary.resolved": "Resolvidos",
    "summary.new": "Novos",
    "summary.collapsed_issues#one": "Mais {count} problema afeta menos de {k} organizações e não "
    "é listado.",
    "summary.collapsed_issues#other": "Mais {count} problemas afetam cada um menos de {k} "
    "organizações e não são listados.",
    "summary.collapsed_strengths#one": "Mais {count} ponto forte é de menos de {k} organizações e "
    "não é listado.",
    "summary.collapsed_strengths#other": "Mais {count} pontos fortes são de menos de {k} "
    "organizações cada um e não são listados.",
    "summary.needed#one": "Falta {count} envio de uma organização que compartilhe só números do "
    "grupo para os números aparecerem.",
    "summary.needed#other": "Faltam {count} envios de organizações que compartilham só números do "
    "grupo para os números aparecerem.",
    "summary.topics_title": "Temas",
    "summary.topics_caption": "Organizações com pelo menos um problema alto ou crítico em cada "
    "domínio (k-anônimo).",
    "summary.shared_title": "Organizações que compartilham os resultados",
    "summary.shared_intro": "Estas organizações decidiram deixar vocês lerem os resultados "
    "delas. As demais contam só nos números do grupo.",
    "summary.shared_details#one": "Pontuações por domínio e {count} problema",
    "summary.shared_details#other": "Pontuações por domínio e {count} problemas",
    "summary.shared_issues_only": "Compartilha só os títulos dos problemas e pontos fortes (sem "
    "respostas nem pontuações). Números exatos, não k-anônimos.",
    "summary.shared_exact": "Números exatos e com nome: estas organizações não estão nos números "
    "k-anônimos acima.",
    "summary.shared_strengths": "Pontos fortes",
    "summary.onboarded": "cadastrada por você",
    "log.action.read_issues_(shared_in_cohort)": "leu os títulos dos seus problemas e pontos "
    "fortes (compartilhados numa turma)",
    "summary.shared_not_yet": "Ainda não enviou este questionário.",
    "summary.shared_none": "Nenhuma organização desta turma compartilha os resultados com vocês.",
    # members: cohorts
    "join.title": "Inscreva a sua organização numa turma",
    "join.intro": "A pessoa facilitadora deu a vocês um código. Com ele, vocês mesmas criam aqui a "
    "organização: a primeira chave de acesso é mostrada só a vocês, nunca à pessoa "
    "facilitadora.",
    "join.name_label": "Nome da organização",
    "join.name_hint": "Qualquer nome pelo qual a organização seja conhecida aqui; um pseudônimo "
    "serve.",
    "join.display_label": "Nome na turma (opcional)",
    "join.display_hint": "O que as outras organizações e a pessoa facilitadora veem na lista de "
    "membros. Deixe vazio para usar o nome da organização.",
    "join.agreement": "Ao entrar, vocês aceitam que as outras organizações vejam o seu nome na "
    "turma e a data de entrada, e que a pessoa facilitadora veja também se começaram "
    "ou enviaram uma avaliação, e quando.",
    "join.button": "Criar e entrar",
    "join.invalid": "Preencha o código e o nome da organização, e escolha o que compartilhar.",
    "join.done": "“{name}” agora está na turma “{cohort}”.",
    "join.your_key": "A chave de acesso da sua organização",
    "join.key_only_you": "Ninguém mais tem esta chave, nem a pessoa facilitadora. Vocês vão "
    "precisar dela para entrar de novo.",
    "join.continue": "Ir para as suas turmas",
    "roster.title": "Quem está na turma",
    "roster.joined": "entrou em {date}",
    "roster.onboarded": "cadastrada pela pessoa facilitadora: não conta nos números do grupo",
    "roster.counted": "Organizações contadas nos números que a pessoa facilitadora vê agora: "
    "{count}",
    "membership.title": "Turmas",
    "membership.intro": "Uma turma é um grupo de organizações que uma pessoa facilitadora — "
    "quem conduz uma formação, ou uma rede da qual vocês fazem parte — acompanha em conjunto. "
    "Vocês escolhem o que essa pessoa pode ver.",
    "membership.notice.joined": "Vocês entraram na turma.",
    "membership.notice.changed": "O que vocês compartilham foi alterado.",
    "membership.notice.left": "Vocês saíram da turma.",
    "membership.yours": "Suas turmas",
    "membership.joined": "entraram em {date}",
    "membership.sharing_now": "Compartilham:",
    "membership.sharing_legend": "O que a pessoa facilitadora pode ver",
    "membership.level.aggregate": "Só números do grupo",
    "membership.level_help.aggregate": "Agregado: a sua organização conta só nos números do "
    "grupo. A pessoa facilitadora vê totais da turma inteira, nunca os seus resultados, e "
    "grupos pequenos ficam ocultos.",
    "membership.level.issues": "Os seus problemas e pontos fortes",
    "membership.level_help.issues": "Problemas: a pessoa facilitadora também pode ver os "
    "títulos dos seus problemas e pontos fortes com a gravidade, com o nome da sua "
    "organização. Não as suas respostas, pontuações nem notas.",
    "membership.level.results": "Também os seus resultados",
    "membership.level_help.results": "Resultados: a pessoa facilitadora também pode ler os "
    "seus resultados (pontuações, problemas e pontos fortes) com o nome da sua organização. "
    "Nunca as suas notas nem respostas escritas.",
    "membership.change_button": "Salvar",
    "membership.leave_link": "Sair desta turma…",
    "membership.none": "A sua organização não está em nenhuma turma.",
    "membership.join_title": "Entrar numa turma",
    "membership.code_label": "Código de entrada",
    "membership.code_hint": "O código que a pessoa facilitadora deu a vocês, como "
    "K7QF-3MZP-W2XA-9TDB. Maiúsculas e hífens não importam.",
    "membership.change_later": "Vocês podem mudar isto, ou sair, quando quiserem; vale na hora.",
    "membership.join_button": "Entrar",
    "membership.code_wrong": "Nenhuma turma tem este código. Confiram com a pessoa "
    "facilitadora: um código para de funcionar quando um novo é criado.",
    "membership.already": "A sua organização já está nesta turma. Vocês podem mudar o que ela "
    "compartilha acima.",
    "membership.leave_title": "Sair de “{name}”?",
    "membership.leave_text": "A sua organização deixa de contar nos números novos e a pessoa "
    "facilitadora deixa de ver os seus resultados. Os números já publicados ficam até serem "
    "substituídos.",
    "membership.leave_button": "Sair da turma",
    # members: your data
    "data.cohorts_text": "As turmas em que a sua organização está, e o que ela compartilha "
    "com quem as facilita.",
    "data.cohorts_link": "Suas turmas",
    "data.keys_text": "Cada pessoa que responde a uma avaliação em equipe precisa da própria "
    "chave. Criem e revoguem as chaves aqui.",
    "data.keys_link": "Chaves da equipe",
    # members: team keys
    "keys.title": "Chaves da equipe",
    "keys.intro": "Cada chave entra em nome da sua organização. Deem a cada colega a própria "
    "chave, com nome, para que as respostas numa rodada de equipe continuem sendo dela, e "
    "revoguem a chave quando a pessoa sair.",
    "keys.revoked": "A chave foi revogada. Quem a usava saiu da sessão.",
    "keys.created": "Nova chave para {label}:",
    "keys.copy_now_text": "Ela só aparece desta vez. Entreguem com segurança (pessoalmente, ou "
    "por uma mensagem privada que se apaga). Se ela se perder, criem uma nova e revoguem esta.",
    "keys.label": "Nome",
    "keys.ends_with": "Termina em",
    "keys.last_used": "Último uso",
    "keys.status": "Situação",
    "keys.this_one": "a chave que vocês estão usando",
    "keys.active": "ativa",
    "keys.revoked_on": "revogada em {date}",
    "keys.revoke_link": "Revogar…",
    "keys.issue_title": "Criar uma chave para uma colega",
    "keys.label_label": "Para quem é?",
    "keys.label_hint": "Um nome ou função que a equipe reconheça, como “Ana, equipe de campo”. "
    "As colegas veem isso na página da equipe.",
    "keys.label_invalid": "Escrevam para quem é a chave, em até 100 caracteres.",
    "keys.issue_button": "Criar a chave",
    "keys.own_key": "Vocês não podem revogar a chave com que entraram. Entrem antes com outra "
    "chave.",
    "keys.revoke_title": "Revogar a chave “{label}”?",
    "keys.revoke_text": "Ela para de funcionar na hora e quem a usa sai da sessão. As "
    "respostas já dadas com ela ficam.",
    "keys.revoke_button": "Revogar a chave",
    # members: team assessments
    "team.title": "Responder em equipe",
    "team.intro": "Várias pessoas podem responder a esta avaliação, cada uma com a própria "
    "chave e em privado: ninguém vê as respostas das outras. Quando todas terminarem, as "
    "respostas são combinadas nas da sua organização, e as perguntas em que vocês "
    "responderam diferente aparecem numa lista para conversarem.",
    "team.rule_legend": "Quando as respostas diferem, qual vale?",
    "team.rule.cautious": "A resposta mais cautelosa",
    "team.rule_help.cautious": "Recomendado. Vale a resposta que mostra mais risco, e um “Não "
    "sei” de qualquer pessoa continua visível: assim nada que preocupe alguém se perde.",
    "team.rule.majority": "A resposta mais comum",
    "team.rule_help.majority": "Vale a resposta dada pela maioria; um empate fica com a mais "
    "cautelosa.",
    "team.yours_first": "As respostas já salvas neste rascunho passam a ser de vocês.",
    "team.keys_needed": "Cada colega precisa da própria chave:",
    "team.open_button": "Abrir para a equipe",
    "team.notice.opened": "A rodada está aberta. Enviem às colegas o link desta avaliação; "
    "cada pessoa entra com a própria chave.",
    "team.notice.closed": "A rodada foi encerrada e as respostas foram combinadas.",
    "team.is_open": "A rodada da equipe está aberta. Quando as respostas diferem: {rule}.",
    "team.is_closed": "A rodada da equipe foi encerrada. As respostas foram combinadas com: "
    "{rule}.",
    "team.answering_as": "Vocês estão respondendo como {label}; as outras pessoas não veem "
    "estas respostas.",
    "team.unnamed_key": "uma chave sem nome",
    "team.see_team": "Ver a página da equipe",
    "team.continue": "Continuar respondendo",
    "team.after_close": "Conversem em equipe sobre as perguntas abaixo. Se combinarem outra "
    "resposta, mudem-na; depois revisem e enviem.",
    "team.change_answers": "Mudar respostas",
    "team.respondents_title": "Quem respondeu",
    "team.who": "Chave",
    "team.you": "a chave de vocês",
    "team.nobody_yet": "Ninguém salvou uma resposta ainda.",
    "team.respondents_hint": "As colegas aparecem aqui quando salvam uma resposta. Cada pessoa "
    "precisa da própria chave:",
    "team.discussion_title": "Para conversar",
    "team.discussion_intro": "Perguntas em que as respostas diferem, com quantas pessoas deram "
    "cada resposta. Nunca diz quem deu qual.",
    "team.count#one": "{count} pessoa",
    "team.count#other": "{count} pessoas",
    "team.combined": "Resposta combinada: {answer}",
    "team.your_answer": "Ver a sua resposta",
    "team.no_disagreements": "Por enquanto, todas as pessoas que responderam concordam.",
    "team.close_title": "Encerrar a rodada",
    "team.close_intro": "Quando todas tiverem respondido, encerrem a rodada: as respostas são "
    "combinadas nas da sua organização, que ainda podem mudar antes do envio.",
    "team.close_button": "Encerrar a rodada…",
    "team.close_text": "As respostas de todas as pessoas serão combinadas nas da sua "
    "organização, e ninguém poderá mais responder em privado. Ainda será possível mudar "
    "respostas antes do envio.",
    "team.close_confirm": "Encerrar e combinar",
    "team.cannot_close": "Ninguém respondeu ainda, então não há nada para combinar.",
    "team.review_title": "Enviar uma avaliação em equipe",
    "team.review_text": "As suas respostas são só suas até a rodada ser encerrada. Quando "
    "todas tiverem respondido, encerrem a rodada na página da equipe; aí as respostas "
    "combinadas podem ser revisadas e enviadas.",
    "team.badge_open": "Rodada de equipe aberta",
    "team.link_start": "Responder em equipe",
    "team.link_open": "Página da equipe",
    "team.link_closed": "Página da equipe",
    "team.results_title": "Respondida em equipe",
    "team.results_intro": "{count} pessoas responderam. Quando as respostas diferiram: {rule}.",
    "team.results_disagreements#one": "As respostas diferiram em {count} pergunta:",
    "team.results_disagreements#other": "As respostas diferiram em {count} perguntas:",
    # members: action plans
    "plan.title": "Plano de ação: {title}",
    "plan.focus.issue": "Para um problema",
    "plan.focus.domain": "Para um domínio",
    "plan.created": "criado em {date}",
    "plan.from_results": "os resultados de origem",
    "plan.progress": "{done} de {total} feitos",
    "plan.doing_count": "{count} em andamento",
    "plan.progress_label": "Passos feitos",
    "plan.saved": "Salvo.",
    "plan.outcome_title": "Depois da avaliação seguinte:",
    "plan.outcome_link": "ver esses resultados",
    "plan.resolved": "Resolvidos:",
    "plan.persisting": "Ainda abertos:",
    "plan.steps_title": "Passos",
    "plan.no_steps": "Nenhum passo ainda. Adicionem um abaixo.",
    "plan.step": "Passo {number}",
    "plan.for_issue": "Para: {title}",
    "plan.text": "O que fazer",
    "plan.status_legend": "Situação",
    "plan.status.todo": "A fazer",
    "plan.status.doing": "Em andamento",
    "plan.status.done": "Feito",
    "plan.due": "Prazo (opcional)",
    "plan.save_step": "Salvar o passo",
    "plan.move_up": "Subir",
    "plan.move_down": "Descer",
    "plan.delete_step": "Apagar o passo",
    "plan.step_invalid": "Escrevam o que fazer (até 1.000 caracteres) e deem a data como "
    "ano-mês-dia.",
    "plan.add_title": "Adicionar um passo",
    "plan.add_button": "Adicionar o passo",
    "plan.delete_title": "Apagar o plano “{title}”?",
    "plan.delete_text": "O plano e todos os passos serão apagados. A avaliação e os resultados "
    "ficam.",
    "plan.delete_button": "Apagar o plano",
    "plan.delete_link": "Apagar este plano…",
    "plan.list_title": "Seus planos de ação",
    "plan.none": "Nenhum plano ainda. Nos resultados, escolham um problema ou um domínio e "
    "façam um plano.",
    "plan.outcome_short#one": "{resolved} de {count} problema resolvido na avaliação seguinte",
    "plan.outcome_short#other": "{resolved} de {count} problemas resolvidos na avaliação seguinte",
    "plan.exists_for_issue": "Vocês já têm um plano para este problema:",
    "plan.exists_title": "Já existe um plano",
    "plan.exists_text": "Vocês já têm um plano para isto:",
    "plan.exists_open": "Abrir esse plano",
    "plan.exists_again": "Fazer um segundo plano mesmo assim",
    "plan.mark_done": "Marcar como feito",
    "plan.owner": "Quem cuida disso (opcional)",
    "plan.owner_hint": "Um nome, uma função ou uma equipe: o que o grupo de vocês usar.",
    "plan.owned_by": "com {owner}",
    "plan.due_on": "até {date}",
    "plan.make_for_issue": "Fazer um plano para este problema",
    "plan.make_for_domain": "Fazer um plano para este domínio",
    "plan.domain_label": "Fazer um plano para um domínio inteiro",
    "plan.domain_hint": "Ele começa com os primeiros passos de cada problema encontrado no "
    "domínio; vocês podem mudá-los.",
    # access log: actions recorded by cohorts, teams and plans
    "log.action.cohort_summary_(aggregate)": "leu um resumo de turma que inclui a sua organização",
    "log.action.cohort_summary_(counts_only)": "leu um resumo de turma (só números)",
    "log.action.read_results_(shared_in_cohort)": "leu os seus resultados (compartilhados numa "
    "turma)",
    "log.action.read_issue_map_(shared_in_cohort)": "leu o seu mapa de problemas "
    "(compartilhado numa turma)",
    "log.action.listed_cohort_memberships": "listou as suas turmas",
    "log.in_cohort": "na turma “{name}”",
    "log.action.read_team_round": "leu uma rodada de equipe",
    "log.action.listed_action_plans": "listou os seus planos de ação",
    "log.action.read_action_plan": "leu um plano de ação",
    # drafts: another one, discarding
    "draft.exists_title": "Já têm um rascunho de {title}",
    "draft.exists_text": "Começar do zero cria um segundo rascunho ao lado do primeiro, que fica "
    "até o descartarem. Para continuar onde pararam, continuem o rascunho.",
    "draft.exists_hint": "Já têm um rascunho deste questionário: perguntamos antes de criar outro.",
    "draft.start_another": "Criar outro rascunho mesmo assim",
    "draft.started_at": "Começado em {date} às {time}",
    "draft.saved_at": "guardado pela última vez em {date} às {time} ({zone})",
    "draft.discard_link": "Descartar este rascunho…",
    "draft.discard_title": "Descartar este rascunho?",
    "draft.discard_text": "As respostas são apagadas para sempre. As avaliações enviadas e os seus "
    "resultados não mudam.",
    "draft.discard_button": "Descartar o rascunho",
    "draft.discarded": "O rascunho foi descartado.",
}
