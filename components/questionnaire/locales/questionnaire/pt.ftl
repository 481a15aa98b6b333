# Mensagens do questionário de qualidade de vida: só facilitator.html as tem (index.html continua pequeno).

## Questionário: quem responde, e as respostas que não estão na escala
questionnaire-role-person = A pessoa
questionnaire-role-family = Família
questionnaire-role-professional = Profissional
questionnaire-role-other = Outra pessoa
questionnaire-answer-dont-know = Não sei
questionnaire-answer-skip = Saltar

## Ficheiro de questionário: não se consegue abrir
instrument-not-json = Este ficheiro está danificado ou não é um questionário (há um erro na linha { $line }, coluna { $column }). Pede uma cópia nova a quem o fez.
instrument-not-object = Este ficheiro não é um questionário do Pictokit. Escolhe um ficheiro de questionário.
instrument-too-big = Este ficheiro é demasiado grande para ser um questionário: o máximo é { $limit-mb } MB. Confirma que escolheste o ficheiro certo.
instrument-wrong-format = { $found ->
    [pictokit-answers] Este ficheiro tem as respostas de alguém, não é um questionário. Adiciona-o onde se trazem respostas de outro dispositivo.
   *[other] Este ficheiro não é um questionário do Pictokit. Escolhe um ficheiro de questionário.
}
instrument-newer-format-version = Este questionário é para um Pictokit mais novo (versão de formato { $found }; este lê até à versão { $supported }). Atualiza o Pictokit para o abrir.
instrument-bad-format-version = A versão de formato «{ $found }» não é válida: tem de ser um número inteiro, como 1. Corrige-a no ficheiro e volta a abri-lo.
instrument-missing-id = O questionário não tem identificador. Adiciona um em «id», por exemplo «o-meu-questionario».
instrument-bad-instrument-id = O identificador do questionário, «{ $found }», não é válido. Usa até 64 letras sem acentos, números, «-», «_» ou «.», sem espaços.
instrument-no-versions = O questionário não diz quem lhe responde. Em «versions», põe «self» (responde a pessoa), «others» (respondem a família e os profissionais) ou os dois.
instrument-scale-option-count = { $count ->
    [one] A escala de respostas só tem 1 opção que se pode usar, e precisa de { $min } a { $max }. Revê «scale/options».
   *[other] A escala de respostas tem { $count } opções que se podem usar, e precisa de { $min } a { $max }. Revê «scale/options».
}
instrument-no-domains = O questionário não tem nenhuma dimensão que se possa usar. Revê a lista «domains».
instrument-no-items = O questionário não tem nenhuma pergunta que se possa usar. Revê a lista «items».

