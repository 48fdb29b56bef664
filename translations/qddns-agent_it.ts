<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>l&apos;hook ha %n errore</numerusform>
            <numerusform>l&apos;hook ha %n errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>la configurazione ha %n errore; non è stato cambiato nulla</numerusform>
            <numerusform>la configurazione ha %n errori; non è stato cambiato nulla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>il profilo ha %n errore</numerusform>
            <numerusform>il profilo ha %n errori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 non si applica a %2%3; vedi qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (accetta %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: argomento imprevisto &quot;%1&quot; dopo %2; vedi qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: nessun comando indicato
uso: qddns-agent COMANDO [opzioni], dove COMANDO è uno tra: %1
`qddns-agent run` esegue l&apos;agente in primo piano; `qddns-agent --help` spiega ogni comando</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n errore di configurazione; non è stato fatto nulla</numerusform>
            <numerusform>qddns-agent: %n errori di configurazione; non è stato fatto nulla</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: un altro qddns-agent (pid %1) è in esecuzione con la directory di stato %2, quindi `once` non procede: chiedi a quello con `qddns-agent update` (o `update PROFILE`, `--force`); non è stato inviato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; non è stato inviato nulla: senza il suo stato ogni esecuzione invierebbe di nuovo lo stesso aggiornamento, cosa che i servizi DynDNS2 considerano un abuso. Rendi %2 scrivibile o usane un&apos;altra con --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: impossibile salvare lo stato: %1; non è stato inviato nulla: senza il suo stato ogni esecuzione invierebbe di nuovo lo stesso aggiornamento, cosa che i servizi DynDNS2 considerano un abuso. Rendi %2 scrivibile o usane un&apos;altra con --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: impossibile salvare lo stato: %1; l&apos;esecuzione successiva potrebbe inviare di nuovo gli stessi aggiornamenti</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: prossimo passo: mantieni aggiornati i record con l&apos;agente come servizio (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), oppure esegui `qddns-agent once` da cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: avviso: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: valido, %n profilo%2%3</numerusform>
            <numerusform>%1: valido, %n profili%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avviso</numerusform>
            <numerusform>, %n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (nessun file: valori predefiniti integrati)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: gli avvisi contano come errori; correggili, poi controlla di nuovo</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: prossimo passo: correggi ciò che indicano gli avvisi (non fermano l&apos;agente), poi `qddns-agent once` per aggiornare ora</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: prossimo passo: aggiungi un profilo a %1 (README, &quot;Configuration&quot;; `qddns-agent providers` elenca i provider)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: prossimo passo: `qddns-agent once` per aggiornare ora, poi esegui l&apos;agente come servizio (README, &quot;Run it as a service&quot;)</translation>
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
        <translation>qddns-agent mantiene i nomi DNS puntati sull&apos;indirizzo pubblico di questa rete.

Comandi:
  run                      esegue come servizio in primo piano (registro su stderr)
  once                     un ciclo di rilevamento e aggiornamento, poi termina (--dry-run, --force, --json)
  check-config             convalida la configurazione; avvisa di ciò che qui non può funzionare (--strict)
  providers [ID]           i provider, le loro opzioni e la guida (--json)
  secret set PROFILE       memorizza il segreto di un profilo nel portachiavi (letto da stdin), oppure con
                           --file PATH in un file leggibile solo dal proprietario (--write-config: e vi punta il profilo);
                           --field F per le altre credenziali di un provider (ad es. secretApiKey)
  secret delete PROFILE    lo rimuove dal portachiavi (--field F)
  import TOOL FILE         stampa la configurazione di ddclient, inadyn, openwrt o ddns-updater (TOOL)
                           come quella di qddns, con i segreti memorizzati nel portachiavi; --write [PATH] la scrive
                           (--merge: accanto ai profili di un file esistente); --secrets file:DIR|keep-out
  service print-unit       stampa l&apos;unità utente systemd per questo qddns-agent
  service install-unit     la scrive in ~/.config/systemd/user/ e spiega come abilitarla

Comandi per l&apos;agente in esecuzione (tramite il suo socket locale):
  status                   indirizzi, record e ciò che l&apos;agente farà dopo (--json)
  update [PROFILE]         esegue ora un ciclo di aggiornamento (tutti i profili o uno) e ne mostra i risultati (--force)
  pause, resume            sospende e riprende gli aggiornamenti automatici
  logs                     ultime righe del registro (--level, --limit, --follow)
  history                  cambi dell&apos;indirizzo pubblico (--since, --json)

Codici di uscita: 0 fatto, 1 un errore (un aggiornamento non è riuscito o è sospeso, un file o un lock), 2 uso o
configurazione errati (non è stato fatto nulla), 3 nessun agente risponde (comandi per l&apos;agente in esecuzione).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>uno dei comandi sopra</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questa guida.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>File di configurazione (predefinito: %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Directory di stato (predefinita: %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>Il socket locale dell&apos;agente (predefinito: derivato dalla directory di stato, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Registra i messaggi di debug di ogni categoria di qddns.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: condivide il socket (0660) con questo gruppo (nome o numero): i suoi membri possono usare status, update, pause, resume, logs e history, ma non modificare la configurazione o i segreti.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: rileva e mostra cosa verrebbe inviato; non invia e non modifica nulla.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: invia i record anche se il loro indirizzo non è cambiato.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: stampa in JSON.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: gli avvisi sono errori (codice di uscita 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: quale credenziale del provider del profilo (predefinita: secret, quella principale).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: scrive il segreto in questo file leggibile solo dal proprietario invece che nel portachiavi.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: imposta anche il &quot;secret&quot; del profilo nel file di configurazione.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: convalida e scrive la configurazione nel PATH indicato dopo --write, altrimenti in --config o nel file predefinito.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: aggiunge i profili importati a un file di configurazione esistente.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: dove vanno i segreti: keychain (predefinito, il portachiavi), file:DIR (file leggibili solo dal proprietario) o keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: continua a stampare le nuove righe finché non viene interrotto.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: il livello meno grave mostrato: debug, info (predefinito), warning o error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: al massimo questo numero di righe recenti.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: cambi da una data/ora (2026-11-01, 2026-11-01T08:00:00Z) o da una durata fa (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: opzione sconosciuta %1; vedi qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; vedi qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: comando sconosciuto &quot;%1&quot;; i comandi sono %2 (vedi --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: uso: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>pubblicato; avviso: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>pubblicato, ricerca dei server della zona</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>pubblicato, verifica: %1 server su %2 rispondono %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>è un NAT di livello carrier (CGNAT, 100.64.0.0/10): il tuo provider condivide l&apos;indirizzo pubblico, le connessioni da Internet potrebbero non raggiungere questa rete</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>è privato: il router si trova dietro un altro router (doppio NAT), che deve inoltrargli le connessioni</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>non è un indirizzo pubblico (doppio NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>l&apos;indirizzo WAN %1 del router %2; rilevatore %3 saltato</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), in esecuzione dal %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>aggiornamenti automatici sospesi</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, prossimo controllo tra %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  non rilevato: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (ultimo noto: %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  non ancora rilevato</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  tramite %3 dal %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>nessun profilo configurato</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>hook %1 (%2) %3 il %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 esecuzioni di fila)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n hook, nessuno in errore</numerusform>
            <numerusform>%n hook, nessuno in errore</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: l&apos;agente ha chiuso la connessione (si è fermato?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: l&apos;agente non ha risposto entro %1 s</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>gli aggiornamenti automatici sono sospesi (`qddns-agent update` esegue comunque un ciclo; `qddns-agent resume` li riprende)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>gli aggiornamenti automatici sono attivi</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>nessun record da aggiornare</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>nessun cambio di indirizzo registrato%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> in quel periodo</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: argomento imprevisto &quot;%1&quot;; vedi --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; non è un livello; usa debug, info, warning o error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; non è un numero intero positivo</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; non è né una data/ora (2026-11-01, 2026-11-01T08:00:00Z) né una durata (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n errore di configurazione; non è stato importato nulla</numerusform>
            <numerusform>qddns-agent: %n errori di configurazione; non è stato importato nulla</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: impossibile leggere %1: %2; non è stato importato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 esiste e un&apos;importazione non lo sovrascrive mai; non è stato importato nulla. Aggiungi --merge per mettere i profili importati accanto ai suoi, oppure scrivi un altro file con --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: correggi prima %1 (`qddns-agent check-config`), poi importa di nuovo; non è stato importato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 non può essere letto come configurazione di %2: %3; non è stato importato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: %1 ha già profili chiamati %2; non è stato importato nulla. Rinominali o rimuovili lì, oppure scrivi l&apos;importazione in un altro file con --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: impossibile aggiungere i profili a %1: %2; non è stato importato nulla</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importato: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>non unito: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: non è stato possibile importare alcun profilo da %1 (vedi sopra); non è stato scritto nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; la configurazione non è stata scritta%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (i suoi segreti sono memorizzati)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n segreto in file leggibili solo da te: %1</numerusform>
            <numerusform>qddns-agent: %n segreti in file leggibili solo da te: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n segreto nel portachiavi (servizio %1), con il nome %2</numerusform>
            <numerusform>qddns-agent: %n segreti nel portachiavi (servizio %1), con il nome %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: nessun segreto memorizzato per %n profilo; memorizzalo (viene letto dallo standard input):</numerusform>
            <numerusform>qddns-agent: nessun segreto memorizzato per %n profili; memorizzali uno per uno (vengono letti dallo standard input):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n profilo scritto in %1%2; prossimo passo: `%3`</numerusform>
            <numerusform>qddns-agent: %n profili scritti in %1%2; prossimo passo: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> accanto ai suoi %1 profili</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: prossimo passo: salva la configurazione sopra come %1 (o importa di nuovo con --write), poi `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` spiega le chiavi di un provider; `--json` stampa tutto.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; fino a %n host per richiesta</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; fino a %n host per richiesta</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>nessuno: imposta &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: &quot;%1&quot; non è un provider noto; quelli noti sono: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: nessun segreto sullo standard input; non è stato memorizzato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file e --write-config valgono solo per `secret set` (rimuovi un file di segreto con rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: --write-config richiede --file PATH (un segreto nel portachiavi non richiede alcun riferimento nella configurazione)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: il provider &quot;%1&quot; del profilo &quot;%2&quot; non ha la credenziale &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (non ne usa nessuna)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; le sue credenziali: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 da %2: viene scritto lì</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: nessun profilo chiamato &quot;%1&quot; in %2: aggiungi prima il profilo (README, &quot;Configuration&quot;), poi esegui di nuovo questo comando; non è stato memorizzato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: impossibile leggere %1: %2; non è stato memorizzato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: impossibile aggiungere il riferimento a %1: %2; non è stato memorizzato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: nota: ancora nessun profilo chiamato &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: nota: %1 da %2, non dal portachiavi</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; non è stato memorizzato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 è scritto in %2 (leggibile solo da te)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; inserisci questo a mano nel profilo &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: il profilo &quot;%1&quot; in %2 ora lo legge da lì; prossimo passo: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: prossimo passo: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: prossimo passo: inserisci la riga sopra nel profilo &quot;%1&quot; di %2 (o esegui di nuovo questo comando con --write-config), poi `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: fatto</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; non è stato installato nulla</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: nota: %1 si trova in una directory di build; una build pulita lo rimuove. Installalo prima (README, &quot;Run it as a service&quot;) ed esegui install-unit con il qddns-agent installato</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: prossimo passo: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; poi `qddns-agent status` o journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: su una macchina su cui nessuno resta connesso (un NAS, un server via SSH), esegui anche `sudo loginctl enable-linger %1`: senza questo l&apos;agente si ferma quando ti disconnetti</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>propagato: %1 risponde %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>propagato: %1 rispondono %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; nessuna configurazione è stata scritta</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; nessuna configurazione è stata stampata</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>il segreto del profilo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>la credenziale %1 del profilo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>il profilo &quot;%1&quot; legge il suo segreto</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>il profilo &quot;%1&quot; legge la credenziale %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 è salvato nel portachiavi</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 è stato eliminato dal portachiavi</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: sostituito %1 (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: scritto %1 (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>è obbligatorio: scrivi &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 non è supportata; questo qddns legge la versione 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>deve essere un elenco di profili</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>è vuoto, ma il profilo &quot;%1&quot; pubblica indirizzi %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>deve essere un elenco non vuoto di %1%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>deve essere una stringa non vuota, non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; non è uno tra %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} non è un segnaposto%2; i segnaposto sono {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} richiede il &quot;secret&quot; dell&apos;hook: da dove leggerlo</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>non è un JSON valido una volta sostituiti i segnaposto (%1 alla posizione %2); metti ogni segnaposto all&apos;interno di una stringa JSON, ad es. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>una richiesta GET non ha corpo; usa &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; non è uno tra %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>deve essere un oggetto di nomi e valori di intestazione, ad es. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; non è un nome di intestazione valido</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>indica il tipo del corpo con &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>è impostato da qddns stesso</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>deve essere una stringa, non %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>deve essere una stringa (un corpo JSON si scrive come stringa: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), non %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>viene letto ma non inviato da nessuna parte: metti {secret} dove serve, ad es. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>deve essere una stringa URL, non %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>non accetta segnaposto</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>deve essere un numero intero, non %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>non accetta segnaposto: qddns aggiunge ciò che serve al monitor</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>deve essere un elenco non vuoto di stringhe: il programma e i suoi argomenti, eseguito senza shell (i valori dell&apos;evento sono nel suo ambiente: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>deve essere un oggetto come {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; deve contenere da 1 a 64 lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, e iniziare con una lettera o una cifra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; è già usato da un altro hook</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; non è un tipo di hook%2; usa uno tra %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>è obbligatorio: gli eventi notificati a questo hook, tra %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>deve essere un elenco di hook</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>deve essere un elenco di nomi di hook (gli hook a cui viene notificato questo profilo; [] per nessuno)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>non esiste alcun hook chiamato &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>non esiste alcun profilo chiamato &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>i segreti non vengono mai memorizzati nel file di configurazione; usa &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} e `qddns-agent secret set PROFILE`, oppure una sorgente file, env o systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>chiave sconosciuta%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>deve essere true o false, non %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>deve essere un numero di secondi o una durata come &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, non %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>deve essere tra %1 e %2 secondi, non %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>non deve contenere un nome utente o una password; usa &quot;username&quot; e &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; non è un URL http(s)</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>http:// non cifrato viene rifiutato: i dati viaggerebbero in chiaro; usa https://, oppure imposta &quot;allowInsecureHttp&quot;: true (pensato per server di prova in loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>deve essere un oggetto con &quot;ipv4&quot;, &quot;ipv6&quot; e &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>deve essere un elenco di rilevatori (vuoto per non rilevare %1)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>deve essere un oggetto come {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>deve essere un numero intero da 1 a 5, non %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>indica &quot;sourceAddress&quot; o &quot;interface&quot;, non entrambi: l&apos;indirizzo dell&apos;interfaccia è l&apos;origine</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>non è un indirizzo locale: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 non è un indirizzo %2, come richiede un rilevatore di &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; non è un nome di interfaccia di rete (da 1 a 15 caratteri, senza &apos;/&apos;, &apos;:&apos; o spazi)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>deve essere un oggetto come {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>per un rilevatore web</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>per un rilevatore di interfaccia</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>per un rilevatore a comando</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>deve essere un elenco non vuoto di stringhe: il programma e i suoi argomenti (eseguito senza shell)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>per un rilevatore upnp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; non è un tipo di rilevatore; usa &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; o &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>deve essere &quot;auto&quot; (trova i server della zona con una ricerca NS) o un elenco non vuoto di server DNS, non %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>un elenco vuoto</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>deve essere un nome o un indirizzo di server DNS, non %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>per un rilevatore dns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; non è un servizio di eco DNS; usa %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>non deve contenere una password: i segreti non vanno nel file di configurazione%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; la password del proxy è la credenziale &quot;%1&quot; del profilo</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>deve essere un proxy come &quot;http://proxy.lan:3128&quot; o &quot;socks5://127.0.0.1:1080&quot; (schema http o socks5, host e porta)%1, non %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, oppure &quot;none&quot; per nessun proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>non deve contenere un nome utente: un proxy che richiede credenziali si imposta nel &quot;proxy&quot; di ciascun profilo (la sua password è allora una credenziale del profilo)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>deve essere un oggetto come {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 non contiene alcun certificato PEM</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>i segreti non vengono mai memorizzati nel file di configurazione; indica dove trovarlo: {&quot;source&quot;: &quot;keychain&quot;} (poi `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} o {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 non è una sorgente di segreti; usa &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; o &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>per un segreto nel portachiavi</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>per un segreto in un file</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>per un segreto %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; non è una sorgente di segreti; usa &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; o &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>per un host</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>deve essere un numero intero da 8 a 120, non %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>deve essere l&apos;identificatore di interfaccia IPv6 dell&apos;host, ad es. &quot;::1234&quot; o &quot;::211:32ff:fe12:3456&quot;, non %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 invade i primi %2 bit, che provengono dal prefisso rilevato</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>deve essere un oggetto che indica da dove proviene ogni credenziale, ad es. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>tra le credenziali del provider &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> e del suo proxy</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>è richiesto da questo provider: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>deve essere una stringa di espressione regolare, non %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>non è un&apos;espressione regolare valida: %1 (alla posizione %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>deve essere un oggetto con &quot;name&quot;, &quot;provider&quot; e &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; è già usato da un altro profilo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; non è un provider noto%2; `qddns-agent providers` li elenca</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>per il provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>è obbligatorio: l&apos;elenco dei nomi host da mantenere aggiornati</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>deve essere un elenco non vuoto di nomi host</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>è obbligatorio: il nome host</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>deve essere una stringa con un nome host, non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; non è un nome host valido: %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>ha spazi intorno</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; è elencato due volte</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; e &quot;ipv6&quot; sono entrambi false: niente da pubblicare</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>il provider &quot;%1&quot; non può pubblicare indirizzi IPv6</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>il provider &quot;%1&quot; non può pubblicare indirizzi IPv4</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>è richiesto dal provider &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>il provider &quot;%1&quot; non usa un nome utente</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>il provider &quot;%1&quot; non usa un segreto</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>deve essere un numero intero di secondi da 1 a 86400, non %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (forse intendevi &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>un elenco</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>è vuoto</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>termina con un punto; scrivi il nome senza</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>è più lungo di 253 caratteri</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>ha un&apos;etichetta vuota</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>ha un&apos;etichetta più lunga di 63 caratteri</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>ha un&apos;etichetta che inizia o finisce con &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>contiene &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valido in %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>la configurazione deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>è obbligatorio per un hook %1: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>è obbligatorio per un hook %1: %2, ad es. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>chiede che %1 rilevatori concordino, ma ne è configurato solo 1</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>chiede che %1 rilevatori concordino, ma ne sono configurati solo %2</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>Il DNS dinamico di Dyn è un servizio a pagamento (Dyn ha chiuso gli account gratuiti nel 2014; oggi fa parte di Oracle). Usa il nome utente del tuo account Dyn e una Updater Client Key (Account &gt; Updater Client Key) invece della password dell&apos;account.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Nome utente dell&apos;account Dyn</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (o la password dell&apos;account)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Usa il tuo nome utente o indirizzo email e la password di No-IP, oppure crea una DDNS Key (Dynamic DNS &gt; DDNS Keys) che può aggiornare solo i nomi host scelti per essa.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Nome utente o email</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>Nome utente o email di No-IP, oppure il nome utente della DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>Password di No-IP, oppure la password della DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Usa il tuo nome utente Dynu con la password dell&apos;account o, meglio, con la password separata per l&apos;aggiornamento IP (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Nome utente Dynu</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Password di aggiornamento IP</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>Password di aggiornamento IP (o la password dell&apos;account, in chiaro o come hash MD5/SHA-256)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>In dns.he.net, spunta &apos;Enable entry for dynamic dns&apos; sul record A/AAAA, poi genera la sua chiave DDNS (l&apos;icona con le frecce). La chiave appartiene a quel solo nome host: dai la stessa chiave a ogni record del profilo, oppure usa un profilo per nome host.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Un nome per profilo: la sua chiave DDNS appartiene a quel nome</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>Chiave DDNS</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>la chiave DDNS del record</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Usa il token mostrato alla creazione del dominio dedyn.io, oppure creane uno su https://desec.io/tokens. Il nome host stesso è il nome utente.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Un nome per profilo: il nome è anche il nome utente</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>Token deSEC</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>Il servizio nsupdate.info non accetta nuove registrazioni (account solo tramite il suo amministratore); gli account esistenti continuano a funzionare. Ogni host ha il proprio segreto di aggiornamento, mostrato quando l&apos;host viene creato o quando ne generi uno nuovo nella pagina dell&apos;host. Il nome host stesso è il nome utente. qddns invia l&apos;indirizzo in myip, quindi il server dual-stack di nsupdate.info va bene per entrambe le famiglie (i server ipv4./ipv6. sono per i client che lasciano che il servizio veda il loro indirizzo).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Segreto di aggiornamento</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>il segreto di aggiornamento dell&apos;host</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>Nel pannello di controllo OVHcloud apri la scheda DynHost del dominio, crea il record DynHost (per un nome con IPv4 e IPv6: un record DynHost per famiglia), poi usa &apos;Manage access&apos; per creare un login DynHost per quel sottodominio. qddns usa il server di aggiornamento della guida attuale di OVHcloud, dns.eu.ovhapis.com; imposta &quot;server&quot; per usarne un altro.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>Login DynHost</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>Login DynHost, ad es. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>la password del login DynHost</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Usa il tuo nome utente e la password di spdyn.de, oppure il nome host come nome utente con il token di aggiornamento dell&apos;host.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Nome utente o nome host</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>Nome utente spdyn.de, oppure il nome host se usi un token di aggiornamento</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Password o token di aggiornamento</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>password o token di aggiornamento dell&apos;host</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Attiva DynDNS per il dominio nell&apos;area clienti STRATO (Domains &gt; Manage domain &gt; DynDNS) e imposta la sua password DynDNS.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>il nome di dominio, ad es. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>Password DynDNS</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>la password DynDNS del dominio</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Usa il nome utente e la password dell&apos;account DynDNS elencato in DynDNS Accounts nell&apos;area clienti selfHOST, non il tuo login cliente.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Nome utente dell&apos;account DynDNS</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Password dell&apos;account DynDNS</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Usa l&apos;email e la password del tuo account DNS-O-Matic (OpenDNS). Il nome host all.dnsomatic.com aggiorna ogni servizio configurato lì.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; aggiorna ogni servizio del tuo account</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>Email dell&apos;account DNS-O-Matic</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Password dell&apos;account DNS-O-Matic</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Usa il nome utente e la password del tuo account ChangeIP. ChangeIP risponde &quot;200 Successful Update&quot; che l&apos;indirizzo sia cambiato o no; 402 significa che il dominio richiede Premium DNS, 422 che il nome host non è tra i tuoi domini o set.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>Nome utente ChangeIP</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>Password ChangeIP</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Attiva DynDNS per il dominio in Loopia Customer Zone, poi usa il tuo numero cliente Loopia (o un utente API/DynDNS) e la relativa password.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Numero cliente o utente DynDNS</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Numero cliente Loopia o utente DynDNS</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>la relativa password</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Crea una voce DNS dinamico in Infomaniak Manager (Domains &gt; il tuo dominio &gt; Dynamic DNS); ha un proprio nome utente e una propria password. Non usare il tuo login Infomaniak.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>il nome utente della voce DNS dinamico</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>la password della voce DNS dinamico</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Nomi gratuiti sotto dy.fi per indirizzi IPv4 finlandesi. Usa l&apos;indirizzo email e la password del tuo account dy.fi. dy.fi punta un nome all&apos;indirizzo da cui proviene l&apos;aggiornamento (non accetta un parametro indirizzo; qddns controlla l&apos;indirizzo che restituisce), e un nome non aggiornato per 7 giorni scade: imposta &quot;forceInterval&quot; a &quot;5d&quot;. Gli aggiornamenti che non cambiano nulla, inviati spesso, contano come abuso.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>Indirizzo email dell&apos;account dy.fi</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Password dell&apos;account dy.fi</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Usa il token di aggiornamento del tuo account IPv64.net (Account Update Token nella dashboard), oppure il token di aggiornamento proprio di un dominio; il nome utente non viene controllato. Gli account gratuiti possono inviare 48 aggiornamenti al giorno, e non più di 3 in 10 secondi.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Token di aggiornamento</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>Token di aggiornamento IPv64.net</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Usa il nome utente e la password della sezione Dynamic DNS del tuo account RU-CENTER (DNS hosting: Dynamic DNS); non sono il login dell&apos;account. Quando una richiesta non contiene un indirizzo IPv4, RU-CENTER imposta il record A sull&apos;indirizzo da cui proviene la richiesta, quindi pubblica anche IPv4 in questo profilo.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Nome utente DNS dinamico</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>il nome utente DNS dinamico del tuo account RU-CENTER</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Password DNS dinamico</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>la password DNS dinamico del tuo account RU-CENTER</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Mantiene aggiornato l&apos;indirizzo IPv4 di una rete OpenDNS (Cisco Umbrella) affinché si applichino le sue impostazioni di filtro. Attiva gli aggiornamenti IP dinamici per la rete nella dashboard; l&apos;host è l&apos;etichetta della rete. OpenDNS risponde &quot;good&quot; che l&apos;indirizzo sia cambiato o no, e considera un abuso più di un aggiornamento al minuto.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>L&apos;etichetta della rete OpenDNS, come la mostra la dashboard; qddns invia i nomi in minuscolo, quindi dai alla rete un&apos;etichetta in minuscolo composta da lettere, cifre e trattini</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>Email dell&apos;account OpenDNS</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Password dell&apos;account OpenDNS (Umbrella con single sign-on: la password secondaria che il supporto crea per gli aggiornamenti)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Usa l&apos;endpoint compatibile con DynDNS dell&apos;API di Simply.com. Il nome utente è il numero del tuo account Simply.com (S seguita da cifre), la password è la chiave API di quell&apos;account; entrambi sono mostrati nel pannello di controllo di Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numero account</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Numero dell&apos;account Simply.com, ad es. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>la chiave API dell&apos;account</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Mantiene l&apos;endpoint IPv4 di un tunnel IPv6 di tunnelbroker.net sul tuo indirizzo IPv4 attuale (non aggiorna alcun record DNS). Usa il tuo nome utente tunnelbroker.net e la Update Key del tunnel (scheda Advanced dei dettagli del tunnel) se è impostata, altrimenti la tua password tunnelbroker.net. L&apos;host identifica il tunnel: tunnel&lt;ID&gt;.tunnelbroker.net con l&apos;ID numerico del tunnel.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>Il tunnel come tunnel&lt;ID&gt;.tunnelbroker.net, con il Tunnel ID numerico della pagina dei dettagli del tunnel</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>Nome utente tunnelbroker.net</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Chiave di aggiornamento</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>la Update Key del tunnel, oppure la password tunnelbroker.net</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Attiva il DNS dinamico per il nome host nelle impostazioni DNS del menu clienti Variomedia e imposta lì la password DynDNS (non è la password del menu clienti). Il nome utente è l&apos;indirizzo email del tuo account cliente (rivenditori: quello dell&apos;account del cliente finale).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>indirizzo email dell&apos;account cliente</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>la password DynDNS delle impostazioni DNS</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Crea un utente DDNS per il nome host nel KAS (Tools &gt; DDNS settings) e usa il suo login e la sua password, non il login del KAS. Un utente DDNS appartiene a un solo nome host. Per IPv6, attiva per esso il dual stack nel KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>Login DDNS</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>il login dell&apos;utente DDNS del KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>Password DDNS</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>la password dell&apos;utente DDNS</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Usa il nome utente e la password dell&apos;accesso DNS dinamico configurato su Core-Networks per il nome host. Ogni richiesta contiene una famiglia di indirizzi e chiede a Core-Networks di mantenere il record dell&apos;altra (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>il nome utente dell&apos;accesso DNS dinamico</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>la password dell&apos;accesso DNS dinamico</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Crea un account DynDNS presso INWX (è legato a un solo nome host) e usa il suo nome utente e la sua password, non il login INWX. INWX ricava il nome host dall&apos;account DynDNS. Pubblica IPv4 in questo profilo: INWX imposta il record A a 127.0.0.1 quando un aggiornamento non contiene un indirizzo IPv4 (a meno che il supporto INWX non abbia reso l&apos;account DynDNS solo IPv6), ed elimina il record AAAA quando non contiene un indirizzo IPv6.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>Nome utente DynDNS</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>il nome utente dell&apos;account DynDNS di INWX</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>la password dell&apos;account DynDNS di INWX</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Attiva Dynamic DNS per il dominio nella gestione DNS di Joker.com e usa il nome utente e la password DynDNS mostrati lì, non il login del tuo account Joker.com.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>il nome utente DynDNS della gestione DNS del dominio</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>la password DynDNS della gestione DNS del dominio</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Configura un accesso DynDNS per il nome host nell&apos;amministrazione di schokokeks.org e usa il suo nome utente e la sua password. Solo IPv4 in qddns: gli altri client concordano solo sugli aggiornamenti IPv4.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>il nome utente dell&apos;accesso DynDNS</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>la password dell&apos;accesso DynDNS</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Nomi DNS dinamici gratuiti. Usa l&apos;indirizzo email e la password del tuo account Now-DNS. Ogni richiesta contiene una famiglia di indirizzi, inviata in myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>l&apos;indirizzo email dell&apos;account Now-DNS</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>la password dell&apos;account Now-DNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Usa il nome utente e la password del tuo account Oray. Solo IPv4: gli altri client inviano a Oray solo aggiornamenti IPv4. qddns invia l&apos;aggiornamento solo tramite HTTPS (gli altri client usano http non cifrato, che esporrebbe la password); nessun altro client mostra che ddns.oray.com risponde in HTTPS, quindi se gli aggiornamenti falliscono con un errore di connessione, questa è la causa probabile.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Nome utente Oray</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>il nome utente dell&apos;account Oray</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>la password dell&apos;account Oray</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Crea un utente FlexDNS per il record nell&apos;area clienti di Domain-Offensive (il record FlexDNS deve essergli assegnato) e usa il suo nome utente e la sua password, non il login cliente. Ogni richiesta contiene una famiglia di indirizzi.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>Nome utente FlexDNS</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>il nome utente FlexDNS, ad es. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>Password FlexDNS</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>la password dell&apos;utente FlexDNS</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Usa il nome utente e la password che dynDNS.it fornisce per il nome host. dynDNS.it blocca i nomi host che inviano aggiornamenti quando l&apos;indirizzo non è cambiato; qddns ne invia uno solo quando è cambiato. Solo IPv4: dynDNS.it documenta solo aggiornamenti IPv4.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>il nome utente dynDNS.it del nome host</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>la password dynDNS.it del nome host</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Usa l&apos;ID del tuo account freedyn.de (il numero di 10 cifre) e la password del pannello di controllo o, meglio, la chiave AUTH dell&apos;account. Solo IPv4 in qddns.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID account</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>l&apos;ID account freedyn.de di 10 cifre</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>Chiave AUTH</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>la chiave AUTH (o la password del pannello di controllo)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Crea il record in &apos;Dynamic address records&apos; nella pagina della zona in HexDNS, poi aprilo (il pulsante di modifica) per vedere il suo ID e la sua password: l&apos;ID è il nome utente. Ogni record dinamico ha un proprio ID e una propria password.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Un nome per profilo: l&apos;ID e la password del record appartengono a quel nome</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID del record</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>l&apos;ID del record dinamico (un UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>la password del record dinamico</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Usa l&apos;indirizzo email (o il nome utente) e la password del tuo account VisualDNS. Il nome deve già avere un record A in uno dei tuoi domini. Solo IPv4: VisualDNS documenta aggiornamenti di record A.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>Email o nome utente</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>l&apos;indirizzo email o il nome utente dell&apos;account VisualDNS</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>la password dell&apos;account VisualDNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Usa il nome utente e la password del tuo account Pubyun (3322.net). Solo IPv4. Pubyun blocca un nome aggiornato più di una volta al minuto; qddns invia un aggiornamento solo quando l&apos;indirizzo è cambiato.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>il nome utente dell&apos;account Pubyun</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>la password dell&apos;account Pubyun</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Attiva l&apos;API DNS dinamico per il dominio nel tuo account 1984 Hosting (Domains &gt; FreeDNS &gt; API) e copia la sua chiave API.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>La chiave API FreeDNS del tuo account 1984 Hosting</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Copia la chiave di aggiornamento del tuo account DDNSS (ddnss.de &gt; Update-Key); aggiorna ogni host dell&apos;account, quindi la password dell&apos;account non serve. Per un host con un indirizzo IPv4 e uno IPv6, attiva per esso il dual stack su DDNSS: qddns invierà allora entrambi gli indirizzi in ogni aggiornamento.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>I tuoi host DDNSS, ad es. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>La chiave di aggiornamento del tuo account DDNSS (non la password)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>L&apos;API di dinahosting accede con il tuo nome utente e la tua password dinahosting. Imposta il dominio a cui appartengono gli host; ogni host è un nome sotto di esso, ad es. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Nomi sotto il dominio del profilo, ad es. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Il tuo nome utente dinahosting</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>La password del tuo account dinahosting</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>Il dominio su dinahosting a cui appartengono gli host, ad es. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Attiva il DNS dinamico per il record nella gestione DNS di Directnic e copia il suo URL di aggiornamento: il token è la parte dopo /dns/gateway/. Un token aggiorna un record, A o AAAA: pubblica solo la sua famiglia e usa un altro profilo per il token dell&apos;altro record.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>Il nome il cui record viene aggiornato dal token (il token da solo identifica il record)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Token del gateway</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>Il token dell&apos;URL di aggiornamento del record (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Crea una chiave API DNS su dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). Gli host devono già avere i loro record A (e AAAA) su DNSExit.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Una chiave API DNS del tuo account DNSExit</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Crea ogni record come record DNS dinamico nel pannello di controllo di DNS Made Easy e assegnagli una password; DNS Made Easy identifica il record tramite il suo ID, che il pannello di controllo mostra accanto.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>L&apos;ID di ogni record DNS dinamico (un numero; DNS Made Easy aggiorna i record per ID, non per nome)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>Il nome utente del tuo account DNS Made Easy</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>La password del record DNS dinamico</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Genera una chiave DonDNS nel tuo account DonDominio (My Account &gt; DonDNS Key) e crea il record A dell&apos;host nella zona DNS del dominio; DonDNS lo aggiornerà poi.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Il tuo nome utente DonDominio</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>Chiave DonDNS</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>La chiave DonDNS del tuo account (non la sua password)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Crea un token HTTP su dynv6.com (Keys &gt; HTTP Tokens), per l&apos;account o solo per questa zona. Ogni host è una delle tue zone dynv6, ad es. myhome.dynv6.net: l&apos;API di aggiornamento imposta i record A e AAAA propri della zona.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Le tue zone dynv6, ad es. myhome.dynv6.net (l&apos;API di aggiornamento imposta i record propri di una zona, non quelli dei nomi al suo interno)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>Token HTTP</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Un token HTTP del tuo account dynv6 (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Imposta una password di dominio per il dominio nel tuo account Enom (SetDNSHost la richiede) e aggiungi gli host ai suoi record host.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Password del dominio</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>La password del dominio presso Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Abilita il record nella pagina dinamica v2 di FreeDNS (freedns.afraid.org/dynamic/v2/) e copia il suo token: l&apos;ultima parte del suo URL di aggiornamento https://sync.afraid.org/u/TOKEN/. Un token aggiorna un record, A o AAAA: pubblica solo la sua famiglia e usa un altro profilo per il token dell&apos;altro record.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>Il token del record da freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Richiedi un nome su freemyip.com e copia il token che mostra; il token appartiene a quel nome.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Il tuo nome FreeMyIP con la sua terminazione, ad es. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>Il token che freemyip.com ha fornito per il nome</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Crea una chiave API nel tuo account Gigahost; il DNS del dominio deve essere ospitato presso Gigahost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Una chiave API del tuo account Gigahost</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Usa uno dei nomi utente del tuo elenco di router GoIP e la relativa password (non il login dell&apos;account). Quando una richiesta non contiene un indirizzo IPv4, GoIP imposta il record A in base alla connessione: pubblica IPv4 insieme a IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>I tuoi sottodomini GoIP con la loro terminazione, ad es. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Nome utente del router</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Un nome utente del tuo elenco di router GoIP</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>La password di quel nome utente del router</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Aggiungi il DNS dinamico al sottodominio su DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) e imposta la sua password. Il servizio rifiuta un secondo aggiornamento di un host entro 30 minuti.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>I sottodomini con DNS dinamico, ad es. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>La password DynamicDNS del sottodominio</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Usa il master ID (o un child ID) e la relativa password di MyDNS.JP; i record aggiornati sono quelli del dominio registrato per quell&apos;ID.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>Il dominio registrato per l&apos;ID (MyDNS.JP aggiorna il dominio dell&apos;ID; il nome è mostrato solo in qddns)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>Master ID</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Il tuo master ID di MyDNS.JP o un child ID</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>La password di quell&apos;ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Attiva Dynamic DNS per il dominio (Domain List &gt; Manage &gt; Advanced DNS) e copia la sua password Dynamic DNS; aggiungi ogni host come record &apos;A + Dynamic DNS&apos;. La password appartiene a un solo dominio: un profilo aggiorna nomi nel dominio che indica.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>Il dominio o nomi sotto di esso, ad es. example.com o home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>La password Dynamic DNS del dominio (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>Il dominio di cui questo profilo contiene la password Dynamic DNS, ad es. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Aggiungi un record dinamico (Dynamic) per il nome nelle impostazioni DNS Njalla del dominio e copia la sua chiave.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>La chiave del record dinamico</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Attiva il DNS dinamico per il dominio nell&apos;amministrazione domini di regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) e copia il suo token DynDNS.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>Token DynDNS</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>Il token DynDNS regfish del dominio</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Crea delle credenziali API (un token e un segreto) nel pannello di controllo di Domeneshop, https://domene.shop/admin?view=api. Domeneshop crea il record A o AAAA se non esiste ancora.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>il token delle tue credenziali API Domeneshop</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Segreto API</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>il segreto di quelle credenziali API</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>In easyDNS, apri le impostazioni DNS del dominio (Modular Editor &gt; Dynamic Records), definisci i nomi host dinamici e abilita un Dynamic Authenticated Token: qddns invia quel token, mai la password dell&apos;account. easyDNS accetta al massimo un aggiornamento per host ogni 10 minuti.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>Nome utente easyDNS</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>il nome utente del tuo account easyDNS</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Token dinamico</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>il Dynamic Authenticated Token del dominio</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Usa il nome utente e la password API mostrati nella pagina del tuo account YDNS (un account YDNS nativo può usare invece il proprio login). YDNS accetta un indirizzo per richiesta: qddns ne invia uno per IPv4 e uno per IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>Nome utente API</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>il nome utente API dalla pagina del tuo account YDNS</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Password API</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>la password API dalla pagina del tuo account YDNS</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>un altro servizio DNS dinamico gratuito</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>un altro provider di hosting DNS</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>un altro servizio DNS dinamico</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>il provider DNS su cui sono stati spostati i tuoi domini</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Aggiorna i record A/AAAA di un dominio in Alibaba Cloud DNS (Alidns, anche aliyun.com). Crea un utente RAM con una AccessKey e la policy AliyunDNSFullAccess (oppure alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord e alidns:AddDomainRecord). Vengono aggiornati i record della linea predefinita; se uno manca, viene creato.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Nomi nel dominio indicato sotto; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>L&apos;AccessKey ID dell&apos;utente RAM (inizia con LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>L&apos;AccessKey secret mostrato una sola volta alla creazione della AccessKey</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>Il dominio a cui appartengono gli host, come aggiunto ad Alibaba Cloud DNS, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Aggiorna i record A/AAAA di una zona pubblica in Baidu AI Cloud DNS (智能云解析). Crea una chiave di accesso (Access Key ID e Secret Access Key) in Security Authentication per un utente che può gestire il DNS. Vengono aggiornati i record della linea predefinita; se uno manca, viene creato.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomi nella zona indicata sotto; anche la zona stessa (example.com) è un nome</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>L&apos;Access Key ID (AK) della chiave di accesso</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>La Secret Access Key (SK) della chiave di accesso</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Aggiorna i record A/AAAA di domini e sottodomini sul DNS di Beget tramite l&apos;API di Beget. Beget sostituisce tutti i record di un nome in una volta, quindi gli altri record del nome (MX, TXT, l&apos;altra famiglia) vengono reinviati così com&apos;erano; un nome che ha già l&apos;indirizzo non viene toccato. L&apos;API di Beget non prevede il TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Domini o sottodomini del tuo account Beget</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>Il login dell&apos;account Beget</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>La password API impostata nel pannello di controllo di Beget (sezione API), con l&apos;accesso API abilitato</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Aggiorna i record A/AAAA di zone in Bunny DNS tramite l&apos;API di bunny.net. Un record che non esiste viene aggiunto; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene TTL, accelerazione, stato e commento, a meno che il profilo non imposti un TTL.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomi nelle tue zone Bunny DNS; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>La chiave API dell&apos;account dalla dashboard di bunny.net (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona Bunny DNS a cui appartengono gli host, ad es. example.com. Se non è impostata, qddns la cerca tra le zone dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di una zona ospitata su Cloudflare tramite l&apos;API v4. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Un token API di Cloudflare (My Profile &gt; API Tokens &gt; Create Token) con i permessi Zone:Zone:Read e Zone:DNS:Edit per questa zona. Non la Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) Cloudflare a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Instrada i record attraverso il proxy di Cloudflare (nuvola arancione). Se non è impostato, i nuovi record non passano dal proxy e quelli esistenti mantengono la loro impostazione. I record con proxy hanno sempre un TTL automatico.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Con proxy</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Aggiorna i record A/AAAA di una zona master su ClouDNS tramite la sua API HTTP, che ClouDNS offre nei piani a pagamento: crea un utente API (auth-id e password, oppure un sotto-utente limitato alla zona) in API &amp; Resellers. Ogni record viene prima letto e modificato solo se è diverso, mantenendo il suo TTL; se uno manca, viene aggiunto con 3600 secondi, a meno che il profilo non imposti un TTL (ClouDNS accetta 60, 300, 900, 1800, 3600, 21600, 43200, 86400 secondi e oltre).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>L&apos;auth-id dell&apos;utente API (o il sub-auth-id del sotto-utente, con subUser impostato)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Password di autenticazione</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>La auth-password dell&apos;utente API</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>Sotto-utente API</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>L&apos;Auth ID è il sub-auth-id di un sotto-utente.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) su ClouDNS a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Per i servizi aggiornati con una sola richiesta HTTP GET. Scrivi il loro URL di aggiornamento con i segnaposto [USERNAME], [PASSWORD], [DOMAIN], [IP] e [IP6]; ciascuno viene sostituito dal suo valore, con codifica percentuale.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Ogni nome sostituisce [DOMAIN] nell&apos;URL, una richiesta per nome</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Sostituisce [USERNAME] nell&apos;URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Sostituisce [PASSWORD] nell&apos;URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>L&apos;URL di aggiornamento, ad es. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Con [IP6] una richiesta per host contiene entrambi gli indirizzi ([IP] l&apos;IPv4, [IP6] l&apos;IPv6; un indirizzo non pubblicato resta vuoto); con solo [IP], viene inviata una richiesta per indirizzo.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>URL di aggiornamento</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Un&apos;espressione regolare che la risposta deve contenere perché l&apos;aggiornamento sia considerato riuscito, ad es. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Modello di successo</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Aggiorna gli RRset A/AAAA di qualsiasi dominio su deSEC (nomi dedyn.io o domini tuoi) tramite la sua API REST, con più nomi per profilo. Un nome senza RRset del tipo ne riceve uno con il TTL minimo del dominio (di solito 3600 secondi), a meno che il profilo non ne imposti uno; un RRset che ha già l&apos;indirizzo non viene toccato, e uno con più indirizzi non viene sovrascritto. Per un singolo nome dedyn.io, il provider &quot;desec&quot; (DynDNS) richiede meno configurazione.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Un token API di deSEC (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>Il dominio deSEC a cui appartengono gli host, ad es. example.com o myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aggiorna i record A/AAAA di domini gestiti dal DNS di DigitalOcean tramite l&apos;API v2. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL, a meno che il profilo non ne imposti uno.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini DigitalOcean; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Un token di accesso personale (API &gt; Tokens &gt; Generate New Token) con gli scope personalizzati domain: read, create e update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Il dominio DigitalOcean a cui appartengono gli host, ad es. example.com. Se non è impostato, qddns lo cerca tra i domini dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Aggiorna i record A/AAAA di un dominio su DNSPod tramite l&apos;API 3.0 di Tencent Cloud. Crea una chiave API (SecretId e SecretKey) in Access Management, API Keys, per un utente con la policy QcloudDNSPodFullAccess. Vengono aggiornati i record della linea predefinita; se uno manca, viene creato. (Non si tratta della vecchia API &quot;ID,Token&quot; di DNSPod.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>Il SecretId della chiave API (inizia con AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>La SecretKey della chiave API</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>Il dominio a cui appartengono gli host, come aggiunto a DNSPod, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Aggiorna i record A/AAAA di domini ospitati su DreamHost tramite l&apos;API di DreamHost. Un record che non esiste viene aggiunto; uno che ha già l&apos;indirizzo non viene toccato; a uno modificato viene aggiunto il nuovo valore (con il suo commento) e rimosso quello vecchio, poiché l&apos;API non consente modifiche. L&apos;API di DreamHost non prevede il TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini DreamHost; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Una chiave API del pannello DreamHost (Advanced &gt; API) autorizzata per dns-list_records, dns-add_record e dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Accedi a duckdns.org; il tuo token è mostrato in cima alla pagina. Gli host sono i tuoi sottodomini, scritti &quot;myhome&quot; o &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>I tuoi sottodomini Duck DNS: &quot;myhome&quot; per myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>Il token dell&apos;account mostrato su duckdns.org dopo l&apos;accesso</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Qualsiasi servizio che parla il protocollo DynDNS2 (/nic/update con autenticazione HTTP Basic). Imposta &quot;server&quot; sul suo URL di base, ad es. https://dyndns.example.net; qddns aggiunge /nic/update.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>il nome utente che il servizio ti ha dato per gli aggiornamenti</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>la password o la chiave di aggiornamento per quel nome utente</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>non usato: il nome host stesso è il nome utente</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>non usato: il servizio controlla solo il segreto</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Aggiorna i record A/AAAA di un sito il cui DNS è ospitato da Tencent Cloud EdgeOne (accesso NS) tramite l&apos;API 3.0 di Tencent Cloud. Crea una chiave API (SecretId e SecretKey) in Access Management, API Keys, per un utente con la policy QcloudTEOFullAccess. Vengono aggiornati i record della località Default, mantenendo il loro TTL; se uno manca, viene creato.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Nomi nel sito indicato sotto; anche il dominio stesso del sito (example.com) è un nome</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>Il sito EdgeOne (il dominio) a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aggiorna i record A/AAAA di domini su LiveDNS di Gandi tramite l&apos;API v5. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL, a meno che il profilo non ne imposti uno.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini Gandi; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token di accesso personale</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Un token di accesso personale (Organizations &gt; Sharing &gt; Create a token) con il permesso &quot;Manage domain name technical configurations&quot;. Le vecchie chiavi API sono deprecate da Gandi.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>Il dominio Gandi a cui appartengono gli host, ad es. example.com. Se non è impostato, qddns lo cerca tra i domini LiveDNS dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Aggiorna i record A/AAAA di una zona gestita in Google Cloud DNS. Crea un account di servizio con il ruolo DNS Administrator (roles/dns.admin), aggiungigli una chiave JSON e memorizza l&apos;intero file della chiave come segreto (qddns-agent secret set PROFILE &lt; key.json). Un set di record che non esiste viene creato.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Nomi nella zona gestita indicata sotto</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Chiave dell&apos;account di servizio (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>Il file della chiave JSON dell&apos;account di servizio, come scaricato dalla console Cloud</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>Il nome della zona gestita in Cloud DNS (come example-com), non il suo nome DNS.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Zona gestita</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>L&apos;ID del progetto della zona, se non è il progetto dell&apos;account di servizio.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID progetto</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Aggiorna i record A/AAAA di zone in Gcore Managed DNS tramite la DNS API v2. Un RRSet che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene TTL, impostazioni di bilanciamento e metadati, a meno che il profilo non imposti un TTL. Il piano gratuito di Gcore accetta TTL di 120 secondi o più.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomi nelle tue zone DNS Gcore; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Un token API permanente dal Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona DNS Gcore a cui appartengono gli host, ad es. example.com. Se non è impostata, qddns la cerca tra le zone dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aggiorna i record A/AAAA di domini che usano il DNS di GoDaddy tramite la Domains API v1. GoDaddy apre questa API solo agli account con 10 o più domini o con un abbonamento Discount Domain Club – Premier. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL, a meno che il profilo non ne imposti uno.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini GoDaddy; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>Il segreto mostrato una sola volta con una Production API key su developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Una Production API key da developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>Il dominio GoDaddy a cui appartengono gli host, ad es. example.com. Se non è impostato, qddns lo cerca tra i domini attivi dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Aggiorna i record A/AAAA di zone in Hetzner DNS tramite la Hetzner Cloud API (zone della Hetzner Console). Le zone ancora nella vecchia DNS Console devono prima essere migrate alla Hetzner Console: la vecchia API DNS sta per essere dismessa. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL e il suo commento.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Nomi nelle tue zone Hetzner; anche la zona stessa (example.com) è un nome</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Un token API del progetto della Hetzner Console che contiene la zona (Security &gt; API tokens), con permesso Read &amp; Write. I token della vecchia DNS Console non funzionano.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>La zona Hetzner a cui appartengono gli host, ad es. example.com. Se non è impostata, qddns la cerca tra le zone del progetto. Il TTL del profilo viene assegnato ai record creati da qddns.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aggiorna i record A/AAAA di un dominio nel DNS di Hostinger tramite l&apos;API di Hostinger. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL, a meno che il profilo non ne imposti uno.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Nomi nel dominio impostato come zona; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Un token API da hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>Il dominio Hostinger la cui zona DNS contiene gli host, ad es. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Aggiorna i set di record A/AAAA di una zona pubblica in Huawei Cloud DNS. Crea una chiave di accesso (AK/SK) per un utente IAM con la policy DNS FullAccess in My Credentials, Access Keys. Un set di record che non esiste viene creato.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>ID chiave di accesso (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>L&apos;ID della chiave di accesso, dal file credentials.csv della chiave di accesso</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Chiave di accesso segreta (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>La chiave di accesso segreta, dal file credentials.csv della chiave di accesso</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona pubblica a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Aggiorna i record A/AAAA di domini in IONOS DNS tramite l&apos;API IONOS DNS. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene TTL e priorità, a meno che il profilo non imposti un TTL.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Nomi nelle tue zone IONOS; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Una chiave API da developer.hosting.ionos.com/keys, scritta come prefisso pubblico e segreto uniti da un punto: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zona IONOS a cui appartengono gli host, ad es. example.com. Se non è impostata, qddns la cerca tra le zone dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aggiorna i record A/AAAA di domini nel DNS Manager di Linode tramite l&apos;API v4. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato, e uno modificato mantiene il suo TTL, a meno che il profilo non ne imposti uno.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini Linode; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Un token di accesso personale (Cloud Manager &gt; API Tokens) con Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Il dominio Linode a cui appartengono gli host, ad es. example.com. Se non è impostato, qddns lo cerca tra i domini dell&apos;account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di una zona ospitata su LuaDNS tramite la sua API REST. L&apos;accesso API è disabilitato per impostazione predefinita: abilitalo nelle impostazioni dell&apos;account, poi crea una chiave API (globale o limitata a questa zona). Un record che non esiste viene creato con un TTL di 3600 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>L&apos;indirizzo email del tuo account LuaDNS</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Una chiave API dalla pagina API Keys del tuo account LuaDNS</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona LuaDNS a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Aggiorna i record A/AAAA di una zona ospitata sul DNS primario di Mythic Beasts tramite la DNS API v2. Crea una chiave API nel pannello di controllo (API keys) con accesso alla DNS API per la zona, o solo per i record che aggiorni. Ogni record viene prima letto e sostituito solo se è diverso, mantenendo il suo TTL; se uno manca, viene creato con 300 secondi, a meno che il profilo non imposti un TTL.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID chiave API</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>L&apos;ID di una chiave DNS API v2 (pannello di controllo, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Segreto della chiave API</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>Il segreto mostrato una sola volta alla creazione della chiave</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>La zona (dominio) su Mythic Beasts a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di domini registrati su Name.com (che usano il DNS di Name.com) tramite la sua API. Crea un token API di produzione in Account Settings &gt; API Token Management. Un record che non esiste viene creato con un TTL di 300 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>Il nome utente del tuo account Name.com (per l&apos;ambiente di test, con -test aggiunto in fondo)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Un token API da Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio Name.com a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di domini registrati su NameSilo (che usano il DNS di NameSilo) tramite la sua API. Genera una chiave API nell&apos;API Manager del tuo account; i sotto-account non possono usare l&apos;API. L&apos;API riceve la chiave nell&apos;URL della richiesta (qddns la maschera nei suoi log). Un record che non esiste viene creato (con il TTL predefinito di NameSilo, a meno che il profilo non ne imposti uno); uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>La chiave dall&apos;API Manager del tuo account NameSilo</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio NameSilo a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Aggiorna i record A/AAAA di una zona DNS ospitata su NearlyFreeSpeech.NET. Crea una chiave API in Profile, Manage API Key; funziona con il login del membro. I record di un nome e di un tipo vengono sostituiti in un solo passaggio; se uno manca, viene aggiunto. Il TTL più breve di NearlyFreeSpeech.NET è di 180 secondi.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Login del membro</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>Il nome di login dell&apos;iscrizione a NearlyFreeSpeech.NET</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>La chiave API da Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS (dominio) a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Aggiorna i record A/AAAA di domini su netcup (che usano i name server di netcup) tramite la CCP DNS API. Nel pannello di controllo clienti (CCP), in Master Data &gt; API, genera la password API e crea una chiave API. Ogni aggiornamento accede, modifica i record ed esce. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato. I TTL si impostano per l&apos;intera zona nel CCP.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numero cliente</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Il tuo numero cliente netcup</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>La password API generata nel CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Una chiave API creata nel CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio netcup a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Aggiorna i record A/AAAA di una zona su NS1 (IBM NS1 Connect) tramite la sua API REST. Crea una chiave API con il permesso di gestire i record DNS della zona. Un record che non esiste viene creato (con il TTL predefinito della zona, a meno che il profilo non ne imposti uno); uno che ha già l&apos;indirizzo non viene toccato, e uno con più risposte non viene sovrascritto. I metadati di una risposta vengono mantenuti.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Una chiave API NS1 autorizzata a gestire i record della zona</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona NS1 a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Aggiorna i record A/AAAA di una zona DNS su OVHcloud tramite la sua API firmata, poi aggiorna la zona affinché la modifica venga servita. Crea una application key, il suo secret e una consumer key su https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, USA: api.us.ovhcloud.com; in tal caso imposta il server su https://ca.api.ovh.com/1.0 o https://api.us.ovhcloud.com/1.0) con i diritti GET, POST e PUT su /domain/zone/*. Le richieste contengono l&apos;ora di questa macchina: mantieni l&apos;orologio esatto. Per un singolo record DynHost il provider &quot;ovh&quot; richiede solo il login DynHost.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application key</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>L&apos;application key (AK) mostrata alla creazione delle chiavi</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Application secret</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>L&apos;application secret (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>La consumer key (CK) convalidata per i diritti sopra indicati</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS su OVHcloud a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di domini registrati su Porkbun tramite la sua API v3. Crea una chiave API su porkbun.com/account/api e attiva API ACCESS per il dominio (Domain Management). Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Nomi nei tuoi domini Porkbun; anche il dominio stesso (example.com) è un nome</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>La chiave API da porkbun.com/account/api (inizia con pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Chiave API segreta</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>La chiave API segreta mostrata insieme alla chiave API (inizia con sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Aggiorna i record A/AAAA di una zona sul tuo server PowerDNS Authoritative tramite la sua API HTTP integrata (il server richiede webserver=yes, api=yes e una api-key). Ogni record viene prima letto e sostituito solo se è diverso, mantenendo il suo TTL; se uno manca, viene creato con 3600 secondi, a meno che il profilo non imposti un TTL. Indica l&apos;URL di base dell&apos;API come server, ad es. https://ns1.example.com:8081 (http non cifrato solo con allowInsecureHttp, per un server su questa macchina).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>La api-key del server (inviata come X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>La zona sul server a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Aggiorna i record A/AAAA di una zona sul tuo server DNS autoritativo (BIND, Knot DNS, PowerDNS) con DNS UPDATE firmati con una chiave TSIG. Il record viene prima letto: se il server risponde già con l&apos;indirizzo, non viene inviato nulla. Crea la chiave con `tsig-keygen -a hmac-sha256 ddns-key` e autorizzala ad aggiornare la zona.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Nomi nella zona indicata sotto; anche la zona stessa (example.org) è un nome</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>Chiave TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>Il segreto della chiave in base64, come lo stampa tsig-keygen, oppure l&apos;intero file della chiave (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>Il server che accetta gli aggiornamenti per la zona (il suo primario): un nome o un indirizzo, facoltativamente con :porta, ad es. ns1.example.org o [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Server DNS</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>La zona a cui appartengono gli host, ad es. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>Il nome della chiave TSIG come lo conosce il server (non serve se il segreto è un file della chiave)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nome della chiave</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 o hmac-sha1 (server vecchi); un file della chiave indica il proprio</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di una zona ospitata pubblica in Amazon Route 53. Crea un utente IAM con una chiave di accesso la cui policy consente route53:ListHostedZonesByName, route53:ListResourceRecordSets e route53:ChangeResourceRecordSets sulla zona ospitata. Un record che non esiste viene creato; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomi nella zona ospitata indicata sotto; anche la zona stessa (example.com) è un nome</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID chiave di accesso</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>L&apos;ID della chiave di accesso dell&apos;utente IAM (inizia con AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Chiave di accesso segreta</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>La chiave di accesso segreta mostrata una sola volta alla creazione della chiave di accesso</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zona ospitata (dominio) a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Zona ospitata</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>L&apos;ID della zona ospitata (Z…), se non deve essere cercata per nome: serve solo quando più zone ospitate pubbliche condividono il nome.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID della zona ospitata</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di una zona DNS su Scaleway Domains and DNS tramite la sua API. Genera una chiave API nella console (IAM &gt; API keys) per un&apos;applicazione o un utente la cui policy consente DomainsDNSFullAccess nel progetto della zona, e usa la sua chiave segreta. Un record che non esiste viene creato con un TTL di 3600 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Nomi nella zona DNS indicata sotto; anche la zona stessa (example.com) è un nome</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chiave segreta</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>La chiave segreta di una chiave API Scaleway (mostrata una sola volta, quando la chiave viene generata)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>Zona DNS</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zona DNS Scaleway a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di un dominio su Servercow tramite la sua API DNS. Nel portale clienti (cp.servercow.de), apri Servercow DNS-API e crea un accesso API per il dominio con i permessi Read, Create e Update; nome utente e password vengono mostrati una sola volta. Un record che non esiste viene creato con un TTL di 300 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Nome utente API DNS</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>Il nome utente dell&apos;accesso all&apos;API DNS</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Password API DNS</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>La password dell&apos;accesso all&apos;API DNS (mostrata una sola volta, alla creazione)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio Servercow a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di un dominio che usa i name server di Spaceship tramite l&apos;API di Spaceship. Nell&apos;API Manager, crea una chiave API con i permessi dnsrecords:read e dnsrecords:write; servono sia la chiave sia il suo segreto. Un record che non esiste viene creato con un TTL di 3600 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>Il segreto mostrato alla creazione della chiave API nell&apos;API Manager</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Una chiave API dall&apos;API Manager con dnsrecords:read e dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio Spaceship a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Aggiorna le voci DNS A/AAAA di un dominio su TransIP. Nel pannello di controllo (Account, API) attiva l&apos;API e crea una coppia di chiavi senza &quot;Accept only whitelisted IP addresses&quot;; memorizza la sua chiave privata come segreto (qddns-agent secret set PROFILE &lt; key.pem). Una voce mantiene il suo TTL (TransIP la identifica in base a esso); se una manca, viene creata.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nome di login</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>Il nome di login dell&apos;account TransIP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Chiave privata</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>La chiave privata della coppia di chiavi (PEM, come mostrata una sola volta alla creazione)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio su TransIP a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di un dominio che usa i name server di Vercel tramite l&apos;API REST di Vercel. Crea un token di accesso in Account Settings &gt; Tokens con ambito il team proprietario del dominio; il dominio di un team richiede anche l&apos;ID del team (Team Settings &gt; General). Un record che non esiste viene creato con il TTL predefinito di Vercel, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Un token di accesso Vercel (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio su Vercel a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>L&apos;ID del team proprietario del dominio (team_…); lascia vuoto per un dominio del tuo account personale.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID del team</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Aggiorna i record A/AAAA di un dominio in Volcengine DNS (火山引擎云解析, TrafficRoute). Crea una chiave di accesso (Access Key ID e Secret Access Key) per un utente con la policy DNSFullAccess. Vengono aggiornati i record della linea predefinita; se uno manca, viene creato.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>L&apos;Access Key ID della chiave di accesso (inizia con AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>La Secret Access Key della chiave di accesso</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>Il dominio a cui appartengono gli host, come aggiunto a Volcengine DNS, ad es. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aggiorna i record A/AAAA di un dominio in Vultr DNS tramite l&apos;API v2 di Vultr. Abilita l&apos;API e copia il token di accesso personale in Account &gt; API; la sua lista di controllo degli accessi deve consentire l&apos;indirizzo da cui questa macchina raggiunge l&apos;API. Un record che non esiste viene creato con un TTL di 300 secondi, a meno che il profilo non ne imposti uno; uno che ha già l&apos;indirizzo non viene toccato.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>Il token di accesso personale da Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>Il dominio DNS su Vultr a cui appartengono gli host, ad es. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 ha chiuso; usa %2, ad es. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 ha chiuso (nel %2); usa %3, ad es. %4</translation>
    </message>
</context>
</TS>
