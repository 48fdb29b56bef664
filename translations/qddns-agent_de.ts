<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>der Hook hat %n Fehler</numerusform>
            <numerusform>der Hook hat %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>die Konfiguration hat %n Fehler; nichts wurde geändert</numerusform>
            <numerusform>die Konfiguration hat %n Fehler; nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>das Profil hat %n Fehler</numerusform>
            <numerusform>das Profil hat %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 gilt nicht für %2%3; siehe qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (er akzeptiert %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: unerwartetes Argument &quot;%1&quot; nach %2; siehe qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: kein Befehl angegeben
Aufruf: qddns-agent BEFEHL [Optionen], wobei BEFEHL einer von diesen ist: %1
`qddns-agent run` führt den Agenten im Vordergrund aus; `qddns-agent --help` erklärt jeden Befehl</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n Konfigurationsfehler; es wurde nichts ausgeführt</numerusform>
            <numerusform>qddns-agent: %n Konfigurationsfehler; es wurde nichts ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: ein anderer qddns-agent (PID %1) läuft mit dem Zustandsverzeichnis %2, daher läuft `once` nicht: Beauftragen Sie ihn mit `qddns-agent update` (oder `update PROFILE`, `--force`); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; es wurde nichts gesendet: Ohne seinen Zustand würde jeder Lauf dieselbe Aktualisierung erneut senden, was DynDNS2-Dienste als Missbrauch werten. Machen Sie %2 beschreibbar oder verwenden Sie mit --state-dir ein anderes Verzeichnis</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: Der Zustand kann nicht gespeichert werden: %1; es wurde nichts gesendet: Ohne seinen Zustand würde jeder Lauf dieselbe Aktualisierung erneut senden, was DynDNS2-Dienste als Missbrauch werten. Machen Sie %2 beschreibbar oder verwenden Sie mit --state-dir ein anderes Verzeichnis</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: Der Zustand kann nicht gespeichert werden: %1; der nächste Lauf sendet möglicherweise dieselben Aktualisierungen erneut</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: als Nächstes: Halten Sie die Einträge mit dem Agenten als Dienst aktuell (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;) oder führen Sie `qddns-agent once` per cron aus</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: Warnung: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: gültig, %n Profil%2%3</numerusform>
            <numerusform>%1: gültig, %n Profile%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n Warnung</numerusform>
            <numerusform>, %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (keine Datei: eingebaute Standardwerte)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: Die Warnungen zählen als Fehler; beheben Sie sie und prüfen Sie dann erneut</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: als Nächstes: Beheben Sie, was die Warnungen nennen (sie halten den Agenten nicht auf), dann `qddns-agent once`, um jetzt zu aktualisieren</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: als Nächstes: Fügen Sie %1 ein Profil hinzu (README, &quot;Configuration&quot;; `qddns-agent providers` listet die Anbieter auf)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: als Nächstes: `qddns-agent once`, um jetzt zu aktualisieren, dann den Agenten als Dienst ausführen (README, &quot;Run it as a service&quot;)</translation>
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
        <translation>qddns-agent hält DNS-Namen auf die öffentliche Adresse dieses Netzes gerichtet.

Befehle:
  run                      als Dienst im Vordergrund ausführen (protokolliert nach stderr)
  once                     ein Erkennungs- und Aktualisierungsdurchlauf, dann beenden (--dry-run, --force, --json)
  check-config             die Konfiguration prüfen; warnen, was hier nicht funktionieren kann (--strict)
  providers [ID]           die Anbieter, ihre Optionen und Hilfe (--json)
  secret set PROFILE       das Geheimnis eines Profils im Schlüsselbund speichern (von stdin gelesen) oder mit
                           --file PATH in einer nur für den Eigentümer lesbaren Datei (--write-config: und das Profil darauf verweisen lassen);
                           --field F für andere Zugangsdaten eines Anbieters (z. B. secretApiKey)
  secret delete PROFILE    es aus dem Schlüsselbund entfernen (--field F)
  import TOOL FILE         die Konfiguration von ddclient, inadyn, openwrt oder ddns-updater (TOOL)
                           als qddns-Konfiguration ausgeben, ihre Geheimnisse im Schlüsselbund gespeichert; --write [PATH] schreibt sie
                           (--merge: neben die Profile einer vorhandenen Datei); --secrets file:DIR|keep-out
  service print-unit       die systemd-Benutzer-Unit für diesen qddns-agent ausgeben
  service install-unit     sie nach ~/.config/systemd/user/ schreiben und erklären, wie man sie aktiviert

Befehle für den laufenden Agenten (über seinen lokalen Socket):
  status                   Adressen, Einträge und was der Agent als Nächstes tut (--json)
  update [PROFILE]         jetzt einen Aktualisierungsdurchlauf ausführen (alle Profile oder eines) und seine Ergebnisse zeigen (--force)
  pause, resume            automatische Aktualisierungen anhalten und wieder starten
  logs                     letzte Protokollzeilen (--level, --limit, --follow)
  history                  Änderungen der öffentlichen Adresse (--since, --json)

Exit-Codes: 0 erledigt, 1 ein Fehlschlag (eine Aktualisierung ist fehlgeschlagen oder angehalten, eine Datei oder Sperre), 2 falscher Aufruf oder falsche
Konfiguration (es wurde nichts ausgeführt), 3 kein Agent antwortet (Befehle für den laufenden Agenten).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>einer der obigen Befehle</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Konfigurationsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Zustandsverzeichnis (Standard: %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>Der lokale Socket des Agenten (Standard: aus dem Zustandsverzeichnis abgeleitet, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Debug-Meldungen aller qddns-Kategorien protokollieren.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: den Socket (0660) mit dieser Gruppe teilen (Name oder Nummer): Ihre Mitglieder dürfen status, update, pause, resume, logs und history verwenden, aber weder die Konfiguration noch Geheimnisse ändern.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: erkennen und zeigen, was gesendet würde; nichts senden und nichts ändern.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: Einträge auch senden, wenn ihre Adresse unverändert ist.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: JSON ausgeben.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: Warnungen sind Fehler (Exit-Code 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: welche Zugangsdaten des Anbieters des Profils (Standard: secret, die wichtigsten).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: das Geheimnis statt in den Schlüsselbund in diese nur für den Eigentümer lesbare Datei schreiben.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: auch das &quot;secret&quot; des Profils in der Konfigurationsdatei setzen.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: die Konfiguration prüfen und schreiben, in den PATH nach --write, sonst nach --config oder in die Standarddatei.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: die importierten Profile zu einer vorhandenen Konfigurationsdatei hinzufügen.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: wohin die Geheimnisse kommen: keychain (Standard), file:DIR (nur für den Eigentümer lesbare Dateien) oder keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: neue Zeilen ausgeben, bis abgebrochen wird.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: die niedrigste angezeigte Stufe: debug, info (Standard), warning oder error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: höchstens so viele der letzten Zeilen.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: Änderungen seit einem Datum/einer Uhrzeit (2026-11-01, 2026-11-01T08:00:00Z) oder vor einer Dauer (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: unbekannte Option %1; siehe qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; siehe qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: unbekannter Befehl &quot;%1&quot;; die Befehle sind %2 (siehe --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: Aufruf: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>veröffentlicht; Warnung: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>veröffentlicht, die Server der Zone werden ermittelt</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>veröffentlicht, wird geprüft: %1 von %2 Servern antworten %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>ist eine Carrier-Grade-NAT-Adresse (100.64.0.0/10): Ihr Anbieter teilt die öffentliche Adresse, Verbindungen aus dem Internet erreichen dieses Netz möglicherweise nicht</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>ist privat: Der Router steht hinter einem anderen Router (doppeltes NAT), der Verbindungen an ihn weiterleiten muss</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>ist keine öffentliche Adresse (doppeltes NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>WAN-Adresse des Routers %1 %2; Detektor %3 übersprungen</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (PID %2), läuft seit %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>automatische Aktualisierungen angehalten</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, nächste Prüfung in %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  nicht erkannt: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (zuletzt bekannt: %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  noch nicht erkannt</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  von %3 seit %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>kein Profil konfiguriert</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>Hook %1 (%2) %3 um %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 Läufe nacheinander)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n Hook, keiner schlägt fehl</numerusform>
            <numerusform>%n Hooks, keiner schlägt fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: Der Agent hat die Verbindung geschlossen (wurde er beendet?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: Der Agent hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>automatische Aktualisierungen sind angehalten (`qddns-agent update` führt weiterhin einen Durchlauf aus; `qddns-agent resume` startet sie wieder)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>automatische Aktualisierungen laufen</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>kein Eintrag zu aktualisieren</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>keine Adressänderung aufgezeichnet%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> in diesem Zeitraum</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: unerwartetes Argument &quot;%1&quot;; siehe --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; ist keine Stufe; verwenden Sie debug, info, warning oder error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; ist weder ein Datum/eine Uhrzeit (2026-11-01, 2026-11-01T08:00:00Z) noch eine Dauer (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n Konfigurationsfehler; es wurde nichts importiert</numerusform>
            <numerusform>qddns-agent: %n Konfigurationsfehler; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: %1 kann nicht gelesen werden: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 existiert, und ein Import überschreibt sie nie; es wurde nichts importiert. Fügen Sie --merge hinzu, um die importierten Profile neben ihre eigenen zu stellen, oder schreiben Sie mit --write PATH eine andere Datei</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: Beheben Sie zuerst %1 (`qddns-agent check-config`) und importieren Sie dann erneut; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 kann nicht als Konfiguration von %2 gelesen werden: %3; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: %1 enthält bereits Profile namens %2; es wurde nichts importiert. Benennen Sie sie dort um oder entfernen Sie sie, oder schreiben Sie den Import mit --write PATH in eine andere Datei</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: Die Profile können nicht zu %1 hinzugefügt werden: %2; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>nicht zusammengeführt: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: Aus %1 konnte kein Profil importiert werden (siehe oben); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; die Konfiguration wird nicht geschrieben%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (ihre Geheimnisse sind gespeichert)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n Geheimnis in Dateien, die nur Sie lesen können: %1</numerusform>
            <numerusform>qddns-agent: %n Geheimnisse in Dateien, die nur Sie lesen können: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n Geheimnis im Schlüsselbund (Dienst %1), unter %2</numerusform>
            <numerusform>qddns-agent: %n Geheimnisse im Schlüsselbund (Dienst %1), unter %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: kein Geheimnis gespeichert für %n Profil; speichern Sie es (es wird von der Standardeingabe gelesen):</numerusform>
            <numerusform>qddns-agent: kein Geheimnis gespeichert für %n Profile; speichern Sie jedes (es wird von der Standardeingabe gelesen):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n Profil nach %1 geschrieben%2; als Nächstes: `%3`</numerusform>
            <numerusform>qddns-agent: %n Profile nach %1 geschrieben%2; als Nächstes: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> neben ihren %1 eigenen</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: als Nächstes: Speichern Sie die obige Konfiguration als %1 (oder importieren Sie erneut mit --write), dann `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` erklärt die Schlüssel eines Anbieters; `--json` gibt alles aus.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; bis zu %n Host pro Anfrage</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; bis zu %n Hosts pro Anfrage</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>keiner: &quot;server&quot; setzen</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: &quot;%1&quot; ist kein bekannter Anbieter; die bekannten sind: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: kein Geheimnis auf der Standardeingabe; nichts gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file und --write-config gelten nur für `secret set` (eine Geheimnisdatei entfernen Sie mit rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: --write-config benötigt --file PATH (ein Geheimnis im Schlüsselbund braucht keinen Verweis in der Konfiguration)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: Anbieter &quot;%1&quot; des Profils &quot;%2&quot; hat keine Zugangsdaten &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (er verwendet keine)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; seine Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 aus %2: wird dorthin geschrieben</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: kein Profil namens &quot;%1&quot; in %2: Fügen Sie zuerst das Profil hinzu (README, &quot;Configuration&quot;) und führen Sie dies dann erneut aus; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: %1 kann nicht gelesen werden: %2; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: Der Verweis kann nicht zu %1 hinzugefügt werden: %2; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: Hinweis: noch kein Profil namens &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: Hinweis: %1 aus %2, nicht aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; nichts gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 wird nach %2 geschrieben (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; tragen Sie dies von Hand in Profil &quot;%2&quot; ein: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: Profil &quot;%1&quot; in %2 liest es jetzt von dort; als Nächstes: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: als Nächstes: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: als Nächstes: Tragen Sie die obige Zeile in Profil &quot;%1&quot; von %2 ein (oder führen Sie dies erneut mit --write-config aus), dann `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: erledigt</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; nichts installiert</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: Hinweis: %1 liegt in einem Build-Verzeichnis; ein sauberer Build entfernt es. Installieren Sie es zuerst (README, &quot;Run it as a service&quot;) und führen Sie install-unit mit dem installierten qddns-agent aus</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: als Nächstes: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; dann `qddns-agent status` oder journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: Auf einem Rechner, an dem niemand angemeldet bleibt (ein NAS, ein Server über SSH), führen Sie auch `sudo loginctl enable-linger %1` aus: Ohne dies stoppt der Agent, wenn Sie sich abmelden</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>verbreitet: %1 antwortet %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>verbreitet: %1 antworten %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; es wurde keine Konfiguration geschrieben</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; es wurde keine Konfiguration ausgegeben</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>das Geheimnis des Profils &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>die Zugangsdaten %1 des Profils &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>Profil &quot;%1&quot; liest sein Geheimnis</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>Profil &quot;%1&quot; liest die Zugangsdaten %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 ist im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 wurde aus dem Schlüsselbund gelöscht</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 ersetzt (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: %1 geschrieben (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>ist erforderlich: schreiben Sie &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 wird nicht unterstützt; dieses qddns liest Version 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>muss eine Liste von Profilen sein</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>ist leer, aber Profil &quot;%1&quot; veröffentlicht %2-Adressen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>muss eine nicht leere Liste von %1%2 sein</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>muss eine nicht leere Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; ist keiner von %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} ist kein Platzhalter%2; die Platzhalter sind {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} benötigt das &quot;secret&quot; des Hooks: woher es gelesen wird</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>ist kein gültiges JSON, sobald seine Platzhalter eingesetzt sind (%1 an Position %2); setzen Sie jeden Platzhalter in eine JSON-Zeichenkette, z. B. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>eine GET-Anfrage hat keinen Inhalt; verwenden Sie &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner von %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>muss ein Objekt aus Header-Namen und -Werten sein, z. B. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>geben Sie den Typ des Inhalts als &quot;contentType&quot; an</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>wird von qddns selbst gesetzt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>muss eine Zeichenkette sein (ein JSON-Inhalt wird als Zeichenkette geschrieben: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), nicht %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>wird gelesen, aber nirgendwohin gesendet: Setzen Sie {secret} dort ein, wo es hingehört, z. B. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>muss eine URL-Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>nimmt keine Platzhalter an</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>nimmt keine Platzhalter an: qddns fügt hinzu, was der Monitor braucht</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>muss eine nicht leere Liste von Zeichenketten sein: das Programm und seine Argumente, ohne Shell ausgeführt (die Werte des Ereignisses stehen in seiner Umgebung: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>muss ein Objekt wie {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]} sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; muss aus 1–64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; wird von einem anderen Hook verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; ist kein Hook-Typ%2; verwenden Sie einen von %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>ist erforderlich: die Ereignisse, über die dieser Hook benachrichtigt wird, aus %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>muss eine Liste von Hooks sein</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>muss eine Liste von Hook-Namen sein (die Hooks, die über dieses Profil benachrichtigt werden; [] für keine)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>es gibt keinen Hook namens &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>es gibt kein Profil namens &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>Geheimnisse werden nie in der Konfigurationsdatei gespeichert; verwenden Sie &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} und `qddns-agent secret set PROFILE` oder eine Quelle vom Typ file, env oder systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>unbekannter Schlüssel%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>muss eine Anzahl Sekunden oder eine Dauer wie &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot; sein, nicht %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>muss zwischen %1 und %2 Sekunden liegen, nicht %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie &quot;username&quot; und &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>unverschlüsseltes http:// wird abgelehnt: Es würde unverschlüsselt übertragen; verwenden Sie https:// oder setzen Sie &quot;allowInsecureHttp&quot;: true (gedacht für Testserver auf Loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>muss ein Objekt mit &quot;ipv4&quot;, &quot;ipv6&quot; und &quot;agree&quot; sein</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>muss eine Liste von Detektoren sein (leer, um %1 nicht zu erkennen)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>muss ein Objekt wie {&quot;ipv4&quot;: 2} sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>muss eine ganze Zahl von 1 bis 5 sein, nicht %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>geben Sie &quot;sourceAddress&quot; oder &quot;interface&quot; an, nicht beides: Die Adresse der Schnittstelle ist die Quelle</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>ist keine lokale Adresse: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 ist keine %2-Adresse, wie sie ein Detektor von &quot;%3&quot; benötigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; ist kein Name einer Netzwerkschnittstelle (1–15 Zeichen, kein &apos;/&apos;, &apos;:&apos; und keine Leerzeichen)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>muss ein Objekt wie {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;} sein</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>für einen web-Detektor</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>für einen interface-Detektor</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>für einen command-Detektor</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>muss eine nicht leere Liste von Zeichenketten sein: das Programm und seine Argumente (ohne Shell ausgeführt)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>für einen upnp-Detektor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; ist kein Detektortyp; verwenden Sie &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; oder &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>muss &quot;auto&quot; (die Server der Zone per NS-Abfrage finden) oder eine nicht leere Liste von DNS-Servern sein, nicht %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>muss ein DNS-Servername oder eine DNS-Serveradresse sein, nicht %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>für einen dns-Detektor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; ist kein DNS-Echo-Dienst; verwenden Sie %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>darf kein Passwort enthalten: Geheimnisse gehören nicht in die Konfigurationsdatei%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; das Passwort des Proxys stammt aus den Zugangsdaten &quot;%1&quot; des Profils</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>muss ein Proxy wie &quot;http://proxy.lan:3128&quot; oder &quot;socks5://127.0.0.1:1080&quot; sein (Schema http oder socks5, Host und Port)%1, nicht %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, oder &quot;none&quot; für keinen Proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>darf keinen Benutzernamen enthalten: Ein Proxy, der Zugangsdaten braucht, wird im &quot;proxy&quot; jedes Profils gesetzt (sein Passwort gehört dann zu den Zugangsdaten des Profils)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>muss ein Objekt wie {&quot;caFile&quot;: &quot;/path/ca.pem&quot;} sein</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>Geheimnisse werden nie in der Konfigurationsdatei gespeichert; geben Sie an, wo es zu finden ist: {&quot;source&quot;: &quot;keychain&quot;} (dann `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} oder {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 ist keine Quelle für Geheimnisse; verwenden Sie &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; oder &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>für ein Geheimnis im Schlüsselbund</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>für ein Geheimnis in einer Datei</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>für ein %1-Geheimnis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; ist keine Quelle für Geheimnisse; verwenden Sie &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; oder &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>für einen Host</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>muss eine ganze Zahl von 8 bis 120 sein, nicht %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>muss die IPv6-Schnittstellenkennung des Hosts sein, z. B. &quot;::1234&quot; oder &quot;::211:32ff:fe12:3456&quot;, nicht %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 reicht in die ersten %2 Bits, die aus dem erkannten Präfix stammen</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>muss ein Objekt sein, das für alle Zugangsdaten angibt, woher sie kommen, z. B. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>unter den Zugangsdaten von Anbieter &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> und seinem Proxy</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>wird von diesem Anbieter benötigt: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>muss eine Zeichenkette mit einem regulären Ausdruck sein, nicht %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>muss ein Objekt mit &quot;name&quot;, &quot;provider&quot; und &quot;hosts&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; wird von einem anderen Profil verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; ist kein bekannter Anbieter%2; `qddns-agent providers` listet sie auf</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>für Anbieter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>ist erforderlich: die Liste der Hostnamen, die aktuell gehalten werden</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>muss eine nicht leere Liste von Hostnamen sein</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>ist erforderlich: der Hostname</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>muss eine Hostnamen-Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname: er %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>hat Leerzeichen um sich herum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; und &quot;ipv6&quot; sind beide false: nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>Anbieter &quot;%1&quot; kann keine IPv6-Adressen veröffentlichen</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>Anbieter &quot;%1&quot; kann keine IPv4-Adressen veröffentlichen</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>wird von Anbieter &quot;%1&quot; benötigt%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>Anbieter &quot;%1&quot; verwendet keinen Benutzernamen</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>Anbieter &quot;%1&quot; verwendet kein Geheimnis</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>muss eine ganze Zahl von Sekunden von 1 bis 86400 sein, nicht %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (meinten Sie &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>endet mit einem Punkt; schreiben Sie den Namen ohne ihn</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>hat ein leeres Label</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>hat ein Label, das länger als 63 Zeichen ist</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>hat ein Label, das mit &apos;-&apos; beginnt oder endet</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>enthält &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>kein gültiges JSON bei %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>ist für einen %1-Hook erforderlich: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>ist für einen %1-Hook erforderlich: %2, z. B. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>verlangt, dass %1 Detektoren übereinstimmen, aber nur 1 ist konfiguriert</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>verlangt, dass %1 Detektoren übereinstimmen, aber nur %2 sind konfiguriert</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>Das dynamische DNS von Dyn ist ein kostenpflichtiger Dienst (Dyn hat seine kostenlosen Konten 2014 eingestellt; heute gehört es zu Oracle). Verwenden Sie den Benutzernamen Ihres Dyn-Kontos und einen Updater Client Key (Account &gt; Updater Client Key) statt des Kontopassworts.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Benutzername des Dyn-Kontos</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (oder das Kontopasswort)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Verwenden Sie Ihren No-IP-Benutzernamen oder Ihre E-Mail-Adresse und Ihr Passwort, oder erstellen Sie einen DDNS Key (Dynamic DNS &gt; DDNS Keys), der nur die dafür gewählten Hostnamen aktualisieren kann.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>No-IP-Benutzername oder E-Mail, oder der Benutzername des DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>No-IP-Passwort oder das Passwort des DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Verwenden Sie Ihren Dynu-Benutzernamen mit dem Kontopasswort oder besser mit dem separaten IP-Update-Passwort (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Dynu-Benutzername</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>IP-Update-Passwort</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>IP-Update-Passwort (oder das Kontopasswort, im Klartext oder als MD5/SHA-256-Hash)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>Setzen Sie in dns.he.net beim A/AAAA-Eintrag das Häkchen bei &apos;Enable entry for dynamic dns&apos; und erzeugen Sie dann seinen DDNS-Schlüssel (das Pfeilsymbol). Der Schlüssel gehört zu genau diesem Hostnamen: Geben Sie jedem Eintrag des Profils denselben Schlüssel, oder verwenden Sie ein Profil pro Hostname.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Ein Name pro Profil: Sein DDNS-Schlüssel gehört zu diesem Namen</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>DDNS-Schlüssel</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>der DDNS-Schlüssel des Eintrags</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Verwenden Sie das Token, das beim Anlegen der dedyn.io-Domain angezeigt wurde, oder erstellen Sie eines unter https://desec.io/tokens. Der Hostname selbst ist der Benutzername.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Ein Name pro Profil: Der Name ist auch der Benutzername</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>deSEC-Token</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>Der Dienst nsupdate.info nimmt keine neuen Registrierungen an (Konten nur über seinen Administrator); bestehende Konten funktionieren weiter. Jeder Host hat sein eigenes Update-Geheimnis, das beim Anlegen des Hosts angezeigt wird oder wenn Sie auf der Seite des Hosts ein neues erzeugen. Der Hostname selbst ist der Benutzername. qddns sendet die Adresse in myip, daher ist der Dual-Stack-Server von nsupdate.info für beide Adressfamilien richtig (die Server ipv4./ipv6. sind für Clients, die den Dienst ihre Adresse sehen lassen).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Update-Geheimnis</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>das Update-Geheimnis des Hosts</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>Öffnen Sie im OVHcloud Control Panel den Reiter DynHost der Domain, legen Sie den DynHost-Eintrag an (für einen Namen mit IPv4 und IPv6: ein DynHost-Eintrag pro Adressfamilie) und dann über &apos;Manage access&apos; ein DynHost-Login für diese Subdomain. qddns verwendet den Update-Server aus der aktuellen Anleitung von OVHcloud, dns.eu.ovhapis.com; setzen Sie &quot;server&quot;, um einen anderen zu verwenden.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>DynHost-Login</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>DynHost-Login, z. B. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>das Passwort des DynHost-Logins</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Verwenden Sie Ihren spdyn.de-Benutzernamen und Ihr Passwort, oder den Hostnamen als Benutzernamen mit dem Update-Token des Hosts.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Benutzername oder Hostname</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>spdyn.de-Benutzername, oder der Hostname bei Verwendung eines Update-Tokens</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Passwort oder Update-Token</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>Passwort oder das Update-Token des Hosts</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Schalten Sie DynDNS für die Domain im STRATO Kunden-Login ein (Domains &gt; Manage domain &gt; DynDNS) und legen Sie ihr DynDNS-Passwort fest.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>der Domainname, z. B. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>DynDNS-Passwort</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>das DynDNS-Passwort der Domain</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Verwenden Sie Benutzernamen und Passwort des DynDNS-Kontos, das im selfHOST-Kundenbereich unter DynDNS Accounts aufgeführt ist, nicht Ihren Kunden-Login.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Benutzername des DynDNS-Kontos</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Passwort des DynDNS-Kontos</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Verwenden Sie die E-Mail-Adresse und das Passwort Ihres DNS-O-Matic-Kontos (OpenDNS). Der Hostname all.dnsomatic.com aktualisiert jeden dort eingerichteten Dienst.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; aktualisiert jeden Dienst Ihres Kontos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>E-Mail-Adresse des DNS-O-Matic-Kontos</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Passwort des DNS-O-Matic-Kontos</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Verwenden Sie Benutzernamen und Passwort Ihres ChangeIP-Kontos. ChangeIP antwortet &quot;200 Successful Update&quot;, ob sich die Adresse geändert hat oder nicht; 402 bedeutet, dass die Domain Premium DNS benötigt, 422, dass der Hostname nicht zu Ihren Domains oder Sets gehört.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>ChangeIP-Benutzername</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>ChangeIP-Passwort</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Schalten Sie DynDNS für die Domain in der Loopia Customer Zone ein und verwenden Sie dann Ihre Loopia-Kundennummer (oder einen API-/DynDNS-Benutzer) und das zugehörige Passwort.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Kundennummer oder DynDNS-Benutzer</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Loopia-Kundennummer oder DynDNS-Benutzer</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>das zugehörige Passwort</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Legen Sie im Infomaniak Manager einen Dynamic-DNS-Eintrag an (Domains &gt; your domain &gt; Dynamic DNS); er hat einen eigenen Benutzernamen und ein eigenes Passwort. Verwenden Sie nicht Ihren Infomaniak-Login.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>der Benutzername des Dynamic-DNS-Eintrags</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>das Passwort des Dynamic-DNS-Eintrags</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Kostenlose Namen unter dy.fi für finnische IPv4-Adressen. Verwenden Sie die E-Mail-Adresse und das Passwort Ihres dy.fi-Kontos. dy.fi richtet einen Namen auf die Adresse, von der die Aktualisierung kommt (es nimmt keinen Adressparameter an; qddns prüft die zurückgemeldete Adresse), und ein Name, der 7 Tage lang nicht aktualisiert wird, verfällt: Setzen Sie &quot;forceInterval&quot; auf &quot;5d&quot;. Häufig gesendete Aktualisierungen, die nichts ändern, gelten als Missbrauch.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>E-Mail-Adresse des dy.fi-Kontos</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Passwort des dy.fi-Kontos</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Verwenden Sie das Update-Token Ihres IPv64.net-Kontos (Account Update Token im Dashboard) oder das eigene Update-Token einer Domain; der Benutzername wird nicht geprüft. Kostenlose Konten dürfen 48 Aktualisierungen pro Tag senden und nicht mehr als 3 innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Update-Token</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>IPv64.net-Update-Token</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Verwenden Sie Benutzernamen und Passwort aus dem Bereich Dynamic DNS Ihres RU-CENTER-Kontos (DNS hosting: Dynamic DNS); sie sind nicht der Konto-Login. RU-CENTER setzt den A-Eintrag auf die Adresse, von der die Anfrage kommt, wenn eine Anfrage keine IPv4-Adresse enthält; veröffentlichen Sie daher in diesem Profil auch IPv4.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Dynamic-DNS-Benutzername</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>der Dynamic-DNS-Benutzername aus Ihrem RU-CENTER-Konto</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Dynamic-DNS-Passwort</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>das Dynamic-DNS-Passwort aus Ihrem RU-CENTER-Konto</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Hält die IPv4-Adresse eines OpenDNS-Netzes (Cisco Umbrella) aktuell, damit seine Filtereinstellungen gelten. Schalten Sie im Dashboard dynamische IP-Aktualisierungen für das Netz ein; der Host ist die Bezeichnung des Netzes. OpenDNS antwortet &quot;good&quot;, ob sich die Adresse geändert hat oder nicht, und wertet mehr als eine Aktualisierung pro Minute als Missbrauch.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>Die Bezeichnung des OpenDNS-Netzes, wie das Dashboard sie zeigt; qddns sendet Namen in Kleinbuchstaben, geben Sie dem Netz daher eine Bezeichnung aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>E-Mail-Adresse des OpenDNS-Kontos</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Passwort des OpenDNS-Kontos (Umbrella mit Single Sign-on: das sekundäre Passwort, das der Support für Aktualisierungen anlegt)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Verwendet den DynDNS-kompatiblen Endpunkt der Simply.com-API. Der Benutzername ist Ihre Simply.com-Kontonummer (S gefolgt von Ziffern), das Passwort der API-Schlüssel dieses Kontos; beide werden im Simply.com-Control-Panel angezeigt.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Simply.com-Kontonummer, z. B. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>der API-Schlüssel des Kontos</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Hält den IPv4-Endpunkt eines IPv6-Tunnels von tunnelbroker.net auf Ihrer aktuellen IPv4-Adresse (aktualisiert keinen DNS-Eintrag). Verwenden Sie Ihren tunnelbroker.net-Benutzernamen und den Update Key des Tunnels (Reiter Advanced der Tunneldetails), falls einer gesetzt ist, sonst Ihr tunnelbroker.net-Passwort. Der Host benennt den Tunnel: tunnel&lt;ID&gt;.tunnelbroker.net mit seiner numerischen Tunnel-ID.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>Der Tunnel als tunnel&lt;ID&gt;.tunnelbroker.net, mit der numerischen Tunnel ID von der Seite der Tunneldetails</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>tunnelbroker.net-Benutzername</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Update-Schlüssel</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>der Update Key des Tunnels oder das tunnelbroker.net-Passwort</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Schalten Sie dynamisches DNS für den Hostnamen in den DNS-Einstellungen des Variomedia-Kundenmenüs ein und legen Sie dort das DynDNS-Passwort fest (es ist nicht das Passwort des Kundenmenüs). Der Benutzername ist die E-Mail-Adresse Ihres Kundenkontos (Reseller: des Kontos des Endkunden).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>E-Mail-Adresse des Kundenkontos</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>das DynDNS-Passwort aus den DNS-Einstellungen</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Legen Sie im KAS einen DDNS-Benutzer für den Hostnamen an (Tools &gt; DDNS settings) und verwenden Sie dessen Login und Passwort, nicht den KAS-Login. Ein DDNS-Benutzer gehört zu einem Hostnamen. Schalten Sie für IPv6 im KAS Dual Stack dafür ein.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>DDNS-Login</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>der Login des DDNS-Benutzers aus dem KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>DDNS-Passwort</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>das Passwort des DDNS-Benutzers</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Verwenden Sie Benutzernamen und Passwort des bei Core-Networks eingerichteten Dynamic-DNS-Zugangs für den Hostnamen. Jede Anfrage enthält eine Adressfamilie und bittet Core-Networks, den Eintrag der anderen beizubehalten (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>der Benutzername des Dynamic-DNS-Zugangs</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>das Passwort des Dynamic-DNS-Zugangs</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Legen Sie bei INWX ein DynDNS-Konto an (es ist an einen Hostnamen gebunden) und verwenden Sie dessen Benutzernamen und Passwort, nicht den INWX-Login. INWX ermittelt den Hostnamen aus dem DynDNS-Konto. Veröffentlichen Sie in diesem Profil IPv4: INWX setzt den A-Eintrag auf 127.0.0.1, wenn eine Aktualisierung keine IPv4-Adresse enthält (sofern der INWX-Support das DynDNS-Konto nicht auf nur IPv6 umgestellt hat), und löscht den AAAA-Eintrag, wenn sie keine IPv6-Adresse enthält.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>DynDNS-Benutzername</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>der Benutzername des INWX-DynDNS-Kontos</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>das Passwort des INWX-DynDNS-Kontos</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Schalten Sie Dynamic DNS für die Domain in der DNS-Verwaltung von Joker.com ein und verwenden Sie den dort angezeigten DynDNS-Benutzernamen und das Passwort, nicht Ihren Joker.com-Konto-Login.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>der DynDNS-Benutzername aus der DNS-Verwaltung der Domain</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>das DynDNS-Passwort aus der DNS-Verwaltung der Domain</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Richten Sie in der schokokeks.org-Verwaltung einen DynDNS-Zugang für den Hostnamen ein und verwenden Sie dessen Benutzernamen und Passwort. In qddns nur IPv4: Die anderen Clients stimmen nur bei IPv4-Aktualisierungen überein.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>der Benutzername des DynDNS-Zugangs</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>das Passwort des DynDNS-Zugangs</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Kostenlose Dynamic-DNS-Namen. Verwenden Sie die E-Mail-Adresse und das Passwort Ihres Now-DNS-Kontos. Jede Anfrage enthält eine Adressfamilie, gesendet in myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>die E-Mail-Adresse des Now-DNS-Kontos</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>das Passwort des Now-DNS-Kontos</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Verwenden Sie Benutzernamen und Passwort Ihres Oray-Kontos. Nur IPv4: Die anderen Clients senden nur IPv4-Aktualisierungen an Oray. qddns sendet die Aktualisierung nur über HTTPS (die anderen Clients verwenden unverschlüsseltes http, das das Passwort preisgeben würde); kein anderer Client zeigt, dass ddns.oray.com über HTTPS antwortet. Wenn Aktualisierungen mit einem Verbindungsfehler scheitern, ist das die wahrscheinliche Ursache.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Oray-Benutzername</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>der Benutzername des Oray-Kontos</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>das Passwort des Oray-Kontos</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Legen Sie im Kundenbereich von Domain-Offensive einen FlexDNS-Benutzer für den Eintrag an (der FlexDNS-Eintrag muss ihm zugewiesen sein) und verwenden Sie dessen Benutzernamen und Passwort, nicht den Kunden-Login. Jede Anfrage enthält eine Adressfamilie.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>FlexDNS-Benutzername</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>der FlexDNS-Benutzername, z. B. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>FlexDNS-Passwort</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>das Passwort des FlexDNS-Benutzers</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Verwenden Sie den Benutzernamen und das Passwort, die dynDNS.it für den Hostnamen vergibt. dynDNS.it sperrt Hostnamen, die Aktualisierungen senden, obwohl sich die Adresse nicht geändert hat; qddns sendet eine nur, wenn sie sich geändert hat. Nur IPv4: dynDNS.it dokumentiert nur IPv4-Aktualisierungen.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>der dynDNS.it-Benutzername des Hostnamens</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>das dynDNS.it-Passwort des Hostnamens</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Verwenden Sie Ihre freedyn.de-Konto-ID (die 10-stellige Nummer) und Ihr Control-Panel-Passwort oder besser den AUTH-Schlüssel des Kontos. In qddns nur IPv4.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>die 10-stellige freedyn.de-Konto-ID</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>AUTH-Schlüssel</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>der AUTH-Schlüssel (oder das Control-Panel-Passwort)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Legen Sie den Eintrag unter &apos;Dynamic address records&apos; auf der Seite der Zone in HexDNS an und öffnen Sie ihn dann (die Schaltfläche zum Bearbeiten), um seine ID und sein Passwort zu sehen: Die ID ist der Benutzername. Jeder dynamische Eintrag hat seine eigene ID und sein eigenes Passwort.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Ein Name pro Profil: ID und Passwort des Eintrags gehören zu diesem Namen</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>die ID des dynamischen Eintrags (eine UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>das Passwort des dynamischen Eintrags</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Verwenden Sie die E-Mail-Adresse (oder den Benutzernamen) und das Passwort Ihres VisualDNS-Kontos. Der Name muss bereits einen A-Eintrag in einer Ihrer Domains haben. Nur IPv4: VisualDNS dokumentiert Aktualisierungen von A-Einträgen.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>die E-Mail-Adresse oder der Benutzername des VisualDNS-Kontos</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>das Passwort des VisualDNS-Kontos</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Verwenden Sie Benutzernamen und Passwort Ihres Pubyun-Kontos (3322.net). Nur IPv4. Pubyun sperrt einen Namen, der öfter als einmal pro Minute aktualisiert wird; qddns sendet eine Aktualisierung nur, wenn sich die Adresse geändert hat.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>der Benutzername des Pubyun-Kontos</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>das Passwort des Pubyun-Kontos</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Schalten Sie die Dynamic-DNS-API für die Domain in Ihrem 1984-Hosting-Konto ein (Domains &gt; FreeDNS &gt; API) und kopieren Sie ihren API-Schlüssel.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>Der FreeDNS-API-Schlüssel Ihres 1984-Hosting-Kontos</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Kopieren Sie den Update-Schlüssel Ihres DDNSS-Kontos (ddnss.de &gt; Update-Key); er aktualisiert jeden Host des Kontos, das Kontopasswort wird also nicht benötigt. Schalten Sie für einen Host mit IPv4- und IPv6-Adresse bei DDNSS Dual Stack ein: qddns sendet dann beide Adressen in jeder Aktualisierung.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Ihre DDNSS-Hosts, z. B. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>Der Update-Schlüssel Ihres DDNSS-Kontos (nicht das Passwort)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>Die API von dinahosting meldet sich mit Ihrem dinahosting-Benutzernamen und -Passwort an. Geben Sie die Domain an, zu der die Hosts gehören; jeder Host ist ein Name darunter, z. B. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Namen unterhalb der Domain des Profils, z. B. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Ihr dinahosting-Benutzername</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>Das Passwort Ihres dinahosting-Kontos</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>Die Domain bei dinahosting, zu der die Hosts gehören, z. B. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Schalten Sie dynamisches DNS für den Eintrag in der DNS-Verwaltung von Directnic ein und kopieren Sie seine Update-URL: Das Token ist der Teil nach /dns/gateway/. Ein Token aktualisiert einen Eintrag, einen A- oder einen AAAA-Eintrag: Veröffentlichen Sie nur dessen Adressfamilie und verwenden Sie für das Token des anderen Eintrags ein weiteres Profil.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>Der Name, dessen Eintrag das Token aktualisiert (das Token allein bestimmt den Eintrag)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Gateway-Token</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>Das Token der Update-URL des Eintrags (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Erstellen Sie einen DNS-API-Schlüssel auf dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). Die Hosts müssen bei DNSExit bereits ihre A- (und AAAA-)Einträge haben.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Ein DNS-API-Schlüssel Ihres DNSExit-Kontos</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Legen Sie jeden Eintrag im Control Panel von DNS Made Easy als Dynamic-DNS-Eintrag an und geben Sie ihm ein Passwort; DNS Made Easy erkennt den Eintrag an seiner ID, die das Control Panel daneben anzeigt.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>Die ID jedes Dynamic-DNS-Eintrags (eine Zahl; DNS Made Easy aktualisiert Einträge über die ID, nicht über den Namen)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>Der Benutzername Ihres DNS-Made-Easy-Kontos</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>Das Passwort des Dynamic-DNS-Eintrags</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Erzeugen Sie in Ihrem DonDominio-Konto einen DonDNS-Schlüssel (My Account &gt; DonDNS Key) und legen Sie den A-Eintrag des Hosts in der DNS-Zone der Domain an; DonDNS aktualisiert ihn dann.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Ihr DonDominio-Benutzername</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>DonDNS-Schlüssel</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>Der DonDNS-Schlüssel Ihres Kontos (nicht sein Passwort)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Erstellen Sie auf dynv6.com ein HTTP-Token (Keys &gt; HTTP Tokens), für das Konto oder nur für diese Zone. Jeder Host ist eine Ihrer dynv6-Zonen, z. B. myhome.dynv6.net: Die Update-API setzt die eigenen A- und AAAA-Einträge der Zone.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Ihre dynv6-Zonen, z. B. myhome.dynv6.net (die Update-API setzt die eigenen Einträge einer Zone, nicht die von Namen darin)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>HTTP-Token</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Ein HTTP-Token Ihres dynv6-Kontos (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Legen Sie in Ihrem Enom-Konto ein Domainpasswort für die Domain fest (SetDNSHost benötigt es) und fügen Sie die Hosts zu ihren Host-Einträgen hinzu.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Domainpasswort</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>Das Domainpasswort der Domain bei Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Aktivieren Sie den Eintrag auf der v2-Dynamic-Seite von FreeDNS (freedns.afraid.org/dynamic/v2/) und kopieren Sie sein Token: den letzten Teil seiner Update-URL https://sync.afraid.org/u/TOKEN/. Ein Token aktualisiert einen Eintrag, einen A- oder einen AAAA-Eintrag: Veröffentlichen Sie nur dessen Adressfamilie und verwenden Sie für das Token des anderen Eintrags ein weiteres Profil.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>Das Token des Eintrags von freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Sichern Sie sich einen Namen auf freemyip.com und kopieren Sie das angezeigte Token; das Token gehört zu diesem Namen.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Ihr FreeMyIP-Name mit seiner Endung, z. B. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>Das Token, das freemyip.com für den Namen vergeben hat</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Erstellen Sie einen API-Schlüssel in Ihrem Gigahost-Konto; das DNS der Domain muss bei Gigahost gehostet sein.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Ein API-Schlüssel Ihres Gigahost-Kontos</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Verwenden Sie einen der Benutzernamen und sein Passwort aus Ihrer GoIP-Routerliste (nicht den Konto-Login). GoIP setzt den A-Eintrag aus der Verbindung, wenn eine Anfrage keine IPv4-Adresse enthält: Veröffentlichen Sie IPv4 zusammen mit IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Ihre GoIP-Subdomains mit ihrer Endung, z. B. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Router-Benutzername</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Ein Benutzername aus Ihrer GoIP-Routerliste</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>Das Passwort dieses Router-Benutzernamens</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Fügen Sie bei DomainDiscount24 der Subdomain Dynamic DNS hinzu (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) und legen Sie ihr Passwort fest. Der Dienst lehnt eine zweite Aktualisierung eines Hosts innerhalb von 30 Minuten ab.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>Die Subdomains mit Dynamic DNS, z. B. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>Das DynamicDNS-Passwort der Subdomain</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Verwenden Sie die Master-ID (oder eine Child-ID) und ihr Passwort von MyDNS.JP; aktualisiert werden die Einträge der Domain, die für diese ID registriert ist.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>Die für die ID registrierte Domain (MyDNS.JP aktualisiert die Domain der ID; der Name wird nur in qddns angezeigt)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>Master-ID</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Ihre MyDNS.JP-Master-ID oder eine Child-ID</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>Das Passwort dieser ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Schalten Sie Dynamic DNS für die Domain ein (Domain List &gt; Manage &gt; Advanced DNS) und kopieren Sie ihr Dynamic-DNS-Passwort; fügen Sie jeden Host als &apos;A + Dynamic DNS&apos;-Eintrag hinzu. Das Passwort gehört zu einer Domain: Ein Profil aktualisiert Namen in der Domain, die es angibt.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>Die Domain oder Namen darunter, z. B. example.com oder home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>Das Dynamic-DNS-Passwort der Domain (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>Die Domain, deren Dynamic-DNS-Passwort dieses Profil enthält, z. B. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Fügen Sie in den Njalla-DNS-Einstellungen der Domain einen Dynamic-Eintrag für den Namen hinzu und kopieren Sie seinen Schlüssel.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>Der Schlüssel des dynamischen Eintrags</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Aktivieren Sie dynamisches DNS für die Domain in der regfish-Domainverwaltung (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) und kopieren Sie ihr DynDNS-Token.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>DynDNS-Token</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>Das regfish-DynDNS-Token der Domain</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Erstellen Sie im Domeneshop-Control-Panel API-Zugangsdaten (ein Token und ein Geheimnis), https://domene.shop/admin?view=api. Domeneshop legt den A- oder AAAA-Eintrag an, wenn er noch nicht existiert.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>das Token Ihrer Domeneshop-API-Zugangsdaten</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>das Geheimnis dieser API-Zugangsdaten</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>Öffnen Sie in easyDNS die DNS-Einstellungen der Domain (Modular Editor &gt; Dynamic Records), legen Sie die dynamischen Hostnamen fest und aktivieren Sie ein Dynamic Authenticated Token: qddns sendet dieses Token, nie das Kontopasswort. easyDNS nimmt höchstens eine Aktualisierung pro Host alle 10 Minuten an.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>easyDNS-Benutzername</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>der Benutzername Ihres easyDNS-Kontos</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Dynamisches Token</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>das Dynamic Authenticated Token der Domain</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Verwenden Sie den API-Benutzernamen und das API-Passwort, die auf der Seite Ihres YDNS-Kontos angezeigt werden (ein natives YDNS-Konto kann stattdessen seinen eigenen Login verwenden). YDNS nimmt eine Adresse pro Anfrage an: qddns sendet eine für IPv4 und eine für IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API-Benutzername</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>der API-Benutzername von der Seite Ihres YDNS-Kontos</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API-Passwort</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>das API-Passwort von der Seite Ihres YDNS-Kontos</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>einen anderen kostenlosen Dynamic-DNS-Dienst</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>einen anderen DNS-Hoster</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>einen anderen Dynamic-DNS-Dienst</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>den DNS-Hoster, zu dem Ihre Domains umgezogen sind</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain in Alibaba Cloud DNS (Alidns, auch aliyun.com). Erstellen Sie einen RAM-Benutzer mit einem AccessKey und der Richtlinie AliyunDNSFullAccess (oder alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord und alidns:AddDomainRecord). Aktualisiert werden Einträge der Standardlinie; ein fehlender wird angelegt.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Namen in der unten angegebenen Domain; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey-ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>Die AccessKey-ID des RAM-Benutzers (sie beginnt mit LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey-Secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>Das AccessKey-Secret, das beim Erstellen des AccessKey einmalig angezeigt wurde</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>Die Domain, zu der die Hosts gehören, wie in Alibaba Cloud DNS hinzugefügt, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer öffentlichen Zone in Baidu AI Cloud DNS (智能云解析). Erstellen Sie unter Security Authentication einen Zugriffsschlüssel (Access Key ID und Secret Access Key) für einen Benutzer, der DNS verwalten darf. Aktualisiert werden Einträge der Standardlinie; ein fehlender wird angelegt.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in der unten angegebenen Zone; die Zone selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>Die Access Key ID (AK) des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>Der Secret Access Key (SK) des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Die Zone (Domain), zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains und Subdomains im DNS von Beget über die Beget-API. Beget ersetzt alle Einträge eines Namens auf einmal, daher werden die anderen Einträge des Namens (MX, TXT, die andere Adressfamilie) unverändert zurückgesendet; ein Name, der die Adresse bereits enthält, bleibt unberührt. Die Beget-API kennt keine TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Domains oder Subdomains in Ihrem Beget-Konto</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>Der Login des Beget-Kontos</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>Das im Beget-Control-Panel (Bereich API) festgelegte API-Passwort, bei aktiviertem API-Zugriff</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Zonen in Bunny DNS über die bunny.net-API. Ein nicht vorhandener Eintrag wird hinzugefügt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, Beschleunigung, seinen Status und Kommentar, sofern das Profil keine TTL setzt.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren Bunny-DNS-Zonen; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>Der API-Schlüssel des Kontos aus dem bunny.net-Dashboard (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Die Bunny-DNS-Zone, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Zonen des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer bei Cloudflare gehosteten Zone über die API v4. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Ein Cloudflare-API-Token (My Profile &gt; API Tokens &gt; Create Token) mit den Berechtigungen Zone:Zone:Read und Zone:DNS:Edit für diese Zone. Nicht der Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Die Cloudflare-Zone (Domain), zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Die Einträge über den Proxy von Cloudflare leiten (orange Wolke). Wenn nicht gesetzt, werden neue Einträge nicht über den Proxy geleitet und vorhandene behalten ihre Einstellung. Über den Proxy geleitete Einträge haben immer eine automatische TTL.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Über Proxy geleitet</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Master-Zone bei ClouDNS über deren HTTP-API, die ClouDNS in kostenpflichtigen Tarifen anbietet: Legen Sie unter API &amp; Resellers einen API-Benutzer an (auth-id und Passwort, oder einen auf die Zone beschränkten Sub-User). Jeder Eintrag wird zuerst gelesen und nur geändert, wenn er abweicht, wobei seine TTL erhalten bleibt; ein fehlender wird mit 3600 Sekunden hinzugefügt, sofern das Profil keine TTL setzt (ClouDNS akzeptiert 60, 300, 900, 1800, 3600, 21600, 43200, 86400 Sekunden und länger).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth-ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>Die auth-id des API-Benutzers (oder die sub-auth-id des Sub-Users, mit gesetztem subUser)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Auth-Passwort</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>Das auth-password des API-Benutzers</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>API-Sub-User</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>Die Auth-ID ist die sub-auth-id eines Sub-Users.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>Die Zone (Domain) bei ClouDNS, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Für Dienste, die mit einem einzigen HTTP-GET aktualisiert werden. Schreiben Sie ihre Update-URL mit den Platzhaltern [USERNAME], [PASSWORD], [DOMAIN], [IP] und [IP6]; jeder wird durch seinen Wert ersetzt, prozentkodiert.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Jeder Name ersetzt [DOMAIN] in der URL, eine Anfrage pro Name</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Ersetzt [USERNAME] in der URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Ersetzt [PASSWORD] in der URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>Die Update-URL, z. B. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Mit [IP6] enthält eine Anfrage pro Host beide Adressen ([IP] die IPv4-, [IP6] die IPv6-Adresse, eine nicht veröffentlichte Adresse bleibt leer); nur mit [IP] wird eine Anfrage pro Adresse gesendet.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>Update-URL</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Ein regulärer Ausdruck, den die Antwort enthalten muss, damit die Aktualisierung als erledigt gilt, z. B. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Erfolgsmuster</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Aktualisiert A/AAAA-RRsets beliebiger Domains bei deSEC (dedyn.io-Namen oder Ihre eigenen Domains) über dessen REST-API, mehrere Namen pro Profil. Ein Name ohne RRset des Typs erhält eines mit der minimalen TTL der Domain (meist 3600 Sekunden), sofern das Profil keine setzt; ein RRset, das die Adresse bereits enthält, bleibt unberührt, eines mit mehreren Adressen wird nicht überschrieben. Für einen einzelnen dedyn.io-Namen braucht der Anbieter &quot;desec&quot; (DynDNS) weniger Einrichtung.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Ein deSEC-API-Token (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>Die deSEC-Domain, zu der die Hosts gehören, z. B. example.com oder myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains, die im DNS von DigitalOcean verwaltet werden, über die API v2. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, sofern das Profil keine setzt.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren DigitalOcean-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Ein Personal Access Token (API &gt; Tokens &gt; Generate New Token) mit den benutzerdefinierten Scopes domain: read, create und update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Die DigitalOcean-Domain, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Domains des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain bei DNSPod über die Tencent Cloud API 3.0. Erstellen Sie unter Access Management, API Keys einen API-Schlüssel (SecretId und SecretKey) für einen Benutzer mit der Richtlinie QcloudDNSPodFullAccess. Aktualisiert werden Einträge der Standardlinie; ein fehlender wird angelegt. (Die ältere &quot;ID,Token&quot;-API von DNSPod ist nicht diese.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>Die SecretId des API-Schlüssels (sie beginnt mit AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>Der SecretKey des API-Schlüssels</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>Die Domain, zu der die Hosts gehören, wie in DNSPod hinzugefügt, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Aktualisiert A/AAAA-Einträge von bei DreamHost gehosteten Domains über die DreamHost-API. Ein nicht vorhandener Eintrag wird hinzugefügt; einer, der die Adresse bereits enthält, bleibt unberührt; bei einem geänderten wird der neue Wert (mit seinem Kommentar) hinzugefügt und der alte entfernt, da die API kein Bearbeiten kennt. Die DreamHost-API kennt keine TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren DreamHost-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Ein API-Schlüssel aus dem DreamHost-Panel (Advanced &gt; API) mit Berechtigung für dns-list_records, dns-add_record und dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Melden Sie sich auf duckdns.org an; Ihr Token wird oben auf der Seite angezeigt. Hosts sind Ihre Subdomains, geschrieben als &quot;myhome&quot; oder &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Ihre Duck-DNS-Subdomains: &quot;myhome&quot; für myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>Das Konto-Token, das nach der Anmeldung auf duckdns.org angezeigt wird</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Jeder Dienst, der das DynDNS2-Protokoll spricht (/nic/update mit HTTP-Basic-Authentifizierung). Setzen Sie &quot;server&quot; auf seine Basis-URL, z. B. https://dyndns.example.net; qddns hängt /nic/update an.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>der Benutzername, den Ihnen der Dienst für Aktualisierungen gegeben hat</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>das Passwort oder der Update-Schlüssel für diesen Benutzernamen</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>nicht verwendet: Der Hostname selbst ist der Benutzername</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>nicht verwendet: Der Dienst prüft nur das Geheimnis</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Site, deren DNS von Tencent Cloud EdgeOne gehostet wird (NS-Zugang), über die Tencent Cloud API 3.0. Erstellen Sie unter Access Management, API Keys einen API-Schlüssel (SecretId und SecretKey) für einen Benutzer mit der Richtlinie QcloudTEOFullAccess. Aktualisiert werden Einträge des Standorts Default, wobei ihre TTL erhalten bleibt; ein fehlender wird angelegt.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Namen in der unten angegebenen Site; die Domain der Site selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>Die EdgeOne-Site (die Domain), zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains in LiveDNS von Gandi über die API v5. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, sofern das Profil keine setzt.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren Gandi-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Ein persönliches Zugriffstoken (Organizations &gt; Sharing &gt; Create a token) mit der Berechtigung &quot;Manage domain name technical configurations&quot;. Die älteren API-Schlüssel sind bei Gandi veraltet.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>Die Gandi-Domain, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den LiveDNS-Domains des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer verwalteten Zone in Google Cloud DNS. Erstellen Sie ein Dienstkonto mit der Rolle DNS Administrator (roles/dns.admin), fügen Sie ihm einen JSON-Schlüssel hinzu und speichern Sie die ganze Schlüsseldatei als Geheimnis (qddns-agent secret set PROFILE &lt; key.json). Ein nicht vorhandener Datensatz wird angelegt.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Namen in der unten angegebenen verwalteten Zone</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Dienstkontoschlüssel (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>Die JSON-Schlüsseldatei des Dienstkontos, wie aus der Cloud Console heruntergeladen</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>Der Name der verwalteten Zone in Cloud DNS (wie example-com), nicht ihr DNS-Name.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Verwaltete Zone</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>Die Projekt-ID der Zone, wenn es nicht das eigene Projekt des Dienstkontos ist.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Zonen in Gcore Managed DNS über die DNS API v2. Ein nicht vorhandenes RRSet wird angelegt; eines, das die Adresse bereits enthält, bleibt unberührt, und ein geändertes behält seine TTL, Balancing-Einstellungen und Metadaten, sofern das Profil keine TTL setzt. Der kostenlose Tarif von Gcore akzeptiert TTLs ab 120 Sekunden.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren Gcore-DNS-Zonen; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Ein permanentes API-Token aus dem Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Die Gcore-DNS-Zone, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Zonen des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains im DNS von GoDaddy über die Domains API v1. GoDaddy öffnet diese API nur für Konten mit 10 oder mehr Domains oder einer Mitgliedschaft im Discount Domain Club – Premier. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, sofern das Profil keine setzt.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren GoDaddy-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>Das Secret, das einmalig mit einem Production-API-Schlüssel auf developer.godaddy.com/keys angezeigt wird</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Ein Production-API-Schlüssel von developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>Die GoDaddy-Domain, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den aktiven Domains des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Zonen in Hetzner DNS über die Hetzner Cloud API (Zonen der Hetzner Console). Zonen, die noch in der alten DNS Console liegen, müssen zuerst in die Hetzner Console migriert werden: Die alte DNS-API wird abgeschaltet. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL und seinen Kommentar.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Namen in Ihren Hetzner-Zonen; die Zone selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Ein API-Token des Hetzner-Console-Projekts, das die Zone enthält (Security &gt; API tokens), mit der Berechtigung Read &amp; Write. Tokens der alten DNS Console funktionieren nicht.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>Die Hetzner-Zone, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Zonen des Projekts. Die TTL des Profils erhalten Einträge, die qddns anlegt.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain im DNS von Hostinger über die Hostinger-API. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, sofern das Profil keine setzt.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Namen in der als Zone gesetzten Domain; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Ein API-Token aus hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>Die Hostinger-Domain, deren DNS-Zone die Hosts enthält, z. B. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Aktualisiert A/AAAA-Datensätze einer öffentlichen Zone in Huawei Cloud DNS. Erstellen Sie unter My Credentials, Access Keys einen Zugriffsschlüssel (AK/SK) für einen IAM-Benutzer mit der Richtlinie DNS FullAccess. Ein nicht vorhandener Datensatz wird angelegt.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>Zugriffsschlüssel-ID (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>Die Zugriffsschlüssel-ID aus der credentials.csv des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Geheimer Zugriffsschlüssel (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>Der geheime Zugriffsschlüssel aus der credentials.csv des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>Die öffentliche Zone, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains in IONOS DNS über die IONOS DNS API. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL und Priorität, sofern das Profil keine TTL setzt.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren IONOS-Zonen; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Ein API-Schlüssel von developer.hosting.ionos.com/keys, geschrieben als öffentliches Präfix und Secret, durch einen Punkt verbunden: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Die IONOS-Zone, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Zonen des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains im DNS Manager von Linode über die API v4. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt, und ein geänderter behält seine TTL, sofern das Profil keine setzt.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren Linode-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Ein Personal Access Token (Cloud Manager &gt; API Tokens) mit Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Die Linode-Domain, zu der die Hosts gehören, z. B. example.com. Wenn nicht gesetzt, sucht qddns sie unter den Domains des Kontos.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer bei LuaDNS gehosteten Zone über deren REST-API. Der API-Zugriff ist standardmäßig deaktiviert: Aktivieren Sie ihn in den Kontoeinstellungen und erstellen Sie dann einen API-Schlüssel (global oder auf diese Zone beschränkt). Ein nicht vorhandener Eintrag wird mit einer TTL von 3600 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>Die E-Mail-Adresse Ihres LuaDNS-Kontos</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Ein API-Schlüssel von der Seite API Keys Ihres LuaDNS-Kontos</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>Die LuaDNS-Zone, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Zone im primären DNS von Mythic Beasts über die DNS API v2. Erstellen Sie im Control Panel (API keys) einen API-Schlüssel mit Zugriff auf die DNS-API für die Zone oder nur für die Einträge, die Sie aktualisieren. Jeder Eintrag wird zuerst gelesen und nur ersetzt, wenn er abweicht, wobei seine TTL erhalten bleibt; ein fehlender wird mit 300 Sekunden angelegt, sofern das Profil keine TTL setzt.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>Die Schlüssel-ID eines DNS-API-v2-Schlüssels (Control Panel, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API-Schlüssel-Secret</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>Das Secret, das beim Erstellen des Schlüssels einmalig angezeigt wurde</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>Die Zone (Domain) bei Mythic Beasts, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge von bei Name.com registrierten Domains (mit dem DNS von Name.com) über dessen API. Erstellen Sie unter Account Settings &gt; API Token Management ein Produktions-API-Token. Ein nicht vorhandener Eintrag wird mit einer TTL von 300 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>Ihr Name.com-Benutzername (für die Testumgebung mit angehängtem -test)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Ein API-Token aus Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>Die Name.com-Domain, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge von bei NameSilo registrierten Domains (mit dem DNS von NameSilo) über dessen API. Erzeugen Sie im API Manager Ihres Kontos einen API-Schlüssel; Unterkonten können die API nicht verwenden. Die API erhält den Schlüssel in der Anfrage-URL (qddns maskiert ihn in seinen Protokollen). Ein nicht vorhandener Eintrag wird angelegt (mit der Standard-TTL von NameSilo, sofern das Profil keine setzt); einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>Der Schlüssel aus dem API Manager Ihres NameSilo-Kontos</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>Die NameSilo-Domain, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer bei NearlyFreeSpeech.NET gehosteten DNS-Zone. Erstellen Sie unter Profile, Manage API Key einen API-Schlüssel; er funktioniert mit dem Mitglieds-Login. Die Einträge eines Namens und Typs werden in einem Schritt ersetzt; ein fehlender wird hinzugefügt. Die kürzeste TTL bei NearlyFreeSpeech.NET beträgt 180 Sekunden.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Mitglieds-Login</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>Der Login-Name der NearlyFreeSpeech.NET-Mitgliedschaft</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>Der API-Schlüssel aus Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Die DNS-Zone (Domain), zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Aktualisiert A/AAAA-Einträge von Domains bei netcup (mit den Nameservern von netcup) über die CCP DNS API. Erzeugen Sie im Customer Control Panel (CCP) unter Master Data &gt; API das API-Passwort und erstellen Sie einen API-Schlüssel. Jede Aktualisierung meldet sich an, ändert die Einträge und meldet sich ab. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt. TTLs werden im CCP für die ganze Zone festgelegt.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Ihre netcup-Kundennummer</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>Das im CCP erzeugte API-Passwort (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Ein im CCP erstellter API-Schlüssel (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>Die netcup-Domain, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Zone bei NS1 (IBM NS1 Connect) über dessen REST-API. Erstellen Sie einen API-Schlüssel mit der Berechtigung, die DNS-Einträge der Zone zu verwalten. Ein nicht vorhandener Eintrag wird angelegt (mit der Standard-TTL der Zone, sofern das Profil keine setzt); einer, der die Adresse bereits enthält, bleibt unberührt, und einer mit mehreren Antworten wird nicht überschrieben. Die Metadaten einer Antwort bleiben erhalten.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Ein NS1-API-Schlüssel, der die Einträge der Zone verwalten darf</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>Die NS1-Zone, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer DNS-Zone bei OVHcloud über dessen signierte API und aktualisiert danach die Zone, damit die Änderung ausgeliefert wird. Erstellen Sie einen Application Key, sein Secret und einen Consumer Key unter https://eu.api.ovh.com/createToken/ (Kanada: ca.api.ovh.com, USA: api.us.ovhcloud.com, dann den Server auf https://ca.api.ovh.com/1.0 oder https://api.us.ovhcloud.com/1.0 setzen) mit den Rechten GET, POST und PUT auf /domain/zone/*. Anfragen enthalten die Uhrzeit dieses Rechners: Halten Sie seine Uhr genau. Für einen einzelnen DynHost-Eintrag braucht der Anbieter &quot;ovh&quot; nur den DynHost-Login.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application Key</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>Der Application Key (AK), der beim Erstellen der Schlüssel angezeigt wurde</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Application Secret</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>Das Application Secret (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>Der Consumer Key (CK), der für die obigen Rechte bestätigt wurde</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>Die DNS-Zone bei OVHcloud, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge von bei Porkbun registrierten Domains über dessen API v3. Erstellen Sie einen API-Schlüssel unter porkbun.com/account/api und schalten Sie API ACCESS für die Domain ein (Domain Management). Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Namen in Ihren Porkbun-Domains; die Domain selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>Der API-Schlüssel von porkbun.com/account/api (er beginnt mit pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Geheimer API-Schlüssel</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>Der geheime API-Schlüssel, der mit dem API-Schlüssel angezeigt wird (er beginnt mit sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Zone auf Ihrem eigenen PowerDNS-Authoritative-Server über dessen eingebaute HTTP-API (der Server benötigt webserver=yes, api=yes und einen api-key). Jeder Eintrag wird zuerst gelesen und nur ersetzt, wenn er abweicht, wobei seine TTL erhalten bleibt; ein fehlender wird mit 3600 Sekunden angelegt, sofern das Profil keine TTL setzt. Geben Sie die Basis-URL der API als Server an, z. B. https://ns1.example.com:8081 (unverschlüsseltes http nur mit allowInsecureHttp, für einen Server auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>Der api-key des Servers (gesendet als X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>Die Zone auf dem Server, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Zone auf Ihrem eigenen autoritativen DNS-Server (BIND, Knot DNS, PowerDNS) per DNS UPDATE, signiert mit einem TSIG-Schlüssel. Der Eintrag wird zuerst gelesen: Wenn der Server die Adresse bereits liefert, wird nichts gesendet. Erstellen Sie den Schlüssel mit `tsig-keygen -a hmac-sha256 ddns-key` und erlauben Sie ihm, die Zone zu aktualisieren.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Namen in der unten angegebenen Zone; die Zone selbst (example.org) ist auch ein Name</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>TSIG-Schlüssel</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>Das Geheimnis des Schlüssels in Base64, wie tsig-keygen es ausgibt, oder die ganze Schlüsseldatei (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>Der Server, der Aktualisierungen für die Zone annimmt (ihr Primary): ein Name oder eine Adresse, optional mit :port, z. B. ns1.example.org oder [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>Die Zone, zu der die Hosts gehören, z. B. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>Der Name des TSIG-Schlüssels, wie der Server ihn kennt (nicht nötig, wenn das Geheimnis eine Schlüsseldatei ist)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 oder hmac-sha1 (alte Server); eine Schlüsseldatei nennt ihren eigenen</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer öffentlichen gehosteten Zone in Amazon Route 53. Erstellen Sie einen IAM-Benutzer mit einem Zugriffsschlüssel, dessen Richtlinie route53:ListHostedZonesByName, route53:ListResourceRecordSets und route53:ChangeResourceRecordSets für die gehostete Zone erlaubt. Ein nicht vorhandener Eintrag wird angelegt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in der unten angegebenen gehosteten Zone; die Zone selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>Die Zugriffsschlüssel-ID des IAM-Benutzers (sie beginnt mit AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>Der geheime Zugriffsschlüssel, der beim Erstellen des Zugriffsschlüssels einmalig angezeigt wurde</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Die gehostete Zone (Domain), zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Gehostete Zone</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>Die ID der gehosteten Zone (Z…), wenn sie nicht über den Namen gesucht werden soll: nur nötig, wenn mehrere öffentliche gehostete Zonen denselben Namen haben.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID der gehosteten Zone</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer DNS-Zone bei Scaleway Domains and DNS über dessen API. Erzeugen Sie in der Konsole (IAM &gt; API keys) einen API-Schlüssel für eine Anwendung oder einen Benutzer, deren Richtlinie DomainsDNSFullAccess im Projekt der Zone erlaubt, und verwenden Sie seinen Secret Key. Ein nicht vorhandener Eintrag wird mit einer TTL von 3600 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Namen in der unten angegebenen DNS-Zone; die Zone selbst (example.com) ist auch ein Name</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>Der Secret Key eines Scaleway-API-Schlüssels (einmalig angezeigt, wenn der Schlüssel erzeugt wird)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS-Zone</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>Die Scaleway-DNS-Zone, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain bei Servercow über dessen DNS-API. Öffnen Sie im Kundenportal (cp.servercow.de) Servercow DNS-API und legen Sie für die Domain einen API-Zugang mit den Berechtigungen Read, Create und Update an; sein Benutzername und Passwort werden einmalig angezeigt. Ein nicht vorhandener Eintrag wird mit einer TTL von 300 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>DNS-API-Benutzername</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>Der Benutzername des DNS-API-Zugangs</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>DNS-API-Passwort</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>Das Passwort des DNS-API-Zugangs (einmalig angezeigt, wenn er angelegt wird)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>Die Servercow-Domain, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain mit den Nameservern von Spaceship über die Spaceship-API. Erstellen Sie im API Manager einen API-Schlüssel mit den Berechtigungen dnsrecords:read und dnsrecords:write; der Schlüssel und sein Secret werden beide benötigt. Ein nicht vorhandener Eintrag wird mit einer TTL von 3600 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>Das Secret, das beim Erstellen des API-Schlüssels im API Manager angezeigt wurde</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Ein API-Schlüssel aus dem API Manager mit dnsrecords:read und dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>Die Spaceship-Domain, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Aktualisiert A/AAAA-DNS-Einträge einer Domain bei TransIP. Schalten Sie im Control Panel (Account, API) die API ein und erstellen Sie ein Schlüsselpaar ohne &quot;Accept only whitelisted IP addresses&quot;; speichern Sie seinen privaten Schlüssel als Geheimnis (qddns-agent secret set PROFILE &lt; key.pem). Ein Eintrag behält seine TTL (TransIP identifiziert ihn darüber); ein fehlender wird angelegt.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login-Name</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>Der Login-Name des TransIP-Kontos</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>Der private Schlüssel des Schlüsselpaars (PEM, wie beim Erstellen einmalig angezeigt)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>Die Domain bei TransIP, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain mit den Nameservern von Vercel über die Vercel REST API. Erstellen Sie unter Account Settings &gt; Tokens ein Zugriffstoken, beschränkt auf das Team, dem die Domain gehört; die Domain eines Teams benötigt außerdem die Team-ID (Team Settings &gt; General). Ein nicht vorhandener Eintrag wird mit der Standard-TTL von Vercel angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Ein Vercel-Zugriffstoken (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>Die Domain bei Vercel, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>Die ID des Teams, dem die Domain gehört (team_…); leer lassen für eine Domain Ihres persönlichen Kontos.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Erstellen Sie einen Zugriffsschlüssel (Access Key ID und Secret Access Key) für einen Benutzer mit der Richtlinie DNSFullAccess. Aktualisiert werden Einträge der Standardlinie; ein fehlender wird angelegt.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>Die Access Key ID des Zugriffsschlüssels (sie beginnt mit AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>Der Secret Access Key des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>Die Domain, zu der die Hosts gehören, wie in Volcengine DNS hinzugefügt, z. B. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Aktualisiert A/AAAA-Einträge einer Domain in Vultr DNS über die Vultr API v2. Aktivieren Sie die API und kopieren Sie das Personal Access Token unter Account &gt; API; seine Access-Control-Liste muss die Adresse erlauben, von der dieser Rechner die API erreicht. Ein nicht vorhandener Eintrag wird mit einer TTL von 300 Sekunden angelegt, sofern das Profil keine setzt; einer, der die Adresse bereits enthält, bleibt unberührt.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>Das Personal Access Token aus Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>Die DNS-Domain bei Vultr, zu der die Hosts gehören, z. B. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 eingestellt; verwenden Sie %2, z. B. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 eingestellt (%2); verwenden Sie %3, z. B. %4</translation>
    </message>
</context>
</TS>