## Ficheiro de questionário: problemas que não o impedem de abrir
instrument-missing-field = Falta «{ $path }» no ficheiro. Adiciona-o; até lá, essa parte pode ficar de fora ou vazia.
instrument-wrong-type = { $expected ->
    [text] «{ $path }» devia ser um texto entre aspas. Não foi tido em conta.
    [list] «{ $path }» devia ser uma lista entre parênteses retos. Não foi tido em conta.
    [object] «{ $path }» devia ser um grupo de campos entre chavetas. Não foi tido em conta.
    [whole-number] «{ $path }» devia ser um número inteiro, como 3. Não foi tido em conta.
    [true-or-false] «{ $path }» devia ser true ou false. Não foi tido em conta.
    [translations] «{ $path }» devia ter um texto para cada língua, como «ca», «es» e «en». Não foi tido em conta.
   *[other] «{ $path }» não tem o tipo de valor certo (esperava-se { $expected }). Não foi tido em conta.
}
instrument-bad-id = O identificador «{ $found }» de «{ $path }» não é válido, por isso essa parte ficou de fora. Usa até 64 letras sem acentos, números, «-», «_» ou «.».
instrument-bad-language = «{ $found }» em «{ $path }» não é um código de língua, como «ca», «es» ou «en». Não foi tido em conta.
instrument-duplicate-language = A língua «{ $language }» aparece duas vezes em «languages». A segunda não foi tida em conta.
instrument-missing-translation = «{ $path }» não tem texto em «{ $language }». Aparece noutra língua.
instrument-text-too-long = { $path ->
    [version] «{ $path }» tem mais de { $limit } caracteres, por isso foi cortado.
    [licence] «{ $path }» tem mais de { $limit } caracteres, por isso foi cortado.
   *[other] O texto em «{ $language }» de «{ $path }» tem mais de { $limit } caracteres, por isso foi cortado.
}
instrument-too-many = { $count ->
    [one] «{ $path }» tem 1 elemento, e só se guardam { $limit } no máximo. O resto ficou de fora.
   *[other] «{ $path }» tem { $count } elementos, e só se guardam { $limit } no máximo. O resto ficou de fora.
}
instrument-unknown-version = «{ $found }» em «versions» não é uma versão que o Pictokit conheça, por isso não foi tida em conta. Usa «self» (responde a pessoa) ou «others» (respondem a família e os profissionais).
instrument-duplicate-version = A versão «{ $version }» aparece duas vezes em «versions». A segunda não foi tida em conta.
instrument-bad-scale-value = O valor «{ $found }» de «{ $path }» não é válido, por isso essa opção de resposta ficou de fora. Usa um número inteiro de -1000 a 1000.
instrument-duplicate-scale-value = Duas opções de resposta têm o valor { $value }. A segunda ficou de fora.
instrument-scale-unsorted = As opções de resposta não estavam por ordem, do valor mais baixo para o mais alto. O Pictokit pô-las por ordem.
instrument-bad-picto = «{ $found }» em «{ $path }» não é uma imagem que o Pictokit conheça, por isso essa parte ficou sem imagem. Usa «om:…», «arasaac:…» ou «photo:…».
instrument-duplicate-domain = Duas dimensões têm o identificador «{ $id }». A segunda ficou de fora.
instrument-duplicate-indicator = A dimensão «{ $domain }» tem dois indicadores com o identificador «{ $id }». O segundo ficou de fora.
instrument-duplicate-item = Duas perguntas têm o identificador «{ $id }». A segunda ficou de fora.
instrument-unknown-domain = A pergunta «{ $item }» é da dimensão «{ $domain }», que não está no ficheiro. A pergunta ficou de fora.
instrument-unknown-indicator = A pergunta «{ $item }» usa o indicador «{ $indicator }», que a sua dimensão não tem. A pergunta fica, mas sem indicador.
instrument-missing-item-text = { $version ->
    [self] A pergunta «{ $item }» não tem texto para a pessoa («{ $version }»), por isso ficou de fora. Adiciona o texto no ficheiro.
   *[others] A pergunta «{ $item }» não tem texto para a família e os profissionais («{ $version }»), por isso ficou de fora. Adiciona o texto no ficheiro.
}
instrument-empty-domain = A dimensão «{ $domain }» não tem perguntas. Fica guardada, mas nunca vai ter pontuação.

## Ficheiro de respostas trazido de outro dispositivo
answers-file-too-big = Este ficheiro é demasiado grande para ser um ficheiro de respostas: o máximo é { $limit-mb } MB. Confirma que escolheste o ficheiro certo. Nada foi alterado.
answers-file-empty = Este ficheiro está vazio: não tem respostas. Escolhe o ficheiro de respostas exportado no outro dispositivo: o nome dele começa por «pictokit-answers». Nada foi alterado.
answers-file-not-json = Este ficheiro está danificado ou não é um ficheiro de respostas (há um erro na linha { $line }, coluna { $column }). Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
answers-file-not-object = Este ficheiro não é um ficheiro de respostas do Pictokit. Escolhe o ficheiro exportado no outro dispositivo: o nome dele começa por «pictokit-answers». Nada foi alterado.
answers-file-wrong-format = { $found ->
    [pictokit-instrument] Este ficheiro é um questionário, não são as respostas de alguém. Escolhe o ficheiro de respostas exportado no outro dispositivo: o nome dele começa por «pictokit-answers». Nada foi alterado.
   *[other] Este ficheiro não é um ficheiro de respostas do Pictokit. Escolhe o ficheiro de respostas exportado no outro dispositivo: o nome dele começa por «pictokit-answers». Nada foi alterado.
}
answers-file-newer-version = Estas respostas foram guardadas com um Pictokit mais novo (versão de ficheiro { $found }; este lê até à versão { $supported }). Atualiza o Pictokit neste dispositivo e tenta outra vez. Nada foi alterado.
answers-file-bad-version = Este ficheiro de respostas não diz que versão é, ou diz mal. Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
answers-file-wrong-types = Falta uma parte deste ficheiro de respostas, ou não é possível lê-la. Volta a exportar as respostas no outro dispositivo. Detalhe técnico (em inglês): { $detail }. Nada foi alterado.
answers-file-invalid = { $field ->
    [assessment] Este ficheiro de respostas não diz bem de que avaliação é. Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
    [informant] Neste ficheiro, o nome ou o identificador de quem respondeu não é válido: talvez o nome esteja vazio ou tenha mais de 60 caracteres. Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
    [answers] As respostas deste ficheiro não são válidas: há demasiadas, ou há identificadores de perguntas errados. Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
    [important] As dimensões marcadas como importantes neste ficheiro não são válidas. Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
   *[other] Há alguma coisa neste ficheiro de respostas que não é válida («{ $field }»). Volta a exportar as respostas no outro dispositivo. Nada foi alterado.
}

