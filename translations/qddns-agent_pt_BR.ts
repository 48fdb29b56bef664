<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>o hook tem %n erro</numerusform>
            <numerusform>o hook tem %n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>a configuração tem %n erro; nada foi alterado</numerusform>
            <numerusform>a configuração tem %n erros; nada foi alterado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>o perfil tem %n erro</numerusform>
            <numerusform>o perfil tem %n erros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 não se aplica a %2%3; veja qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (ele aceita %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: argumento inesperado &quot;%1&quot; após %2; veja qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: nenhum comando informado
uso: qddns-agent COMANDO [opções], em que COMANDO é um destes: %1
`qddns-agent run` executa o agente em primeiro plano; `qddns-agent --help` explica cada comando</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n erro de configuração; nada foi feito</numerusform>
            <numerusform>qddns-agent: %n erros de configuração; nada foi feito</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: outro qddns-agent (pid %1) está em execução com o diretório de estado %2, portanto `once` não é executado: peça a ele com `qddns-agent update` (ou `update PROFILE`, `--force`); nada foi enviado</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; nada foi enviado: sem o seu estado, cada execução enviaria a mesma atualização de novo, o que os serviços DynDNS2 consideram abuso. Torne %2 gravável ou use outro com --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: não é possível salvar o estado: %1; nada foi enviado: sem o seu estado, cada execução enviaria a mesma atualização de novo, o que os serviços DynDNS2 consideram abuso. Torne %2 gravável ou use outro com --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: não é possível salvar o estado: %1; a próxima execução pode enviar as mesmas atualizações de novo</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: próximo passo: mantenha os registros atualizados com o agente como serviço (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;) ou execute `qddns-agent once` pelo cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: aviso: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: válido, %n perfil%2%3</numerusform>
            <numerusform>%1: válido, %n perfis%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n aviso</numerusform>
            <numerusform>, %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (nenhum arquivo: padrões embutidos)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: os avisos contam como erros; corrija-os e verifique de novo</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: próximo passo: corrija o que os avisos apontam (eles não impedem o agente) e depois execute `qddns-agent once` para atualizar agora</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: próximo passo: adicione um perfil a %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lista os provedores)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: próximo passo: `qddns-agent once` para atualizar agora, depois execute o agente como serviço (README, &quot;Run it as a service&quot;)</translation>
    </message>
    <message>
        <source>qddns-agent keeps DNS names pointing at this network&apos;s public address.

Commands:
  run                      run as a service in the foreground (logs to stderr)
  once                     one detection and update cycle, then exit (--dry-run, --force, --json)
  check-config             validate the configuration; warn about what cannot work here (--strict)
  providers [ID]           the providers, their options and help (--json)
  secret set PROFILE       store a profile&apos;s secret in the keychain (read from stdin), or with
                           --file PATH in an owner-only file (--write-config: and point the profile at it);
                           --field F for a provider&apos;s other credentials (e.g. secretApiKey)
  secret delete PROFILE    remove it from the keychain (--field F)
  import TOOL FILE         print the configuration of ddclient, inadyn, openwrt or ddns-updater (TOOL)
                           as qddns&apos;s, its secrets stored in the keychain; --write [PATH] writes it
                           (--merge: beside an existing file&apos;s profiles); --secrets file:DIR|keep-out
  service print-unit       print the systemd user unit for this qddns-agent
  service install-unit     write it to ~/.config/systemd/user/ and say how to enable it

Commands for the running agent (through its local socket):
  status                   addresses, records and what the agent does next (--json)
  update [PROFILE]         run an update cycle now (all profiles or one) and show its results (--force)
  pause, resume            stop and restart automatic updates
  logs                     recent log lines (--level, --limit, --follow)
  history                  changes of the public address (--since, --json)

Exit codes: 0 done, 1 a failure (an update failed or is held, a file or lock), 2 bad usage or
configuration (nothing was done), 3 no agent answers (commands for the running agent).</source>
        <translation>qddns-agent mantém nomes DNS apontando para o endereço público desta rede.

Comandos:
  run                      executa como serviço em primeiro plano (log em stderr)
  once                     um ciclo de detecção e atualização, depois sai (--dry-run, --force, --json)
  check-config             valida a configuração; avisa sobre o que não pode funcionar aqui (--strict)
  providers [ID]           os provedores, suas opções e ajuda (--json)
  secret set PROFILE       armazena o segredo de um perfil no chaveiro (lido da stdin) ou, com
                           --file PATH, em um arquivo acessível só ao dono (--write-config: e aponta o perfil para ele);
                           --field F para as outras credenciais de um provedor (p. ex. secretApiKey)
  secret delete PROFILE    remove-o do chaveiro (--field F)
  import TOOL FILE         imprime a configuração do ddclient, inadyn, openwrt ou ddns-updater (TOOL)
                           como configuração do qddns, com os segredos armazenados no chaveiro; --write [PATH] a grava
                           (--merge: ao lado dos perfis de um arquivo existente); --secrets file:DIR|keep-out
  service print-unit       imprime a unidade de usuário do systemd para este qddns-agent
  service install-unit     grava-a em ~/.config/systemd/user/ e diz como ativá-la

Comandos para o agente em execução (pelo seu socket local):
  status                   endereços, registros e o que o agente fará em seguida (--json)
  update [PROFILE]         executa um ciclo de atualização agora (todos os perfis ou um) e mostra os resultados (--force)
  pause, resume            interrompe e retoma as atualizações automáticas
  logs                     linhas recentes do log (--level, --limit, --follow)
  history                  mudanças do endereço público (--since, --json)

