# Ecrãs da avaliação da qualidade de vida (modo profissional e modo pessoa): só facilitator.html os tem.

## Profissional: as avaliações de uma pessoa
fac-quality = Qualidade de vida
fac-quality-name = Qualidade de vida de { $name }
ql-title = Qualidade de vida: { $name }
ql-hint = Uma avaliação faz perguntas a { $name }, e a pessoas que conhecem bem { $name }, sobre 8 áreas da vida. Com as respostas faz-se um relatório, e a equipa combina um plano de apoio com { $name }.
ql-assessments = Avaliações
ql-assessments-empty = Ainda não há nenhuma avaliação.
ql-assessment-summary = { $finished } de { $team } já acabaram de responder
ql-open = Abrir
ql-open-name = Abrir a avaliação de { $date }
ql-new = Nova avaliação
ql-questionnaire = Questionário
ql-builtin = incluído
ql-imported = importado
ql-start = Começar uma nova avaliação
ql-too-many = Esta pessoa já tem 50 avaliações, o máximo que pode haver.
ql-stored-newer = Estas avaliações foram guardadas com um Pictokit mais novo. Ficam guardadas como estão; atualiza o Pictokit para as veres.
ql-stored-dropped = Não foi possível ler uma parte das avaliações guardadas, e essa parte não aparece. Tudo o resto está aqui.
ql-import = Outro questionário
ql-import-hint = Uma organização pode adicionar um ficheiro de questionário para o qual tenha licença. Depois, aparece ao lado do questionário incluído.
ql-import-choose = Importar um ficheiro de questionário
ql-import-done = «{ $title }» foi adicionado.
ql-import-done-problems = «{ $title }» foi adicionado. O ficheiro tem { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}, e o resto funciona:
ql-import-refused = Não foi possível adicionar este questionário. Nada foi alterado.

## Profissional: uma avaliação e a sua equipa
ql-assessment-title = Avaliação de { $name }, { $date }
ql-not-found = Esta avaliação já não está neste dispositivo.
ql-back-to-list = Todas as avaliações
ql-instrument-missing = O questionário desta avaliação («{ $id }», versão { $version }) não está neste dispositivo. Importa-o para veres as respostas.
ql-report = Relatório
ql-plan = Plano de apoio
ql-team = Quem responde
ql-team-hint = Cada pessoa responde sozinha: aqui, no modo pessoa, ou noutro dispositivo com um ficheiro de respostas.
ql-progress = Respondidas: { $answered } de { $total }
ql-progress-finished = Terminado. Respondidas: { $answered } de { $total }
ql-answer-person-name = { $name } responde no modo pessoa
ql-answer-here = Responder aqui
ql-answer-here-name = Responder aqui como { $name }
ql-export = Exportar o ficheiro de respostas
ql-export-name = Exportar o ficheiro de respostas de { $name }
ql-exported = O ficheiro de respostas de { $name } foi guardado. Abre-o com o Pictokit no outro dispositivo.
ql-remove = Remover
ql-remove-name = Remover { $name } da equipa
ql-remove-title = Remover { $name } da equipa?
ql-remove-body = As respostas desta pessoa são apagadas desta avaliação.
ql-keep = Manter
ql-new-name = Nome de quem responde
ql-new-role = Quem é
ql-add = Adicionar à equipa

## Profissional: respostas de outro dispositivo
ql-merge = Respostas de outro dispositivo
ql-merge-hint = Alguém respondeu noutro dispositivo e exportou o seu ficheiro de respostas: adiciona-o aqui. Antes de alguma coisa mudar, vês o que é novo, o que é igual e o que é diferente.
ql-merge-choose = Adicionar um ficheiro de respostas
ql-merge-preview = O que traz o ficheiro de respostas
ql-merge-new = { $who } entra na equipa com estas respostas.
ql-merge-same = Estas são as respostas de { $who }.
ql-merge-probably = Parecem ser as respostas de { $local }: { $who } tem o mesmo nome e o mesmo papel.
ql-merge-chosen = Estas respostas vão com as de { $local } ({ $who } no ficheiro).
ql-merge-someone-else = Não, é outra pessoa
ql-merge-counts = Respostas novas: { $added }. Iguais às daqui: { $same }. Diferentes: { $different }.
ql-merge-conflicts-hint = Algumas respostas são diferentes aqui e no ficheiro. Escolhe qual queres manter em cada caso. Enquanto não escolheres, fica a resposta deste dispositivo.
ql-keep-local = Manter a deste dispositivo: { $answer }
ql-take-incoming = Usar a do ficheiro: { $answer }
ql-merge-apply = Adicionar as respostas
ql-merge-cancel = Cancelar
ql-merged = As respostas de { $name } foram adicionadas: { $added } novas e { $taken } mudadas para as do ficheiro.