## Ficheiro de respostas: juntar as respostas a esta avaliação
merge-wrong-assessment = Estas respostas são de outra avaliação («{ $found }»), não desta («{ $expected }»). Abre a avaliação de onde vêm e adiciona-as lá. Nada foi alterado.
merge-wrong-instrument = Estas respostas são do questionário «{ $found }», mas esta avaliação usa «{ $expected }». Não podem ser adicionadas aqui. Nada foi alterado.
merge-role-mismatch = Estas respostas não podem ir com as de «{ $informant }»: uma delas é da pessoa e a outra não, por isso responderam a perguntas diferentes. Escolhe outra pessoa, ou adiciona as respostas como de alguém novo. Nada foi alterado.
merge-second-person = O ficheiro tem as respostas da pessoa, e «{ $person }» já é a pessoa desta equipa. Junta as respostas às de «{ $person }» em vez de adicionares alguém novo. Nada foi alterado.
merge-id-taken = Estas respostas não podem entrar como de alguém novo: «{ $id }» já está na equipa. Junta-as às respostas de «{ $id }», ou revê o ficheiro. Nada foi alterado.
merge-team-full = A equipa está completa: já tem 20 pessoas. Remove alguém que já não responda e tenta outra vez. Nada foi alterado.
merge-unknown-informant = «{ $id }» já não está na equipa. Escolhe alguém da equipa, ou adiciona as respostas como de alguém novo. Nada foi alterado.
merge-stale-preview = Estas respostas foram verificadas para outra avaliação. Volta a abrir o ficheiro de respostas a partir desta avaliação. Nada foi alterado.

## Equipa: quem responde
team-bad-id = O identificador desta pessoa não é válido. Usa letras sem acentos, números, «-», «_» ou «.», sem espaços.
team-duplicate-id = Alguém da equipa já tem este identificador. Usa outro.
team-name-empty = Escreve o nome de quem responde.
team-name-too-long = O nome é demasiado comprido. Usa 60 caracteres no máximo.
team-second-person = A equipa já tem a pessoa. Adiciona esta como família, profissional ou outra pessoa.
team-too-many = A equipa está completa: pode ter 20 pessoas no máximo. Remove alguém que já não responda para adicionares alguém novo.

## Responder
answer-unknown-item = Esta pergunta não está no questionário. A resposta não foi guardada.
answer-not-on-scale = Essa resposta não é nenhuma das opções. Escolhe uma das respostas que aparecem.
answer-unknown-domain = Esta dimensão não está no questionário. A marca não foi guardada.

## Plano de apoio
plan-bad-id = O identificador do objetivo não é válido. Usa letras sem acentos, números, «-», «_» ou «.», sem espaços.
plan-duplicate-id = Outro objetivo já tem este identificador.
plan-unknown-goal = Este objetivo já não está no plano. Talvez alguém o tenha removido.
plan-empty-goal = Escreve o objetivo com as palavras da própria pessoa, ou escolhe uma imagem para ele.
plan-text-too-long = Um texto do objetivo é demasiado comprido. Cada texto pode ter 500 caracteres no máximo.
plan-unknown-domain = Escolhe uma dimensão do questionário para este objetivo.
plan-too-many-goals = O plano já tem 30 objetivos, o máximo que pode ter. Remove um para adicionares outro.
plan-bad-schedule-link = Não é possível ligar este objetivo a essas atividades da agenda. Um objetivo pode estar ligado a 20 atividades no máximo.
plan-no-goals = Adiciona pelo menos um objetivo antes de acordar o plano.
plan-nobody-agrees = Escolhe quem está de acordo com o plano.
plan-unknown-informant = Alguém que escolheste como estando de acordo já não está na equipa. Escolhe outra vez.
plan-person-must-agree = O plano é da pessoa: ela tem de estar entre as pessoas que estão de acordo com ele.

## Pontuações
score-not-enough-answers = { $needed ->
    [one] Ainda não há pontuação: é preciso que pelo menos 1 pergunta tenha uma resposta da escala, e até agora { $answered } de { $total } têm. «Não sei» e as perguntas saltadas não contam.
   *[other] Ainda não há pontuação: é preciso que pelo menos { $needed } perguntas tenham uma resposta da escala, e até agora { $answered } de { $total } têm. «Não sei» e as perguntas saltadas não contam.
}
score-no-items = Não há pontuação: esta dimensão não tem perguntas.
