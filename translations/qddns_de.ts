<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Webdienst</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(unverschlüsseltes http erlaubt)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Agent starten</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Konfigurationsdatei öffnen</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Der Agent wird gestartet…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Kein Programm zum Öffnen von %1 gefunden: Öffnen Sie die Datei in einem Texteditor.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>Der qddns-Agent läuft nicht. Er prüft und speichert diese Einstellungen: Starten Sie ihn, um sie zu ändern.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>Der Agent ist nicht gestartet:
%1

Korrigieren Sie die Konfigurationsdatei%2 und starten Sie den Agenten dann erneut. Sobald er läuft, lassen sich diese Einstellungen hier ändern.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>ntfy hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Anderen mitteilen, was der Agent tut:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adresse geändert</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Eintrag aktualisiert</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Aktualisierungen angehalten</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wieder in Ordnung</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Agent gestartet</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Mitteilen bei:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Ein %1-Hook: Bearbeiten Sie ihn in der Konfigurationsdatei; „Test senden“ führt ihn so aus, wie er dort gespeichert ist.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>keines (optional)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Bitte korrigieren Sie die markierten Einstellungen.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>Der Agent hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>qddns-Diagnose, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agent: nicht verbunden</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agent: %1 (Protokoll %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Betriebssystem: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(nicht verfügbar: nicht mit dem Agenten verbunden)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Letzte Protokollzeile (%n):</numerusform>
            <numerusform>Letzte Protokollzeilen (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (Sekunden, oder z. B. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Unveränderte Einträge erneut senden nach:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit einer Anfrage:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (Sekunden)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Erkennung der IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Erkennung der IPv6-Adresse</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Die eingebauten Webdienste verwenden (mehrere öffentliche HTTPS-Echo-Dienste)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>unverschlüsseltes http:// erlauben</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Nur für einen Dienst auf diesem Computer oder in Ihrem eigenen Netz: Eine Antwort über unverschlüsseltes http kann jeder auf dem Weg fälschen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Detektoren, die übereinstimmen müssen:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/pfad/zum/programm --argument</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>Detektor %1: %2</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>optional: eine PEM-Datei, für einen Server mit eigener CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Den Zertifikaten in dieser Datei wird zusätzlich zu denen des Systems vertraut, für einen selbst betriebenen Update-Server oder Echo-Dienst. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Zusätzliche CA-Zertifikate:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryModel</name>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Noch keine öffentliche %1-Adresse aufgezeichnet.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Noch keine Änderung Ihrer öffentlichen %1-Adresse aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Ihr Internetanbieter hat Ihre öffentliche %1-Adresse %n-mal geändert.</numerusform>
            <numerusform>Ihr Internetanbieter hat Ihre öffentliche %1-Adresse %n-mal geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Ihr Internetanbieter hat Ihre öffentliche %1-Adresse %n-mal geändert, im Schnitt alle %2.</numerusform>
            <numerusform>Ihr Internetanbieter hat Ihre öffentliche %1-Adresse %n-mal geändert, im Schnitt alle %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>seit %1 (bisher %2)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>von %1 nach %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>%1-Adresse %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(zuerst gesehen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Vorherige Adresse</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Erkannt von</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryTimeline</name>
    <message>
        <source>MMM yyyy</source>
        <comment>timeline axis: month label, QDate format</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>timeline axis: day label, QDate format</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>No address recorded</source>
        <translation>Keine Adresse aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Verlauf der IP-Adressen</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Noch keine Adressänderung aufgezeichnet</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>Der Agent fügt jedes Mal einen Eintrag hinzu, wenn sich Ihre öffentliche Adresse ändert.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>IPv6-Suffixe</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Ein Host mit Suffix erhält das erkannte IPv6-Präfix, gefolgt von seiner eigenen Schnittstellenkennung, z.&#xa0;B. ::1234 für ein Gerät in Ihrem Netz. Lassen Sie es leer für einen Host, der dieser Computer ist. Die Präfixlänge ist 64, sofern nicht angegeben.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6-Suffix</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>z.&#xa0;B. ::1234 oder ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>Standard (64)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ImportDialog</name>
    <message>
        <source>OpenWrt ddns-scripts</source>
        <translation>OpenWrt ddns-scripts</translation>
    </message>
    <message>
        <source>Not applied: %1 %2 from the file; your configuration keeps %3</source>
        <translation>Nicht übernommen: %1 %2 aus der Datei; Ihre Konfiguration behält %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>den Standardwert von qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Profile hinzufügen</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Aus einem anderen DDNS-Client importieren</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Seine Konfigurationsdatei:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Alle Optionen wurden importiert.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Profile, die angelegt würden:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Nicht importierte Optionen und in anderer Form importierte Optionen:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>Der Agent hat seine Anbieter nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 ist nur für seinen Eigentümer lesbar. Kopieren Sie die Datei dorthin, wo Sie sie lesen können, z.&#xa0;B. mit &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, und wählen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 legt sie in %2 ab.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 ist keine Konfiguration von %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>nicht in der Datei: nach dem Hinzufügen eingeben</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>aus der Datei, in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importiert als: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Aus dieser Datei kann nichts importiert werden (siehe oben).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>%n Profil hinzufügen</numerusform>
            <numerusform>%n Profile hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Wird hinzugefügt...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>Die Passwörter konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>Der Schlüsselbund enthält unter %1 bereits andere Passwörter (aus einem früheren Import oder von einem Profil einer anderen Konfiguration). Es wurde nichts hinzugefügt: Entfernen Sie zuerst diese Einträge oder die Profile, die sie verwenden.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>Der Agent hat die Konfiguration abgelehnt: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Gilt ab dem nächsten Start von qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Protokoll des qddns-Agenten</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Protokollzeilen dieser Stufe oder einer schwereren anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Versionen, den Status des Agenten und die letzten Protokollzeilen für einen Fehlerbericht in die Zwischenablage kopieren. Sie enthalten kein Passwort und kein Token.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnose in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Nicht mit dem Agenten verbunden: Es kommen keine neuen Zeilen an.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::NotificationPolicy</name>
    <message>
        <source>qddns agent stopped</source>
        <translation>qddns-Agent beendet</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>Der qddns-Agent läuft nicht, daher werden Ihre DNS-Einträge nicht aktuell gehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>Öffentliche %1-Adresse wird nicht mehr erkannt (war %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>Öffentliche %1-Adresse ist jetzt %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>Öffentliche %1-Adresse ist jetzt %2 — %3 aktualisiert</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>Öffentliche %1-Adresse von %2 in %3 geändert</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>Öffentliche %1-Adresse von %2 in %3 geändert — %4 aktualisiert</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Öffentliche %1-Adresse geändert</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Öffentliche Adressen geändert</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiteres</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Für ihn wird keine Aktualisierung gesendet, bis sich sein Profil oder Geheimnis ändert.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Für sie wird keine Aktualisierung gesendet, bis sich ihr Profil oder Geheimnis ändert.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>DNS-Aktualisierungen für %n Eintrag angehalten</numerusform>
            <numerusform>DNS-Aktualisierungen für %n Einträge angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>DNS-Aktualisierung für %n Eintrag fehlgeschlagen</numerusform>
            <numerusform>DNS-Aktualisierung für %n Einträge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>Lokal erreichbar</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Name wird aufgelöst</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Unter öffentlicher Adresse erreichbar</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Externe Prüfung</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckText</name>
    <message>
        <source>%1/UDP</source>
        <translation>%1/UDP</translation>
    </message>
    <message>
        <source>%1/TCP</source>
        <translation>%1/TCP</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nein (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: kann nicht über TCP geprüft werden</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Kein Hostname</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Keine öffentliche Adresse bekannt</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Wird zu %1 aufgelöst; keine öffentliche Adresse zum Vergleich bekannt</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>Nein: %1 konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>Nein: Zeitüberschreitung bei der Abfrage von %1</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>Nein: %1 hat keine Adressen</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>Nein: wird zu %1 aufgelöst, nicht zu %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nein (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6: %1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 belongs to this computer</source>
        <translation>%1 gehört zu diesem Computer</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>Ungültige Prüf-URL</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Nicht erreichbar (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>Die externe Prüfung hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>Die externe Prüfung war nicht erreichbar</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>Die externe Prüfung war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>Port %1 ist unter Ihrer öffentlichen Adresse erreichbar.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>Die Verbindung hat funktioniert, aber %1 gehört zu diesem Computer, daher lief der Test nicht durch Ihren Router oder dessen Firewall. Verwenden Sie eine externe Prüfung, um aus dem Internet zu testen.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>Der Server ist erreichbar, aber %1 zeigt noch nicht auf Ihre öffentliche Adresse. Warten Sie die nächste Aktualisierung ab, bis der alte Eintrag abgelaufen ist, oder prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Auf diesem Computer (%2) nimmt nichts Verbindungen auf Port %1 an. Starten Sie den Server oder sorgen Sie dafür, dass er auf diesem Port lauscht.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>Der Server antwortet auf %1, aber nicht auf %2, einer Adresse dieses Computers. Lassen Sie ihn auf allen Adressen lauschen (0.0.0.0 oder ::), nicht nur auf localhost, und erlauben Sie TCP-Port %3 in der Firewall dieses Computers.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>Portweiterleitung kann hier nicht funktionieren (Carrier-Grade-NAT): Bitten Sie Ihren Internetanbieter um eine öffentliche IPv4-Adresse oder verwenden Sie IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Aus dem Internet nicht erreichbar. Leiten Sie auf Ihrem Router TCP-Port %1 an den Computer weiter, auf dem der Server läuft (oder stellen Sie diesen Computer notfalls in die DMZ des Routers), und erlauben Sie den Port in der Firewall dieses Computers.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Unter Ihrer öffentlichen IPv6-Adresse %1 nicht erreichbar: Erlauben Sie TCP-Port %2 in der IPv6-Firewall Ihres Routers und in der Firewall des Servers.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>Die Verbindung zu Ihrer öffentlichen Adresse %1 aus Ihrem Netz heraus ist fehlgeschlagen. Viele Router unterstützen das nicht (Hairpin-NAT, auch NAT-Loopback genannt), es beweist also nicht, dass Port %2 von außen geschlossen ist. Prüfen Sie die Portweiterleitung und die Firewall, oder richten Sie eine externe Prüfung ein, um aus dem Internet zu testen.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>Der Agent hat noch keine öffentliche Adresse erkannt, daher konnte die Erreichbarkeit nicht geprüft werden.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: kann nicht über TCP geprüft werden. Sorgen Sie dafür, dass UDP-Port %1 auf Ihrem Router weitergeleitet und in der Firewall erlaubt ist.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>Die erkannte IPv4-Adresse %1 liegt im Carrier-Grade-NAT-Bereich 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>Die erkannte IPv4-Adresse %1 ist keine öffentliche Adresse.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Dieser Computer hat die Carrier-Grade-NAT-Adresse %1 und nicht Ihre öffentliche IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Geben Sie mindestens einen Port ein, zum Beispiel „22, 443, 51820/udp“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>„%1“ ist keine Portnummer. Schreiben Sie Ports wie „443“ oder „51820/udp“.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 ist kein gültiger Port: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>„%1“: unbekanntes Protokoll, schreiben Sie /tcp oder /udp hinter den Port.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Zu viele Ports: Prüfen Sie höchstens %n Port auf einmal.</numerusform>
            <numerusform>Zu viele Ports: Prüfen Sie höchstens %n Ports auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>etwas hat geantwortet</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Etwas hat geantwortet, aber kein Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Auf diesem Computer (%2) nimmt nichts Verbindungen auf Port %1 an, und doch hat unter Ihrer öffentlichen Adresse etwas geantwortet: Ihr Router selbst, ein anderes Gerät oder ein Server hier, der nur auf seiner Netzwerkadresse lauscht. Starten Sie den Server hier (so, dass er auf allen Adressen lauscht), oder prüfen Sie den Port von dem anderen Gerät aus, wenn er dort läuft.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>Der qddns-Agent läuft nicht, daher ist Ihre öffentliche Adresse unbekannt und die Erreichbarkeit konnte nicht geprüft werden. Starten Sie den Agenten über das Menü im Infobereich und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Portprüfung</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>zum Beispiel 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Kein Hostname</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Noch keine öffentliche Adresse erkannt</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Öffentliche Adresse: %1</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>optional, z. B. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL der e&amp;xternen Prüfung:</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>Der qddns-Agent läuft nicht: keine öffentliche Adresse bekannt</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>Die aktuell zu haltenden Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>Die Basisadresse des Update-Dienstes (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Leer lassen, um %1 zu verwenden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Mehrere werden durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL des Eintrags</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Dokumentation: %1 (qddns am %2 daran geprüft)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Dokumentation: %1 (qddns wurde noch nicht daran geprüft)</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6-Suffix</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileForm</name>
    <message>
        <source>This profile</source>
        <translation>Dieses Profil</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Die IPv4-Adresse veröffentlichen (A-Eintrag)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Die IPv6-Adresse veröffentlichen (AAAA-Eintrag)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Unverschlüsseltes http:// für den Server erlauben</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Wählen Sie Ihren DNS-Anbieter</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Vorgabe des Anbieters</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Warnung: Über unverschlüsseltes http:// wird Ihr Passwort oder Token unverschlüsselt übertragen. Verwenden Sie es nur für einen Testserver auf diesem Computer.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL des Eintrags:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>nicht gesetzt: der Anbieter entscheidet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Vom Agenten aus seiner %1-Quelle %2 gelesen; nicht im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>wird beim Speichern abgelegt</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Dienste nach Art von DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>APIs von DNS-Hostern</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Registrare</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Selbst betriebene Server</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Beliebiger Server (allgemeine Protokolle)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Dokumentation: %2
Daran geprüft: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n Anbieter gefunden</numerusform>
            <numerusform>%n Anbieter gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Hosts in Ihrem Netz eine eigene IPv6-Adresse geben: das erkannte Präfix mit der Schnittstellenkennung des Hosts</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>IPv6-Suffixe (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>IPv6-Suffixe...</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>Der Agent läuft unter einem anderen Konto und kann Ihren Schlüsselbund nicht lesen. Geben Sie ihm das Geheimnis als dieser Benutzer mit &quot;%1&quot;, als systemd-Credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) oder in einer Datei, die nur dieses Konto lesen kann ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>qddns-Einstellungen</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Wählen Sie Ihren DNS-Anbieter, geben Sie Hostnamen und Zugangsdaten ein, dann Testen und Speichern</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Noch kein Profil. Klicken Sie auf „Hinzufügen“, um einen Hostnamen aktuell zu halten.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Wird getestet...</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>Das eingegebene Passwort wird beim Speichern abgelegt; der Test hat das aus dem Schlüsselbund verwendet.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>Die Einstellungen wurden gespeichert, aber ein Passwort konnte nicht im Schlüsselbund gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Nicht mit dem qddns-Agenten verbunden: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Bitte korrigieren Sie die markierten Einstellungen.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>Der Agent konnte die Konfigurationsdatei nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>Der Agent hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>Die Konfiguration wurde an anderer Stelle geändert und neu geladen.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>Die Konfiguration wurde an anderer Stelle geändert; Speichern ersetzt diese Änderungen jetzt durch Ihre.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Profil „%1“, %2: %3</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importieren...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Profile aus einer Konfiguration von ddclient, inadyn, OpenWrt oder ddns-updater hinzufügen</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>Der Agent läuft unter einem anderen Konto: Importieren Sie auf seinem Rechner mit `qddns-agent import`, als dieses Konto.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen: Ein Import speichert die Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n Profil importiert: %1.</numerusform>
            <numerusform>%n Profile importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 Ihre Passwörter sind im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Für %2 stand kein Passwort in der Datei: Geben Sie es im Formular ein und speichern Sie.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>ein anderes qddns läuft, antwortet aber nicht auf %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::TrayApp</name>
    <message>
        <source>Start the agent</source>
        <translation>Agent starten</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>qddns-agent starten, der Ihre DNS-Einträge aktuell hält</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Die öffentliche Adresse erkennen und jeden Eintrag aktualisieren, der es braucht</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Aktualisierungen anhalten</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Ports prüfen…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Protokoll…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Das Symbol im Infobereich schließen; der Agent läuft weiter</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>Das Programm qddns-agent wurde weder neben qddns noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4: %1</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6: %1</translation>
    </message>
    <message>
        <source>Resume updates</source>
        <translation>Aktualisierungen fortsetzen</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>Der Agent läuft unter einem anderen Konto</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Adressänderungen</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Fehlgeschlagene Aktualisierungen</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Angehaltene Einträge</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agent beendet</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Er hat sich sofort und ohne Meldung beendet.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>Der Agent ist nicht gestartet:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>Der Agent ist nicht gestartet</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Dieses Symbol bei der Anmeldung anzeigen</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>Der Agent unter %1 gehört einem anderen Benutzer, daher kann diese Anwendung im Infobereich ihn weder anzeigen noch ändern. Ist es der Systemdienst, treten Sie seiner Gruppe bei, um ihn von hier aus zu sehen und zu steuern: sudo usermod -aG qddns $USER, danach ab- und wieder anmelden. Geheimnisse für ihn werden als dieser Benutzer gesetzt (qddns-agent secret set PROFILE), mit einem systemd-Credential oder in einer nur für den Eigentümer lesbaren Datei, die in seiner Konfiguration genannt ist.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::TrayProfileModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::TrayState</name>
    <message>
        <source>%1 (%2): held</source>
        <translation>%1 (%2): angehalten</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): angehalten — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): neuer Versuch — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): neuer Versuch um %3 nach %n Fehler — %4</numerusform>
            <numerusform>%1 (%2): neuer Versuch um %3 nach %n Fehlern — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): neuer Versuch um %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): wartet auf Veröffentlichung</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): wartet auf die öffentliche %2-Adresse</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>der Anbieter hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>der Anbieter hat Aktualisierungen wegen Missbrauchs gesperrt</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>der Hostname ist kein vollständiger Domainname</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>der Hostname existiert in diesem Konto nicht</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>zu viele Hosts in einer Anfrage</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>der Anbieter meldet ein Serverproblem</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>der Anbieter meldet einen DNS-Fehler</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>der Anbieter hat diesen Client abgelehnt</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>die Option erfordert ein kostenpflichtiges Konto beim Anbieter</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>der Hostname gehört zu einem anderen Konto</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>ein vorübergehender Fehler</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>der Anbieter hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>die Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>angehalten, bis sich das Profil oder sein Geheimnis ändert</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>Probelauf: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Verbindung zum qddns-Agenten wird hergestellt…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>Der qddns-Agent läuft nicht</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Ihre DNS-Einträge werden nicht aktuell gehalten.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>%1-Adresse nicht erkannt</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: nicht erkannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Erkennung der %1-Adresse fehlgeschlagen, die zuletzt bekannte Adresse wird angezeigt: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>%1-Adresse nicht erkannt: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n Eintrag aktuell</numerusform>
            <numerusform>%n Einträge aktuell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Aktualisierungen sind angehalten</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Alle Einträge sind aktuell</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Kein Profil eingerichtet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Öffentliche Adresse: noch nicht erkannt</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Letzte Aktualisierung: nie</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…und %n weiteres Problem</numerusform>
            <numerusform>…und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>die Antworten des Anbieters entsprechen nicht der Dokumentation</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>die öffentliche Adresse ist nicht bekannt</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>wartet nach einem Fehler auf einen neuen Versuch</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>ein Passwort oder Token konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): veröffentlicht, aber nicht überall angekommen — %3</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>Die WAN-Adresse %1 des Routers ist Carrier-Grade-NAT: Ihr Anbieter teilt die öffentliche Adresse, daher erreichen Verbindungen aus dem Internet dieses Netz möglicherweise nicht</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>Die WAN-Adresse %1 des Routers ist privat: Der Router steht hinter einem anderen Router (doppeltes NAT), der eingehende Verbindungen an ihn weiterleiten muss</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>Die WAN-Adresse %1 des Routers ist keine öffentliche Adresse (doppeltes NAT)</translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>would be sent</source>
        <translation>würde gesendet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>bereits aktuell</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>angehalten: der Anbieter hat ihn früher abgelehnt</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>%1 address: %2 (from %3)</source>
        <translation>%1-Adresse: %2 (von %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>%1-Adresse: nicht erkannt: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Nichts würde gesendet: Für das, was dieses Profil veröffentlicht, ist keine Adresse bekannt.</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>qddns: the tray icon of the qddns-agent Dynamic DNS client.</source>
        <translation>qddns: das Symbol im Infobereich für den Dynamic-DNS-Client qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>Der Socket des Agenten (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>Das Programm qddns-agent, das „Agent starten“ ausführt (Standard: das neben qddns, sonst aus PATH).</translation>
    </message>
</context>
</TS>