## Profissional: o formulário
ql-form-title = Respostas de { $name }
ql-form-hint-person = Perguntas para a pessoa, com as suas próprias palavras. Cada resposta fica guardada logo.
ql-form-hint-others = Perguntas sobre { $person }. Responde ao que vês; escolhe «Não sei» se tiveres dúvidas. Cada resposta fica guardada logo.
ql-important-person = Isto é importante para mim
ql-important-others = Isto é importante para { $person }
ql-form-finish = Já acabei
ql-form-later = Continuar mais tarde
ql-form-saved = As respostas de { $name } estão guardadas.
ql-finish-unanswered-title = { $count ->
    [one] Uma de { $total } perguntas ainda não tem resposta
   *[other] { $count } de { $total } perguntas ainda não têm resposta
}
ql-finish-unanswered-body = Sem resposta: { $domains }. Podem terminar agora e responder mais tarde, ou voltar a essas perguntas. «Não sei» também é uma resposta.
ql-finish-anyway = Terminar com { $count } sem resposta
ql-finish-go-back = Voltar às perguntas

## Modo pessoa: responder
quiz-title = Perguntas sobre a minha vida
quiz-progress = Onde estou
quiz-part = Parte { $number }: { $name }, { $state }
quiz-part-now = agora
quiz-part-done = acabada
quiz-part-later = mais tarde
quiz-question-of = Pergunta { $number } de { $total }
quiz-answers = A minha resposta
quiz-back = Voltar
quiz-important-ask = O que é importante para ti? Toca nas imagens.
quiz-important = Importante
quiz-important-on = { $name }: importante
quiz-finish = Já acabei
quiz-thanks = Obrigado! As tuas respostas estão guardadas.
quiz-home = Início
quiz-nothing = Agora não há perguntas para ti.

## Profissional: o relatório
ql-report-title = Relatório: { $name }, { $date }
ql-report-rules = As pontuações vão de 0 a 100. Uma área da vida fica marcada com «Opiniões diferentes» quando a pontuação da pessoa e a média dos outros têm mais de { $threshold } pontos de diferença.
ql-print = Imprimir
ql-back-to-assessment = Voltar à avaliação
ql-easy-report = Relatório em leitura fácil
ql-csv = Todas as respostas numa tabela (CSV)
ql-csv-informant = Quem respondeu
ql-csv-role = Papel
ql-csv-domain = Dimensão
ql-csv-item = Identificador da pergunta
ql-csv-question = Pergunta
ql-csv-answer = Resposta
ql-csv-value = Valor
ql-csv-points = Pontos
ql-scores = Pontuações por área da vida
ql-domain = Área da vida
ql-others-mean = Os outros (média)
ql-together = Em conjunto
ql-notes = Notas
ql-flag-domain = Opiniões diferentes ({ $difference } pontos de diferença)
ql-flag-short = Opiniões diferentes
ql-why-short = { $answered } de { $total } respostas, são precisas { $needed }
ql-why-short-no-items = sem perguntas
ql-print-legend = —: ainda sem pontuação. Uma área da vida tem pontuação quando pelo menos metade das suas perguntas tem uma resposta da escala; «Não sei» e as perguntas saltadas não contam.
ql-note-important = Importante para a pessoa
ql-note-low = Pontuação baixa
ql-chart = Gráfico das pontuações
ql-chart-desc = Barras de 0 a 100 para cada área da vida: a pontuação de { $person }, com cor lisa, e a média dos outros, com riscas. A tabela de cima tem as mesmas pontuações.
ql-differences = Perguntas com respostas diferentes
ql-differences-hint = Respostas com dois ou mais passos de distância na escala. São um bom ponto de partida para a conversa da equipa.
ql-differences-none = Nenhuma pergunta tem respostas muito diferentes.
ql-priorities = Prioridades
ql-priorities-none = Ainda não há nenhuma prioridade.
ql-priority-important = importante para { $person }
ql-priority-low = pontuação baixa
ql-priority-both = importante para { $person }, e pontuação baixa
ql-priorities-rule = Uma área da vida é uma prioridade quando { $person } a marca como importante, ou quando a sua pontuação em conjunto é menor do que { $low }. Só o que { $person } escolhe como importante faz uma prioridade.
ql-priorities-rule-team = Uma área da vida é uma prioridade quando alguém da equipa a marca como importante, ou quando a sua pontuação em conjunto é menor do que { $low }.
ql-priority-others = { $domain }: { $names } marcou como importante para { $person }. Ainda não é uma prioridade: perguntem a { $person }; passa a ser quando { $person } também a marcar como importante.
ql-change = Mudança desde { $date }
ql-now = Agora
ql-change-col = Mudança
ql-change-same = Igual
ql-change-up = { $points ->
    [one] 1 ponto melhor
   *[other] { $points } pontos melhor
}
ql-change-down = { $points ->
    [one] 1 ponto pior
   *[other] { $points } pontos pior
}