Códigos de saída: 0 concluído, 1 uma falha (uma atualização falhou ou está retida, um arquivo ou trava), 2 uso ou
configuração inválidos (nada foi feito), 3 nenhum agente responde (comandos para o agente em execução).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>um dos comandos acima</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Arquivo de configuração (padrão %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Diretório de estado (padrão %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>O socket local do agente (padrão: derivado do diretório de estado, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Registra mensagens de depuração de todas as categorias do qddns.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: compartilha o socket (0660) com este grupo (nome ou número): seus membros podem usar status, update, pause, resume, logs e history, mas não alterar a configuração nem os segredos.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: detecta e mostra o que seria enviado; não envia nem altera nada.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: envia os registros mesmo quando o endereço deles não mudou.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: imprime JSON.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: avisos são erros (código de saída 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: qual credencial do provedor do perfil (padrão: secret, a principal).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: grava o segredo neste arquivo acessível só ao dono, em vez do chaveiro.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: também define o &quot;secret&quot; do perfil no arquivo de configuração.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: valida e grava a configuração no PATH após --write; caso contrário, em --config ou no arquivo padrão.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: adiciona os perfis importados a um arquivo de configuração existente.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: para onde vão os segredos: keychain (chaveiro, padrão), file:DIR (arquivos acessíveis só ao dono) ou keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: continua imprimindo novas linhas até ser interrompido.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: o nível menos grave exibido: debug, info (padrão), warning ou error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: no máximo esta quantidade de linhas recentes.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: mudanças desde uma data/hora (2026-11-01, 2026-11-01T08:00:00Z) ou desde uma duração atrás (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: opção desconhecida %1; veja qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; veja qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: comando desconhecido &quot;%1&quot;; os comandos são %2 (veja --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: uso: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>publicado; aviso: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>publicado, consultando os servidores da zona</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>publicado, verificando: %1 de %2 servidores respondem %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>é NAT de nível de operadora (CGNAT, 100.64.0.0/10): seu provedor compartilha o endereço público, e conexões vindas da Internet podem não chegar a esta rede</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>é privado: o roteador está atrás de outro roteador (NAT duplo), que precisa encaminhar as conexões para ele</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>não é um endereço público (NAT duplo)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>endereço WAN do roteador %1 %2; detector %3 ignorado</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), em execução desde %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>atualizações automáticas pausadas</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, próxima verificação em %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  não detectado: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (último conhecido %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  ainda não detectado</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  por %3 desde %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>nenhum perfil configurado</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>hook %1 (%2) %3 em %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>excedeu o tempo limite</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 execuções seguidas)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n hook, nenhum falhando</numerusform>
            <numerusform>%n hooks, nenhum falhando</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: o agente fechou a conexão (ele parou?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: o agente não respondeu em %1 s</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>as atualizações automáticas estão pausadas (`qddns-agent update` ainda executa um ciclo; `qddns-agent resume` as retoma)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>as atualizações automáticas estão em execução</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>nenhum registro a atualizar</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>nenhuma mudança de endereço registrada%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> nesse período</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: argumento inesperado &quot;%1&quot;; veja --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; não é um nível; use debug, info, warning ou error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; não é um número inteiro positivo</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; não é uma data/hora (2026-11-01, 2026-11-01T08:00:00Z) nem uma duração (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n erro de configuração; nada foi importado</numerusform>
            <numerusform>qddns-agent: %n erros de configuração; nada foi importado</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: não é possível ler %1: %2; nada foi importado</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 existe, e uma importação nunca o sobrescreve; nada foi importado. Adicione --merge para colocar os perfis importados ao lado dos perfis dele, ou grave outro arquivo com --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: corrija %1 primeiro (`qddns-agent check-config`) e depois importe de novo; nada foi importado</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 não pode ser lido como configuração do %2: %3; nada foi importado</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: %1 já tem perfis chamados %2; nada foi importado. Renomeie-os ou remova-os lá, ou grave a importação em outro arquivo com --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: não é possível adicionar os perfis a %1: %2; nada foi importado</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>não importado: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>não mesclado: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: nenhum perfil pôde ser importado de %1 (veja acima); nada foi gravado</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; a configuração não foi gravada%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (os segredos dela estão armazenados)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n segredo em arquivos que só você pode ler: %1</numerusform>
            <numerusform>qddns-agent: %n segredos em arquivos que só você pode ler: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n segredo no chaveiro (serviço %1), em %2</numerusform>
            <numerusform>qddns-agent: %n segredos no chaveiro (serviço %1), em %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: nenhum segredo armazenado para %n perfil; armazene cada um (ele é lido da entrada padrão):</numerusform>
            <numerusform>qddns-agent: nenhum segredo armazenado para %n perfis; armazene cada um (ele é lido da entrada padrão):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n perfil gravado em %1%2; próximo passo: `%3`</numerusform>
            <numerusform>qddns-agent: %n perfis gravados em %1%2; próximo passo: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> ao lado dos %1 perfis dele</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: próximo passo: salve a configuração acima como %1 (ou importe de novo com --write) e depois execute `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` explica as chaves de um provedor; `--json` imprime tudo.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; até %n host por requisição</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; até %n hosts por requisição</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>nenhum: defina &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: &quot;%1&quot; não é um provedor conhecido; os conhecidos são: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: nenhum segredo na entrada padrão; nada foi armazenado</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file e --write-config se aplicam somente a `secret set` (remova um arquivo de segredo com rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: --write-config precisa de --file PATH (um segredo no chaveiro não precisa de referência na configuração)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: o provedor &quot;%1&quot; do perfil &quot;%2&quot; não tem a credencial &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (ele não usa nenhuma)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; as credenciais dele: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 de %2: gravando-o lá</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: nenhum perfil chamado &quot;%1&quot; em %2: adicione o perfil primeiro (README, &quot;Configuration&quot;) e depois execute isto de novo; nada foi armazenado</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: não é possível ler %1: %2; nada foi armazenado</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: não é possível adicionar a referência a %1: %2; nada foi armazenado</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: observação: ainda não há perfil chamado &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: observação: %1 de %2, não do chaveiro</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; nada foi armazenado</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 foi gravado em %2 (só você pode lê-lo)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; coloque isto manualmente no perfil &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: o perfil &quot;%1&quot; em %2 agora o lê de lá; próximo passo: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: próximo passo: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: próximo passo: coloque a linha acima no perfil &quot;%1&quot; de %2 (ou execute isto de novo com --write-config) e depois `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: concluído</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; nada foi instalado</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: observação: %1 está em um diretório de compilação; uma compilação limpa o remove. Instale-o primeiro (README, &quot;Run it as a service&quot;) e execute install-unit com o qddns-agent instalado</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: próximo passo: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; depois `qddns-agent status` ou journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: em um computador no qual ninguém permanece conectado (um NAS, um servidor via SSH), execute também `sudo loginctl enable-linger %1`: sem isso, o agente para quando você sai da sessão</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>propagado: %1 responde %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>propagado: %1 respondem %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; nenhuma configuração foi gravada</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; nenhuma configuração foi exibida</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>o segredo do perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>a credencial %1 do perfil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>o perfil &quot;%1&quot; lê seu segredo</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>o perfil &quot;%1&quot; lê a credencial %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 está guardado no chaveiro</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 foi excluído do chaveiro</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 substituído (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 gravado (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>é obrigatório: escreva &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 não é suportada; este qddns lê a versão 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>precisa ser uma lista de perfis</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>está vazio, mas o perfil &quot;%1&quot; publica endereços %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>precisa ser uma lista não vazia de %1%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>precisa ser uma string não vazia, não %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; não é um destes: %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} não é um placeholder%2; os placeholders são {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} precisa do &quot;secret&quot; do hook: de onde lê-lo</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>não é JSON válido depois que os placeholders são preenchidos (%1 na posição %2); coloque cada placeholder dentro de uma string JSON, p. ex. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>uma requisição GET não tem corpo; use &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um destes: %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>precisa ser um objeto de nomes e valores de cabeçalho, p. ex. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; não é um nome de cabeçalho válido</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>informe o tipo do corpo em &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>é definido pelo próprio qddns</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>precisa ser uma string, não %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>precisa ser uma string (um corpo JSON é escrito como string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), não %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>é lido, mas não é enviado a lugar nenhum: coloque {secret} onde ele deve ir, p. ex. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>precisa ser uma string de URL, não %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>não aceita placeholders</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>precisa ser um número inteiro, não %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>não aceita placeholders: o qddns adiciona o que o monitor precisa</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>precisa ser uma lista não vazia de strings: o programa e seus argumentos, executados sem shell (os valores do evento estão no ambiente dele: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>precisa ser um objeto como {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; precisa ter de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, começando com uma letra ou um dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; já é usado por outro hook</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; não é um tipo de hook%2; use um destes: %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>é obrigatório: os eventos sobre os quais este hook é informado, dentre %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>precisa ser uma lista de hooks</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>precisa ser uma lista de nomes de hooks (os hooks informados sobre este perfil; [] para nenhum)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>não há nenhum hook chamado &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>não há nenhum perfil chamado &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>segredos nunca são armazenados no arquivo de configuração; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} e `qddns-agent secret set PROFILE`, ou uma fonte file, env ou systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>chave desconhecida%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>precisa ser true ou false, não %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>precisa ser um número de segundos ou uma duração como &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, não %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>precisa estar entre %1 e %2 segundos, não %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>não pode conter nome de usuário nem senha; use &quot;username&quot; e &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; não é uma URL http(s)</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>http:// sem criptografia é recusado: os dados trafegariam sem criptografia; use https:// ou defina &quot;allowInsecureHttp&quot;: true (destinado a servidores de teste em loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>precisa ser um objeto com &quot;ipv4&quot;, &quot;ipv6&quot; e &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>precisa ser uma lista de detectores (vazia para não detectar %1)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>precisa ser um objeto como {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>precisa ser um número inteiro de 1 a 5, não %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>informe &quot;sourceAddress&quot; ou &quot;interface&quot;, não ambos: o endereço da interface é a origem</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>não é um endereço local: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 não é um endereço %2, como um detector de &quot;%3&quot; precisa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; não é um nome de interface de rede (1 a 15 caracteres, sem &apos;/&apos;, &apos;:&apos; ou espaços)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>precisa ser um objeto como {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>para um detector web</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>para um detector de interface</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>para um detector de comando</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>precisa ser uma lista não vazia de strings: o programa e seus argumentos (executados sem shell)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>para um detector upnp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; não é um tipo de detector; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; ou &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>precisa ser &quot;auto&quot; (encontrar os servidores da zona com uma consulta NS) ou uma lista não vazia de servidores DNS, não %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>uma lista vazia</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>precisa ser um nome ou endereço de servidor DNS, não %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>para um detector dns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; não é um serviço de eco DNS; use %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>não pode conter uma senha: segredos não pertencem ao arquivo de configuração%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; a senha do proxy é a credencial &quot;%1&quot; do perfil</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>precisa ser um proxy como &quot;http://proxy.lan:3128&quot; ou &quot;socks5://127.0.0.1:1080&quot; (esquema http ou socks5, host e porta)%1, não %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, ou &quot;none&quot; para nenhum proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>não pode conter um nome de usuário: um proxy que precisa de credenciais é definido no &quot;proxy&quot; de cada perfil (a senha dele passa a ser uma credencial do perfil)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>precisa ser um objeto como {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>segredos nunca são armazenados no arquivo de configuração; informe onde encontrá-lo: {&quot;source&quot;: &quot;keychain&quot;} (depois `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} ou {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 não é uma fonte de segredo; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; ou &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>para um segredo no chaveiro</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>para um segredo em arquivo</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>para um segredo %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; não é uma fonte de segredo; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; ou &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>para um host</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>precisa ser um número inteiro de 8 a 120, não %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>precisa ser o identificador de interface IPv6 do host, p. ex. &quot;::1234&quot; ou &quot;::211:32ff:fe12:3456&quot;, não %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 avança sobre os primeiros %2 bits, que vêm do prefixo detectado</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>precisa ser um objeto que indique de onde vem cada credencial, p. ex. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>entre as credenciais do provedor &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> e do proxy dele</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>é exigido por este provedor: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>precisa ser uma string de expressão regular, não %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>não é uma expressão regular válida: %1 (na posição %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>precisa ser um objeto com &quot;name&quot;, &quot;provider&quot; e &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; já é usado por outro perfil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; não é um provedor conhecido%2; `qddns-agent providers` lista os provedores</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>para o provedor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>é obrigatório: a lista de nomes de host a manter atualizados</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>precisa ser uma lista não vazia de nomes de host</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>é obrigatório: o nome de host</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>precisa ser uma string de nome de host, não %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; não é um nome de host válido: %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>tem espaços em volta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece duas vezes na lista</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; e &quot;ipv6&quot; são ambos false: nada a publicar</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>o provedor &quot;%1&quot; não pode publicar endereços IPv6</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>o provedor &quot;%1&quot; não pode publicar endereços IPv4</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>é exigido pelo provedor &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>o provedor &quot;%1&quot; não usa nome de usuário</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>o provedor &quot;%1&quot; não usa segredo</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>precisa ser um número inteiro de segundos de 1 a 86400, não %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (você quis dizer &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vazio</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>termina com um ponto; escreva o nome sem ele</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>tem mais de 253 caracteres</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>tem um rótulo vazio</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>tem um rótulo com mais de 63 caracteres</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>tem um rótulo que começa ou termina com &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>contém &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON inválido em %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>a configuração deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>é obrigatório para um hook %1: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>é obrigatório para um hook %1: %2, p. ex. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>pede que %1 detectores concordem, mas só 1 está configurado</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>pede que %1 detectores concordem, mas só %2 estão configurados</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>O DNS dinâmico da Dyn é um serviço pago (a Dyn encerrou as contas gratuitas em 2014; hoje ela faz parte da Oracle). Use o nome de usuário da sua conta Dyn e uma Updater Client Key (Account &gt; Updater Client Key) em vez da senha da conta.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Nome de usuário da conta Dyn</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (ou a senha da conta)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Use seu nome de usuário ou e-mail e sua senha do No-IP, ou crie uma DDNS Key (Dynamic DNS &gt; DDNS Keys) que só pode atualizar os nomes de host escolhidos para ela.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Nome de usuário ou e-mail</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>Nome de usuário ou e-mail do No-IP, ou o nome de usuário da DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>Senha do No-IP, ou a senha da DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Use seu nome de usuário do Dynu com a senha da conta ou, melhor, com a senha separada de atualização de IP (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Nome de usuário do Dynu</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Senha de atualização de IP</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>Senha de atualização de IP (ou a senha da conta, em texto puro ou como hash MD5/SHA-256)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>No dns.he.net, marque &apos;Enable entry for dynamic dns&apos; no registro A/AAAA e depois gere a chave DDNS dele (o ícone de setas). A chave pertence a esse único nome de host: dê a mesma chave a todos os registros do perfil ou use um perfil por nome de host.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Um nome por perfil: a chave DDNS dele pertence a esse nome</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>Chave DDNS</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>a chave DDNS do registro</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Use o token exibido quando o domínio dedyn.io foi criado ou crie um em https://desec.io/tokens. O próprio nome de host é o nome de usuário.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Um nome por perfil: o nome também é o nome de usuário</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>Token do deSEC</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>O serviço nsupdate.info não aceita novos cadastros (contas apenas por meio do administrador); as contas existentes continuam funcionando. Cada host tem seu próprio segredo de atualização, exibido quando o host é criado ou quando você gera um novo na página do host. O próprio nome de host é o nome de usuário. O qddns envia o endereço em myip, portanto o servidor dual-stack do nsupdate.info serve para as duas famílias (os servidores ipv4./ipv6. são para clientes que deixam o serviço ver o endereço deles).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Segredo de atualização</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>o segredo de atualização do host</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>No OVHcloud Control Panel, abra a aba DynHost do domínio, crie o registro DynHost (para um nome com IPv4 e IPv6: um registro DynHost por família) e depois use &apos;Manage access&apos; para criar um login DynHost para esse subdomínio. O qddns usa o servidor de atualização do guia atual da OVHcloud, dns.eu.ovhapis.com; defina &quot;server&quot; para usar outro.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>Login DynHost</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>Login DynHost, p. ex. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>a senha do login DynHost</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Use seu nome de usuário e sua senha do spdyn.de, ou o nome de host como nome de usuário com o token de atualização do host.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Nome de usuário ou nome de host</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>Nome de usuário do spdyn.de, ou o nome de host ao usar um token de atualização</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Senha ou token de atualização</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>senha ou o token de atualização do host</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Ative o DynDNS para o domínio no login de cliente da STRATO (Domains &gt; Manage domain &gt; DynDNS) e defina a senha DynDNS dele.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>o nome de domínio, p. ex. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>Senha DynDNS</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>a senha DynDNS do domínio</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Use o nome de usuário e a senha da conta DynDNS listada em DynDNS Accounts na área do cliente da selfHOST, não o seu login de cliente.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Nome de usuário da conta DynDNS</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Senha da conta DynDNS</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Use o e-mail e a senha da sua conta DNS-O-Matic (OpenDNS). O nome de host all.dnsomatic.com atualiza todos os serviços configurados lá.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; atualiza todos os serviços da sua conta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>E-mail da conta DNS-O-Matic</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Senha da conta DNS-O-Matic</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Use o nome de usuário e a senha da sua conta ChangeIP. O ChangeIP responde &quot;200 Successful Update&quot; quer o endereço tenha mudado ou não; 402 significa que o domínio precisa de Premium DNS, 422 que o nome de host não é um dos seus domínios ou conjuntos.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>Nome de usuário do ChangeIP</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>Senha do ChangeIP</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Ative o DynDNS para o domínio no Loopia Customer Zone e depois use seu número de cliente da Loopia (ou um usuário de API/DynDNS) e a senha dele.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Número de cliente ou usuário DynDNS</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Número de cliente da Loopia ou usuário DynDNS</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>a senha dele</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Crie uma entrada de DNS dinâmico no Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); ela tem nome de usuário e senha próprios. Não use o seu login da Infomaniak.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>o nome de usuário da entrada de DNS dinâmico</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>a senha da entrada de DNS dinâmico</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Nomes gratuitos em dy.fi para endereços IPv4 finlandeses. Use o endereço de e-mail e a senha da sua conta dy.fi. O dy.fi aponta um nome para o endereço de onde vem a atualização (ele não aceita parâmetro de endereço; o qddns verifica o endereço que ele informa de volta), e um nome não atualizado por 7 dias expira: defina &quot;forceInterval&quot; como &quot;5d&quot;. Atualizações que não mudam nada, enviadas com frequência, contam como abuso.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>Endereço de e-mail da conta dy.fi</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Senha da conta dy.fi</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Use o token de atualização da sua conta IPv64.net (Account Update Token no painel) ou o token de atualização próprio de um domínio; o nome de usuário não é verificado. Contas gratuitas podem enviar 48 atualizações por dia, e no máximo 3 em 10 segundos.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Token de atualização</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>Token de atualização do IPv64.net</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Use o nome de usuário e a senha da seção Dynamic DNS da sua conta RU-CENTER (DNS hosting: Dynamic DNS); eles não são o login da conta. O RU-CENTER define o registro A como o endereço de onde vem a requisição quando ela não traz endereço IPv4, portanto publique também o IPv4 neste perfil.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Nome de usuário do Dynamic DNS</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>o nome de usuário do Dynamic DNS da sua conta RU-CENTER</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Senha do Dynamic DNS</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>a senha do Dynamic DNS da sua conta RU-CENTER</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Mantém atualizado o endereço IPv4 de uma rede OpenDNS (Cisco Umbrella) para que as configurações de filtragem dela se apliquem. Ative as atualizações dinâmicas de IP para a rede no painel; o host é o rótulo da rede. O OpenDNS responde &quot;good&quot; quer o endereço tenha mudado ou não, e considera abuso mais de uma atualização por minuto.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>O rótulo da rede OpenDNS, como o painel o exibe; o qddns envia os nomes em minúsculas, então dê à rede um rótulo em minúsculas, com letras, dígitos e hifens</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>E-mail da conta OpenDNS</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Senha da conta OpenDNS (Umbrella com login único: a senha secundária que o suporte cria para as atualizações)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Usa o endpoint compatível com DynDNS da API do Simply.com. O nome de usuário é o número da sua conta Simply.com (S seguido de dígitos), a senha é a chave de API dessa conta; ambos aparecem no painel de controle do Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número da conta</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Número da conta Simply.com, p. ex. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>a chave de API da conta</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Mantém o ponto final IPv4 de um túnel IPv6 do tunnelbroker.net no seu endereço IPv4 atual (não atualiza nenhum registro DNS). Use seu nome de usuário do tunnelbroker.net e a Update Key do túnel (aba Advanced dos detalhes do túnel), se houver uma definida; caso contrário, sua senha do tunnelbroker.net. O host identifica o túnel: tunnel&lt;ID&gt;.tunnelbroker.net com o ID numérico do túnel.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>O túnel como tunnel&lt;ID&gt;.tunnelbroker.net, com o Tunnel ID numérico da página de detalhes do túnel</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>Nome de usuário do tunnelbroker.net</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Update Key</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>a Update Key do túnel, ou a senha do tunnelbroker.net</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Ative o DNS dinâmico para o nome de host nas configurações de DNS do menu de cliente da Variomedia e defina a senha DynDNS lá (ela não é a senha do menu de cliente). O nome de usuário é o endereço de e-mail da sua conta de cliente (revendedores: o da conta do cliente final).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>endereço de e-mail da conta de cliente</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>a senha DynDNS das configurações de DNS</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Crie um usuário DDNS para o nome de host no KAS (Tools &gt; DDNS settings) e use o login e a senha dele, não o login do KAS. Um usuário DDNS pertence a um único nome de host. Para IPv6, ative o dual stack para ele no KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>Login DDNS</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>o login do usuário DDNS do KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>Senha DDNS</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>a senha do usuário DDNS</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Use o nome de usuário e a senha do acesso de DNS dinâmico configurado para o nome de host na Core-Networks. Cada requisição traz uma família de endereços e pede à Core-Networks que mantenha o registro da outra (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>o nome de usuário do acesso de DNS dinâmico</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>a senha do acesso de DNS dinâmico</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Crie uma conta DynDNS na INWX (ela fica vinculada a um nome de host) e use o nome de usuário e a senha dela, não o login da INWX. A INWX encontra o nome de host pela conta DynDNS. Publique o IPv4 neste perfil: a INWX define o registro A como 127.0.0.1 quando uma atualização não traz endereço IPv4 (a menos que o suporte da INWX tenha tornado a conta DynDNS somente IPv6) e exclui o registro AAAA quando ela não traz endereço IPv6.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>Nome de usuário DynDNS</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>o nome de usuário da conta DynDNS da INWX</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>a senha da conta DynDNS da INWX</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Ative o Dynamic DNS para o domínio no gerenciamento de DNS do Joker.com e use o nome de usuário e a senha DynDNS exibidos lá, não o login da sua conta Joker.com.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>o nome de usuário DynDNS do gerenciamento de DNS do domínio</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>a senha DynDNS do gerenciamento de DNS do domínio</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Configure um acesso DynDNS para o nome de host na administração do schokokeks.org e use o nome de usuário e a senha dele. Somente IPv4 no qddns: os outros clientes só concordam quanto a atualizações IPv4.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>o nome de usuário do acesso DynDNS</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>a senha do acesso DynDNS</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Nomes de DNS dinâmico gratuitos. Use o endereço de e-mail e a senha da sua conta Now-DNS. Cada requisição traz uma família de endereços, enviada em myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>o endereço de e-mail da conta Now-DNS</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>a senha da conta Now-DNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Use o nome de usuário e a senha da sua conta Oray. Somente IPv4: os outros clientes enviam apenas atualizações IPv4 à Oray. O qddns envia a atualização somente por HTTPS (os outros clientes usam http sem criptografia, o que exporia a senha); nenhum outro cliente mostra que ddns.oray.com responde por HTTPS, então, se as atualizações falharem com um erro de conexão, essa é a causa provável.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Nome de usuário da Oray</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>o nome de usuário da conta Oray</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>a senha da conta Oray</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Crie um usuário FlexDNS para o registro na área do cliente da Domain-Offensive (o registro FlexDNS precisa estar atribuído a ele) e use o nome de usuário e a senha dele, não o login de cliente. Cada requisição traz uma família de endereços.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>Nome de usuário FlexDNS</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>o nome de usuário FlexDNS, p. ex. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>Senha FlexDNS</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>a senha do usuário FlexDNS</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Use o nome de usuário e a senha que o dynDNS.it fornece para o nome de host. O dynDNS.it bloqueia nomes de host que enviam atualizações quando o endereço não mudou; o qddns só envia uma quando ele mudou. Somente IPv4: o dynDNS.it documenta apenas atualizações IPv4.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>o nome de usuário do dynDNS.it para o nome de host</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>a senha do dynDNS.it para o nome de host</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Use o ID da sua conta freedyn.de (o número de 10 dígitos) e a senha do painel de controle ou, melhor, a AUTH key da conta. Somente IPv4 no qddns.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID da conta</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>o ID da conta freedyn.de, de 10 dígitos</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>AUTH key</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>a AUTH key (ou a senha do painel de controle)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Crie o registro em &apos;Dynamic address records&apos; na página da zona no HexDNS e depois abra-o (o botão de edição) para ver o ID e a senha dele: o ID é o nome de usuário. Cada registro dinâmico tem ID e senha próprios.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Um nome por perfil: o ID e a senha do registro pertencem a esse nome</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID do registro</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>o ID do registro dinâmico (um UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>a senha do registro dinâmico</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Use o endereço de e-mail (ou nome de usuário) e a senha da sua conta VisualDNS. O nome já precisa ter um registro A em um dos seus domínios. Somente IPv4: o VisualDNS documenta atualizações de registros A.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-mail ou nome de usuário</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>o endereço de e-mail ou nome de usuário da conta VisualDNS</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>a senha da conta VisualDNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Use o nome de usuário e a senha da sua conta Pubyun (3322.net). Somente IPv4. O Pubyun bloqueia um nome atualizado mais de uma vez por minuto; o qddns só envia uma atualização quando o endereço mudou.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>o nome de usuário da conta Pubyun</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>a senha da conta Pubyun</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Ative a API de DNS dinâmico para o domínio na sua conta 1984 Hosting (Domains &gt; FreeDNS &gt; API) e copie a chave de API dela.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>A chave de API do FreeDNS da sua conta 1984 Hosting</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Copie a chave de atualização da sua conta DDNSS (ddnss.de &gt; Update-Key); ela atualiza todos os hosts da conta, então a senha da conta não é necessária. Para um host com endereço IPv4 e IPv6, ative o dual stack para ele no DDNSS: o qddns então envia os dois endereços em cada atualização.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Seus hosts DDNSS, p. ex. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>A chave de atualização da sua conta DDNSS (não a senha)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>A API da dinahosting faz login com seu nome de usuário e sua senha da dinahosting. Defina o domínio ao qual os hosts pertencem; cada host é um nome abaixo dele, p. ex. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Nomes abaixo do domínio do perfil, p. ex. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Seu nome de usuário da dinahosting</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>A senha da sua conta dinahosting</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>O domínio na dinahosting ao qual os hosts pertencem, p. ex. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Ative o DNS dinâmico para o registro no gerenciamento de DNS da Directnic e copie a URL de atualização dele: o token é a parte depois de /dns/gateway/. Um token atualiza um registro, A ou AAAA: publique apenas a família dele e use outro perfil para o token do outro registro.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>O nome cujo registro o token atualiza (o token por si só identifica o registro)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Token de gateway</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>O token da URL de atualização do registro (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Crie uma chave de API de DNS em dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). Os hosts já precisam ter seus registros A (e AAAA) na DNSExit.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Uma chave de API de DNS da sua conta DNSExit</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Crie cada registro como um registro Dynamic DNS no painel de controle da DNS Made Easy e dê a ele uma senha; a DNS Made Easy identifica o registro pelo ID, que o painel de controle exibe ao lado dele.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>O ID de cada registro de DNS dinâmico (um número; a DNS Made Easy atualiza registros pelo ID, não pelo nome)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>O nome de usuário da sua conta DNS Made Easy</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>A senha do registro de DNS dinâmico</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Gere uma chave DonDNS na sua conta DonDominio (My Account &gt; DonDNS Key) e crie o registro A do host na zona DNS do domínio; o DonDNS então o atualiza.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Seu nome de usuário da DonDominio</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>Chave DonDNS</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>A chave DonDNS da sua conta (não a senha dela)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Crie um token HTTP em dynv6.com (Keys &gt; HTTP Tokens), para a conta ou apenas para esta zona. Cada host é uma das suas zonas dynv6, p. ex. myhome.dynv6.net: a API de atualização define os registros A e AAAA da própria zona.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Suas zonas dynv6, p. ex. myhome.dynv6.net (a API de atualização define os registros da própria zona, não os dos nomes dentro dela)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>Token HTTP</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Um token HTTP da sua conta dynv6 (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Defina uma senha de domínio para o domínio na sua conta Enom (SetDNSHost precisa dela) e adicione os hosts aos registros de host dele.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Senha do domínio</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>A senha do domínio na Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Ative o registro na página dinâmica v2 do FreeDNS (freedns.afraid.org/dynamic/v2/) e copie o token dele: a última parte da URL de atualização https://sync.afraid.org/u/TOKEN/. Um token atualiza um registro, A ou AAAA: publique apenas a família dele e use outro perfil para o token do outro registro.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>O token do registro em freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Reivindique um nome no freemyip.com e copie o token exibido; o token pertence a esse nome.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Seu nome FreeMyIP com a terminação, p. ex. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>O token que o freemyip.com forneceu para o nome</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Crie uma chave de API na sua conta Gigahost; o DNS do domínio precisa estar hospedado na Gigahost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Uma chave de API da sua conta Gigahost</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Use um dos nomes de usuário da sua lista de roteadores do GoIP e a senha dele (não o login da conta). O GoIP define o registro A pela conexão quando uma requisição não traz endereço IPv4: publique o IPv4 junto com o IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Seus subdomínios GoIP com a terminação, p. ex. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Nome de usuário do roteador</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Um nome de usuário da sua lista de roteadores do GoIP</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>A senha desse nome de usuário do roteador</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Adicione o Dynamic DNS ao subdomínio na DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) e defina a senha dele. O serviço recusa uma segunda atualização de um host dentro de 30 minutos.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>Os subdomínios com Dynamic DNS, p. ex. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>A senha DynamicDNS do subdomínio</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Use o ID mestre (ou um ID filho) e a senha dele no MyDNS.JP; os registros atualizados são os do domínio cadastrado para esse ID.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>O domínio cadastrado para o ID (o MyDNS.JP atualiza o domínio do ID; o nome é exibido apenas no qddns)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>ID mestre</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Seu ID mestre do MyDNS.JP ou um ID filho</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>A senha desse ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Ative o Dynamic DNS para o domínio (Domain List &gt; Manage &gt; Advanced DNS) e copie a senha Dynamic DNS dele; adicione cada host como um registro &apos;A + Dynamic DNS&apos;. A senha pertence a um domínio: um perfil atualiza nomes no domínio que ele indica.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>O domínio ou nomes abaixo dele, p. ex. example.com ou home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>A senha Dynamic DNS do domínio (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>O domínio cuja senha Dynamic DNS este perfil contém, p. ex. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Adicione um registro Dynamic para o nome nas configurações de DNS do domínio na Njalla e copie a chave dele.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>A chave do registro dinâmico</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Ative o DNS dinâmico para o domínio na administração de domínios da regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) e copie o token DynDNS dele.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>Token DynDNS</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>O token DynDNS do domínio na regfish</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Crie credenciais de API (um token e um segredo) no painel de controle da Domeneshop, https://domene.shop/admin?view=api. A Domeneshop cria o registro A ou AAAA se ele ainda não existir.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>o token das suas credenciais de API da Domeneshop</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Segredo de API</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>o segredo dessas credenciais de API</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>No easyDNS, abra as configurações de DNS do domínio (Modular Editor &gt; Dynamic Records), defina os nomes de host dinâmicos e ative um Dynamic Authenticated Token: o qddns envia esse token, nunca a senha da conta. O easyDNS aceita no máximo uma atualização por host a cada 10 minutos.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>Nome de usuário do easyDNS</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>o nome de usuário da sua conta easyDNS</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Token dinâmico</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>o Dynamic Authenticated Token do domínio</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Use o nome de usuário e a senha de API exibidos na página da sua conta YDNS (uma conta YDNS nativa pode usar o próprio login). O YDNS aceita um endereço por requisição: o qddns envia uma para IPv4 e outra para IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>Nome de usuário da API</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>o nome de usuário da API na página da sua conta YDNS</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Senha da API</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>a senha da API na página da sua conta YDNS</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>outro serviço de DNS dinâmico gratuito</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>outro provedor de hospedagem DNS</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>outro serviço de DNS dinâmico</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>o provedor de hospedagem DNS para o qual seus domínios foram transferidos</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Atualiza registros A/AAAA de um domínio no Alibaba Cloud DNS (Alidns, também aliyun.com). Crie um usuário RAM com uma AccessKey e a política AliyunDNSFullAccess (ou alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord e alidns:AddDomainRecord). Os registros da linha padrão são atualizados; um registro ausente é criado.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Nomes no domínio abaixo; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>O AccessKey ID do usuário RAM (começa com LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>O AccessKey secret exibido uma única vez quando a AccessKey foi criada</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>O domínio ao qual os hosts pertencem, como adicionado ao Alibaba Cloud DNS, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Atualiza registros A/AAAA de uma zona pública no Baidu AI Cloud DNS (智能云解析). Crie uma chave de acesso (Access Key ID e Secret Access Key) em Security Authentication para um usuário que possa gerenciar o DNS. Os registros da linha padrão são atualizados; um registro ausente é criado.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomes na zona abaixo; a própria zona (example.com) também é um nome</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>O Access Key ID (AK) da chave de acesso</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>A Secret Access Key (SK) da chave de acesso</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>A zona (domínio) à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Atualiza registros A/AAAA de domínios e subdomínios no DNS da Beget pela API da Beget. A Beget substitui todos os registros de um nome de uma só vez, então os outros registros do nome (MX, TXT, a outra família) são reenviados como estavam; um nome que já contém o endereço não é alterado. A API da Beget não tem TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Domínios ou subdomínios na sua conta Beget</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>O login da conta Beget</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>A senha de API definida no painel de controle da Beget (seção API), com o acesso à API ativado</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Atualiza registros A/AAAA de zonas no Bunny DNS pela API do bunny.net. Um registro que não existe é adicionado; um que já contém o endereço não é alterado, e um registro alterado mantém TTL, aceleração, estado e comentário, a menos que o perfil defina um TTL.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomes nas suas zonas do Bunny DNS; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>A chave de API da conta no painel do bunny.net (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>A zona do Bunny DNS à qual os hosts pertencem, p. ex. example.com. Se não for definida, o qddns a encontra entre as zonas da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de uma zona hospedada no Cloudflare pela API v4. Um registro que não existe é criado; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Um token de API do Cloudflare (My Profile &gt; API Tokens &gt; Create Token) com as permissões Zone:Zone:Read e Zone:DNS:Edit para esta zona. Não a Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>A zona (domínio) do Cloudflare à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Encaminhar os registros pelo proxy do Cloudflare (nuvem laranja). Se não for definido, registros novos não passam pelo proxy e os existentes mantêm a configuração deles. Registros com proxy sempre têm TTL automático.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Com proxy</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Atualiza registros A/AAAA de uma zona mestre na ClouDNS pela API HTTP dela, que a ClouDNS oferece em planos pagos: crie um usuário de API (auth-id e senha, ou um subusuário limitado à zona) em API &amp; Resellers. Cada registro é lido primeiro e alterado somente quando difere, mantendo seu TTL; um registro ausente é adicionado com 3600 segundos, a menos que o perfil defina um TTL (a ClouDNS aceita 60, 300, 900, 1800, 3600, 21600, 43200, 86400 segundos e mais).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>O auth-id do usuário de API (ou o sub-auth-id do subusuário, com subUser definido)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Senha de autenticação</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>A auth-password do usuário de API</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>Subusuário de API</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>O Auth ID é o sub-auth-id de um subusuário.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>A zona (domínio) na ClouDNS à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Para serviços atualizados por um único HTTP GET. Escreva a URL de atualização deles com os placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] e [IP6]; cada um é substituído pelo seu valor, com codificação percentual.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Cada nome substitui [DOMAIN] na URL, uma requisição por nome</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Substitui [USERNAME] na URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Substitui [PASSWORD] na URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>A URL de atualização, p. ex. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Com [IP6], uma requisição por host traz os dois endereços ([IP] o IPv4, [IP6] o IPv6, um endereço não publicado fica vazio); só com [IP], é enviada uma requisição por endereço.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>URL de atualização</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Uma expressão regular que a resposta precisa conter para a atualização contar como concluída, p. ex. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Padrão de sucesso</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Atualiza RRsets A/AAAA de qualquer domínio na deSEC (nomes dedyn.io ou seus próprios domínios) pela API REST dela, com vários nomes por perfil. Um nome sem RRset do tipo recebe um com o TTL mínimo do domínio (geralmente 3600 segundos), a menos que o perfil defina um; um RRset que já contém o endereço não é alterado, e um que contém vários endereços não é sobrescrito. Para um único nome dedyn.io, o provedor &quot;desec&quot; (DynDNS) exige menos configuração.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Um token de API da deSEC (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>O domínio na deSEC ao qual os hosts pertencem, p. ex. example.com ou myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Atualiza registros A/AAAA de domínios gerenciados pelo DNS da DigitalOcean pela API v2. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém seu TTL, a menos que o perfil defina um.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da DigitalOcean; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Um token de acesso pessoal (API &gt; Tokens &gt; Generate New Token) com os escopos personalizados domain: read, create e update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>O domínio na DigitalOcean ao qual os hosts pertencem, p. ex. example.com. Se não for definido, o qddns o encontra entre os domínios da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Atualiza registros A/AAAA de um domínio na DNSPod pela Tencent Cloud API 3.0. Crie uma chave de API (SecretId e SecretKey) em Access Management, API Keys, para um usuário com a política QcloudDNSPodFullAccess. Os registros da linha padrão são atualizados; um registro ausente é criado. (A API antiga &quot;ID,Token&quot; da DNSPod não é esta.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>O SecretId da chave de API (começa com AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>A SecretKey da chave de API</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>O domínio ao qual os hosts pertencem, como adicionado à DNSPod, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Atualiza registros A/AAAA de domínios hospedados na DreamHost pela API da DreamHost. Um registro que não existe é adicionado; um que já contém o endereço não é alterado; um registro alterado recebe o novo valor adicionado (com o comentário dele) e o antigo removido, pois a API não tem edição. A API da DreamHost não tem TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da DreamHost; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Uma chave de API do painel da DreamHost (Advanced &gt; API) com permissão para dns-list_records, dns-add_record e dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Entre em duckdns.org; seu token aparece no topo da página. Os hosts são seus subdomínios, escritos &quot;myhome&quot; ou &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Seus subdomínios do Duck DNS: &quot;myhome&quot; para myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>O token da conta exibido em duckdns.org depois de entrar</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Qualquer serviço que fale o protocolo DynDNS2 (/nic/update com autenticação HTTP Basic). Defina &quot;server&quot; como a URL base dele, p. ex. https://dyndns.example.net; o qddns acrescenta /nic/update.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>o nome de usuário que o serviço forneceu para as atualizações</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>a senha ou chave de atualização desse nome de usuário</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>não usado: o próprio nome de host é o nome de usuário</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>não usado: o serviço verifica apenas o segredo</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Atualiza registros A/AAAA de um site cujo DNS é hospedado pelo Tencent Cloud EdgeOne (acesso por NS) pela Tencent Cloud API 3.0. Crie uma chave de API (SecretId e SecretKey) em Access Management, API Keys, para um usuário com a política QcloudTEOFullAccess. Os registros da localização Default são atualizados, mantendo seu TTL; um registro ausente é criado.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Nomes no site abaixo; o próprio domínio do site (example.com) também é um nome</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>O site EdgeOne (o domínio) ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Atualiza registros A/AAAA de domínios no LiveDNS da Gandi pela API v5. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém seu TTL, a menos que o perfil defina um.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da Gandi; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Um token de acesso pessoal (Organizations &gt; Sharing &gt; Create a token) com a permissão &quot;Manage domain name technical configurations&quot;. As chaves de API antigas foram descontinuadas pela Gandi.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>O domínio na Gandi ao qual os hosts pertencem, p. ex. example.com. Se não for definido, o qddns o encontra entre os domínios LiveDNS da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Atualiza registros A/AAAA de uma zona gerenciada no Google Cloud DNS. Crie uma conta de serviço com o papel DNS Administrator (roles/dns.admin), adicione uma chave JSON a ela e armazene o arquivo de chave inteiro como segredo (qddns-agent secret set PROFILE &lt; key.json). Um conjunto de registros que não existe é criado.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Nomes na zona gerenciada abaixo</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Chave da conta de serviço (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>O arquivo de chave JSON da conta de serviço, como baixado do Cloud console</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>O nome da zona gerenciada no Cloud DNS (como example-com), não o nome DNS dela.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Zona gerenciada</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>O ID do projeto da zona, quando não for o próprio projeto da conta de serviço.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID do projeto</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Atualiza registros A/AAAA de zonas no Gcore Managed DNS pela DNS API v2. Um RRSet que não existe é criado; um que já contém o endereço não é alterado, e um RRSet alterado mantém TTL, configurações de balanceamento e metadados, a menos que o perfil defina um TTL. O plano gratuito da Gcore aceita TTLs de 120 segundos ou mais.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomes nas suas zonas DNS da Gcore; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Um token de API permanente do Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>A zona DNS da Gcore à qual os hosts pertencem, p. ex. example.com. Se não for definida, o qddns a encontra entre as zonas da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Atualiza registros A/AAAA de domínios que usam o DNS da GoDaddy pela Domains API v1. A GoDaddy só libera essa API para contas com 10 ou mais domínios ou com a assinatura Discount Domain Club – Premier. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém seu TTL, a menos que o perfil defina um.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da GoDaddy; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>O segredo exibido uma única vez com uma Production API key em developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Uma Production API key de developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>O domínio na GoDaddy ao qual os hosts pertencem, p. ex. example.com. Se não for definido, o qddns o encontra entre os domínios ativos da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Atualiza registros A/AAAA de zonas no Hetzner DNS pela Hetzner Cloud API (zonas do Hetzner Console). Zonas que ainda estão no antigo DNS Console precisam ser migradas primeiro para o Hetzner Console: a API de DNS antiga está sendo desativada. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém TTL e comentário.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Nomes nas suas zonas da Hetzner; a própria zona (example.com) também é um nome</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Um token de API do projeto do Hetzner Console que contém a zona (Security &gt; API tokens), com permissão Read &amp; Write. Tokens do antigo DNS Console não funcionam.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>A zona da Hetzner à qual os hosts pertencem, p. ex. example.com. Se não for definida, o qddns a encontra entre as zonas do projeto. O TTL do perfil é atribuído aos registros que o qddns cria.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Atualiza registros A/AAAA de um domínio no DNS da Hostinger pela API da Hostinger. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém seu TTL, a menos que o perfil defina um.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Nomes no domínio definido como zona; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Um token de API do hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>O domínio na Hostinger cuja zona DNS contém os hosts, p. ex. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Atualiza conjuntos de registros A/AAAA de uma zona pública no Huawei Cloud DNS. Crie uma chave de acesso (AK/SK) para um usuário IAM com a política DNS FullAccess em My Credentials, Access Keys. Um conjunto de registros que não existe é criado.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>ID da chave de acesso (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>O ID da chave de acesso, do arquivo credentials.csv da chave de acesso</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Chave de acesso secreta (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>A chave de acesso secreta, do arquivo credentials.csv da chave de acesso</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>A zona pública à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Atualiza registros A/AAAA de domínios no IONOS DNS pela IONOS DNS API. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém TTL e prioridade, a menos que o perfil defina um TTL.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomes nas suas zonas da IONOS; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Uma chave de API de developer.hosting.ionos.com/keys, escrita como o prefixo público e o segredo unidos por um ponto: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>A zona da IONOS à qual os hosts pertencem, p. ex. example.com. Se não for definida, o qddns a encontra entre as zonas da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Atualiza registros A/AAAA de domínios no DNS Manager da Linode pela API v4. Um registro que não existe é criado; um que já contém o endereço não é alterado, e um registro alterado mantém seu TTL, a menos que o perfil defina um.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da Linode; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Um token de acesso pessoal (Cloud Manager &gt; API Tokens) com Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>O domínio na Linode ao qual os hosts pertencem, p. ex. example.com. Se não for definido, o qddns o encontra entre os domínios da conta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de uma zona hospedada na LuaDNS pela API REST dela. O acesso à API vem desativado por padrão: ative-o nas configurações da conta e depois crie uma chave de API (global ou restrita a esta zona). Um registro que não existe é criado com TTL de 3600 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>O endereço de e-mail da sua conta LuaDNS</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Uma chave de API da página API Keys da sua conta LuaDNS</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>A zona na LuaDNS à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Atualiza registros A/AAAA de uma zona hospedada no DNS primário da Mythic Beasts pela DNS API v2. Crie uma chave de API no painel de controle (API keys) com acesso à DNS API para a zona, ou apenas para os registros que você atualiza. Cada registro é lido primeiro e substituído somente quando difere, mantendo seu TTL; um registro ausente é criado com 300 segundos, a menos que o perfil defina um TTL.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID da chave de API</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>O ID de uma chave da DNS API v2 (painel de controle, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Segredo da chave de API</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>O segredo exibido uma única vez quando a chave foi criada</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>A zona (domínio) na Mythic Beasts à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de domínios registrados na Name.com (usando o DNS da Name.com) pela API dela. Crie um token de API de produção em Account Settings &gt; API Token Management. Um registro que não existe é criado com TTL de 300 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>Seu nome de usuário da conta Name.com (para o ambiente de teste, com -test acrescentado)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Um token de API de Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na Name.com ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de domínios registrados na NameSilo (usando o DNS da NameSilo) pela API dela. Gere uma chave de API no API Manager da sua conta; subcontas não podem usar a API. A API recebe a chave na URL da requisição (o qddns a mascara nos logs). Um registro que não existe é criado (com o TTL padrão da NameSilo, a menos que o perfil defina um); um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>A chave do API Manager da sua conta NameSilo</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na NameSilo ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Atualiza registros A/AAAA de uma zona DNS hospedada na NearlyFreeSpeech.NET. Crie uma chave de API em Profile, Manage API Key; ela funciona com o login de membro. Os registros de um nome e tipo são substituídos em um único passo; um registro ausente é adicionado. O TTL mais curto da NearlyFreeSpeech.NET é de 180 segundos.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Login de membro</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>O nome de login da assinatura da NearlyFreeSpeech.NET</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>A chave de API de Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>A zona DNS (domínio) à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Atualiza registros A/AAAA de domínios na netcup (usando os servidores de nomes da netcup) pela CCP DNS API. No painel de controle do cliente (CCP), em Master Data &gt; API, gere a senha de API e crie uma chave de API. Cada atualização faz login, altera os registros e faz logout. Um registro que não existe é criado; um que já contém o endereço não é alterado. Os TTLs são definidos para a zona inteira no CCP.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Seu número de cliente da netcup</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>A senha de API gerada no CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Uma chave de API criada no CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na netcup ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Atualiza registros A/AAAA de uma zona na NS1 (IBM NS1 Connect) pela API REST dela. Crie uma chave de API com permissão para gerenciar os registros DNS da zona. Um registro que não existe é criado (com o TTL padrão da zona, a menos que o perfil defina um); um que já contém o endereço não é alterado, e um com várias respostas não é sobrescrito. Os metadados de uma resposta são mantidos.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Uma chave de API da NS1 com permissão para gerenciar os registros da zona</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>A zona na NS1 à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Atualiza registros A/AAAA de uma zona DNS na OVHcloud pela API assinada dela e depois atualiza a zona para que a alteração seja servida. Crie uma application key, o secret dela e uma consumer key em https://eu.api.ovh.com/createToken/ (Canadá: ca.api.ovh.com, EUA: api.us.ovhcloud.com; nesse caso, defina o servidor como https://ca.api.ovh.com/1.0 ou https://api.us.ovhcloud.com/1.0) com os direitos GET, POST e PUT em /domain/zone/*. As requisições levam a hora deste computador: mantenha o relógio dele certo. Para um único registro DynHost, o provedor &quot;ovh&quot; precisa apenas do login DynHost.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application key</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>A application key (AK) exibida quando as chaves foram criadas</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Application secret</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>O application secret (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>A consumer key (CK) que foi validada para os direitos acima</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>A zona DNS na OVHcloud à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de domínios registrados na Porkbun pela API v3 dela. Crie uma chave de API em porkbun.com/account/api e ative o API ACCESS para o domínio (Domain Management). Um registro que não existe é criado; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Nomes nos seus domínios da Porkbun; o próprio domínio (example.com) também é um nome</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>A chave de API de porkbun.com/account/api (começa com pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Chave de API secreta</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>A chave de API secreta exibida com a chave de API (começa com sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Atualiza registros A/AAAA de uma zona no seu próprio servidor PowerDNS Authoritative pela API HTTP embutida dele (o servidor precisa de webserver=yes, api=yes e uma api-key). Cada registro é lido primeiro e substituído somente quando difere, mantendo seu TTL; um registro ausente é criado com 3600 segundos, a menos que o perfil defina um TTL. Informe a URL base da API como servidor, p. ex. https://ns1.example.com:8081 (http sem criptografia só com allowInsecureHttp, para um servidor neste computador).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>A api-key do servidor (enviada como X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>A zona no servidor à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Atualiza registros A/AAAA de uma zona no seu próprio servidor DNS autoritativo (BIND, Knot DNS, PowerDNS) com DNS UPDATE assinado com uma chave TSIG. O registro é lido primeiro: quando o servidor já responde com o endereço, nada é enviado. Crie a chave com `tsig-keygen -a hmac-sha256 ddns-key` e permita que ela atualize a zona.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Nomes na zona abaixo; a própria zona (example.org) também é um nome</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>Chave TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>O segredo da chave em base64, como o tsig-keygen o imprime, ou o arquivo de chave inteiro (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>O servidor que aceita atualizações para a zona (o primário dela): um nome ou endereço, opcionalmente com :porta, p. ex. ns1.example.org ou [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>A zona à qual os hosts pertencem, p. ex. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>O nome da chave TSIG como o servidor o conhece (não necessário quando o segredo é um arquivo de chave)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nome da chave</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 ou hmac-sha1 (servidores antigos); um arquivo de chave indica o seu próprio</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de uma zona hospedada pública no Amazon Route 53. Crie um usuário IAM com uma chave de acesso cuja política permita route53:ListHostedZonesByName, route53:ListResourceRecordSets e route53:ChangeResourceRecordSets na zona hospedada. Um registro que não existe é criado; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomes na zona hospedada abaixo; a própria zona (example.com) também é um nome</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>O ID da chave de acesso do usuário IAM (começa com AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Chave de acesso secreta</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>A chave de acesso secreta exibida uma única vez quando a chave de acesso foi criada</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>A zona hospedada (domínio) à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Zona hospedada</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>O ID da zona hospedada (Z…), quando ela não deve ser procurada pelo nome: necessário apenas quando várias zonas hospedadas públicas têm o mesmo nome.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID da zona hospedada</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de uma zona DNS no Scaleway Domains and DNS pela API dele. Gere uma chave de API no console (IAM &gt; API keys) para uma aplicação ou usuário cuja política permita DomainsDNSFullAccess no projeto da zona e use a chave secreta dela. Um registro que não existe é criado com TTL de 3600 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomes na zona DNS abaixo; a própria zona (example.com) também é um nome</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>A chave secreta de uma chave de API da Scaleway (exibida uma única vez, quando a chave é gerada)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>Zona DNS</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>A zona DNS na Scaleway à qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de um domínio na Servercow pela DNS API dela. No portal do cliente (cp.servercow.de), abra Servercow DNS-API e crie um acesso de API para o domínio com as permissões Read, Create e Update; o nome de usuário e a senha dele são exibidos uma única vez. Um registro que não existe é criado com TTL de 300 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Nome de usuário da DNS API</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>O nome de usuário do acesso à DNS API</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Senha da DNS API</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>A senha do acesso à DNS API (exibida uma única vez, quando é criada)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na Servercow ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de um domínio que usa os servidores de nomes da Spaceship pela API da Spaceship. No API Manager, crie uma chave de API com as permissões dnsrecords:read e dnsrecords:write; a chave e o segredo dela são ambos necessários. Um registro que não existe é criado com TTL de 3600 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>O segredo exibido quando a chave de API foi criada no API Manager</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Uma chave de API do API Manager com dnsrecords:read e dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na Spaceship ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Atualiza entradas DNS A/AAAA de um domínio na TransIP. No painel de controle (Account, API), ative a API e crie um par de chaves sem &quot;Accept only whitelisted IP addresses&quot;; armazene a chave privada dele como segredo (qddns-agent secret set PROFILE &lt; key.pem). Uma entrada mantém seu TTL (a TransIP a identifica por ele); uma entrada ausente é criada.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nome de login</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>O nome de login da conta TransIP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chave privada</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>A chave privada do par de chaves (PEM, como exibida uma única vez quando foi gerada)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na TransIP ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de um domínio que usa os servidores de nomes da Vercel pela Vercel REST API. Crie um token de acesso em Account Settings &gt; Tokens com escopo para a equipe dona do domínio; o domínio de uma equipe também precisa do ID da equipe (Team Settings &gt; General). Um registro que não existe é criado com o TTL padrão da Vercel, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Um token de acesso da Vercel (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>O domínio na Vercel ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>O ID da equipe dona do domínio (team_…); deixe vazio para um domínio da sua conta pessoal.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID da equipe</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Atualiza registros A/AAAA de um domínio no Volcengine DNS (火山引擎云解析, TrafficRoute). Crie uma chave de acesso (Access Key ID e Secret Access Key) para um usuário com a política DNSFullAccess. Os registros da linha padrão são atualizados; um registro ausente é criado.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>O Access Key ID da chave de acesso (começa com AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>A Secret Access Key da chave de acesso</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>O domínio ao qual os hosts pertencem, como adicionado ao Volcengine DNS, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Atualiza registros A/AAAA de um domínio no Vultr DNS pela Vultr API v2. Ative a API e copie o token de acesso pessoal em Account &gt; API; a lista de controle de acesso dele precisa permitir o endereço a partir do qual este computador acessa a API. Um registro que não existe é criado com TTL de 300 segundos, a menos que o perfil defina um; um que já contém o endereço não é alterado.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>O token de acesso pessoal de Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>O domínio DNS na Vultr ao qual os hosts pertencem, p. ex. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 foi encerrado; use %2, p. ex. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 foi encerrado (em %2); use %3, p. ex. %4</translation>
    </message>
</context>
</TS>
