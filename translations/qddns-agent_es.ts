<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>el hook tiene %n error</numerusform>
            <numerusform>el hook tiene %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>la configuración tiene %n error; no se cambió nada</numerusform>
            <numerusform>la configuración tiene %n errores; no se cambió nada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>el perfil tiene %n error</numerusform>
            <numerusform>el perfil tiene %n errores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 no se aplica a %2%3; consulte qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (admite %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: argumento inesperado &quot;%1&quot; después de %2; consulte qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: no se indicó ningún comando
uso: qddns-agent COMANDO [opciones], donde COMANDO es uno de: %1
`qddns-agent run` ejecuta el agente en primer plano; `qddns-agent --help` explica cada comando</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n error de configuración; no se hizo nada</numerusform>
            <numerusform>qddns-agent: %n errores de configuración; no se hizo nada</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: otro qddns-agent (pid %1) se está ejecutando con el directorio de estado %2, así que `once` no lo hace: pídaselo con `qddns-agent update` (o `update PROFILE`, `--force`); no se envió nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; no se envió nada: sin su estado, cada ejecución volvería a enviar la misma actualización, lo que los servicios DynDNS2 consideran abuso. Haga que %2 sea escribible o use otro con --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: no se puede guardar el estado: %1; no se envió nada: sin su estado, cada ejecución volvería a enviar la misma actualización, lo que los servicios DynDNS2 consideran abuso. Haga que %2 sea escribible o use otro con --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: no se puede guardar el estado: %1; la próxima ejecución puede volver a enviar las mismas actualizaciones</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: siguiente paso: mantenga los registros actualizados con el agente como servicio (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), o ejecute `qddns-agent once` desde cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: advertencia: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: válido, %n perfil%2%3</numerusform>
            <numerusform>%1: válido, %n perfiles%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n advertencia</numerusform>
            <numerusform>, %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (sin archivo: valores predeterminados integrados)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: las advertencias cuentan como errores; corríjalas y vuelva a comprobar</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: siguiente paso: corrija lo que indican las advertencias (no detienen el agente) y luego ejecute `qddns-agent once` para actualizar ahora</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: siguiente paso: añada un perfil a %1 (README, &quot;Configuration&quot;; `qddns-agent providers` muestra los proveedores)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: siguiente paso: `qddns-agent once` para actualizar ahora y luego ejecute el agente como servicio (README, &quot;Run it as a service&quot;)</translation>
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
        <translation>qddns-agent mantiene los nombres DNS apuntando a la dirección pública de esta red.

Comandos:
  run                      se ejecuta como servicio en primer plano (registro en stderr)
  once                     un ciclo de detección y actualización, y termina (--dry-run, --force, --json)
  check-config             valida la configuración; avisa de lo que no puede funcionar aquí (--strict)
  providers [ID]           los proveedores, sus opciones y su ayuda (--json)
  secret set PROFILE       almacena el secreto de un perfil en el llavero (leído de stdin), o con
                           --file PATH en un archivo solo para el propietario (--write-config: y apunta el perfil a él);
                           --field F para otras credenciales de un proveedor (p. ej. secretApiKey)
  secret delete PROFILE    lo elimina del llavero (--field F)
  import TOOL FILE         muestra la configuración de ddclient, inadyn, openwrt o ddns-updater (TOOL)
                           como la de qddns, con sus secretos almacenados en el llavero; --write [PATH] la escribe
                           (--merge: junto a los perfiles de un archivo existente); --secrets file:DIR|keep-out
  service print-unit       muestra la unidad de usuario de systemd para este qddns-agent
  service install-unit     la escribe en ~/.config/systemd/user/ e indica cómo habilitarla

Comandos para el agente en ejecución (a través de su socket local):
  status                   direcciones, registros y lo próximo que hará el agente (--json)
  update [PROFILE]         ejecuta ahora un ciclo de actualización (todos los perfiles o uno) y muestra sus resultados (--force)
  pause, resume            detiene y reanuda las actualizaciones automáticas
  logs                     últimas líneas del registro (--level, --limit, --follow)
  history                  cambios de la dirección pública (--since, --json)

Códigos de salida: 0 hecho, 1 un fallo (una actualización falló o está retenida, un archivo o un bloqueo), 2 uso o
configuración incorrectos (no se hizo nada), 3 ningún agente responde (comandos para el agente en ejecución).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>uno de los comandos anteriores</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Archivo de configuración (predeterminado: %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Directorio de estado (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>El socket local del agente (predeterminado: derivado del directorio de estado, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Registra los mensajes de depuración de todas las categorías de qddns.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: comparte el socket (0660) con este grupo (nombre o número): sus miembros pueden usar status, update, pause, resume, logs e history, pero no cambiar la configuración ni los secretos.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: detecta y muestra lo que se enviaría; no envía ni cambia nada.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: envía los registros aunque su dirección no haya cambiado.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: muestra JSON.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: las advertencias son errores (código de salida 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: qué credencial del proveedor del perfil (predeterminada: secret, la principal).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: escribe el secreto en este archivo solo para el propietario en lugar del llavero.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: establece también el &quot;secret&quot; del perfil en el archivo de configuración.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: valida y escribe la configuración en el PATH indicado tras --write; si no, en --config o en el archivo predeterminado.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: añade los perfiles importados a un archivo de configuración existente.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: adónde van los secretos: keychain (predeterminado, el llavero), file:DIR (archivos solo para el propietario) o keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: sigue mostrando líneas nuevas hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: el nivel menos grave que se muestra: debug, info (predeterminado), warning o error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: como máximo este número de líneas recientes.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: cambios desde una fecha/hora (2026-11-01, 2026-11-01T08:00:00Z) o desde hace un intervalo (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: opción desconocida %1; consulte qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; consulte qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: comando desconocido &quot;%1&quot;; los comandos son %2 (consulte --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: uso: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>publicado; advertencia: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>publicado, buscando los servidores de la zona</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>publicado, comprobando: %1 de %2 servidores responden %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>es un NAT de nivel de operador (CGNAT, 100.64.0.0/10): su proveedor comparte la dirección pública y puede que las conexiones desde Internet no lleguen a esta red</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>es privada: el router está detrás de otro router (doble NAT), que debe reenviarle las conexiones</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>no es una dirección pública (doble NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>la dirección WAN %1 del router %2; se omitió el detector %3</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), en ejecución desde %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>actualizaciones automáticas en pausa</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, próxima comprobación en %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  no detectada: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (última conocida: %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  aún no detectada</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  mediante %3 desde %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>ningún perfil configurado</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>hook %1 (%2) %3 el %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 ejecuciones seguidas)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n hook, ninguno con fallos</numerusform>
            <numerusform>%n hooks, ninguno con fallos</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: el agente cerró la conexión (¿se detuvo?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: el agente no respondió en %1 s</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>las actualizaciones automáticas están en pausa (`qddns-agent update` sigue ejecutando un ciclo; `qddns-agent resume` las reanuda)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>las actualizaciones automáticas están activas</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>ningún registro que actualizar</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>no se ha registrado ningún cambio de dirección%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> en ese período</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: argumento inesperado &quot;%1&quot;; consulte --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; no es un nivel; use debug, info, warning o error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; no es un número entero positivo</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; no es ni una fecha/hora (2026-11-01, 2026-11-01T08:00:00Z) ni un intervalo (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n error de configuración; no se importó nada</numerusform>
            <numerusform>qddns-agent: %n errores de configuración; no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: no se puede leer %1: %2; no se importó nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 existe y una importación nunca lo sobrescribe; no se importó nada. Añada --merge para poner los perfiles importados junto a los suyos, o escriba otro archivo con --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: corrija primero %1 (`qddns-agent check-config`) y vuelva a importar; no se importó nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 no se puede leer como configuración de %2: %3; no se importó nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: %1 ya tiene perfiles llamados %2; no se importó nada. Cámbielos de nombre o elimínelos allí, o escriba la importación en otro archivo con --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: no se pueden añadir los perfiles a %1: %2; no se importó nada</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>no combinado: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: no se pudo importar ningún perfil de %1 (vea arriba); no se escribió nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; la configuración no se ha escrito%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (sus secretos están almacenados)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n secreto en archivos que solo usted puede leer: %1</numerusform>
            <numerusform>qddns-agent: %n secretos en archivos que solo usted puede leer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n secreto en el llavero (servicio %1), con el nombre %2</numerusform>
            <numerusform>qddns-agent: %n secretos en el llavero (servicio %1), con el nombre %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: no hay ningún secreto almacenado para %n perfil; almacénelo (se lee de la entrada estándar):</numerusform>
            <numerusform>qddns-agent: no hay ningún secreto almacenado para %n perfiles; almacene cada uno (se lee de la entrada estándar):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n perfil escrito en %1%2; siguiente paso: `%3`</numerusform>
            <numerusform>qddns-agent: %n perfiles escritos en %1%2; siguiente paso: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> junto a sus %1 perfiles propios</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: siguiente paso: guarde la configuración anterior como %1 (o vuelva a importar con --write) y luego `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` explica las claves de un proveedor; `--json` lo muestra todo.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; hasta %n host por solicitud</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; hasta %n hosts por solicitud</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>ninguno: establezca &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: &quot;%1&quot; no es un proveedor conocido; los conocidos son: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: no hay ningún secreto en la entrada estándar; no se almacenó nada</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file y --write-config solo se aplican a `secret set` (elimine un archivo de secreto con rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: --write-config necesita --file PATH (un secreto del llavero no necesita ninguna referencia en la configuración)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: el proveedor &quot;%1&quot; del perfil &quot;%2&quot; no tiene la credencial &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (no usa ninguna)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; sus credenciales: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 de %2: se escribe allí</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: no hay ningún perfil llamado &quot;%1&quot; en %2: añada primero el perfil (README, &quot;Configuration&quot;) y vuelva a ejecutar esto; no se almacenó nada</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: no se puede leer %1: %2; no se almacenó nada</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: no se puede añadir la referencia a %1: %2; no se almacenó nada</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: nota: aún no hay ningún perfil llamado &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: nota: %1 de %2, no del llavero</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; no se almacenó nada</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 se ha escrito en %2 (solo usted puede leerlo)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; ponga esto a mano en el perfil &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: el perfil &quot;%1&quot; de %2 ahora lo lee de allí; siguiente paso: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: siguiente paso: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: siguiente paso: ponga la línea anterior en el perfil &quot;%1&quot; de %2 (o vuelva a ejecutar esto con --write-config) y luego `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: hecho</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; no se instaló nada</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: nota: %1 está en un directorio de compilación; una compilación limpia lo elimina. Instálelo primero (README, &quot;Run it as a service&quot;) y ejecute install-unit con el qddns-agent instalado</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: siguiente paso: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; luego `qddns-agent status` o journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: en una máquina en la que nadie mantiene la sesión iniciada (un NAS, un servidor por SSH), ejecute también `sudo loginctl enable-linger %1`: sin ello, el agente se detiene al cerrar la sesión</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>propagado: %1 responde %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>propagado: %1 responden %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; no se escribió ninguna configuración</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; no se mostró ninguna configuración</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>el secreto del perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>la credencial %1 del perfil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>el perfil &quot;%1&quot; lee su secreto</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>el perfil &quot;%1&quot; lee la credencial %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 está guardado en el llavero</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 se eliminó del llavero</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: se reemplazó %1 (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: se escribió %1 (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>es obligatorio: escriba &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 no es compatible; este qddns lee la versión 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>debe ser una lista de perfiles</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>está vacío, pero el perfil &quot;%1&quot; publica direcciones %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>debe ser una lista no vacía de %1%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>debe ser una cadena no vacía, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; no es uno de %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} no es un marcador de posición%2; los marcadores son {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} necesita el &quot;secret&quot; del hook: de dónde leerlo</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>no es JSON válido una vez rellenados sus marcadores de posición (%1 en la posición %2); ponga cada marcador dentro de una cadena JSON, p. ej. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>una solicitud GET no tiene cuerpo; use &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>debe ser un objeto de nombres y valores de cabecera, p. ej. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>indique el tipo del cuerpo con &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>lo establece el propio qddns</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>debe ser una cadena (un cuerpo JSON se escribe como cadena: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), no %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>se lee pero no se envía a ningún sitio: ponga {secret} donde corresponda, p. ej. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>debe ser una cadena de URL, no %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>no admite marcadores de posición</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>debe ser un número entero, no %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>no admite marcadores de posición: qddns añade lo que necesita el monitor</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>debe ser una lista no vacía de cadenas: el programa y sus argumentos, ejecutado sin shell (los valores del evento están en su entorno: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>debe ser un objeto como {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; debe tener de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; ya lo usa otro hook</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; no es un tipo de hook%2; use uno de %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>es obligatorio: los eventos de los que se informa a este hook, de entre %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>debe ser una lista de hooks</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>debe ser una lista de nombres de hooks (los hooks a los que se informa de este perfil; [] para ninguno)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>no hay ningún hook llamado &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>no hay ningún perfil llamado &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>los secretos nunca se almacenan en el archivo de configuración; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} y `qddns-agent secret set PROFILE`, o un origen file, env o systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>clave desconocida%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>debe ser un número de segundos o una duración como &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, no %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>debe estar entre %1 y %2 segundos, no %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>no debe contener un nombre de usuario ni una contraseña; use &quot;username&quot; y &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>se rechaza http:// sin cifrar: los datos viajarían en claro; use https:// o establezca &quot;allowInsecureHttp&quot;: true (pensado para servidores de prueba en loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>debe ser un objeto con &quot;ipv4&quot;, &quot;ipv6&quot; y &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>debe ser una lista de detectores (vacía para no detectar %1)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>debe ser un objeto como {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>debe ser un número entero de 1 a 5, no %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>indique &quot;sourceAddress&quot; o &quot;interface&quot;, no ambos: la dirección de la interfaz es el origen</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>no es una dirección local: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 no es una dirección %2, como necesita un detector de &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; no es un nombre de interfaz de red (de 1 a 15 caracteres, sin &apos;/&apos;, &apos;:&apos; ni espacios)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>debe ser un objeto como {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>para un detector web</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>para un detector de interfaz</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>para un detector de comando</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>debe ser una lista no vacía de cadenas: el programa y sus argumentos (ejecutado sin shell)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>para un detector upnp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; no es un tipo de detector; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; o &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>debe ser &quot;auto&quot; (buscar los servidores de la zona con una consulta NS) o una lista no vacía de servidores DNS, no %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>una lista vacía</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>debe ser un nombre o una dirección de servidor DNS, no %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>para un detector dns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; no es un servicio de eco DNS; use %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>no debe contener una contraseña: los secretos no tienen cabida en el archivo de configuración%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; la contraseña del proxy es la credencial &quot;%1&quot; del perfil</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>debe ser un proxy como &quot;http://proxy.lan:3128&quot; o &quot;socks5://127.0.0.1:1080&quot; (esquema http o socks5, host y puerto)%1, no %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, o &quot;none&quot; para no usar proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>no debe contener un nombre de usuario: un proxy que necesita credenciales se configura en el &quot;proxy&quot; de cada perfil (su contraseña es entonces una credencial del perfil)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>debe ser un objeto como {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>los secretos nunca se almacenan en el archivo de configuración; indique dónde encontrarlo: {&quot;source&quot;: &quot;keychain&quot;} (y luego `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} o {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 no es un origen de secretos; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; o &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>para un secreto del llavero</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>para un secreto en archivo</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>para un secreto %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; no es un origen de secretos; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; o &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>para un host</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>debe ser un número entero de 8 a 120, no %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>debe ser el identificador de interfaz IPv6 del host, p. ej. &quot;::1234&quot; o &quot;::211:32ff:fe12:3456&quot;, no %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 invade los primeros %2 bits, que proceden del prefijo detectado</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>debe ser un objeto que indique de dónde procede cada credencial, p. ej. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>entre las credenciales del proveedor &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> y su proxy</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>lo exige este proveedor: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>debe ser una cadena de expresión regular, no %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>no es una expresión regular válida: %1 (en la posición %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>debe ser un objeto con &quot;name&quot;, &quot;provider&quot; y &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; ya lo usa otro perfil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; no es un proveedor conocido%2; `qddns-agent providers` los muestra</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>para el proveedor &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>es obligatorio: la lista de nombres de host que se mantienen actualizados</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>debe ser una lista no vacía de nombres de host</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>es obligatorio: el nombre de host</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>debe ser una cadena de nombre de host, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; no es un nombre de host válido: %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>tiene espacios alrededor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; y &quot;ipv6&quot; son ambos false: no hay nada que publicar</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>el proveedor &quot;%1&quot; no puede publicar direcciones IPv6</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>el proveedor &quot;%1&quot; no puede publicar direcciones IPv4</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>lo exige el proveedor &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>el proveedor &quot;%1&quot; no usa nombre de usuario</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>el proveedor &quot;%1&quot; no usa secreto</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>debe ser un número entero de segundos de 1 a 86400, no %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (¿quiso decir &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>termina en punto; escriba el nombre sin él</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>tiene más de 253 caracteres</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>tiene una etiqueta vacía</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>tiene una etiqueta de más de 63 caracteres</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>tiene una etiqueta que empieza o termina por &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>contiene &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON no válido en %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>la configuración debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>es obligatorio para un hook %1: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>es obligatorio para un hook %1: %2, p. ej. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>pide que coincidan %1 detectores, pero solo hay 1 configurado</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>pide que coincidan %1 detectores, pero solo hay %2 configurados</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>El DNS dinámico de Dyn es un servicio de pago (Dyn dejó de ofrecer cuentas gratuitas en 2014; hoy forma parte de Oracle). Use el nombre de usuario de su cuenta de Dyn y una Updater Client Key (Account &gt; Updater Client Key) en lugar de la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Nombre de usuario de la cuenta de Dyn</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (o la contraseña de la cuenta)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Use su nombre de usuario o correo electrónico y su contraseña de No-IP, o cree una DDNS Key (Dynamic DNS &gt; DDNS Keys) que solo pueda actualizar los nombres de host elegidos para ella.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Nombre de usuario o correo electrónico</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>Nombre de usuario o correo electrónico de No-IP, o el nombre de usuario de la DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>Contraseña de No-IP, o la contraseña de la DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Use su nombre de usuario de Dynu con la contraseña de la cuenta o, mejor, con la contraseña de actualización de IP independiente (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Nombre de usuario de Dynu</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Contraseña de actualización de IP</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>Contraseña de actualización de IP (o la contraseña de la cuenta, en claro o como hash MD5/SHA-256)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>En dns.he.net, marque &apos;Enable entry for dynamic dns&apos; en el registro A/AAAA y luego genere su clave DDNS (el icono de las flechas). La clave pertenece a ese único nombre de host: dé la misma clave a todos los registros del perfil o use un perfil por nombre de host.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Un nombre por perfil: su clave DDNS pertenece a ese nombre</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>Clave DDNS</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>la clave DDNS del registro</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Use el token que se mostró al crear el dominio dedyn.io, o cree uno en https://desec.io/tokens. El propio nombre de host es el nombre de usuario.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Un nombre por perfil: el nombre es también el nombre de usuario</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>Token de deSEC</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>El servicio nsupdate.info no admite registros nuevos (las cuentas solo se obtienen a través de su administrador); las cuentas existentes siguen funcionando. Cada host tiene su propio secreto de actualización, que se muestra al crear el host o al generar uno nuevo en la página del host. El propio nombre de host es el nombre de usuario. qddns envía la dirección en myip, así que el servidor de doble pila de nsupdate.info sirve para ambas familias (los servidores ipv4./ipv6. son para clientes que dejan que el servicio vea su dirección).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Secreto de actualización</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>el secreto de actualización del host</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>En el panel de control de OVHcloud, abra la pestaña DynHost del dominio, cree el registro DynHost (para un nombre con IPv4 e IPv6: un registro DynHost por familia) y luego use &apos;Manage access&apos; para crear un inicio de sesión DynHost para ese subdominio. qddns usa el servidor de actualización de la guía actual de OVHcloud, dns.eu.ovhapis.com; establezca &quot;server&quot; para usar otro.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>Inicio de sesión DynHost</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>Inicio de sesión DynHost, p. ej. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>la contraseña del inicio de sesión DynHost</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Use su nombre de usuario y contraseña de spdyn.de, o el nombre de host como nombre de usuario con el token de actualización del host.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Nombre de usuario o nombre de host</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>Nombre de usuario de spdyn.de, o el nombre de host si usa un token de actualización</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Contraseña o token de actualización</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>contraseña o token de actualización del host</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Active DynDNS para el dominio en el área de clientes de STRATO (Domains &gt; Manage domain &gt; DynDNS) y establezca su contraseña DynDNS.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>el nombre de dominio, p. ej. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>Contraseña DynDNS</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>la contraseña DynDNS del dominio</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Use el nombre de usuario y la contraseña de la cuenta DynDNS que aparece en DynDNS Accounts, en el área de clientes de selfHOST, no su acceso de cliente.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Nombre de usuario de la cuenta DynDNS</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Contraseña de la cuenta DynDNS</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Use el correo electrónico y la contraseña de su cuenta de DNS-O-Matic (OpenDNS). El nombre de host all.dnsomatic.com actualiza todos los servicios configurados allí.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; actualiza todos los servicios de su cuenta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>Correo electrónico de la cuenta de DNS-O-Matic</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Contraseña de la cuenta de DNS-O-Matic</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Use el nombre de usuario y la contraseña de su cuenta de ChangeIP. ChangeIP responde &quot;200 Successful Update&quot; tanto si la dirección cambió como si no; 402 significa que el dominio necesita Premium DNS, y 422, que el nombre de host no es uno de sus dominios o conjuntos.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>Nombre de usuario de ChangeIP</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>Contraseña de ChangeIP</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Active DynDNS para el dominio en Loopia Customer Zone y luego use su número de cliente de Loopia (o un usuario de API/DynDNS) y su contraseña.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Número de cliente o usuario DynDNS</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Número de cliente de Loopia o usuario DynDNS</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>su contraseña</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Cree una entrada de DNS dinámico en Infomaniak Manager (Domains &gt; su dominio &gt; Dynamic DNS); tiene su propio nombre de usuario y contraseña. No use su inicio de sesión de Infomaniak.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>el nombre de usuario de la entrada de DNS dinámico</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>la contraseña de la entrada de DNS dinámico</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Nombres gratuitos bajo dy.fi para direcciones IPv4 finlandesas. Use la dirección de correo electrónico y la contraseña de su cuenta de dy.fi. dy.fi apunta un nombre a la dirección de la que procede la actualización (no admite ningún parámetro de dirección; qddns comprueba la dirección que devuelve), y un nombre que no se actualiza durante 7 días caduca: establezca &quot;forceInterval&quot; en &quot;5d&quot;. Las actualizaciones que no cambian nada, enviadas con frecuencia, cuentan como abuso.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>Dirección de correo electrónico de la cuenta de dy.fi</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Contraseña de la cuenta de dy.fi</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Use el token de actualización de su cuenta de IPv64.net (Account Update Token en el panel), o el token de actualización propio de un dominio; el nombre de usuario no se comprueba. Las cuentas gratuitas pueden enviar 48 actualizaciones al día, y no más de 3 en 10 segundos.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>Token de actualización de IPv64.net</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Use el nombre de usuario y la contraseña de la sección Dynamic DNS de su cuenta de RU-CENTER (DNS hosting: Dynamic DNS); no son el inicio de sesión de la cuenta. Cuando una solicitud no lleva ninguna dirección IPv4, RU-CENTER pone en el registro A la dirección de la que procede la solicitud, así que publique también IPv4 en este perfil.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Nombre de usuario de DNS dinámico</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>el nombre de usuario de DNS dinámico de su cuenta de RU-CENTER</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Contraseña de DNS dinámico</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>la contraseña de DNS dinámico de su cuenta de RU-CENTER</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Mantiene actualizada la dirección IPv4 de una red de OpenDNS (Cisco Umbrella) para que se apliquen sus ajustes de filtrado. Active las actualizaciones dinámicas de IP para la red en el panel; el host es la etiqueta de la red. OpenDNS responde &quot;good&quot; tanto si la dirección cambió como si no, y considera abuso más de una actualización por minuto.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>La etiqueta de la red de OpenDNS, tal como la muestra el panel; qddns envía los nombres en minúsculas, así que dé a la red una etiqueta en minúsculas de letras, dígitos y guiones</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>Correo electrónico de la cuenta de OpenDNS</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Contraseña de la cuenta de OpenDNS (Umbrella con inicio de sesión único: la contraseña secundaria que crea el soporte para las actualizaciones)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Usa el punto de acceso compatible con DynDNS de la API de Simply.com. El nombre de usuario es su número de cuenta de Simply.com (una S seguida de dígitos) y la contraseña, la clave de API de esa cuenta; ambos se muestran en el panel de control de Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Número de cuenta de Simply.com, p. ej. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>la clave de API de la cuenta</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Mantiene el extremo IPv4 de un túnel IPv6 de tunnelbroker.net en su dirección IPv4 actual (no actualiza ningún registro DNS). Use su nombre de usuario de tunnelbroker.net y la Update Key del túnel (pestaña Advanced de los detalles del túnel) si tiene una; si no, su contraseña de tunnelbroker.net. El host identifica el túnel: tunnel&lt;ID&gt;.tunnelbroker.net con el ID numérico del túnel.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>El túnel como tunnel&lt;ID&gt;.tunnelbroker.net, con el Tunnel ID numérico de la página de detalles del túnel</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>Nombre de usuario de tunnelbroker.net</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Clave de actualización</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>la Update Key del túnel, o la contraseña de tunnelbroker.net</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Active el DNS dinámico para el nombre de host en los ajustes de DNS del menú de clientes de Variomedia y establezca allí la contraseña DynDNS (no es la contraseña del menú de clientes). El nombre de usuario es la dirección de correo electrónico de su cuenta de cliente (revendedores: la de la cuenta del cliente final).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>dirección de correo electrónico de la cuenta de cliente</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>la contraseña DynDNS de los ajustes de DNS</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Cree un usuario DDNS para el nombre de host en el KAS (Tools &gt; DDNS settings) y use su inicio de sesión y contraseña, no el inicio de sesión del KAS. Un usuario DDNS pertenece a un único nombre de host. Para IPv6, active para él la doble pila en el KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>Inicio de sesión DDNS</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>el inicio de sesión del usuario DDNS del KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>Contraseña DDNS</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>la contraseña del usuario DDNS</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Use el nombre de usuario y la contraseña del acceso de DNS dinámico configurado en Core-Networks para el nombre de host. Cada solicitud lleva una familia de direcciones y pide a Core-Networks que conserve el registro de la otra (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>el nombre de usuario del acceso de DNS dinámico</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>la contraseña del acceso de DNS dinámico</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Cree una cuenta DynDNS en INWX (está vinculada a un único nombre de host) y use su nombre de usuario y contraseña, no el inicio de sesión de INWX. INWX deduce el nombre de host a partir de la cuenta DynDNS. Publique IPv4 en este perfil: INWX pone 127.0.0.1 en el registro A cuando una actualización no lleva ninguna dirección IPv4 (salvo que el soporte de INWX haya configurado la cuenta DynDNS solo para IPv6), y elimina el registro AAAA cuando no lleva ninguna dirección IPv6.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>Nombre de usuario DynDNS</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>el nombre de usuario de la cuenta DynDNS de INWX</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>la contraseña de la cuenta DynDNS de INWX</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Active Dynamic DNS para el dominio en la gestión de DNS de Joker.com y use el nombre de usuario y la contraseña DynDNS que se muestran allí, no el inicio de sesión de su cuenta de Joker.com.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>el nombre de usuario DynDNS de la gestión de DNS del dominio</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>la contraseña DynDNS de la gestión de DNS del dominio</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Configure un acceso DynDNS para el nombre de host en la administración de schokokeks.org y use su nombre de usuario y contraseña. Solo IPv4 en qddns: los demás clientes solo coinciden en las actualizaciones IPv4.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>el nombre de usuario del acceso DynDNS</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>la contraseña del acceso DynDNS</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Nombres de DNS dinámico gratuitos. Use la dirección de correo electrónico y la contraseña de su cuenta de Now-DNS. Cada solicitud lleva una familia de direcciones, enviada en myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>la dirección de correo electrónico de la cuenta de Now-DNS</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>la contraseña de la cuenta de Now-DNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Use el nombre de usuario y la contraseña de su cuenta de Oray. Solo IPv4: los demás clientes solo envían actualizaciones IPv4 a Oray. qddns envía la actualización solo por HTTPS (los demás clientes usan http sin cifrar, lo que expondría la contraseña); ningún otro cliente muestra que ddns.oray.com responda por HTTPS, así que si las actualizaciones fallan con un error de conexión, esa es la causa probable.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Nombre de usuario de Oray</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>el nombre de usuario de la cuenta de Oray</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>la contraseña de la cuenta de Oray</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Cree un usuario FlexDNS para el registro en el área de clientes de Domain-Offensive (el registro FlexDNS debe estar asignado a él) y use su nombre de usuario y contraseña, no el inicio de sesión de cliente. Cada solicitud lleva una familia de direcciones.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>Nombre de usuario de FlexDNS</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>el nombre de usuario de FlexDNS, p. ej. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>Contraseña de FlexDNS</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>la contraseña del usuario FlexDNS</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Use el nombre de usuario y la contraseña que dynDNS.it proporciona para el nombre de host. dynDNS.it bloquea los nombres de host que envían actualizaciones cuando la dirección no ha cambiado; qddns solo envía una cuando ha cambiado. Solo IPv4: dynDNS.it solo documenta actualizaciones IPv4.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>el nombre de usuario de dynDNS.it del nombre de host</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>la contraseña de dynDNS.it del nombre de host</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Use el ID de su cuenta de freedyn.de (el número de 10 dígitos) y la contraseña del panel de control o, mejor, la clave AUTH de la cuenta. Solo IPv4 en qddns.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>el ID de cuenta de freedyn.de de 10 dígitos</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>Clave AUTH</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>la clave AUTH (o la contraseña del panel de control)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Cree el registro en &apos;Dynamic address records&apos;, en la página de la zona en HexDNS, y luego ábralo (el botón de edición) para ver su ID y su contraseña: el ID es el nombre de usuario. Cada registro dinámico tiene su propio ID y contraseña.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Un nombre por perfil: el ID y la contraseña del registro pertenecen a ese nombre</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>el ID del registro dinámico (un UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>la contraseña del registro dinámico</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Use la dirección de correo electrónico (o el nombre de usuario) y la contraseña de su cuenta de VisualDNS. El nombre ya debe tener un registro A en uno de sus dominios. Solo IPv4: VisualDNS documenta actualizaciones de registros A.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>Correo electrónico o nombre de usuario</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>la dirección de correo electrónico o el nombre de usuario de la cuenta de VisualDNS</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>la contraseña de la cuenta de VisualDNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Use el nombre de usuario y la contraseña de su cuenta de Pubyun (3322.net). Solo IPv4. Pubyun bloquea un nombre que se actualiza más de una vez por minuto; qddns solo envía una actualización cuando la dirección ha cambiado.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>el nombre de usuario de la cuenta de Pubyun</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>la contraseña de la cuenta de Pubyun</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Active la API de DNS dinámico para el dominio en su cuenta de 1984 Hosting (Domains &gt; FreeDNS &gt; API) y copie su clave de API.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>La clave de API de FreeDNS de su cuenta de 1984 Hosting</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Copie la clave de actualización de su cuenta de DDNSS (ddnss.de &gt; Update-Key); actualiza todos los hosts de la cuenta, así que no se necesita la contraseña de la cuenta. Para un host con una dirección IPv4 y una IPv6, active para él la doble pila en DDNSS: qddns enviará entonces ambas direcciones en cada actualización.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Sus hosts de DDNSS, p. ej. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>La clave de actualización de su cuenta de DDNSS (no la contraseña)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>La API de dinahosting inicia sesión con su nombre de usuario y contraseña de dinahosting. Indique el dominio al que pertenecen los hosts; cada host es un nombre bajo él, p. ej. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Nombres bajo el dominio del perfil, p. ej. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Su nombre de usuario de dinahosting</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>La contraseña de su cuenta de dinahosting</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>El dominio de dinahosting al que pertenecen los hosts, p. ej. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Active el DNS dinámico para el registro en la gestión de DNS de Directnic y copie su URL de actualización: el token es la parte que sigue a /dns/gateway/. Un token actualiza un registro, A o AAAA: publique solo su familia y use otro perfil para el token del otro registro.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>El nombre cuyo registro actualiza el token (el token por sí solo identifica el registro)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Token de pasarela</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>El token de la URL de actualización del registro (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Cree una clave de API de DNS en dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). Los hosts ya deben tener sus registros A (y AAAA) en DNSExit.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Una clave de API de DNS de su cuenta de DNSExit</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Cree cada registro como registro de DNS dinámico en el panel de control de DNS Made Easy y asígnele una contraseña; DNS Made Easy identifica el registro por su ID, que el panel de control muestra junto a él.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>El ID de cada registro de DNS dinámico (un número; DNS Made Easy actualiza los registros por ID, no por nombre)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>El nombre de usuario de su cuenta de DNS Made Easy</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>La contraseña del registro de DNS dinámico</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Genere una clave DonDNS en su cuenta de DonDominio (My Account &gt; DonDNS Key) y cree el registro A del host en la zona DNS del dominio; DonDNS lo actualizará entonces.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Su nombre de usuario de DonDominio</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>Clave DonDNS</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>La clave DonDNS de su cuenta (no su contraseña)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Cree un token HTTP en dynv6.com (Keys &gt; HTTP Tokens), para la cuenta o solo para esta zona. Cada host es una de sus zonas de dynv6, p. ej. myhome.dynv6.net: la API de actualización establece los registros A y AAAA propios de la zona.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Sus zonas de dynv6, p. ej. myhome.dynv6.net (la API de actualización establece los registros propios de una zona, no los de los nombres que contiene)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>Token HTTP</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Un token HTTP de su cuenta de dynv6 (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Establezca una contraseña de dominio para el dominio en su cuenta de Enom (SetDNSHost la necesita) y añada los hosts a sus registros de host.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Contraseña del dominio</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>La contraseña del dominio en Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Habilite el registro en la página dinámica v2 de FreeDNS (freedns.afraid.org/dynamic/v2/) y copie su token: la última parte de su URL de actualización https://sync.afraid.org/u/TOKEN/. Un token actualiza un registro, A o AAAA: publique solo su familia y use otro perfil para el token del otro registro.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>El token del registro de freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Reclame un nombre en freemyip.com y copie el token que muestra; el token pertenece a ese nombre.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Su nombre de FreeMyIP con su terminación, p. ej. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>El token que freemyip.com proporcionó para el nombre</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Cree una clave de API en su cuenta de Gigahost; el DNS del dominio debe estar alojado en Gigahost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Una clave de API de su cuenta de Gigahost</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Use uno de los nombres de usuario de su lista de routers de GoIP y su contraseña (no el inicio de sesión de la cuenta). Cuando una solicitud no lleva ninguna dirección IPv4, GoIP establece el registro A a partir de la conexión: publique IPv4 junto con IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Sus subdominios de GoIP con su terminación, p. ej. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Nombre de usuario del router</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Un nombre de usuario de su lista de routers de GoIP</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>La contraseña de ese nombre de usuario del router</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Añada DNS dinámico al subdominio en DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) y establezca su contraseña. El servicio rechaza una segunda actualización de un host en un plazo de 30 minutos.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>Los subdominios con DNS dinámico, p. ej. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>La contraseña DynamicDNS del subdominio</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Use el ID maestro (o un ID secundario) y su contraseña de MyDNS.JP; los registros que se actualizan son los del dominio registrado para ese ID.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>El dominio registrado para el ID (MyDNS.JP actualiza el dominio del ID; el nombre solo se muestra en qddns)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>ID maestro</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Su ID maestro de MyDNS.JP o un ID secundario</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>La contraseña de ese ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Active Dynamic DNS para el dominio (Domain List &gt; Manage &gt; Advanced DNS) y copie su contraseña de Dynamic DNS; añada cada host como registro &apos;A + Dynamic DNS&apos;. La contraseña pertenece a un único dominio: un perfil actualiza nombres del dominio que indica.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>El dominio o nombres bajo él, p. ej. example.com o home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>La contraseña de Dynamic DNS del dominio (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>El dominio cuya contraseña de Dynamic DNS contiene este perfil, p. ej. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Añada un registro dinámico (Dynamic) para el nombre en los ajustes de DNS de Njalla del dominio y copie su clave.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>La clave del registro dinámico</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Active el DNS dinámico para el dominio en la administración de dominios de regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) y copie su token DynDNS.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>Token DynDNS</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>El token DynDNS de regfish del dominio</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Cree credenciales de API (un token y un secreto) en el panel de control de Domeneshop, https://domene.shop/admin?view=api. Domeneshop crea el registro A o AAAA si aún no existe.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>el token de sus credenciales de API de Domeneshop</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>el secreto de esas credenciales de API</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>En easyDNS, abra los ajustes de DNS del dominio (Modular Editor &gt; Dynamic Records), defina los nombres de host dinámicos y habilite un Dynamic Authenticated Token: qddns envía ese token, nunca la contraseña de la cuenta. easyDNS acepta como máximo una actualización por host cada 10 minutos.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>Nombre de usuario de easyDNS</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>el nombre de usuario de su cuenta de easyDNS</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Token dinámico</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>el Dynamic Authenticated Token del dominio</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Use el nombre de usuario y la contraseña de API que se muestran en la página de su cuenta de YDNS (una cuenta nativa de YDNS puede usar en su lugar su propio inicio de sesión). YDNS acepta una dirección por solicitud: qddns envía una para IPv4 y otra para IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>Nombre de usuario de API</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>el nombre de usuario de API de la página de su cuenta de YDNS</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Contraseña de API</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>la contraseña de API de la página de su cuenta de YDNS</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>otro servicio gratuito de DNS dinámico</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>otro proveedor de alojamiento DNS</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>otro servicio de DNS dinámico</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>el proveedor de DNS al que se trasladaron sus dominios</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Actualiza los registros A/AAAA de un dominio en Alibaba Cloud DNS (Alidns, también aliyun.com). Cree un usuario RAM con una AccessKey y la política AliyunDNSFullAccess (o alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord y alidns:AddDomainRecord). Se actualizan los registros de la línea predeterminada; si falta alguno, se crea.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Nombres del dominio indicado abajo; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>El AccessKey ID del usuario RAM (empieza por LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>El AccessKey secret que se muestra una sola vez al crear la AccessKey</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>El dominio al que pertenecen los hosts, tal como se añadió a Alibaba Cloud DNS, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Actualiza los registros A/AAAA de una zona pública en Baidu AI Cloud DNS (智能云解析). Cree una clave de acceso (Access Key ID y Secret Access Key) en Security Authentication para un usuario que pueda gestionar el DNS. Se actualizan los registros de la línea predeterminada; si falta alguno, se crea.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Nombres de la zona indicada abajo; la propia zona (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>El Access Key ID (AK) de la clave de acceso</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>La Secret Access Key (SK) de la clave de acceso</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Actualiza los registros A/AAAA de dominios y subdominios en el DNS de Beget mediante la API de Beget. Beget reemplaza todos los registros de un nombre a la vez, así que los demás registros del nombre (MX, TXT, la otra familia) se vuelven a enviar tal como estaban; un nombre que ya tiene la dirección no se modifica. La API de Beget no admite TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Dominios o subdominios de su cuenta de Beget</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>El inicio de sesión de la cuenta de Beget</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>La contraseña de API establecida en el panel de control de Beget (sección API), con el acceso a la API habilitado</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Actualiza los registros A/AAAA de zonas en Bunny DNS mediante la API de bunny.net. Un registro que no existe se añade; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, aceleración, estado y comentario, salvo que el perfil establezca un TTL.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus zonas de Bunny DNS; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>La clave de API de la cuenta, del panel de bunny.net (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona de Bunny DNS a la que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns la busca entre las zonas de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de una zona alojada en Cloudflare mediante la API v4. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Un token de API de Cloudflare (My Profile &gt; API Tokens &gt; Create Token) con los permisos Zone:Zone:Read y Zone:DNS:Edit para esta zona. No la Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) de Cloudflare a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Enruta los registros a través del proxy de Cloudflare (nube naranja). Si no se establece, los registros nuevos no pasan por el proxy y los existentes conservan su ajuste. Los registros con proxy siempre tienen un TTL automático.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Con proxy</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Actualiza los registros A/AAAA de una zona maestra en ClouDNS mediante su API HTTP, que ClouDNS ofrece en los planes de pago: cree un usuario de API (auth-id y contraseña, o un subusuario limitado a la zona) en API &amp; Resellers. Cada registro se lee primero y solo se cambia si es distinto, conservando su TTL; si falta alguno, se añade con 3600 segundos, salvo que el perfil establezca un TTL (ClouDNS admite 60, 300, 900, 1800, 3600, 21600, 43200, 86400 segundos y más).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>El auth-id del usuario de API (o el sub-auth-id del subusuario, con subUser establecido)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Contraseña de autenticación</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>La auth-password del usuario de API</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>Subusuario de API</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>El Auth ID es el sub-auth-id de un subusuario.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) de ClouDNS a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Para servicios que se actualizan con una única solicitud HTTP GET. Escriba su URL de actualización con los marcadores de posición [USERNAME], [PASSWORD], [DOMAIN], [IP] e [IP6]; cada uno se sustituye por su valor, con codificación porcentual.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Cada nombre sustituye a [DOMAIN] en la URL, una solicitud por nombre</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Sustituye a [USERNAME] en la URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Sustituye a [PASSWORD] en la URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>La URL de actualización, p. ej. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Con [IP6], una solicitud por host lleva ambas direcciones ([IP] la IPv4, [IP6] la IPv6; una dirección no publicada queda vacía); con solo [IP], se envía una solicitud por dirección.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>URL de actualización</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Una expresión regular que debe contener la respuesta para que la actualización se considere hecha, p. ej. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Patrón de éxito</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Actualiza los RRsets A/AAAA de cualquier dominio en deSEC (nombres dedyn.io o sus propios dominios) mediante su API REST, con varios nombres por perfil. Un nombre sin RRset del tipo recibe uno con el TTL mínimo del dominio (normalmente 3600 segundos), salvo que el perfil establezca uno; un RRset que ya tiene la dirección no se modifica, y uno con varias direcciones no se sobrescribe. Para un único nombre dedyn.io, el proveedor &quot;desec&quot; (DynDNS) requiere menos configuración.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Un token de API de deSEC (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>El dominio de deSEC al que pertenecen los hosts, p. ej. example.com o myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Actualiza los registros A/AAAA de dominios gestionados por el DNS de DigitalOcean mediante la API v2. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, salvo que el perfil establezca uno.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de DigitalOcean; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Un token de acceso personal (API &gt; Tokens &gt; Generate New Token) con los ámbitos personalizados domain: read, create y update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>El dominio de DigitalOcean al que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns lo busca entre los dominios de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Actualiza los registros A/AAAA de un dominio en DNSPod mediante la API 3.0 de Tencent Cloud. Cree una clave de API (SecretId y SecretKey) en Access Management, API Keys, para un usuario con la política QcloudDNSPodFullAccess. Se actualizan los registros de la línea predeterminada; si falta alguno, se crea. (No se trata de la antigua API &quot;ID,Token&quot; de DNSPod).</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>El SecretId de la clave de API (empieza por AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>La SecretKey de la clave de API</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>El dominio al que pertenecen los hosts, tal como se añadió a DNSPod, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Actualiza los registros A/AAAA de dominios alojados en DreamHost mediante la API de DreamHost. Un registro que no existe se añade; uno que ya tiene la dirección no se modifica; a uno modificado se le añade el valor nuevo (con su comentario) y se elimina el antiguo, ya que la API no permite editar. La API de DreamHost no admite TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de DreamHost; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Una clave de API del panel de DreamHost (Advanced &gt; API) con permiso para dns-list_records, dns-add_record y dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Inicie sesión en duckdns.org; su token aparece en la parte superior de la página. Los hosts son sus subdominios, escritos &quot;myhome&quot; o &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Sus subdominios de Duck DNS: &quot;myhome&quot; para myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>El token de la cuenta que se muestra en duckdns.org tras iniciar sesión</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Cualquier servicio que hable el protocolo DynDNS2 (/nic/update con autenticación HTTP Basic). Establezca &quot;server&quot; en su URL base, p. ej. https://dyndns.example.net; qddns añade /nic/update.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>el nombre de usuario que le dio el servicio para las actualizaciones</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>la contraseña o clave de actualización de ese nombre de usuario</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>no se usa: el propio nombre de host es el nombre de usuario</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>no se usa: el servicio solo comprueba el secreto</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Actualiza los registros A/AAAA de un sitio cuyo DNS está alojado en Tencent Cloud EdgeOne (acceso NS) mediante la API 3.0 de Tencent Cloud. Cree una clave de API (SecretId y SecretKey) en Access Management, API Keys, para un usuario con la política QcloudTEOFullAccess. Se actualizan los registros de la ubicación Default, conservando su TTL; si falta alguno, se crea.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Nombres del sitio indicado abajo; el propio dominio del sitio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>El sitio de EdgeOne (el dominio) al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Actualiza los registros A/AAAA de dominios en LiveDNS de Gandi mediante la API v5. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, salvo que el perfil establezca uno.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de Gandi; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acceso personal</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Un token de acceso personal (Organizations &gt; Sharing &gt; Create a token) con el permiso &quot;Manage domain name technical configurations&quot;. Gandi ha dejado obsoletas las antiguas claves de API.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>El dominio de Gandi al que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns lo busca entre los dominios LiveDNS de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Actualiza los registros A/AAAA de una zona gestionada en Google Cloud DNS. Cree una cuenta de servicio con el rol DNS Administrator (roles/dns.admin), añádale una clave JSON y almacene el archivo de clave completo como secreto (qddns-agent secret set PROFILE &lt; key.json). Un conjunto de registros que no existe se crea.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Nombres de la zona gestionada indicada abajo</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Clave de la cuenta de servicio (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>El archivo de clave JSON de la cuenta de servicio, tal como se descargó de la consola de Cloud</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>El nombre de la zona gestionada en Cloud DNS (como example-com), no su nombre DNS.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Zona gestionada</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>El ID del proyecto de la zona, si no es el propio proyecto de la cuenta de servicio.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Actualiza los registros A/AAAA de zonas en Gcore Managed DNS mediante la API de DNS v2. Un RRSet que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, sus ajustes de balanceo y sus metadatos, salvo que el perfil establezca un TTL. El plan gratuito de Gcore admite TTL de 120 segundos o más.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus zonas DNS de Gcore; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Un token de API permanente del Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona DNS de Gcore a la que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns la busca entre las zonas de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Actualiza los registros A/AAAA de dominios que usan el DNS de GoDaddy mediante la Domains API v1. GoDaddy solo abre esa API a cuentas con 10 dominios o más o con una suscripción Discount Domain Club – Premier. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, salvo que el perfil establezca uno.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de GoDaddy; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>El secreto que se muestra una sola vez con una Production API key en developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Una Production API key de developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>El dominio de GoDaddy al que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns lo busca entre los dominios activos de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Actualiza los registros A/AAAA de zonas en Hetzner DNS mediante la Hetzner Cloud API (zonas de la Hetzner Console). Las zonas que siguen en la antigua DNS Console deben migrarse primero a la Hetzner Console: la antigua API de DNS se está retirando. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL y su comentario.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Nombres de sus zonas de Hetzner; la propia zona (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Un token de API del proyecto de la Hetzner Console que contiene la zona (Security &gt; API tokens), con permiso Read &amp; Write. Los tokens de la antigua DNS Console no funcionan.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>La zona de Hetzner a la que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns la busca entre las zonas del proyecto. El TTL del perfil se asigna a los registros que crea qddns.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Actualiza los registros A/AAAA de un dominio en el DNS de Hostinger mediante la API de Hostinger. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, salvo que el perfil establezca uno.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Nombres del dominio establecido como zona; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Un token de API de hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>El dominio de Hostinger cuya zona DNS contiene los hosts, p. ej. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Actualiza los conjuntos de registros A/AAAA de una zona pública en Huawei Cloud DNS. Cree una clave de acceso (AK/SK) para un usuario de IAM con la política DNS FullAccess en My Credentials, Access Keys. Un conjunto de registros que no existe se crea.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>ID de la clave de acceso (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>El ID de la clave de acceso, del archivo credentials.csv de la clave de acceso</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Clave de acceso secreta (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>La clave de acceso secreta, del archivo credentials.csv de la clave de acceso</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona pública a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Actualiza los registros A/AAAA de dominios en IONOS DNS mediante la API de IONOS DNS. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL y su prioridad, salvo que el perfil establezca un TTL.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus zonas de IONOS; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Una clave de API de developer.hosting.ionos.com/keys, escrita como el prefijo público y el secreto unidos por un punto: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona de IONOS a la que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns la busca entre las zonas de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Actualiza los registros A/AAAA de dominios en el DNS Manager de Linode mediante la API v4. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica, y uno modificado conserva su TTL, salvo que el perfil establezca uno.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de Linode; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Un token de acceso personal (Cloud Manager &gt; API Tokens) con Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>El dominio de Linode al que pertenecen los hosts, p. ej. example.com. Si no se establece, qddns lo busca entre los dominios de la cuenta.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de una zona alojada en LuaDNS mediante su API REST. El acceso a la API está deshabilitado de forma predeterminada: habilítelo en los ajustes de la cuenta y luego cree una clave de API (global o restringida a esta zona). Un registro que no existe se crea con un TTL de 3600 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>La dirección de correo electrónico de su cuenta de LuaDNS</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Una clave de API de la página API Keys de su cuenta de LuaDNS</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona de LuaDNS a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Actualiza los registros A/AAAA de una zona alojada en el DNS primario de Mythic Beasts mediante la API de DNS v2. Cree una clave de API en el panel de control (API keys) con acceso a la API de DNS para la zona, o solo para los registros que actualiza. Cada registro se lee primero y solo se reemplaza si es distinto, conservando su TTL; si falta alguno, se crea con 300 segundos, salvo que el perfil establezca un TTL.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID de la clave de API</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>El ID de una clave de la API de DNS v2 (panel de control, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secreto de la clave de API</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>El secreto que se muestra una sola vez al crear la clave</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) de Mythic Beasts a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de dominios registrados en Name.com (que usan el DNS de Name.com) mediante su API. Cree un token de API de producción en Account Settings &gt; API Token Management. Un registro que no existe se crea con un TTL de 300 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>El nombre de usuario de su cuenta de Name.com (para el entorno de pruebas, con -test añadido al final)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Un token de API de Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de Name.com al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de dominios registrados en NameSilo (que usan el DNS de NameSilo) mediante su API. Genere una clave de API en el API Manager de su cuenta; las subcuentas no pueden usar la API. La API recibe la clave en la URL de la solicitud (qddns la oculta en sus registros de actividad). Un registro que no existe se crea (con el TTL predeterminado de NameSilo, salvo que el perfil establezca uno); uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>La clave del API Manager de su cuenta de NameSilo</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de NameSilo al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Actualiza los registros A/AAAA de una zona DNS alojada en NearlyFreeSpeech.NET. Cree una clave de API en Profile, Manage API Key; funciona con el inicio de sesión de miembro. Los registros de un nombre y tipo se reemplazan en un solo paso; si falta alguno, se añade. El TTL más corto de NearlyFreeSpeech.NET es de 180 segundos.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Inicio de sesión de miembro</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>El nombre de inicio de sesión de la membresía de NearlyFreeSpeech.NET</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>La clave de API de Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS (dominio) a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Actualiza los registros A/AAAA de dominios en netcup (que usan los servidores de nombres de netcup) mediante la API de DNS del CCP. En el panel de control de clientes (CCP), en Master Data &gt; API, genere la contraseña de API y cree una clave de API. Cada actualización inicia sesión, cambia los registros y cierra la sesión. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica. Los TTL se establecen para toda la zona en el CCP.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Su número de cliente de netcup</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>La contraseña de API generada en el CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Una clave de API creada en el CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de netcup al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Actualiza los registros A/AAAA de una zona en NS1 (IBM NS1 Connect) mediante su API REST. Cree una clave de API con permiso para gestionar los registros DNS de la zona. Un registro que no existe se crea (con el TTL predeterminado de la zona, salvo que el perfil establezca uno); uno que ya tiene la dirección no se modifica, y uno con varias respuestas no se sobrescribe. Los metadatos de una respuesta se conservan.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Una clave de API de NS1 con permiso para gestionar los registros de la zona</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona de NS1 a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Actualiza los registros A/AAAA de una zona DNS en OVHcloud mediante su API firmada y luego actualiza la zona para que se sirva el cambio. Cree una clave de aplicación, su secreto y una clave de consumidor en https://eu.api.ovh.com/createToken/ (Canadá: ca.api.ovh.com, EE. UU.: api.us.ovhcloud.com; en ese caso, establezca el servidor en https://ca.api.ovh.com/1.0 o https://api.us.ovhcloud.com/1.0) con los permisos GET, POST y PUT sobre /domain/zone/*. Las solicitudes llevan la hora de este equipo: mantenga su reloj en hora. Para un único registro DynHost, el proveedor &quot;ovh&quot; solo necesita el inicio de sesión DynHost.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Clave de aplicación</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>La clave de aplicación (AK) que se mostró al crear las claves</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Secreto de aplicación</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>El secreto de aplicación (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clave de consumidor</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>La clave de consumidor (CK) que se validó para los permisos anteriores</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS de OVHcloud a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de dominios registrados en Porkbun mediante su API v3. Cree una clave de API en porkbun.com/account/api y active API ACCESS para el dominio (Domain Management). Un registro que no existe se crea; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Nombres de sus dominios de Porkbun; el propio dominio (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>La clave de API de porkbun.com/account/api (empieza por pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Clave de API secreta</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>La clave de API secreta que se muestra junto con la clave de API (empieza por sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Actualiza los registros A/AAAA de una zona en su propio servidor PowerDNS Authoritative mediante su API HTTP integrada (el servidor necesita webserver=yes, api=yes y una api-key). Cada registro se lee primero y solo se reemplaza si es distinto, conservando su TTL; si falta alguno, se crea con 3600 segundos, salvo que el perfil establezca un TTL. Indique la URL base de la API como servidor, p. ej. https://ns1.example.com:8081 (http sin cifrar solo con allowInsecureHttp, para un servidor en este equipo).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>La api-key del servidor (enviada como X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>La zona del servidor a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Actualiza los registros A/AAAA de una zona en su propio servidor DNS autoritativo (BIND, Knot DNS, PowerDNS) con DNS UPDATE firmado con una clave TSIG. Primero se lee el registro: si el servidor ya responde con la dirección, no se envía nada. Cree la clave con `tsig-keygen -a hmac-sha256 ddns-key` y permítale actualizar la zona.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Nombres de la zona indicada abajo; la propia zona (example.org) también es un nombre</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>Clave TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>El secreto de la clave en base64, tal como lo muestra tsig-keygen, o el archivo de clave completo (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>El servidor que acepta las actualizaciones de la zona (su primario): un nombre o una dirección, opcionalmente con :puerto, p. ej. ns1.example.org o [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>La zona a la que pertenecen los hosts, p. ej. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>El nombre de la clave TSIG tal como lo conoce el servidor (no es necesario si el secreto es un archivo de clave)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 o hmac-sha1 (servidores antiguos); un archivo de clave indica el suyo</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de una zona alojada pública en Amazon Route 53. Cree un usuario de IAM con una clave de acceso cuya política permita route53:ListHostedZonesByName, route53:ListResourceRecordSets y route53:ChangeResourceRecordSets en la zona alojada. Un registro que no existe se crea; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Nombres de la zona alojada indicada abajo; la propia zona (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de la clave de acceso</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>El ID de la clave de acceso del usuario de IAM (empieza por AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>La clave de acceso secreta que se muestra una sola vez al crear la clave de acceso</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona alojada (dominio) a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Zona alojada</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>El ID de la zona alojada (Z…), si no debe buscarse por nombre: solo es necesario cuando varias zonas alojadas públicas comparten el nombre.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID de la zona alojada</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de una zona DNS en Scaleway Domains and DNS mediante su API. Genere una clave de API en la consola (IAM &gt; API keys) para una aplicación o un usuario cuya política permita DomainsDNSFullAccess en el proyecto de la zona, y use su clave secreta. Un registro que no existe se crea con un TTL de 3600 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Nombres de la zona DNS indicada abajo; la propia zona (example.com) también es un nombre</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>La clave secreta de una clave de API de Scaleway (se muestra una sola vez, al generar la clave)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>Zona DNS</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS de Scaleway a la que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de un dominio en Servercow mediante su API de DNS. En el portal de clientes (cp.servercow.de), abra Servercow DNS-API y cree un acceso de API para el dominio con los permisos Read, Create y Update; su nombre de usuario y su contraseña se muestran una sola vez. Un registro que no existe se crea con un TTL de 300 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Nombre de usuario de la API de DNS</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>El nombre de usuario del acceso a la API de DNS</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Contraseña de la API de DNS</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>La contraseña del acceso a la API de DNS (se muestra una sola vez, al crearlo)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de Servercow al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de un dominio que usa los servidores de nombres de Spaceship mediante la API de Spaceship. En el API Manager, cree una clave de API con los permisos dnsrecords:read y dnsrecords:write; se necesitan tanto la clave como su secreto. Un registro que no existe se crea con un TTL de 3600 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>El secreto que se mostró al crear la clave de API en el API Manager</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Una clave de API del API Manager con dnsrecords:read y dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de Spaceship al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Actualiza las entradas DNS A/AAAA de un dominio en TransIP. En el panel de control (Account, API), active la API y cree un par de claves sin &quot;Accept only whitelisted IP addresses&quot;; almacene su clave privada como secreto (qddns-agent secret set PROFILE &lt; key.pem). Una entrada conserva su TTL (TransIP la identifica por él); si falta alguna, se crea.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>El nombre de inicio de sesión de la cuenta de TransIP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>La clave privada del par de claves (PEM, tal como se mostró una sola vez al crearlo)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de TransIP al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de un dominio que usa los servidores de nombres de Vercel mediante la API REST de Vercel. Cree un token de acceso en Account Settings &gt; Tokens con ámbito en el equipo propietario del dominio; el dominio de un equipo también necesita el ID del equipo (Team Settings &gt; General). Un registro que no existe se crea con el TTL predeterminado de Vercel, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Un token de acceso de Vercel (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>El dominio de Vercel al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>El ID del equipo propietario del dominio (team_…); déjelo vacío para un dominio de su cuenta personal.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID del equipo</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Actualiza los registros A/AAAA de un dominio en Volcengine DNS (火山引擎云解析, TrafficRoute). Cree una clave de acceso (Access Key ID y Secret Access Key) para un usuario con la política DNSFullAccess. Se actualizan los registros de la línea predeterminada; si falta alguno, se crea.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>El Access Key ID de la clave de acceso (empieza por AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>La Secret Access Key de la clave de acceso</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>El dominio al que pertenecen los hosts, tal como se añadió a Volcengine DNS, p. ej. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Actualiza los registros A/AAAA de un dominio en Vultr DNS mediante la API v2 de Vultr. Habilite la API y copie el token de acceso personal en Account &gt; API; su lista de control de acceso debe permitir la dirección desde la que este equipo accede a la API. Un registro que no existe se crea con un TTL de 300 segundos, salvo que el perfil establezca uno; uno que ya tiene la dirección no se modifica.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>El token de acceso personal de Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>El dominio DNS de Vultr al que pertenecen los hosts, p. ej. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 ha cerrado; use %2, p. ej. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 ha cerrado (en %2); use %3, p. ej. %4</translation>
    </message>
</context>
</TS>
