## Pictokit — mensaxes en galego. Cada id existe tamén en en.ftl, ca.ftl e es.ftl.

app-name = Pictokit
app-loading = Pictokit está a abrirse…

## Pantalla de inicio
start-title = Quen usa Pictokit?
start-open-profile = Abrir a pantalla de { $name }
start-facilitator = Profesional
start-facilitator-hint = Perfís e axustes
firstrun-title = Dámosche a benvida a Pictokit
firstrun-body = Pictokit mostra imaxes, fala e axuda a facer a compra, a responder preguntas e a organizar o día. Comeza cun perfil para a persoa que o vai usar.
firstrun-create = Crear o primeiro perfil

## Modo profesional
fac-try-name = Bloquear este dispositivo para { $name }
undo = Desfacer
dismiss = Pechar
text-size-normal = Normal
text-size-large = Grande
text-size-extra-large = Moi grande
theme-default = Cálido
theme-high-contrast = Alto contraste
theme-dark = Escuro
theme-calm = Tranquilo
component-coming-soon = Proximamente
component-shopping = A compra
component-questionnaire = A miña vida
component-schedule = O meu día

## Pictogramas de avatar
avatar-smile = Cara sorrinte
avatar-sun = Sol
avatar-star = Estrela
avatar-flower = Flor
avatar-cat = Gato
avatar-tree = Árbore

## Modo persoa
person-greeting = Ola, { $name }
person-home-empty = Aquí aínda non hai nada.
page-next = Máis
page-previous = Anterior
page-indicator = Páxina { $page } de { $pages }
lock-hold-label = Profesional: mantén premido 3 segundos para desbloquear
unlock-confirm-title = Saír da pantalla de { $name }?
unlock-confirm-body = Só o profesional debe facelo.
unlock-confirm-yes = Desbloquear
unlock-confirm-no = Quedar aquí
pin-title = PIN do profesional
pin-field = PIN
pin-submit = Desbloquear
pin-wrong = Ese PIN non é correcto. Proba outra vez.
preview-title = Pantalla de { $name }
preview-hint = Isto é o que ve { $name }. Ao tocar, fala, como no modo persoa.
preview-edit = Editar os axustes

## Axustes do dispositivo
pin-error-digits = Usa só os números do 0 ao 9.
pin-error-length = Usa de 4 a 8 números.
profile-error-name-empty = Escribe un nome.
profile-error-name-too-long = O nome é demasiado longo (60 letras como máximo).
profile-error-photo-not-image = Ese ficheiro non é unha imaxe. Escolle unha foto (JPEG, PNG ou WebP).
profile-error-photo-too-large = Esa imaxe é demasiado grande. Escolle unha de menos de 20 MB.
profile-error-rate = Escolle unha velocidade entre o 50 % e o 200 %.
storage-error-title = Pictokit non pode gardar neste dispositivo
storage-error-blocked = O navegador non deixa que Pictokit garde datos (pasa no modo privado). Podes mirar, pero os cambios non se gardan.
storage-error-quota = O dispositivo está cheo. Non se gardou nada deste cambio: libera espazo e téntao de novo.
storage-error-generic = Non se puido gardar. Os teus cambios seguen na pantalla; proba outra vez.
storage-record-unreadable = Non se puideron ler algúns datos gardados. Quedaron como estaban.
storage-record-too-new = Un perfil fíxose cunha versión máis nova de Pictokit. Consérvase, pero non se mostra. Actualiza Pictokit para velo.
storage-field-reset = Non se puideron ler algúns axustes de { $name } e volveron aos valores iniciais.
storage-pictos-dropped = Non se puideron ler algúns pictogramas de { $name } e quedaron fóra.
storage-media-skipped = Non se puido ler unha foto ou gravación gardada. Quedou como estaba.
safekeeping-start-title = Os datos de Pictokit deste dispositivo non están
safekeeping-start-body = Pode pasar cando unha tableta se apaga mentres garda. Pode que haxa unha copia neste dispositivo: o profesional pode recuperala.

## Os pictogramas propios dunha persoa
board-person-title = Os meus pictogramas
board-person-home = Inicio

## Selector de pictogramas
picto-library-unreachable = Non se puideron cargar os pictogramas. A primeira vez cómpre ter conexión; despois funcionan sen conexión.
picto-library-broken = A lista de pictogramas está danada. Volve cargar a aplicación para descargala de novo.
picto-library-too-new = A lista de pictogramas é dun Pictokit máis novo. Volve cargar a aplicación para actualizala.
picto-category-food = Comida
picto-category-drinks = Bebidas
picto-category-home = Casa
picto-category-hygiene = Hixiene
picto-category-clothes = Roupa
picto-category-people = Persoas
picto-category-body = Corpo
picto-category-feelings = Sentimentos
picto-category-activities = Actividades diarias
picto-category-health = Saúde
picto-category-places = Lugares
picto-category-transport = Transporte
picto-category-time = Horas e datas
picto-category-weather = O tempo
picto-category-nature = Animais e natureza
picto-category-leisure = Lecer e deporte
picto-category-school-work = Escola e traballo
picto-category-technology = Tecnoloxía
picto-category-money = Diñeiro
picto-category-symbols = Sinais e símbolos

## Fotos propias
media-problem-type = Ese ficheiro non é do tipo axeitado (unha imaxe ou un son).
media-problem-too-large = Ese ficheiro é demasiado grande.
media-problem-name = Ese nome é demasiado longo (60 letras como máximo).

## Voz propia
arasaac-timeout = ARASAAC tarda demasiado en responder. Os pictogramas deste dispositivo seguen funcionando.
arasaac-server = ARASAAC non responde ben agora mesmo. Os pictogramas deste dispositivo seguen funcionando.
arasaac-offline = Non hai conexión a internet, así que non se pode buscar en ARASAAC. Os pictogramas deste dispositivo seguen funcionando.
arasaac-malformed = Non se puido ler a resposta de ARASAAC. Os pictogramas deste dispositivo seguen funcionando.
arasaac-picture = Non se puido descargar un debuxo de ARASAAC. Proba de novo cando a conexión vaia mellor.

## Un aviso do horario, que tamén se mostra na primeira páxina
day-reminder-title = Dentro de pouco
day-reminder-ok = De acordo

## Datas, cando o navegador non as sabe escribir nesta lingua (de Unicode CLDR)
date-long = { $weekday }, { $day } de { $month }
date-long-year = { $day } de { $month } de { $year }
date-month-1 = xaneiro
date-month-2 = febreiro
date-month-3 = marzo
date-month-4 = abril
date-month-5 = maio
date-month-6 = xuño
date-month-7 = xullo
date-month-8 = agosto
date-month-9 = setembro
date-month-10 = outubro
date-month-11 = novembro
date-month-12 = decembro
date-weekday-1 = luns
date-weekday-2 = martes
date-weekday-3 = mércores
date-weekday-4 = xoves
date-weekday-5 = venres
date-weekday-6 = sábado
date-weekday-7 = domingo
date-weekday-short-1 = luns
date-weekday-short-2 = mar.
date-weekday-short-3 = mér.
date-weekday-short-4 = xov.
date-weekday-short-5 = ven.
date-weekday-short-6 = sáb.
date-weekday-short-7 = dom.
