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
