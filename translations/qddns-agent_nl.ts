<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>de hook heeft %n fout</numerusform>
            <numerusform>de hook heeft %n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>de configuratie heeft %n fout; er is niets gewijzigd</numerusform>
            <numerusform>de configuratie heeft %n fouten; er is niets gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>het profiel heeft %n fout</numerusform>
            <numerusform>het profiel heeft %n fouten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 geldt niet voor %2%3; zie qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (die accepteert %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: onverwacht argument &quot;%1&quot; na %2; zie qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: geen opdracht opgegeven
gebruik: qddns-agent OPDRACHT [opties], waarbij OPDRACHT een van deze is: %1
`qddns-agent run` voert de agent op de voorgrond uit; `qddns-agent --help` legt elke opdracht uit</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n configuratiefout; er is niets gedaan</numerusform>
            <numerusform>qddns-agent: %n configuratiefouten; er is niets gedaan</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: een andere qddns-agent (pid %1) draait met de statusmap %2, dus `once` doet niets: vraag het hem met `qddns-agent update` (of `update PROFILE`, `--force`); er is niets verstuurd</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; er is niets verstuurd: zonder zijn status zou elke uitvoering dezelfde update opnieuw versturen, wat DynDNS2-diensten als misbruik beschouwen. Maak %2 schrijfbaar of gebruik een andere met --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: kan de status niet opslaan: %1; er is niets verstuurd: zonder zijn status zou elke uitvoering dezelfde update opnieuw versturen, wat DynDNS2-diensten als misbruik beschouwen. Maak %2 schrijfbaar of gebruik een andere met --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: kan de status niet opslaan: %1; de volgende uitvoering kan dezelfde updates opnieuw versturen</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: volgende stap: houd de records actueel met de agent als dienst (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), of voer `qddns-agent once` uit vanuit cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: waarschuwing: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: geldig, %n profiel%2%3</numerusform>
            <numerusform>%1: geldig, %n profielen%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n waarschuwing</numerusform>
            <numerusform>, %n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (geen bestand: ingebouwde standaardwaarden)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: de waarschuwingen tellen als fouten; los ze op en controleer opnieuw</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: volgende stap: los op wat de waarschuwingen noemen (ze houden de agent niet tegen) en voer dan `qddns-agent once` uit om nu bij te werken</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: volgende stap: voeg een profiel toe aan %1 (README, &quot;Configuration&quot;; `qddns-agent providers` somt de providers op)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: volgende stap: `qddns-agent once` om nu bij te werken, en voer daarna de agent uit als dienst (README, &quot;Run it as a service&quot;)</translation>
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
        <translation>qddns-agent houdt DNS-namen gericht op het openbare adres van dit netwerk.

Opdrachten:
  run                      als dienst op de voorgrond draaien (logt naar stderr)
  once                     één detectie- en updatecyclus, daarna stoppen (--dry-run, --force, --json)
  check-config             de configuratie valideren; waarschuwen voor wat hier niet kan werken (--strict)
  providers [ID]           de providers, hun opties en hulp (--json)
  secret set PROFILE       het geheim van een profiel in de sleutelbos opslaan (gelezen van stdin), of met
                           --file PATH in een bestand dat alleen de eigenaar kan lezen (--write-config: en het profiel ernaar laten verwijzen);
                           --field F voor de andere inloggegevens van een provider (bijv. secretApiKey)
  secret delete PROFILE    het uit de sleutelbos verwijderen (--field F)
  import TOOL FILE         de configuratie van ddclient, inadyn, openwrt of ddns-updater (TOOL) tonen
                           als die van qddns, met de geheimen opgeslagen in de sleutelbos; --write [PATH] schrijft ze weg
                           (--merge: naast de profielen van een bestaand bestand); --secrets file:DIR|keep-out
  service print-unit       de systemd-gebruikersunit voor deze qddns-agent tonen
  service install-unit     die naar ~/.config/systemd/user/ schrijven en vertellen hoe u hem inschakelt

Opdrachten voor de draaiende agent (via zijn lokale socket):
  status                   adressen, records en wat de agent hierna doet (--json)
  update [PROFILE]         nu een updatecyclus uitvoeren (alle profielen of één) en de resultaten tonen (--force)
  pause, resume            automatische updates stoppen en hervatten
  logs                     recente logregels (--level, --limit, --follow)
  history                  wijzigingen van het openbare adres (--since, --json)

Afsluitcodes: 0 klaar, 1 een fout (een update is mislukt of wordt vastgehouden, een bestand of vergrendeling), 2 verkeerd gebruik of
verkeerde configuratie (er is niets gedaan), 3 geen agent antwoordt (opdrachten voor de draaiende agent).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>een van de opdrachten hierboven</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>De versie tonen.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Configuratiebestand (standaard %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Statusmap (standaard %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>De lokale socket van de agent (standaard: afgeleid van de statusmap, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Debugberichten van elke qddns-categorie loggen.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: de socket (0660) delen met deze groep (naam of nummer): de leden ervan mogen status, update, pause, resume, logs en history gebruiken, maar de configuratie of geheimen niet wijzigen.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: detecteren en tonen wat er verstuurd zou worden; niets versturen en niets wijzigen.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: records versturen, ook als hun adres niet is gewijzigd.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: JSON uitvoeren.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: waarschuwingen zijn fouten (afsluitcode 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: welke inloggegevens van de provider van het profiel (standaard: secret, de voornaamste).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: het geheim naar dit bestand schrijven dat alleen de eigenaar kan lezen, in plaats van naar de sleutelbos.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: ook &quot;secret&quot; van het profiel in het configuratiebestand instellen.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: de configuratie valideren en wegschrijven, naar het PATH na --write, anders naar --config of het standaardbestand.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: de geïmporteerde profielen toevoegen aan een bestaand configuratiebestand.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: waar de geheimen heen gaan: keychain (sleutelbos, standaard), file:DIR (bestanden die alleen de eigenaar kan lezen) of keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: nieuwe regels blijven tonen tot het wordt onderbroken.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: het minst ernstige getoonde niveau: debug, info (standaard), warning of error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: hoogstens zoveel recente regels.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: wijzigingen sinds een datum/tijd (2026-11-01, 2026-11-01T08:00:00Z) of sinds een tijdsduur geleden (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: onbekende optie %1; zie qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; zie qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: onbekende opdracht &quot;%1&quot;; de opdrachten zijn %2 (zie --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: gebruik: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>gepubliceerd; waarschuwing: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>gepubliceerd, de servers van de zone worden opgezocht</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>gepubliceerd, controle: %1 van %2 servers antwoorden %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>is carrier-grade NAT (100.64.0.0/10): uw provider deelt het openbare adres, verbindingen vanaf het internet bereiken dit netwerk mogelijk niet</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>is privé: de router zit achter een andere router (dubbele NAT), die verbindingen naar hem moet doorsturen</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>is geen openbaar adres (dubbele NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>WAN-adres van de router %1 %2; detector %3 overgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), draait sinds %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>automatische updates gepauzeerd</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, volgende controle over %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  niet gedetecteerd: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (laatst bekend %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  nog niet gedetecteerd</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  via %3 sinds %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>geen profiel ingesteld</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>hook %1 (%2) %3 op %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 keer op rij)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n hook, geen enkele mislukt</numerusform>
            <numerusform>%n hooks, geen enkele mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: de agent heeft de verbinding verbroken (is hij gestopt?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: de agent antwoordde niet binnen %1 s</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>automatische updates zijn gepauzeerd (`qddns-agent update` voert nog steeds een cyclus uit; `qddns-agent resume` hervat ze)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>automatische updates zijn actief</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>geen record om bij te werken</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>geen adreswijziging vastgelegd%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> in die periode</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: onverwacht argument &quot;%1&quot;; zie --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; is geen niveau; gebruik debug, info, warning of error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; is geen positief geheel getal</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; is geen datum/tijd (2026-11-01, 2026-11-01T08:00:00Z) en ook geen tijdsduur (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n configuratiefout; er is niets geïmporteerd</numerusform>
            <numerusform>qddns-agent: %n configuratiefouten; er is niets geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: kan %1 niet lezen: %2; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 bestaat, en een import overschrijft het nooit; er is niets geïmporteerd. Voeg --merge toe om de geïmporteerde profielen naast de eigen profielen te zetten, of schrijf een ander bestand met --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: los eerst %1 op (`qddns-agent check-config`) en importeer dan opnieuw; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 kan niet worden gelezen als configuratie van %2: %3; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: %1 heeft al profielen met de naam %2; er is niets geïmporteerd. Hernoem of verwijder ze daar, of schrijf de import naar een ander bestand met --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: kan de profielen niet toevoegen aan %1: %2; er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>niet samengevoegd: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: er kon geen profiel worden geïmporteerd uit %1 (zie boven); er is niets geschreven</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; de configuratie is niet geschreven%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (de geheimen ervan zijn opgeslagen)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n geheim in bestanden die alleen u kunt lezen: %1</numerusform>
            <numerusform>qddns-agent: %n geheimen in bestanden die alleen u kunt lezen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n geheim in de sleutelbos (dienst %1), onder %2</numerusform>
            <numerusform>qddns-agent: %n geheimen in de sleutelbos (dienst %1), onder %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: geen geheim opgeslagen voor %n profiel; sla elk op (het wordt van standaardinvoer gelezen):</numerusform>
            <numerusform>qddns-agent: geen geheim opgeslagen voor %n profielen; sla elk op (het wordt van standaardinvoer gelezen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n profiel geschreven naar %1%2; volgende stap: `%3`</numerusform>
            <numerusform>qddns-agent: %n profielen geschreven naar %1%2; volgende stap: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> naast de %1 eigen profielen</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: volgende stap: bewaar de configuratie hierboven als %1 (of importeer opnieuw met --write), en dan `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` legt de sleutels van één provider uit; `--json` toont alles.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; tot %n host per verzoek</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; tot %n hosts per verzoek</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>geen: stel &quot;server&quot; in</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: &quot;%1&quot; is geen bekende provider; de bekende zijn: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: geen geheim op standaardinvoer; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file en --write-config gelden alleen voor `secret set` (verwijder een geheimbestand met rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: --write-config vereist --file PATH (een geheim in de sleutelbos heeft geen verwijzing in de configuratie nodig)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: provider &quot;%1&quot; van profiel &quot;%2&quot; heeft geen inloggegeven &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (hij gebruikt er geen)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; zijn inloggegevens: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 uit %2: het wordt daarheen geschreven</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: geen profiel met de naam &quot;%1&quot; in %2: voeg eerst het profiel toe (README, &quot;Configuration&quot;) en voer dit dan opnieuw uit; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: kan %1 niet lezen: %2; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: kan de verwijzing niet toevoegen aan %1: %2; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: let op: nog geen profiel met de naam &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: let op: %1 uit %2, niet uit de sleutelbos</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 is geschreven naar %2 (alleen door u leesbaar)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; zet dit zelf in profiel &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: profiel &quot;%1&quot; in %2 leest het nu daaruit; volgende stap: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: volgende stap: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: volgende stap: zet de regel hierboven in profiel &quot;%1&quot; van %2 (of voer dit opnieuw uit met --write-config), en dan `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: klaar</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; er is niets geïnstalleerd</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: let op: %1 staat in een buildmap; een schone build verwijdert het. Installeer het eerst (README, &quot;Run it as a service&quot;) en voer install-unit uit met de geïnstalleerde qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: volgende stap: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; daarna `qddns-agent status` of journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: op een computer waarop niemand ingelogd blijft (een NAS, een server via SSH), voer ook `sudo loginctl enable-linger %1` uit: zonder dat stopt de agent wanneer u uitlogt</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>doorgegeven: %1 antwoordt %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>doorgegeven: %1 antwoorden %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; er is geen configuratie geschreven</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; er is geen configuratie afgedrukt</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>het geheim van profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>inloggegeven %1 van profiel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>profiel &quot;%1&quot; leest zijn geheim</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>profiel &quot;%1&quot; leest inloggegeven %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 is opgeslagen in de sleutelbos</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 is verwijderd uit de sleutelbos</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 vervangen (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 geschreven (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>is vereist: schrijf &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 wordt niet ondersteund; deze qddns leest versie 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>moet een lijst van profielen zijn</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>is leeg, maar profiel &quot;%1&quot; publiceert %2-adressen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>moet een niet-lege lijst van %1 zijn%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>moet een niet-lege string zijn, niet %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; is niet een van %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} is geen placeholder%2; de placeholders zijn {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} heeft het &quot;secret&quot; van de hook nodig: waar het gelezen moet worden</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>is geen geldige JSON nadat de placeholders zijn ingevuld (%1 op positie %2); zet elke placeholder binnen een JSON-string, bijv. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>een GET-verzoek heeft geen inhoud; gebruik &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; is niet een van %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>moet een object met headernamen en -waarden zijn, bijv. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; is geen geldige headernaam</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>geef het type van de inhoud op als &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>wordt door qddns zelf ingesteld</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>moet een string zijn, niet %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>moet een string zijn (een JSON-inhoud wordt als string geschreven: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), niet %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>wordt gelezen maar nergens heen verstuurd: zet {secret} waar het hoort, bijv. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>moet een URL-string zijn, niet %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>accepteert geen placeholders</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>moet een geheel getal zijn, niet %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>accepteert geen placeholders: qddns voegt toe wat de monitor nodig heeft</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>moet een niet-lege lijst van strings zijn: het programma en zijn argumenten, uitgevoerd zonder shell (de waarden van de gebeurtenis staan in zijn omgeving: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>moet een object zijn zoals {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; moet bestaan uit 1-64 letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, en beginnen met een letter of cijfer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; wordt al door een andere hook gebruikt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; is geen hooktype%2; gebruik een van %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>is vereist: de gebeurtenissen waarover deze hook wordt ingelicht, uit %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>moet een lijst van hooks zijn</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>moet een lijst van hooknamen zijn (de hooks die over dit profiel worden ingelicht; [] voor geen)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>er is geen hook met de naam &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>er is geen profiel met de naam &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>geheimen worden nooit in het configuratiebestand opgeslagen; gebruik &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} en `qddns-agent secret set PROFILE`, of een bron van het type file, env of systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>onbekende sleutel%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>moet true of false zijn, niet %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is vereist</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>moet een aantal seconden zijn of een tijdsduur zoals &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, niet %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>moet tussen %1 en %2 seconden liggen, niet %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>mag geen gebruikersnaam of wachtwoord bevatten; gebruik &quot;username&quot; en &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; is geen http(s)-URL</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>gewoon http:// wordt geweigerd: het zou onversleuteld over het netwerk gaan; gebruik https://, of stel &quot;allowInsecureHttp&quot;: true in (bedoeld voor testservers op loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>moet een object zijn met &quot;ipv4&quot;, &quot;ipv6&quot; en &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>moet een lijst van detectoren zijn (leeg om %1 niet te detecteren)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>moet een object zijn zoals {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>moet een geheel getal van 1 tot 5 zijn, niet %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>geef &quot;sourceAddress&quot; of &quot;interface&quot; op, niet allebei: het adres van de interface is de bron</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>is geen lokaal adres: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 is geen %2-adres, zoals een detector van &quot;%3&quot; nodig heeft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; is geen naam van een netwerkinterface (1-15 tekens, geen &apos;/&apos;, &apos;:&apos; of spaties)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>moet een object zijn zoals {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>voor een webdetector</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>voor een interfacedetector</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>voor een opdrachtdetector</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>moet een niet-lege lijst van strings zijn: het programma en zijn argumenten (uitgevoerd zonder shell)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>voor een upnp-detector</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; is geen detectortype; gebruik &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; of &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>moet &quot;auto&quot; zijn (de servers van de zone vinden met een NS-opzoeking) of een niet-lege lijst van DNS-servers, niet %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>een lege lijst</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>moet een naam of adres van een DNS-server zijn, niet %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>voor een dns-detector</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; is geen DNS-echodienst; gebruik %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>mag geen wachtwoord bevatten: geheimen horen niet in het configuratiebestand%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; het wachtwoord van de proxy is inloggegeven &quot;%1&quot; van het profiel</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>moet een proxy zijn zoals &quot;http://proxy.lan:3128&quot; of &quot;socks5://127.0.0.1:1080&quot; (schema http of socks5, host en poort)%1, niet %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, of &quot;none&quot; voor geen proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>mag geen gebruikersnaam bevatten: een proxy die inloggegevens nodig heeft, wordt ingesteld in de &quot;proxy&quot; van elk profiel (zijn wachtwoord is dan een inloggegeven van het profiel)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>moet een object zijn zoals {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>geheimen worden nooit in het configuratiebestand opgeslagen; geef op waar het te vinden is: {&quot;source&quot;: &quot;keychain&quot;} (daarna `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} of {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 is geen bron voor geheimen; gebruik &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; of &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>voor een geheim in de sleutelbos</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>voor een geheim in een bestand</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>voor een %1-geheim</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; is geen bron voor geheimen; gebruik &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; of &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>voor een host</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>moet een geheel getal van 8 tot 120 zijn, niet %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>moet de IPv6-interface-identifier van de host zijn, bijv. &quot;::1234&quot; of &quot;::211:32ff:fe12:3456&quot;, niet %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 reikt tot in de eerste %2 bits, die uit het gedetecteerde prefix komen</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>moet een object zijn dat aangeeft waar elk inloggegeven vandaan komt, bijv. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>onder de inloggegevens van provider &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> en zijn proxy</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>is vereist voor deze provider: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>moet een string met een reguliere expressie zijn, niet %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>is geen geldige reguliere expressie: %1 (op positie %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>moet een object zijn met &quot;name&quot;, &quot;provider&quot; en &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; wordt al door een ander profiel gebruikt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; is geen bekende provider%2; `qddns-agent providers` somt ze op</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>voor provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>is vereist: de lijst van hostnamen die actueel moeten blijven</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>moet een niet-lege lijst van hostnamen zijn</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>is vereist: de hostnaam</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>moet een hostnaam-string zijn, niet %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; is geen geldige hostnaam: hij %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>heeft spaties eromheen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; en &quot;ipv6&quot; zijn allebei false: niets om te publiceren</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>provider &quot;%1&quot; kan geen IPv6-adressen publiceren</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>provider &quot;%1&quot; kan geen IPv4-adressen publiceren</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>is vereist voor provider &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>provider &quot;%1&quot; gebruikt geen gebruikersnaam</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>provider &quot;%1&quot; gebruikt geen geheim</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>moet een geheel aantal seconden van 1 tot 86400 zijn, niet %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (bedoelde u &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>eindigt op een punt; schrijf de naam zonder punt</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>is langer dan 253 tekens</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>heeft een leeg label</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>heeft een label dat langer is dan 63 tekens</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>heeft een label dat begint of eindigt met &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>bevat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>geen geldige JSON bij %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>de configuratie moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>is vereist voor een %1-hook: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>is vereist voor een %1-hook: %2, bijv. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>vraagt dat %1 detectoren overeenstemmen, maar er is er maar 1 geconfigureerd</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>vraagt dat %1 detectoren overeenstemmen, maar er zijn er maar %2 geconfigureerd</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>De dynamische DNS van Dyn is een betaalde dienst (Dyn is in 2014 gestopt met gratis accounts; het is nu onderdeel van Oracle). Gebruik de gebruikersnaam van uw Dyn-account en een Updater Client Key (Account &gt; Updater Client Key) in plaats van het wachtwoord van het account.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Gebruikersnaam van het Dyn-account</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (of het wachtwoord van het account)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Gebruik uw No-IP-gebruikersnaam of -e-mailadres en wachtwoord, of maak een DDNS Key aan (Dynamic DNS &gt; DDNS Keys) die alleen de daarvoor gekozen hostnamen kan bijwerken.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Gebruikersnaam of e-mailadres</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>No-IP-gebruikersnaam of -e-mailadres, of de gebruikersnaam van de DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>No-IP-wachtwoord, of het wachtwoord van de DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Gebruik uw Dynu-gebruikersnaam met het wachtwoord van het account of, beter, het aparte wachtwoord voor IP-updates (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Dynu-gebruikersnaam</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Wachtwoord voor IP-updates</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>Wachtwoord voor IP-updates (of het wachtwoord van het account, als platte tekst of als MD5/SHA-256-hash)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>Vink in dns.he.net &apos;Enable entry for dynamic dns&apos; aan bij het A/AAAA-record en genereer daarna de DDNS-sleutel ervan (het pijltjespictogram). De sleutel hoort bij die ene hostnaam: geef elk record van het profiel dezelfde sleutel, of gebruik één profiel per hostnaam.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Eén naam per profiel: de DDNS-sleutel ervan hoort bij die naam</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>DDNS-sleutel</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>de DDNS-sleutel van het record</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Gebruik het token dat werd getoond toen het dedyn.io-domein werd aangemaakt, of maak er een aan op https://desec.io/tokens. De hostnaam zelf is de gebruikersnaam.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Eén naam per profiel: de naam is ook de gebruikersnaam</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>deSEC-token</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>De dienst nsupdate.info neemt geen nieuwe registraties aan (accounts alleen via de beheerder); bestaande accounts blijven werken. Elke host heeft zijn eigen updategeheim, dat wordt getoond wanneer de host wordt aangemaakt of wanneer u een nieuw genereert op de pagina van de host. De hostnaam zelf is de gebruikersnaam. qddns verstuurt het adres in myip, dus de dual-stack-server van nsupdate.info is geschikt voor beide families (de ipv4./ipv6.-servers zijn voor clients die de dienst hun adres laten zien).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Updategeheim</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>het updategeheim van de host</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>Open in het OVHcloud Control Panel het tabblad DynHost van het domein, maak het DynHost-record aan (voor een naam met IPv4 en IPv6: één DynHost-record per familie) en gebruik dan &apos;Manage access&apos; om een DynHost-login voor dat subdomein aan te maken. qddns gebruikt de updateserver uit de huidige handleiding van OVHcloud, dns.eu.ovhapis.com; stel &quot;server&quot; in om een andere te gebruiken.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>DynHost-login</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>DynHost-login, bijv. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>het wachtwoord van de DynHost-login</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Gebruik uw spdyn.de-gebruikersnaam en wachtwoord, of de hostnaam als gebruikersnaam met het updatetoken van de host.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Gebruikersnaam of hostnaam</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>spdyn.de-gebruikersnaam, of de hostnaam bij gebruik van een updatetoken</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Wachtwoord of updatetoken</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>wachtwoord of het updatetoken van de host</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Schakel DynDNS in voor het domein in de klantenlogin van STRATO (Domains &gt; Manage domain &gt; DynDNS) en stel het DynDNS-wachtwoord ervan in.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>de domeinnaam, bijv. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>DynDNS-wachtwoord</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>het DynDNS-wachtwoord van het domein</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van het DynDNS-account dat onder DynDNS Accounts in de klantenomgeving van selfHOST staat, niet uw klantenlogin.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Gebruikersnaam van het DynDNS-account</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Wachtwoord van het DynDNS-account</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Gebruik het e-mailadres en wachtwoord van uw DNS-O-Matic-account (OpenDNS). De hostnaam all.dnsomatic.com werkt elke daar ingestelde dienst bij.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; werkt elke dienst van uw account bij</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>E-mailadres van het DNS-O-Matic-account</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Wachtwoord van het DNS-O-Matic-account</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van uw ChangeIP-account. ChangeIP antwoordt &quot;200 Successful Update&quot;, of het adres nu is gewijzigd of niet; 402 betekent dat het domein Premium DNS nodig heeft, 422 dat de hostnaam niet een van uw domeinen of sets is.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>ChangeIP-gebruikersnaam</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>ChangeIP-wachtwoord</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Schakel DynDNS in voor het domein in de Loopia Customer Zone en gebruik dan uw Loopia-klantnummer (of een API/DynDNS-gebruiker) en het bijbehorende wachtwoord.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Klantnummer of DynDNS-gebruiker</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Loopia-klantnummer of DynDNS-gebruiker</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>het bijbehorende wachtwoord</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Maak een dynamische-DNS-item aan in de Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); het heeft een eigen gebruikersnaam en wachtwoord. Gebruik niet uw Infomaniak-login.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>de gebruikersnaam van het dynamische-DNS-item</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>het wachtwoord van het dynamische-DNS-item</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Gratis namen onder dy.fi voor Finse IPv4-adressen. Gebruik het e-mailadres en wachtwoord van uw dy.fi-account. dy.fi laat een naam verwijzen naar het adres waar de update vandaan komt (het accepteert geen adresparameter; qddns controleert het adres dat het terugmeldt), en een naam die 7 dagen niet is bijgewerkt, verloopt: stel &quot;forceInterval&quot; in op &quot;5d&quot;. Updates die niets wijzigen en vaak worden verstuurd, gelden als misbruik.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>E-mailadres van het dy.fi-account</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Wachtwoord van het dy.fi-account</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Gebruik het updatetoken van uw IPv64.net-account (Account Update Token op het dashboard), of het eigen updatetoken van een domein; de gebruikersnaam wordt niet gecontroleerd. Gratis accounts mogen 48 updates per dag versturen, en niet meer dan 3 binnen 10 seconden.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Updatetoken</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>IPv64.net-updatetoken</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van het onderdeel Dynamic DNS van uw RU-CENTER-account (DNS hosting: Dynamic DNS); dat is niet de login van het account. RU-CENTER zet het A-record op het adres waar het verzoek vandaan komt wanneer een verzoek geen IPv4-adres bevat, dus publiceer in dit profiel ook IPv4.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Dynamic DNS-gebruikersnaam</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>de Dynamic DNS-gebruikersnaam uit uw RU-CENTER-account</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Dynamic DNS-wachtwoord</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>het Dynamic DNS-wachtwoord uit uw RU-CENTER-account</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Houdt het IPv4-adres van een OpenDNS-netwerk (Cisco Umbrella) actueel, zodat de filterinstellingen ervan gelden. Schakel dynamische IP-updates in voor het netwerk in het dashboard; de host is het label van het netwerk. OpenDNS antwoordt &quot;good&quot;, of het adres nu is gewijzigd of niet, en beschouwt meer dan één update per minuut als misbruik.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>Het label van het OpenDNS-netwerk, zoals het dashboard het toont; qddns verstuurt namen in kleine letters, dus geef het netwerk een label in kleine letters met letters, cijfers en koppeltekens</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>E-mailadres van het OpenDNS-account</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Wachtwoord van het OpenDNS-account (Umbrella met single sign-on: het secundaire wachtwoord dat support voor updates aanmaakt)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Gebruikt het DynDNS-compatibele endpoint van de Simply.com-API. De gebruikersnaam is uw Simply.com-accountnummer (S gevolgd door cijfers), het wachtwoord de API-sleutel van dat account; beide worden getoond in het configuratiescherm van Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Accountnummer</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Simply.com-accountnummer, bijv. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>de API-sleutel van het account</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Houdt het IPv4-eindpunt van een IPv6-tunnel van tunnelbroker.net op uw huidige IPv4-adres (het werkt geen DNS-record bij). Gebruik uw tunnelbroker.net-gebruikersnaam en de Update Key van de tunnel (tabblad Advanced van de tunneldetails) als die is ingesteld, en anders uw tunnelbroker.net-wachtwoord. De host geeft de tunnel aan: tunnel&lt;ID&gt;.tunnelbroker.net met het numerieke tunnel-ID.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>De tunnel als tunnel&lt;ID&gt;.tunnelbroker.net, met het numerieke Tunnel ID van de pagina met tunneldetails</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>tunnelbroker.net-gebruikersnaam</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Update Key</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>de Update Key van de tunnel, of het tunnelbroker.net-wachtwoord</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Schakel dynamische DNS in voor de hostnaam in de DNS-instellingen van het klantenmenu van Variomedia en stel daar het DynDNS-wachtwoord in (dat is niet het wachtwoord van het klantenmenu). De gebruikersnaam is het e-mailadres van uw klantaccount (resellers: van het account van de eindklant).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>e-mailadres van het klantaccount</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>het DynDNS-wachtwoord uit de DNS-instellingen</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Maak in de KAS een DDNS-gebruiker aan voor de hostnaam (Tools &gt; DDNS settings) en gebruik diens login en wachtwoord, niet de KAS-login. Een DDNS-gebruiker hoort bij één hostnaam. Schakel voor IPv6 dual stack ervoor in in de KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>DDNS-login</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>de login van de DDNS-gebruiker uit de KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>DDNS-wachtwoord</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>het wachtwoord van de DDNS-gebruiker</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van de dynamische-DNS-toegang die bij Core-Networks voor de hostnaam is ingesteld. Elk verzoek bevat één adresfamilie en vraagt Core-Networks het record van de andere te behouden (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>de gebruikersnaam van de dynamische-DNS-toegang</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>het wachtwoord van de dynamische-DNS-toegang</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Maak een DynDNS-account aan bij INWX (het is gebonden aan één hostnaam) en gebruik de gebruikersnaam en het wachtwoord daarvan, niet de INWX-login. INWX vindt de hostnaam via het DynDNS-account. Publiceer IPv4 in dit profiel: INWX zet het A-record op 127.0.0.1 wanneer een update geen IPv4-adres bevat (tenzij INWX-support het DynDNS-account alleen-IPv6 heeft gemaakt), en verwijdert het AAAA-record wanneer een update geen IPv6-adres bevat.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>DynDNS-gebruikersnaam</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>de gebruikersnaam van het INWX-DynDNS-account</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>het wachtwoord van het INWX-DynDNS-account</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Schakel Dynamic DNS in voor het domein in het DNS-beheer van Joker.com en gebruik de DynDNS-gebruikersnaam en het wachtwoord die daar worden getoond, niet de login van uw Joker.com-account.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>de DynDNS-gebruikersnaam uit het DNS-beheer van het domein</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>het DynDNS-wachtwoord uit het DNS-beheer van het domein</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Stel in het beheer van schokokeks.org een DynDNS-toegang in voor de hostnaam en gebruik de gebruikersnaam en het wachtwoord daarvan. Alleen IPv4 in qddns: de andere clients zijn het alleen over IPv4-updates eens.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>de gebruikersnaam van de DynDNS-toegang</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>het wachtwoord van de DynDNS-toegang</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Gratis dynamische DNS-namen. Gebruik het e-mailadres en wachtwoord van uw Now-DNS-account. Elk verzoek bevat één adresfamilie, verstuurd in myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>het e-mailadres van het Now-DNS-account</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>het wachtwoord van het Now-DNS-account</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van uw Oray-account. Alleen IPv4: de andere clients versturen alleen IPv4-updates naar Oray. qddns verstuurt de update alleen via HTTPS (de andere clients gebruiken gewoon http, waardoor het wachtwoord zichtbaar zou worden); geen andere client laat zien dat ddns.oray.com via HTTPS antwoordt, dus als updates mislukken met een verbindingsfout, is dat de waarschijnlijke oorzaak.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Oray-gebruikersnaam</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>de gebruikersnaam van het Oray-account</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>het wachtwoord van het Oray-account</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Maak in de klantenomgeving van Domain-Offensive een FlexDNS-gebruiker aan voor het record (het FlexDNS-record moet eraan zijn toegewezen) en gebruik diens gebruikersnaam en wachtwoord, niet de klantenlogin. Elk verzoek bevat één adresfamilie.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>FlexDNS-gebruikersnaam</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>de FlexDNS-gebruikersnaam, bijv. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>FlexDNS-wachtwoord</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>het wachtwoord van de FlexDNS-gebruiker</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord die dynDNS.it voor de hostnaam geeft. dynDNS.it blokkeert hostnamen die updates versturen terwijl het adres niet is gewijzigd; qddns verstuurt er alleen een als het is gewijzigd. Alleen IPv4: dynDNS.it documenteert alleen IPv4-updates.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>de dynDNS.it-gebruikersnaam van de hostnaam</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>het dynDNS.it-wachtwoord van de hostnaam</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Gebruik uw freedyn.de-account-ID (het getal van 10 cijfers) en uw wachtwoord voor het configuratiescherm of, beter, de AUTH key van het account. Alleen IPv4 in qddns.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account-ID</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>het freedyn.de-account-ID van 10 cijfers</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>AUTH key</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>de AUTH key (of het wachtwoord voor het configuratiescherm)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Maak het record aan onder &apos;Dynamic address records&apos; op de pagina van de zone in HexDNS en open het daarna (de bewerkknop) om het ID en wachtwoord ervan te zien: het ID is de gebruikersnaam. Elk dynamisch record heeft een eigen ID en wachtwoord.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Eén naam per profiel: het ID en wachtwoord van het record horen bij die naam</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Record-ID</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>het ID van het dynamische record (een UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>het wachtwoord van het dynamische record</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Gebruik het e-mailadres (of de gebruikersnaam) en het wachtwoord van uw VisualDNS-account. De naam moet al een A-record hebben in een van uw domeinen. Alleen IPv4: VisualDNS documenteert updates van A-records.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-mailadres of gebruikersnaam</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>het e-mailadres of de gebruikersnaam van het VisualDNS-account</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>het wachtwoord van het VisualDNS-account</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Gebruik de gebruikersnaam en het wachtwoord van uw Pubyun-account (3322.net). Alleen IPv4. Pubyun blokkeert een naam die vaker dan eens per minuut wordt bijgewerkt; qddns verstuurt alleen een update als het adres is gewijzigd.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>de gebruikersnaam van het Pubyun-account</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>het wachtwoord van het Pubyun-account</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Schakel de API voor dynamische DNS in voor het domein in uw 1984 Hosting-account (Domains &gt; FreeDNS &gt; API) en kopieer de API-sleutel ervan.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>De FreeDNS-API-sleutel van uw 1984 Hosting-account</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Kopieer de updatesleutel van uw DDNSS-account (ddnss.de &gt; Update-Key); die werkt elke host van het account bij, dus het wachtwoord van het account is niet nodig. Schakel voor een host met zowel een IPv4- als een IPv6-adres dual stack ervoor in bij DDNSS: qddns verstuurt dan beide adressen in elke update.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Uw DDNSS-hosts, bijv. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>De updatesleutel van uw DDNSS-account (niet het wachtwoord)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>De API van dinahosting meldt zich aan met uw dinahosting-gebruikersnaam en -wachtwoord. Stel het domein in waar de hosts bij horen; elke host is een naam daaronder, bijv. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Namen onder het domein van het profiel, bijv. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Uw dinahosting-gebruikersnaam</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>Het wachtwoord van uw dinahosting-account</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>Het domein bij dinahosting waar de hosts bij horen, bijv. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Schakel dynamische DNS in voor het record in het DNS-beheer van Directnic en kopieer de update-URL ervan: het token is het deel na /dns/gateway/. Een token werkt één record bij, een A- of een AAAA-record: publiceer alleen die familie, en gebruik een ander profiel voor het token van het andere record.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>De naam waarvan het token het record bijwerkt (het token alleen identificeert het record al)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Gatewaytoken</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>Het token uit de update-URL van het record (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Maak een DNS-API-sleutel aan op dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). De hosts moeten hun A- (en AAAA-)records al bij DNSExit hebben.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Een DNS-API-sleutel van uw DNSExit-account</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Maak elk record aan als Dynamic DNS-record in het configuratiescherm van DNS Made Easy en geef het een wachtwoord; DNS Made Easy herkent het record aan zijn ID, dat het configuratiescherm ernaast toont.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>Het ID van elk dynamische-DNS-record (een getal; DNS Made Easy werkt records bij op ID, niet op naam)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>De gebruikersnaam van uw DNS Made Easy-account</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>Het wachtwoord van het dynamische-DNS-record</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Genereer een DonDNS-sleutel in uw DonDominio-account (My Account &gt; DonDNS Key) en maak het A-record van de host aan in de DNS-zone van het domein; DonDNS werkt het dan bij.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Uw DonDominio-gebruikersnaam</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>DonDNS-sleutel</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>De DonDNS-sleutel van uw account (niet het wachtwoord)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Maak een HTTP-token aan op dynv6.com (Keys &gt; HTTP Tokens), voor het account of alleen voor deze zone. Elke host is een van uw dynv6-zones, bijv. myhome.dynv6.net: de update-API stelt de eigen A- en AAAA-records van de zone in.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Uw dynv6-zones, bijv. myhome.dynv6.net (de update-API stelt de eigen records van een zone in, niet die van namen daarbinnen)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>HTTP-token</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Een HTTP-token van uw dynv6-account (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Stel een domeinwachtwoord in voor het domein in uw Enom-account (SetDNSHost heeft het nodig) en voeg de hosts toe aan de hostrecords ervan.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Domeinwachtwoord</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>Het domeinwachtwoord van het domein bij Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Schakel het record in op de v2-pagina voor dynamische DNS van FreeDNS (freedns.afraid.org/dynamic/v2/) en kopieer het token ervan: het laatste deel van de update-URL https://sync.afraid.org/u/TOKEN/. Een token werkt één record bij, een A- of een AAAA-record: publiceer alleen die familie, en gebruik een ander profiel voor het token van het andere record.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>Het token van het record uit freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Claim een naam op freemyip.com en kopieer het token dat wordt getoond; het token hoort bij die naam.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Uw FreeMyIP-naam met de uitgang, bijv. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>Het token dat freemyip.com voor de naam gaf</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Maak een API-sleutel aan in uw Gigahost-account; de DNS van het domein moet bij Gigahost worden gehost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Een API-sleutel van uw Gigahost-account</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Gebruik een van de gebruikersnamen uit uw GoIP-routerlijst en het bijbehorende wachtwoord (niet de login van het account). GoIP zet het A-record op basis van de verbinding wanneer een verzoek geen IPv4-adres bevat: publiceer IPv4 samen met IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Uw GoIP-subdomeinen met de uitgang, bijv. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Routergebruikersnaam</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Een gebruikersnaam uit uw GoIP-routerlijst</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>Het wachtwoord van die routergebruikersnaam</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Voeg Dynamic DNS toe aan het subdomein bij DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) en stel het wachtwoord ervan in. De dienst weigert een tweede update van een host binnen 30 minuten.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>De subdomeinen met Dynamic DNS, bijv. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>Het DynamicDNS-wachtwoord van het subdomein</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Gebruik het master-ID (of een child-ID) en het bijbehorende wachtwoord van MyDNS.JP; de bijgewerkte records zijn die van het domein dat voor dat ID is geregistreerd.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>Het domein dat voor het ID is geregistreerd (MyDNS.JP werkt het domein van het ID bij; de naam wordt alleen in qddns getoond)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>Master-ID</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Uw MyDNS.JP-master-ID of een child-ID</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>Het wachtwoord van dat ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Schakel Dynamic DNS in voor het domein (Domain List &gt; Manage &gt; Advanced DNS) en kopieer het Dynamic DNS-wachtwoord ervan; voeg elke host toe als &apos;A + Dynamic DNS&apos;-record. Het wachtwoord hoort bij één domein: een profiel werkt namen bij in het domein dat het opgeeft.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>Het domein of namen daaronder, bijv. example.com of home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>Het Dynamic DNS-wachtwoord van het domein (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>Het domein waarvan dit profiel het Dynamic DNS-wachtwoord bevat, bijv. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Voeg in de DNS-instellingen van het domein bij Njalla een Dynamic-record toe voor de naam en kopieer de sleutel ervan.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>De sleutel van het dynamische record</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Activeer dynamische DNS voor het domein in het domeinbeheer van regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) en kopieer het DynDNS-token ervan.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>DynDNS-token</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>Het regfish-DynDNS-token van het domein</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Maak API-inloggegevens aan (een token en een geheim) in het configuratiescherm van Domeneshop, https://domene.shop/admin?view=api. Domeneshop maakt het A- of AAAA-record aan als het nog niet bestaat.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>het token van uw Domeneshop-API-inloggegevens</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-geheim</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>het geheim van die API-inloggegevens</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>Open in easyDNS de DNS-instellingen van het domein (Modular Editor &gt; Dynamic Records), definieer de dynamische hostnamen en schakel een Dynamic Authenticated Token in: qddns verstuurt dat token, nooit het wachtwoord van het account. easyDNS accepteert hoogstens één update per host per 10 minuten.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>easyDNS-gebruikersnaam</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>de gebruikersnaam van uw easyDNS-account</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Dynamisch token</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>het Dynamic Authenticated Token van het domein</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Gebruik de API-gebruikersnaam en het API-wachtwoord die op de pagina van uw YDNS-account worden getoond (een eigen YDNS-account kan in plaats daarvan zijn eigen login gebruiken). YDNS accepteert één adres per verzoek: qddns verstuurt er een voor IPv4 en een voor IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-gebruikersnaam</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>de API-gebruikersnaam van de pagina van uw YDNS-account</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-wachtwoord</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>het API-wachtwoord van de pagina van uw YDNS-account</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>een andere gratis dienst voor dynamische DNS</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>een andere DNS-hoster</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>een andere dienst voor dynamische DNS</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>de DNS-hoster waar uw domeinen naartoe zijn verhuisd</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Werkt A/AAAA-records bij van een domein in Alibaba Cloud DNS (Alidns, ook aliyun.com). Maak een RAM-gebruiker aan met een AccessKey en het beleid AliyunDNSFullAccess (of alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord en alidns:AddDomainRecord). Records van de standaardlijn worden bijgewerkt; een ontbrekend record wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Namen in het domein hieronder; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>Het AccessKey ID van de RAM-gebruiker (het begint met LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>Het AccessKey secret dat eenmalig werd getoond toen de AccessKey werd aangemaakt</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>Het domein waar de hosts bij horen, zoals toegevoegd aan Alibaba Cloud DNS, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Werkt A/AAAA-records bij van een openbare zone in Baidu AI Cloud DNS (智能云解析). Maak een toegangssleutel aan (Access Key ID en Secret Access Key) onder Security Authentication voor een gebruiker die DNS mag beheren. Records van de standaardlijn worden bijgewerkt; een ontbrekend record wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in de zone hieronder; de zone zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>Het Access Key ID (AK) van de toegangssleutel</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>De Secret Access Key (SK) van de toegangssleutel</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>De zone (het domein) waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Werkt A/AAAA-records bij van domeinen en subdomeinen op de DNS van Beget via de Beget-API. Beget vervangt alle records van een naam in één keer, dus de andere records van de naam (MX, TXT, de andere familie) worden ongewijzigd teruggestuurd; een naam die het adres al heeft, blijft ongemoeid. De API van Beget kent geen TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Domeinen of subdomeinen in uw Beget-account</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>De login van het Beget-account</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>Het API-wachtwoord dat in het configuratiescherm van Beget is ingesteld (onderdeel API), met API-toegang ingeschakeld</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Werkt A/AAAA-records bij van zones in Bunny DNS via de bunny.net-API. Een record dat niet bestaat, wordt toegevoegd; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, versnelling, status en opmerking, tenzij het profiel een TTL instelt.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw Bunny DNS-zones; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>De API-sleutel van het account uit het bunny.net-dashboard (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>De Bunny DNS-zone waar de hosts bij horen, bijv. example.com. Als deze niet is ingesteld, zoekt qddns hem tussen de zones van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een zone die bij Cloudflare wordt gehost, via de API v4. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Een Cloudflare-API-token (My Profile &gt; API Tokens &gt; Create Token) met de rechten Zone:Zone:Read en Zone:DNS:Edit voor deze zone. Niet de Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>De Cloudflare-zone (het domein) waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>De records via de proxy van Cloudflare leiden (oranje wolk). Als dit niet is ingesteld, gaan nieuwe records niet via de proxy en behouden bestaande records hun instelling. Records via de proxy hebben altijd een automatische TTL.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Via proxy</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Werkt A/AAAA-records bij van een masterzone bij ClouDNS via de HTTP-API, die ClouDNS bij betaalde abonnementen aanbiedt: maak een API-gebruiker aan (auth-id en wachtwoord, of een subgebruiker die tot de zone is beperkt) onder API &amp; Resellers. Elk record wordt eerst gelezen en alleen gewijzigd als het afwijkt, met behoud van zijn TTL; een ontbrekend record wordt toegevoegd met 3600 seconden, tenzij het profiel een TTL instelt (ClouDNS accepteert 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconden en langer).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>De auth-id van de API-gebruiker (of de sub-auth-id van de subgebruiker, met subUser ingesteld)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Auth-wachtwoord</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>Het auth-password van de API-gebruiker</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>API-subgebruiker</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>De Auth ID is de sub-auth-id van een subgebruiker.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>De zone (het domein) bij ClouDNS waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Voor diensten die met één HTTP GET worden bijgewerkt. Schrijf hun update-URL met de placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] en [IP6]; elk wordt vervangen door zijn waarde, procent-gecodeerd.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Elke naam vervangt [DOMAIN] in de URL, één verzoek per naam</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Vervangt [USERNAME] in de URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Vervangt [PASSWORD] in de URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>De update-URL, bijv. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Met [IP6] bevat één verzoek per host beide adressen ([IP] het IPv4-adres, [IP6] het IPv6-adres, een niet gepubliceerd adres blijft leeg); met alleen [IP] wordt er één verzoek per adres verstuurd.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>Update-URL</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Een reguliere expressie die het antwoord moet bevatten om de update als geslaagd te laten gelden, bijv. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Succespatroon</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Werkt A/AAAA-RRsets bij van elk domein bij deSEC (dedyn.io-namen of uw eigen domeinen) via de REST-API, meerdere namen per profiel. Een naam zonder RRset van dat type krijgt er een met de minimale TTL van het domein (meestal 3600 seconden), tenzij het profiel er een instelt; een RRset die het adres al heeft, blijft ongemoeid, en een die meerdere adressen heeft, wordt niet overschreven. Voor één enkele dedyn.io-naam vraagt de provider &quot;desec&quot; (DynDNS) minder instelwerk.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Een deSEC-API-token (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>Het deSEC-domein waar de hosts bij horen, bijv. example.com of myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die door de DNS van DigitalOcean worden beheerd, via de API v2. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, tenzij het profiel er een instelt.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw DigitalOcean-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Een persoonlijk toegangstoken (API &gt; Tokens &gt; Generate New Token) met de aangepaste scopes domain: read, create en update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Het DigitalOcean-domein waar de hosts bij horen, bijv. example.com. Als dit niet is ingesteld, zoekt qddns het tussen de domeinen van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Werkt A/AAAA-records bij van een domein bij DNSPod via Tencent Cloud API 3.0. Maak een API-sleutel aan (SecretId en SecretKey) onder Access Management, API Keys, voor een gebruiker met het beleid QcloudDNSPodFullAccess. Records van de standaardlijn worden bijgewerkt; een ontbrekend record wordt aangemaakt. (De oudere &quot;ID,Token&quot;-API van DNSPod is niet deze.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>De SecretId van de API-sleutel (hij begint met AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>De SecretKey van de API-sleutel</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>Het domein waar de hosts bij horen, zoals toegevoegd aan DNSPod, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die bij DreamHost worden gehost, via de DreamHost-API. Een record dat niet bestaat, wordt toegevoegd; een record dat het adres al heeft, blijft ongemoeid; bij een gewijzigd record wordt de nieuwe waarde toegevoegd (met de opmerking ervan) en de oude verwijderd, omdat de API geen bewerking kent. De API van DreamHost kent geen TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw DreamHost-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Een API-sleutel uit het DreamHost-paneel (Advanced &gt; API) die dns-list_records, dns-add_record en dns-remove_record mag gebruiken</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Meld u aan op duckdns.org; uw token staat bovenaan de pagina. Hosts zijn uw subdomeinen, geschreven als &quot;myhome&quot; of &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Uw Duck DNS-subdomeinen: &quot;myhome&quot; voor myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>Het accounttoken dat op duckdns.org na het aanmelden wordt getoond</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Elke dienst die het DynDNS2-protocol spreekt (/nic/update met HTTP Basic-authenticatie). Stel &quot;server&quot; in op de basis-URL ervan, bijv. https://dyndns.example.net; qddns voegt /nic/update toe.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>de gebruikersnaam die de dienst u voor updates heeft gegeven</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>het wachtwoord of de updatesleutel voor die gebruikersnaam</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>niet gebruikt: de hostnaam zelf is de gebruikersnaam</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>niet gebruikt: de dienst controleert alleen het geheim</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Werkt A/AAAA-records bij van een site waarvan de DNS door Tencent Cloud EdgeOne wordt gehost (NS-toegang), via Tencent Cloud API 3.0. Maak een API-sleutel aan (SecretId en SecretKey) onder Access Management, API Keys, voor een gebruiker met het beleid QcloudTEOFullAccess. Records van de locatie Default worden bijgewerkt met behoud van hun TTL; een ontbrekend record wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Namen in de site hieronder; het domein van de site zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>De EdgeOne-site (het domein) waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Werkt A/AAAA-records bij van domeinen op LiveDNS van Gandi via de API v5. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, tenzij het profiel er een instelt.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw Gandi-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persoonlijk toegangstoken</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Een persoonlijk toegangstoken (Organizations &gt; Sharing &gt; Create a token) met het recht &quot;Manage domain name technical configurations&quot;. De oudere API-sleutels zijn door Gandi afgeschaft.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>Het Gandi-domein waar de hosts bij horen, bijv. example.com. Als dit niet is ingesteld, zoekt qddns het tussen de LiveDNS-domeinen van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Werkt A/AAAA-records bij van een beheerde zone in Google Cloud DNS. Maak een serviceaccount aan met de rol DNS Administrator (roles/dns.admin), voeg er een JSON-sleutel aan toe en sla het hele sleutelbestand op als geheim (qddns-agent secret set PROFILE &lt; key.json). Een recordset die niet bestaat, wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Namen in de beheerde zone hieronder</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Sleutel van het serviceaccount (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>Het JSON-sleutelbestand van het serviceaccount, zoals gedownload uit de Cloud console</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>De naam van de beheerde zone in Cloud DNS (zoals example-com), niet de DNS-naam ervan.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Beheerde zone</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>Het project-ID van de zone, als dat niet het eigen project van het serviceaccount is.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project-ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Werkt A/AAAA-records bij van zones in Gcore Managed DNS via de DNS API v2. Een RRSet die niet bestaat, wordt aangemaakt; een die het adres al heeft, blijft ongemoeid, en een gewijzigde behoudt zijn TTL, balancinginstellingen en metadata, tenzij het profiel een TTL instelt. Het gratis abonnement van Gcore accepteert TTL&apos;s van 120 seconden of meer.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw Gcore-DNS-zones; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Een permanent API-token uit het Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>De Gcore-DNS-zone waar de hosts bij horen, bijv. example.com. Als deze niet is ingesteld, zoekt qddns hem tussen de zones van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die de DNS van GoDaddy gebruiken, via de Domains API v1. GoDaddy stelt die API alleen open voor accounts met 10 of meer domeinen of een Discount Domain Club – Premier-lidmaatschap. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, tenzij het profiel er een instelt.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw GoDaddy-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>Het geheim dat eenmalig wordt getoond bij een Production API key op developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Een Production API key van developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>Het GoDaddy-domein waar de hosts bij horen, bijv. example.com. Als dit niet is ingesteld, zoekt qddns het tussen de actieve domeinen van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Werkt A/AAAA-records bij van zones in Hetzner DNS via de Hetzner Cloud API (zones van de Hetzner Console). Zones die nog in de oude DNS Console staan, moeten eerst naar de Hetzner Console worden gemigreerd: de oude DNS-API wordt uitgefaseerd. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL en opmerking.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Namen in uw Hetzner-zones; de zone zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Een API-token van het Hetzner Console-project dat de zone bevat (Security &gt; API tokens), met Read &amp; Write-rechten. Tokens van de oude DNS Console werken niet.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>De Hetzner-zone waar de hosts bij horen, bijv. example.com. Als deze niet is ingesteld, zoekt qddns hem tussen de zones van het project. De TTL van het profiel wordt gegeven aan records die qddns aanmaakt.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Werkt A/AAAA-records bij van een domein in de DNS van Hostinger via de Hostinger-API. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, tenzij het profiel er een instelt.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Namen in het domein dat als zone is ingesteld; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Een API-token uit hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>Het Hostinger-domein waarvan de DNS-zone de hosts bevat, bijv. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Werkt A/AAAA-recordsets bij van een openbare zone in Huawei Cloud DNS. Maak een toegangssleutel (AK/SK) aan voor een IAM-gebruiker met het beleid DNS FullAccess onder My Credentials, Access Keys. Een recordset die niet bestaat, wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>Toegangssleutel-ID (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>Het toegangssleutel-ID uit het credentials.csv-bestand van de toegangssleutel</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Geheime toegangssleutel (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>De geheime toegangssleutel uit het credentials.csv-bestand van de toegangssleutel</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>De openbare zone waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Werkt A/AAAA-records bij van domeinen in IONOS DNS via de IONOS DNS API. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL en prioriteit, tenzij het profiel een TTL instelt.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw IONOS-zones; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Een API-sleutel van developer.hosting.ionos.com/keys, geschreven als het openbare voorvoegsel en het geheim, verbonden door een punt: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>De IONOS-zone waar de hosts bij horen, bijv. example.com. Als deze niet is ingesteld, zoekt qddns hem tussen de zones van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Werkt A/AAAA-records bij van domeinen in de DNS Manager van Linode via de API v4. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid, en een gewijzigd record behoudt zijn TTL, tenzij het profiel er een instelt.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw Linode-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Een persoonlijk toegangstoken (Cloud Manager &gt; API Tokens) met Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Het Linode-domein waar de hosts bij horen, bijv. example.com. Als dit niet is ingesteld, zoekt qddns het tussen de domeinen van het account.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een zone die bij LuaDNS wordt gehost, via de REST-API. API-toegang is standaard uitgeschakeld: schakel hem in bij de accountinstellingen en maak daarna een API-sleutel aan (globaal, of beperkt tot deze zone). Een record dat niet bestaat, wordt aangemaakt met een TTL van 3600 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>Het e-mailadres van uw LuaDNS-account</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Een API-sleutel van de pagina API Keys van uw LuaDNS-account</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>De LuaDNS-zone waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Werkt A/AAAA-records bij van een zone die op de primaire DNS van Mythic Beasts wordt gehost, via de DNS API v2. Maak in het configuratiescherm (API keys) een API-sleutel aan met toegang tot de DNS API voor de zone, of alleen voor de records die u bijwerkt. Elk record wordt eerst gelezen en alleen vervangen als het afwijkt, met behoud van zijn TTL; een ontbrekend record wordt aangemaakt met 300 seconden, tenzij het profiel een TTL instelt.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API-sleutel-ID</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>Het sleutel-ID van een DNS API v2-sleutel (configuratiescherm, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Geheim van de API-sleutel</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>Het geheim dat eenmalig werd getoond toen de sleutel werd aangemaakt</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>De zone (het domein) bij Mythic Beasts waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die bij Name.com zijn geregistreerd (met de DNS van Name.com), via de API. Maak een productie-API-token aan onder Account Settings &gt; API Token Management. Een record dat niet bestaat, wordt aangemaakt met een TTL van 300 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>De gebruikersnaam van uw Name.com-account (voor de testomgeving met -test erachter)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Een API-token uit Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>Het Name.com-domein waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die bij NameSilo zijn geregistreerd (met de DNS van NameSilo), via de API. Genereer een API-sleutel in de API Manager van uw account; subaccounts kunnen de API niet gebruiken. De API verwacht de sleutel in de URL van het verzoek (qddns maskeert hem in zijn logs). Een record dat niet bestaat, wordt aangemaakt (met de standaard-TTL van NameSilo, tenzij het profiel er een instelt); een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>De sleutel uit de API Manager van uw NameSilo-account</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>Het NameSilo-domein waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Werkt A/AAAA-records bij van een DNS-zone die bij NearlyFreeSpeech.NET wordt gehost. Maak een API-sleutel aan onder Profile, Manage API Key; die werkt met de ledenlogin. De records van een naam en type worden in één stap vervangen; een ontbrekend record wordt toegevoegd. De kortste TTL van NearlyFreeSpeech.NET is 180 seconden.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Ledenlogin</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>De loginnaam van het NearlyFreeSpeech.NET-lidmaatschap</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>De API-sleutel uit Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>De DNS-zone (het domein) waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Werkt A/AAAA-records bij van domeinen bij netcup (met de naamservers van netcup) via de CCP DNS API. Genereer in het klantenpaneel (CCP), onder Master Data &gt; API, het API-wachtwoord en maak een API-sleutel aan. Elke update meldt zich aan, wijzigt de records en meldt zich af. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid. TTL&apos;s worden in het CCP voor de hele zone ingesteld.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Uw netcup-klantnummer</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>Het API-wachtwoord dat in het CCP is gegenereerd (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Een API-sleutel die in het CCP is aangemaakt (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>Het netcup-domein waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Werkt A/AAAA-records bij van een zone bij NS1 (IBM NS1 Connect) via de REST-API. Maak een API-sleutel aan met het recht de DNS-records van de zone te beheren. Een record dat niet bestaat, wordt aangemaakt (met de standaard-TTL van de zone, tenzij het profiel er een instelt); een record dat het adres al heeft, blijft ongemoeid, en een record met meerdere antwoorden wordt niet overschreven. De metadata van een antwoord blijven behouden.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Een NS1-API-sleutel die de records van de zone mag beheren</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>De NS1-zone waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Werkt A/AAAA-records bij van een DNS-zone bij OVHcloud via de ondertekende API, en ververst daarna de zone zodat de wijziging wordt uitgeleverd. Maak een application key, het bijbehorende secret en een consumer key aan op https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, VS: api.us.ovhcloud.com; stel dan de server in op https://ca.api.ovh.com/1.0 of https://api.us.ovhcloud.com/1.0) met de rechten GET, POST en PUT op /domain/zone/*. Verzoeken bevatten de tijd van deze computer: houd de klok ervan juist. Voor één enkel DynHost-record heeft de provider &quot;ovh&quot; alleen de DynHost-login nodig.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application key</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>De application key (AK) die werd getoond toen de sleutels werden aangemaakt</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Application secret</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>Het application secret (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>De consumer key (CK) die voor de bovenstaande rechten is gevalideerd</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>De DNS-zone bij OVHcloud waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van domeinen die bij Porkbun zijn geregistreerd, via de API v3. Maak een API-sleutel aan op porkbun.com/account/api en schakel API ACCESS in voor het domein (Domain Management). Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in uw Porkbun-domeinen; het domein zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>De API-sleutel van porkbun.com/account/api (hij begint met pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Geheime API-sleutel</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>De geheime API-sleutel die samen met de API-sleutel wordt getoond (hij begint met sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Werkt A/AAAA-records bij van een zone op uw eigen PowerDNS Authoritative-server via de ingebouwde HTTP-API (de server heeft webserver=yes, api=yes en een api-key nodig). Elk record wordt eerst gelezen en alleen vervangen als het afwijkt, met behoud van zijn TTL; een ontbrekend record wordt aangemaakt met 3600 seconden, tenzij het profiel een TTL instelt. Geef de basis-URL van de API op als server, bijv. https://ns1.example.com:8081 (gewoon http alleen met allowInsecureHttp, voor een server op deze computer).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>De api-key van de server (verstuurd als X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>De zone op de server waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Werkt A/AAAA-records bij van een zone op uw eigen gezaghebbende DNS-server (BIND, Knot DNS, PowerDNS) met DNS UPDATE, ondertekend met een TSIG-sleutel. Het record wordt eerst gelezen: als de server het adres al teruggeeft, wordt er niets verstuurd. Maak de sleutel aan met `tsig-keygen -a hmac-sha256 ddns-key` en sta toe dat hij de zone bijwerkt.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Namen in de zone hieronder; de zone zelf (example.org) is ook een naam</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>TSIG-sleutel</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>Het geheim van de sleutel in base64, zoals tsig-keygen het toont, of het hele sleutelbestand (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>De server die updates voor de zone aanneemt (de primaire): een naam of adres, eventueel met :poort, bijv. ns1.example.org of [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-server</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>De zone waar de hosts bij horen, bijv. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>De naam van de TSIG-sleutel zoals de server hem kent (niet nodig als het geheim een sleutelbestand is)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Sleutelnaam</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 of hmac-sha1 (oude servers); een sleutelbestand noemt zijn eigen algoritme</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritme</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een openbare hosted zone in Amazon Route 53. Maak een IAM-gebruiker aan met een toegangssleutel waarvan het beleid route53:ListHostedZonesByName, route53:ListResourceRecordSets en route53:ChangeResourceRecordSets op de hosted zone toestaat. Een record dat niet bestaat, wordt aangemaakt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in de hosted zone hieronder; de zone zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Toegangssleutel-ID</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>Het toegangssleutel-ID van de IAM-gebruiker (het begint met AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheime toegangssleutel</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>De geheime toegangssleutel die eenmalig werd getoond toen de toegangssleutel werd aangemaakt</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>De hosted zone (het domein) waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Hosted zone</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>Het ID van de hosted zone (Z…), als die niet op naam moet worden opgezocht: alleen nodig als meerdere openbare hosted zones dezelfde naam hebben.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID van de hosted zone</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een DNS-zone bij Scaleway Domains and DNS via de API. Genereer in de console (IAM &gt; API keys) een API-sleutel voor een applicatie of gebruiker waarvan het beleid DomainsDNSFullAccess in het project van de zone toestaat, en gebruik de geheime sleutel ervan. Een record dat niet bestaat, wordt aangemaakt met een TTL van 3600 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in de DNS-zone hieronder; de zone zelf (example.com) is ook een naam</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>De geheime sleutel van een Scaleway-API-sleutel (eenmalig getoond, wanneer de sleutel wordt gegenereerd)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS-zone</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>De Scaleway-DNS-zone waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een domein bij Servercow via de DNS-API. Open in het klantenportaal (cp.servercow.de) Servercow DNS-API en maak een API-toegang aan voor het domein met de rechten Read, Create en Update; de gebruikersnaam en het wachtwoord ervan worden eenmalig getoond. Een record dat niet bestaat, wordt aangemaakt met een TTL van 300 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Gebruikersnaam voor de DNS-API</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>De gebruikersnaam van de DNS-API-toegang</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Wachtwoord voor de DNS-API</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>Het wachtwoord van de DNS-API-toegang (eenmalig getoond, wanneer de toegang wordt aangemaakt)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>Het Servercow-domein waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een domein dat de naamservers van Spaceship gebruikt, via de Spaceship-API. Maak in de API Manager een API-sleutel aan met de rechten dnsrecords:read en dnsrecords:write; zowel de sleutel als het geheim ervan zijn nodig. Een record dat niet bestaat, wordt aangemaakt met een TTL van 3600 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>Het geheim dat werd getoond toen de API-sleutel in de API Manager werd aangemaakt</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Een API-sleutel uit de API Manager met dnsrecords:read en dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>Het Spaceship-domein waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Werkt A/AAAA-DNS-items bij van een domein bij TransIP. Schakel in het configuratiescherm (Account, API) de API in en maak een sleutelpaar aan zonder &quot;Accept only whitelisted IP addresses&quot;; sla de privésleutel ervan op als geheim (qddns-agent secret set PROFILE &lt; key.pem). Een item behoudt zijn TTL (TransIP herkent het daaraan); een ontbrekend item wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Loginnaam</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>De loginnaam van het TransIP-account</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privésleutel</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>De privésleutel van het sleutelpaar (PEM, zoals eenmalig getoond toen het werd aangemaakt)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>Het domein bij TransIP waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een domein dat de naamservers van Vercel gebruikt, via de Vercel REST API. Maak onder Account Settings &gt; Tokens een toegangstoken aan met als scope het team dat eigenaar is van het domein; voor het domein van een team is ook het team-ID nodig (Team Settings &gt; General). Een record dat niet bestaat, wordt aangemaakt met de standaard-TTL van Vercel, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Toegangstoken</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Een Vercel-toegangstoken (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>Het domein bij Vercel waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>Het ID van het team dat eigenaar is van het domein (team_…); laat leeg voor een domein van uw persoonlijke account.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Werkt A/AAAA-records bij van een domein in Volcengine DNS (火山引擎云解析, TrafficRoute). Maak een toegangssleutel aan (Access Key ID en Secret Access Key) voor een gebruiker met het beleid DNSFullAccess. Records van de standaardlijn worden bijgewerkt; een ontbrekend record wordt aangemaakt.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>Het Access Key ID van de toegangssleutel (het begint met AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>De Secret Access Key van de toegangssleutel</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>Het domein waar de hosts bij horen, zoals toegevoegd aan Volcengine DNS, bijv. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Werkt A/AAAA-records bij van een domein in Vultr DNS via de Vultr API v2. Schakel de API in en kopieer het persoonlijke toegangstoken onder Account &gt; API; de toegangslijst ervan moet het adres toestaan waarvandaan deze computer de API bereikt. Een record dat niet bestaat, wordt aangemaakt met een TTL van 300 seconden, tenzij het profiel er een instelt; een record dat het adres al heeft, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>Het persoonlijke toegangstoken uit Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>Het DNS-domein bij Vultr waar de hosts bij horen, bijv. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 is gestopt; gebruik %2, bijv. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 is gestopt (in %2); gebruik %3, bijv. %4</translation>
    </message>
</context>
</TS>
