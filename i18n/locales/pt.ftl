## Pictokit — mensagens em português de Portugal. Cada id existe também em en.ftl, ca.ftl e es.ftl.

app-name = Pictokit
app-loading = O Pictokit está a abrir…

## Ecrã inicial
start-title = Quem está a usar o Pictokit?
start-open-profile = Abrir o ecrã de { $name }
start-facilitator = Profissional
start-facilitator-hint = Perfis e definições
firstrun-title = Damos-te as boas-vindas ao Pictokit
firstrun-body = O Pictokit mostra imagens, fala e ajuda a fazer compras, a responder a perguntas e a organizar o dia. Começa com um perfil para a pessoa que o vai usar.
firstrun-create = Criar o primeiro perfil

## Modo profissional
fac-try-name = Bloquear este dispositivo para { $name }
undo = Desfazer
dismiss = Fechar
text-size-normal = Normal
text-size-large = Grande
text-size-extra-large = Muito grande
theme-default = Quente
theme-high-contrast = Alto contraste
theme-dark = Escuro
theme-calm = Tranquilo
component-coming-soon = Brevemente
component-shopping = As compras
component-questionnaire = A minha vida
component-schedule = O meu dia

## Pictogramas de avatar
avatar-smile = Cara sorridente
avatar-sun = Sol
avatar-star = Estrela
avatar-flower = Flor
avatar-cat = Gato
avatar-tree = Árvore

## Modo pessoa
person-greeting = Olá, { $name }
person-home-empty = Ainda não há nada aqui.
page-next = Mais
page-previous = Anterior
page-indicator = Página { $page } de { $pages }
lock-hold-label = Profissional: mantém premido 3 segundos para desbloquear
unlock-confirm-title = Sair do ecrã de { $name }?
unlock-confirm-body = Só o profissional deve fazer isto.
unlock-confirm-yes = Desbloquear
unlock-confirm-no = Ficar aqui
pin-title = PIN do profissional
pin-field = PIN
pin-submit = Desbloquear
pin-wrong = Esse PIN não está certo. Tenta outra vez.
preview-title = Ecrã de { $name }
preview-hint = Isto é o que { $name } vê. Ao tocar, o ecrã fala, como no modo pessoa.
preview-edit = Editar as definições

## Definições do dispositivo
pin-error-digits = Usa só os números de 0 a 9.
pin-error-length = Usa de 4 a 8 números.
profile-error-name-empty = Escreve um nome.
profile-error-name-too-long = O nome é demasiado comprido (60 letras no máximo).
profile-error-photo-not-image = Esse ficheiro não é uma imagem. Escolhe uma foto (JPEG, PNG ou WebP).
profile-error-photo-too-large = Essa imagem é demasiado grande. Escolhe uma com menos de 20 MB.
profile-error-rate = Escolhe uma velocidade entre 50 % e 200 %.
storage-error-title = O Pictokit não consegue guardar neste dispositivo
storage-error-blocked = O navegador não deixa o Pictokit guardar dados (acontece no modo privado). Podes ver tudo, mas as alterações não ficam guardadas.
storage-error-quota = O dispositivo está cheio. Nada desta alteração foi guardado: liberta espaço e tenta outra vez.
storage-error-generic = Não foi possível guardar. As tuas alterações continuam no ecrã; tenta outra vez.
storage-record-unreadable = Não foi possível ler alguns dados guardados. Ficaram como estavam.
storage-record-too-new = Um perfil foi feito com uma versão mais nova do Pictokit. Fica guardado, mas não aparece. Atualiza o Pictokit para o veres.
storage-field-reset = Não foi possível ler algumas definições de { $name }. Voltaram aos valores iniciais.
storage-pictos-dropped = Não foi possível ler alguns pictogramas de { $name }. Ficaram de fora.
storage-media-skipped = Não foi possível ler uma foto ou gravação guardada. Ficou como estava.
safekeeping-start-title = Os dados do Pictokit deste dispositivo desapareceram
safekeeping-start-body = Isto pode acontecer quando um tablet se desliga enquanto guarda. Pode haver uma cópia neste dispositivo: o profissional pode recuperá-la.

## Pictogramas próprios de uma pessoa
board-person-title = Os meus pictogramas
board-person-home = Início

## Seletor de pictogramas
picto-library-unreachable = Não foi possível carregar os pictogramas. Da primeira vez é preciso ligação à internet; depois funcionam sem ligação.
picto-library-broken = A lista de pictogramas está danificada. Volta a carregar a aplicação para a descarregar outra vez.
picto-library-too-new = A lista de pictogramas é de um Pictokit mais novo. Volta a carregar a aplicação para a atualizar.
picto-category-food = Comida
picto-category-drinks = Bebidas
picto-category-home = Casa
picto-category-hygiene = Higiene
picto-category-clothes = Roupa
picto-category-people = Pessoas
picto-category-body = Corpo
picto-category-feelings = Sentimentos
picto-category-activities = Atividades diárias
picto-category-health = Saúde
picto-category-places = Lugares
picto-category-transport = Transportes
picto-category-time = Horas e datas
picto-category-weather = O tempo
picto-category-nature = Animais e natureza
picto-category-leisure = Lazer e desporto
picto-category-school-work = Escola e trabalho
picto-category-technology = Tecnologia
picto-category-money = Dinheiro
picto-category-symbols = Sinais e símbolos

## Fotos próprias
media-problem-type = Esse ficheiro não é do tipo certo (uma imagem ou um som).
media-problem-too-large = Esse ficheiro é demasiado grande.
media-problem-name = Esse nome é demasiado comprido (60 letras no máximo).

## Voz própria
arasaac-timeout = O ARASAAC está a demorar muito a responder. Os pictogramas deste dispositivo continuam a funcionar.
arasaac-server = O ARASAAC não está a responder bem neste momento. Os pictogramas deste dispositivo continuam a funcionar.
arasaac-offline = Não há ligação à internet, por isso não é possível pesquisar no ARASAAC. Os pictogramas deste dispositivo continuam a funcionar.
arasaac-malformed = Não foi possível ler a resposta do ARASAAC. Os pictogramas deste dispositivo continuam a funcionar.
arasaac-picture = Não foi possível descarregar um desenho do ARASAAC. Tenta outra vez quando a ligação estiver melhor.

## Um lembrete da agenda, que aparece também na primeira página
day-reminder-title = Daqui a pouco
day-reminder-ok = Está bem

## Datas, quando o navegador não as sabe escrever nesta língua (do Unicode CLDR)
date-long = { $weekday }, { $day } de { $month }
date-long-year = { $day } de { $month } de { $year }
date-month-1 = janeiro
date-month-2 = fevereiro
date-month-3 = março
date-month-4 = abril
date-month-5 = maio
date-month-6 = junho
date-month-7 = julho
date-month-8 = agosto
date-month-9 = setembro
date-month-10 = outubro
date-month-11 = novembro
date-month-12 = dezembro
date-weekday-1 = segunda-feira
date-weekday-2 = terça-feira
date-weekday-3 = quarta-feira
date-weekday-4 = quinta-feira
date-weekday-5 = sexta-feira
date-weekday-6 = sábado
date-weekday-7 = domingo
date-weekday-short-1 = segunda
date-weekday-short-2 = terça
date-weekday-short-3 = quarta
date-weekday-short-4 = quinta
date-weekday-short-5 = sexta
date-weekday-short-6 = sábado
date-weekday-short-7 = domingo
