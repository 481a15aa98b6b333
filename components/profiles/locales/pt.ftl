# O que este navegador consegue fazer (o ecrã «Este dispositivo» do profissional, só em facilitator.html).
# Cada linha diz sim ou não por palavras, e o que o Pictokit faz quando a resposta é não.

device-abilities-title = O que este navegador consegue fazer
device-abilities-hint = O Pictokit funciona sem nenhuma destas coisas. Quando falta uma, aqui diz o que acontece em vez disso.
device-record-yes = Gravar som: sim ({ $format }), e este navegador consegue reproduzi-lo.
device-record-no = Gravar som: não. Este navegador não consegue gravar som, por isso é usada a voz sintética.
device-camera-yes = Câmara: sim. As fotos podem ser tiradas aqui ou escolhidas dos ficheiros.
device-camera-no = Câmara: não foi encontrada nenhuma. As fotos podem ser escolhidas dos ficheiros do dispositivo.
device-camera-checking = Câmara: a verificar…
device-awake-yes = Manter o ecrã ligado: sim, enquanto um temporizador está a contar.
device-awake-no = Manter o ecrã ligado: não. O ecrã pode desligar-se durante um temporizador; nas definições do tablet, dá mais tempo até o ecrã se desligar.
device-notify-yes = Notificações: possíveis. Ativa-as na agenda de uma pessoa.
device-notify-granted = Notificações: autorizadas. Os lembretes também chegam como notificação quando uma agenda o pede.
device-notify-denied = Notificações: bloqueadas para o Pictokit neste navegador. Os lembretes continuam a aparecer dentro do Pictokit.
device-notify-no = Notificações: não. Este navegador não consegue mostrar notificações; os lembretes continuam a aparecer dentro do Pictokit.
device-keep-yes = Manter os dados: sim. O navegador guarda os dados do Pictokit em segurança neste dispositivo.
device-keep-no = Manter os dados: não é garantido. O navegador pode apagar os dados do Pictokit se o dispositivo ficar sem espaço. Instalar a aplicação ajuda, e exportar os dados de vez em quando também.

## Acesso com manípulos (issue #25): como a pessoa chega ao ecrã
editor-section-access = Tocar, manípulos, teclas ou apontar
access-method = Como { $name } usa o ecrã
access-method-touch = Tocar
access-method-auto-scan = Um manípulo: a luz move-se sozinha
access-method-step-scan = Dois manípulos: um move a luz, o outro escolhe
access-method-keys = Teclas de setas, e uma tecla para escolher
access-method-dwell = Apontar sem se mexer (ponteiro de cabeça, olhar)
access-switches-hint = Um manípulo pode ser: a tecla Espaço, a tecla Enter, o 1 ou o 2 de uma interface de manípulos, um toque em qualquer sítio do ecrã, um botão do rato ou um botão de um comando de jogos. Com dois manípulos, o Espaço ou o 1 movem a luz, e o Enter ou o 2 escolhem. O canto do profissional nunca se ilumina.
access-pattern = Como a luz se move
access-pattern-row-column = Uma linha, e depois as imagens dessa linha
access-pattern-items = Uma imagem a seguir à outra
access-pattern-groups = Metade do ecrã, e depois metade dessa metade
access-scan-seconds = Segundos que a luz fica em cada passo
access-first-step-seconds = Segundos no primeiro passo
access-rounds = Voltas antes de a luz parar
access-start-by-press = A luz começa quando se carrega num manípulo
access-restart = Depois de escolher, a luz volta a começar por cima
access-hold-seconds = Segundos que é preciso manter um manípulo premido para contar (em caso de tremor)
access-ignore-seconds = Segundos em que uma segunda pressão não conta (em caso de tremor)
access-dwell-seconds = Segundos sem se mexer sobre uma imagem para a escolher
access-speak = Dizer cada imagem quando se ilumina
access-step-sound = Um som curto em cada passo
access-try = Experimentar
access-try-stop = Deixar de experimentar
access-try-title = Experimenta as definições aqui
access-try-chosen = Escolhido: { $name }