## Relatório em leitura fácil, para a pessoa
easy-report-title = A minha qualidade de vida: { $name }
easy-report-intro = Isto é o que dissemos sobre a minha vida.
easy-you-said = Eu disse: { $band }.
easy-others-said = A minha equipa disse: { $band }.
easy-band-good = está a correr bem
easy-band-ok = está a correr mais ou menos bem
easy-band-better = podia correr melhor
easy-band-none = ainda não sabemos
easy-important = Isto é importante para mim.
easy-differ = Eu e a minha equipa vemos isto de forma diferente. Vamos falar sobre isso.

## Profissional: o plano de apoio
ql-plan-title = Plano de apoio de { $name }
ql-easy-plan = Plano em leitura fácil
ql-plan-start = Por onde começar
ql-plan-hint = As prioridades do relatório. Combina cada objetivo com { $person }, com as palavras dessa pessoa.
ql-goal-for = Adicionar um objetivo
ql-goal-for-name = Adicionar um objetivo para { $domain }
ql-goal-new = Novo objetivo
ql-goals = Objetivos
ql-goals-none = Ainda não há nenhum objetivo.
ql-goal-form = Objetivo
ql-goal-words = O objetivo, com as palavras da própria pessoa
ql-goal-words-hint = Por exemplo: «Quero ir nadar com os meus amigos.»
ql-goal-domain = Área da vida
ql-goal-domain-choose = Escolher uma área da vida
ql-goal-picture = Imagem
ql-goal-choose-picture = Escolher uma imagem
ql-goal-supports = Apoios necessários
ql-goal-who = Quem ajuda
ql-goal-review = Data para voltar a ver
ql-goal-bad-date = Escreve a data como ano-mês-dia, por exemplo 2027-03-01.
ql-goal-schedule = Atividades da agenda para este objetivo
ql-goal-save = Guardar o objetivo
ql-goal-cancel = Cancelar
ql-goal-edit = Mudar
ql-goal-edit-name = Mudar o objetivo «{ $words }»
ql-goal-remove = Remover
ql-goal-remove-name = Remover o objetivo «{ $words }»
ql-agree = Acordo
ql-agree-who = Quem está de acordo com o plano
ql-agree-button = Acordar o plano
ql-plan-agreed = Acordado em { $date } por { $names }.

## Plano em leitura fácil, para a pessoa
easy-plan-title = O meu plano: { $name }
easy-plan-intro = Estes são os meus objetivos. Combinámo-los juntos.
easy-who-helps = Quem me ajuda: { $who }.
easy-supports = O que me ajuda: { $supports }.
easy-review = Voltamos a ver isto em { $date }.
easy-in-my-day = No meu dia: { $activity }.
easy-agreed = Combinámos isto em { $date }: { $names }.

## Profissional: responder ao ficheiro de respostas de outro dispositivo
ql-form-hint-away = Perguntas sobre a pessoa avaliada. Responde ao que vês; escolhe «Não sei» se tiveres dúvidas. Cada resposta fica guardada logo.
ql-important-away = Isto é importante para a pessoa
ql-away-title = Responder para outro dispositivo
ql-away-hint = Alguém te enviou um ficheiro de respostas do Pictokit? Abre-o aqui, responde e devolve o ficheiro.
ql-away-go = Responder a um ficheiro de respostas
ql-away-open = Abrir um ficheiro de respostas
ql-away-continue = Continuar a responder
ql-away-continue-name = Continuar a responder como { $name }
ql-away-export = Já acabei: guardar o ficheiro de respostas
ql-away-exported = O ficheiro de respostas foi guardado. Devolve-o a quem to enviou.
ql-away-unknown-instrument = O questionário deste ficheiro não está neste dispositivo. Pede-o e importa-o em Qualidade de vida.
ql-passphrase = Palavra-passe dos ficheiros de respostas (pelo menos 8 caracteres)
ql-passphrase-hint = As respostas são dados de saúde, por isso cada ficheiro de respostas fica fechado com esta palavra-passe. Diz a palavra-passe a quem responde de outra forma: de viva voz, nunca junto com o ficheiro.
ql-passphrase-first = Primeiro escreve uma palavra-passe com pelo menos 8 caracteres: o ficheiro de respostas fica fechado com ela.
ql-merge-locked = Este ficheiro de respostas está fechado. Escreve a palavra-passe dele em «Palavra-passe dos ficheiros de respostas» e toca em «Abrir com esta palavra-passe».
ql-away-locked = Este ficheiro de respostas está fechado. Escreve a palavra-passe que te disseram e toca em «Abrir com esta palavra-passe».
ql-away-passphrase = Palavra-passe do ficheiro (a que te disseram)
