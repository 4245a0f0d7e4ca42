"""Portuguese interface strings (plural "vocês", as in the questionnaire)."""

MESSAGES: dict[str, str] = {
    # navigation and layout
    "nav.skip": "Ir para o conteúdo",
    "nav.label": "Principal",
    "nav.dashboard": "Início",
    "nav.data": "Seus dados",
    "nav.cohorts": "Turmas",
    "nav.sign_out": "Sair",
    "nav.language": "Idioma",
    "footer.text": "rdsa — Autoavaliação de Dados Responsáveis. As respostas ficam com a sua "
    "organização, a menos que vocês decidam compartilhá-las.",
    "role.admin": "administração",
    "role.facilitator": "facilitação",
    "role.member": "membro",
    "status.draft": "Rascunho",
    "status.submitted": "Enviada",
    # sign-in
    "home.title": "Entrar",
    "home.intro": "Vejam como as práticas de dados de vocês protegem as pessoas que estão "
    "nesses dados, e o que melhorar primeiro.",
    "home.key_label": "Chave de acesso",
    "home.key_hint": "A chave que a sua organização recebeu. Ela começa com rdsa_. "
    "Ela não é mostrada de novo depois que vocês entram.",
    "home.sign_in": "Entrar",
    "home.erased": "Os dados da sua organização foram apagados.",
    "home.about_title": "Do que se trata",
    "home.about": "Uma autoavaliação sobre poder, justiça e dados: respondam perguntas sobre "
    "como coletam, guardam e compartilham dados, e recebam um mapa de problemas e recursos "
    "no seu idioma.",
    "home.privacy": "Este site usa um cookie para manter a sessão e outro para o idioma. "
    "Sem rastreadores, nada é carregado de outros sites.",
    "signin.invalid": "Esta chave não é válida ou foi revogada. Confiram e tentem de novo.",
    "signin.expired": "O formulário de entrada expirou. Digitem a chave de novo.",
    "signin.too_many": "Muitas tentativas sem sucesso a partir da sua conexão. Esperem um "
    "minuto e tentem de novo.",
    # staff
    "staff.role": "Vocês entraram com uma chave de {role}.",
    "staff.members_only": "As avaliações são respondidas com a chave de membro de uma organização.",
    "staff.api": "A administração trabalha pela API; a documentação está em",
    # dashboard
    "dashboard.assessments": "Suas avaliações",
    "dashboard.version": "versão {version}",
    "dashboard.submitted": "enviada em {date}",
    "dashboard.score": "pontuação geral {score}",
    "dashboard.continue": "Continuar",
    "dashboard.see_results": "Ver os resultados",
    "dashboard.more": "Mostrando as {shown} mais recentes de {total}.",
    "dashboard.none": "Ainda não há avaliações. Comecem uma abaixo: dá para parar a qualquer "
    "momento e continuar depois.",
    "dashboard.start_title": "Começar uma avaliação",
    "dashboard.follow_up": "Começar um acompanhamento",
    "dashboard.follow_up_hint": "Já preenchido com as respostas de {date}, para revisar e "
    "atualizar.",
    "dashboard.start_blank": "Começar do zero",
    "dashboard.no_questionnaires": "Nenhum questionário está disponível agora.",
    # progress
    "progress.text": "{answered} de {applicable} perguntas respondidas",
    "progress.label": "Progresso",
    # questionnaire pages
    "page.context_title": "Sobre a sua organização",
    "page.context_intro": "Estas perguntas não contam pontos. Elas definem quais perguntas "
    "vêm depois e a gravidade de cada risco para as pessoas com quem vocês trabalham.",
    "page.step": "Seção {number} de {total}",
    "page.more": "As respostas abriram mais perguntas nesta página: respondam também.",
    "page.saved": "As respostas foram salvas.",
    "page.errors_title": "Algumas respostas precisam de outra olhada",
    "page.nothing_applies": "Nenhuma destas perguntas se aplica à sua organização, de acordo "
    "com as respostas anteriores. Sigam para a próxima seção.",
    "page.save_next": "Salvar e continuar",
    "page.save_review": "Salvar e revisar",
    "page.save": "Salvar",
    "page.save_back": "Salvar e voltar",
    "page.sections": "Seções",
    "page.count": "{answered}/{applicable}",
    "page.review": "Revisar e enviar",
    "q.optional": "opcional",
    "q.needs_review": "Veio da avaliação anterior: confirmem se continua valendo.",
    "q.choose_all": "Marquem todas as opções que se aplicam.",
    "q.unsure": "Não sei",
    "q.na": "Não se aplica",
    "q.note": "Adicionar uma nota",
    "q.note_label": "Nota (só a sua organização vê)",
    "autosave.saving": "Salvando…",
    "autosave.saved": "Salvo.",
    "autosave.problem": "Salvo, mas algumas respostas precisam de outra olhada.",
    "autosave.failed": "Não foi salvo automaticamente. Usem o botão Salvar.",
    "answer.special_conflict": "Escolham uma resposta ou “Não sei” / “Não se aplica”, não as "
    "duas coisas.",
    "answer.one_only": "Escolham só uma resposta.",
    "answer.comment_needs_answer": "Escolham uma resposta para manter a nota.",
    "answer.hidden": "Esta pergunta não se aplica mais, de acordo com as outras respostas.",
    "answer.exclusive": "Uma das opções escolhidas não pode ser combinada com as outras.",
    "answer.too_long": "Este texto é longo demais.",
    "answer.empty": "Escrevam algo, ou deixem o campo vazio para pular a pergunta.",
    "answer.invalid": "Esta resposta não corresponde à pergunta. Escolham de novo.",
    # review
    "review.title": "Revisar e enviar",
    "review.incomplete": "Ainda há perguntas obrigatórias sem resposta.",
    "review.missing_title": "Falta responder ({count})",
    "review.complete": "Todas as perguntas obrigatórias têm resposta.",
    "review.check_title": "Respostas para conferir",
    "review.check_intro": "Estas respostas vieram da avaliação anterior. Abram cada uma e "
    "confirmem ou mudem.",
    "review.unsure": "Vocês responderam “Não sei” {count} vez(es). Tudo bem: não saber também "
    "merece atenção, e conta como uma lacuna.",
    "review.sections": "Seções",
    "review.submit_hint": "Depois do envio, as respostas não podem mais mudar; mais tarde "
    "vocês podem começar um acompanhamento.",
    "review.submit": "Enviar e ver os resultados",
    # results
    "results.title": "Resultados",
    "results.submitted": "enviada em {date}",
    "results.contents": "Nesta página",
    "results.overall": "Geral",
    "results.stage": "Estágio: {stage}",
    "results.summary": "{issues} problema(s) para trabalhar, {strengths} ponto(s) forte(s), "
    "{unsure} resposta(s) “Não sei”.",
    "results.print": "Relatório para imprimir",
    "results.scores_title": "Pontuação por área",
    "results.table_caption": "Pontuações de 0 a 100; a cobertura é a parte das perguntas "
    "aplicáveis que contou.",
    "results.domain": "Área",
    "results.score": "Pontuação",
    "results.stage_col": "Estágio",
    "results.coverage": "Cobertura",
    "results.change": "Mudança",
    "results.map_title": "Mapa de problemas",
    "results.map_scroll_hint": "Deslize o mapa para o lado para ver todas as etapas; as áreas "
    "ficam fixas.",
    "results.map_hint": "As linhas são áreas e as colunas, etapas do ciclo de vida dos dados. "
    "Cada célula mostra quantos problemas tem e o mais grave; ✓ conta os pontos fortes. "
    "Todos os problemas estão listados abaixo.",
    "results.issues_title": "Problemas, os mais urgentes primeiro",
    "results.no_issues": "Nenhum problema encontrado.",
    "results.raised": "Elevado a {severity} por causa do seu contexto.",
    "results.why": "Por que importa:",
    "results.first_steps": "Primeiros passos:",
    "results.read": "Para ler:",
    "results.strengths_title": "Pontos fortes",
    "results.no_strengths": "Ainda não há pontos fortes registrados.",
    "results.resources_title": "Recursos recomendados",
    "results.no_recommendations": "Não há recursos para recomendar.",
    "results.other_language": "não disponível no seu idioma",
    "results.change_title": "Mudanças desde a última avaliação",
    "chart.title": "Pontuação por área",
    "chart.description": "Gráfico de barras com a pontuação geral e {count} pontuações por "
    "área, de 0 a 100; as linhas verticais marcam os estágios. Os mesmos números estão na "
    "tabela.",
    "chart.no_score": "sem pontuação (poucas respostas)",
    "chart.previous": "Avaliação anterior",
    "compare.intro": "Em comparação com a avaliação enviada em {date}.",
    "compare.overall": "Pontuação geral: {before} → {after} ({delta}).",
    "compare.resolved": "Problemas resolvidos: {count}",
    "compare.new": "Problemas novos: {count}",
    "compare.persisting": "Problemas que continuam: {count}.",
    "compare.strengths_gained": "Pontos fortes novos: {count}.",
    "effort.minutes": "minutos",
    "effort.hours": "algumas horas",
    "effort.days": "alguns dias",
    "effort.weeks": "semanas",
    "effort.ongoing": "contínuo",
    "report.title": "Relatório de dados responsáveis",
    "report.footer": "Gerado em {date} UTC pelo rdsa (motor de pontuação {engine}).",
    # data pages
    "data.title": "Seus dados",
    "data.intro": "Tudo o que este serviço guarda sobre {name}, e como vocês controlam isso.",
    "data.export_title": "Baixar tudo",
    "data.export_text": "Um arquivo JSON com a sua organização, os dados das chaves (nunca as "
    "chaves), cada avaliação com respostas e resultados, e o registro de acessos.",
    "data.export_button": "Baixar (JSON)",
    "data.log_title": "Registro de acessos",
    "data.log_text": "Cada vez que alguém de fora da sua organização (administração ou "
    "facilitação) leu ou mudou os seus dados.",
    "data.log_link": "Ver o registro de acessos",
    "data.erase_title": "Apagar a sua organização",
    "data.erase_text": "Excluir deste serviço a sua organização e tudo o que se refere a ela.",
    "data.erase_link": "Apagar…",
    "log.when": "Quando",
    "log.who": "Quem",
    "log.what": "O quê",
    "log.total": "{total} registros.",
    "log.pages": "Páginas",
    "log.newer": "Mais recentes",
    "log.older": "Mais antigos",
    "log.empty": "Ninguém de fora da sua organização acessou os seus dados.",
    "log.action.read_organisation": "leu os dados da sua organização",
    "log.action.changed_organisation": "mudou os dados da sua organização",
    "log.action.exported_all_data": "baixou todos os seus dados",
    "log.action.issued_member_key": "criou uma chave de membro",
    "log.action.listed_keys": "consultou a lista das suas chaves",
    "log.action.revoked_member_key": "revogou uma chave de membro",
    "log.action.started_assessment": "começou uma avaliação",
    "log.action.listed_assessments": "consultou a lista das suas avaliações",
    "log.action.read_assessment": "leu uma avaliação",
    "log.action.read_results": "leu resultados",
    "log.action.read_issue_map": "leu um mapa de problemas",
    "log.action.compared_assessments": "comparou avaliações",
    "log.action.read_report": "leu um relatório",
    "erase.warning": "Isto exclui a sua organização, as chaves, todas as avaliações, "
    "respostas e resultados, e o registro de acessos. Não dá para desfazer, e vocês sairão "
    "da sessão.",
    "erase.export_first": "Talvez vocês queiram baixar tudo antes:",
    "erase.label": "Para confirmar, digitem o nome da sua organização: {name}",
    "erase.mismatch": "O nome não confere. Nada foi apagado.",
    "erase.button": "Apagar tudo",
    # errors
    "error.title": "Algo deu errado",
    "error.back": "Voltar ao início",
    "error.generic": "Algo deu errado do nosso lado. Tentem de novo.",
    "error.signed_out": "Entrem de novo, por favor.",
    "error.forbidden": "A sua chave não abre esta página.",
    "error.members_only": "Esta página é para membros de uma organização. Entrem com a chave "
    "da sua organização.",
    "error.not_found": "Não encontramos esta página. Ela pode ter sido apagada, ou é de outra "
    "organização.",
    "error.conflict": "Esta avaliação mudou nesse meio-tempo (talvez já tenha sido enviada). "
    "Voltem e recarreguem a página.",
    "error.too_large": "O que vocês enviaram é grande demais.",
    "error.bad_form": "Não conseguimos ler o formulário. Voltem, recarreguem a página e "
    "tentem de novo.",
    "error.too_many": "Tentativas demais. Esperem um minuto e tentem de novo.",
    "error.csrf": "Este formulário expirou ou veio de outro site. Voltem, recarreguem a "
    "página e tentem de novo.",
}
