<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>%1 kon niet worden aangemaakt</translation>
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
        <translation>Netwerkinterface</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(gewoon http toegestaan)</translation>
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
        <translation>Configuratiebestand openen</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>De agent wordt gestart…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Geen programma gevonden om %1 mee te openen: open het in een teksteditor.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>De qddns-agent draait niet. Hij controleert en bewaart deze instellingen: start hem om ze te wijzigen.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>De agent is niet gestart:
%1

Corrigeer het configuratiebestand%2 en start de agent daarna opnieuw. Zodra hij draait, kunt u deze instellingen hier wijzigen.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Webhook toevoegen</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>ntfy toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test versturen</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Anderen laten weten wat de agent doet:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adres gewijzigd</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Record bijgewerkt</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Bijwerken mislukt</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Updates gestopt (vastgehouden)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Weer in orde</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Agent gestart</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Melden bij:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
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
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Een %1-hook: bewerk hem in het configuratiebestand; &apos;Test versturen&apos; voert hem uit zoals hij daar is opgeslagen.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>opgeslagen in de sleutelbos</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>geen (optioneel)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Het token kon niet in de sleutelbos worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Versturen...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrigeer de gemarkeerde instellingen.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>De agent weigerde: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Verstuurd.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Verstuurd: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>Detector</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>qddns-diagnose, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agent: niet verbonden</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agent: %1 (protocol %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Besturingssysteem: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(niet beschikbaar: niet verbonden met de agent)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Recente logregel (%n):</numerusform>
            <numerusform>Recente logregels (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Alle profielen</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Controleren elke:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (seconden, of bijv. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Ongewijzigde records opnieuw versturen na:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Time-out van een verzoek:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (seconden)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>optioneel: een PEM-bestand, voor een server met een eigen CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Certificaten in dit bestand worden naast die van het systeem vertrouwd, voor een zelf beheerde updateserver of echodienst. Certificaten worden altijd gecontroleerd.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Extra CA-certificaten:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-certificaten (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Detectie van het IPv4-adres</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Detectie van het IPv6-adres</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>De ingebouwde webdiensten gebruiken (meerdere openbare HTTPS-echodiensten)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>gewoon http:// toestaan</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Alleen voor een dienst op deze computer of in uw eigen netwerk: een antwoord via gewoon http kan door iedereen onderweg worden vervalst.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Detectoren die het eens moeten zijn:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/pad/naar/programma --argument</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>Detector %1: %2</translation>
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
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 uur</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Nog geen openbaar %1-adres vastgelegd.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Nog geen wijziging van uw openbare %1-adres vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Uw internetprovider heeft uw openbare %1-adres %n keer gewijzigd.</numerusform>
            <numerusform>Uw internetprovider heeft uw openbare %1-adres %n keer gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Uw internetprovider heeft uw openbare %1-adres %n keer gewijzigd; gemiddeld elke %2.</numerusform>
            <numerusform>Uw internetprovider heeft uw openbare %1-adres %n keer gewijzigd; gemiddeld elke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>sinds %1 (tot nu toe %2)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>van %1 naar %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>%1-adres %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(voor het eerst gezien)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nieuw adres</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Vorig adres</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Gedetecteerd door</translation>
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
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No address recorded</source>
        <translation>Geen adres vastgelegd</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Geschiedenis van IP-adressen</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Nog geen adreswijziging vastgelegd</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>De agent voegt een regel toe telkens wanneer uw openbare adres verandert.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
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
        <translation>IPv6-suffixen</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Een host met een suffix krijgt het gedetecteerde IPv6-prefix gevolgd door zijn eigen interface-ID, bijv. ::1234 voor een apparaat in uw netwerk. Laat het leeg voor een host die deze computer is. De prefixlengte is 64, tenzij anders ingesteld.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6-suffix</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Prefixlengte</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>bijv. ::1234 of ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>standaard (64)</translation>
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
        <translation>Niet overgenomen: %1 %2 uit het bestand; uw configuratie behoudt %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>de standaardwaarde van qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Profielen toevoegen</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Importeren uit een andere DDNS-client</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Bladeren...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Het configuratiebestand ervan:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Alle opties zijn geïmporteerd.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Profielen die zouden worden aangemaakt:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Niet geïmporteerde opties, en opties die in een andere vorm zijn geïmporteerd:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>De agent heeft zijn providers niet opgesomd: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 is alleen leesbaar voor de eigenaar. Kopieer het naar een plek waar u het kunt lezen, bijv. met &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, en kies de kopie.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 bewaart het in %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Configuratie van %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 is geen configuratie van %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>niet in het bestand: voer het in na het toevoegen</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>uit het bestand, naar de sleutelbos</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Geïmporteerd als: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Niets in dit bestand kan worden geïmporteerd (zie boven).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>%n profiel toevoegen</numerusform>
            <numerusform>%n profielen toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Toevoegen...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>De wachtwoorden konden niet in de sleutelbos worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>De sleutelbos bevat onder %1 al andere wachtwoorden (van een eerdere import, of van een profiel van een andere configuratie). Er is niets toegevoegd: verwijder eerst die items of de profielen die ze gebruiken.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>De agent weigerde de configuratie: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Geldt vanaf de volgende start van qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
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
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopiëren</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Logboek van de qddns-agent</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle niveaus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info en hoger</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Waarschuwingen en fouten</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Alleen fouten</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Logregels van dit niveau of ernstiger tonen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Versies, de status van de agent en de recente logregels naar het klembord kopiëren voor een foutmelding. Ze bevatten geen wachtwoord of token.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnose naar het klembord gekopieerd.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Niet verbonden met de agent: er komen geen nieuwe regels binnen.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::NotificationPolicy</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>qddns agent stopped</source>
        <translation>qddns-agent gestopt</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>De qddns-agent draait niet, dus uw DNS-records worden niet bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>Openbaar %1-adres wordt niet meer gedetecteerd (was %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>Openbaar %1-adres is nu %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>Openbaar %1-adres is nu %2 — %3 bijgewerkt</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>Openbaar %1-adres gewijzigd van %2 naar %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>Openbaar %1-adres gewijzigd van %2 naar %3 — %4 bijgewerkt</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Openbaar %1-adres gewijzigd</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Openbare adressen gewijzigd</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…en nog %n</numerusform>
            <numerusform>…en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Er wordt geen update meer voor verstuurd totdat het profiel of het geheim verandert.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Er worden geen updates meer voor verstuurd totdat het profiel of het geheim verandert.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>DNS-updates gestopt voor %n record</numerusform>
            <numerusform>DNS-updates gestopt voor %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>DNS-update mislukt voor %n record</numerusform>
            <numerusform>DNS-update mislukt voor %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>Lokaal luisterend</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Naam wordt omgezet</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Bereikbaar op openbaar adres</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Externe test</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
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
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>netwerk onbereikbaar</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>verbinding mislukt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nee (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: kan niet via TCP worden gecontroleerd</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Niet te controleren</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Geen hostnaam</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Geen openbaar adres bekend</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Verwijst naar %1; geen openbaar adres bekend om mee te vergelijken</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>Nee: %1 kon niet worden opgezocht</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>Nee: het opzoeken van %1 duurde te lang</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>Nee: %1 heeft geen adressen</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>Nee: verwijst naar %1, niet naar %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>er antwoordde iets</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>nee (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>controleren…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Er antwoordde iets, maar geen server op deze computer</translation>
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
        <translation>%1 hoort bij deze computer</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Bereikbaar (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>Ongeldige test-URL</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Niet bereikbaar (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>De externe test antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>De externe test kon niet worden bereikt</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>De externe test kon niet worden bereikt: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>Poort %1 is bereikbaar op uw openbare adres.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>De verbinding werkte, maar %1 hoort bij deze computer, dus de test ging niet door uw router of zijn firewall. Gebruik een externe test om vanaf internet te controleren.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>De server is bereikbaar, maar %1 verwijst nog niet naar uw openbare adres. Wacht op de volgende update en tot het oude record verlopen is, of controleer het profiel.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Niets accepteert verbindingen op poort %1 op deze computer (%2), en toch antwoordde er iets op uw openbare adres: uw router zelf, een ander apparaat, of een server hier die alleen op zijn netwerkadres luistert. Start de server hier (luisterend op alle adressen), of controleer de poort vanaf dat andere apparaat als hij daar draait.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Niets accepteert verbindingen op poort %1 op deze computer (%2). Start de server, of zorg dat hij op deze poort luistert.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>De server antwoordt op %1 maar niet op %2, een adres van deze computer. Laat hem op alle adressen luisteren (0.0.0.0 of ::), niet alleen op localhost, en sta TCP-poort %3 toe in de firewall van deze computer.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>Port forwarding kan hier niet werken (carrier-grade NAT): vraag uw internetprovider om een openbaar IPv4-adres of gebruik IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Niet bereikbaar vanaf internet. Stuur op uw router TCP-poort %1 door naar de computer waarop de server draait (of zet die computer in uiterste nood in de DMZ van de router), en sta de poort toe in de firewall van die computer.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Niet bereikbaar op uw openbare IPv6-adres %1: sta TCP-poort %2 toe in de IPv6-firewall van uw router en in de firewall van de server.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>Verbinden met uw openbare adres %1 vanuit uw eigen netwerk is mislukt. Veel routers ondersteunen dit niet (hairpin NAT, ook NAT-loopback genoemd), dus het bewijst niet dat poort %2 van buitenaf gesloten is. Controleer de port forwarding en de firewall, of stel een externe test in om vanaf internet te controleren.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>De qddns-agent draait niet, dus uw openbare adres is onbekend en de bereikbaarheid kon niet worden gecontroleerd. Start de agent via het menu in het systeemvak en controleer daarna opnieuw.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>De agent heeft nog geen openbaar adres gedetecteerd, dus de bereikbaarheid kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: kan niet via TCP worden gecontroleerd. Zorg dat UDP-poort %1 op uw router wordt doorgestuurd en in de firewall is toegestaan.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>Het gedetecteerde IPv4-adres %1 ligt in het carrier-grade-NAT-bereik 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>Het gedetecteerde IPv4-adres %1 is geen openbaar adres.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Deze computer heeft het carrier-grade-NAT-adres %1 en niet uw openbare IPv4-adres.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Voer minstens één poort in, bijvoorbeeld &quot;22, 443, 51820/udp&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; is geen poortnummer. Schrijf poorten als &quot;443&quot; of &quot;51820/udp&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 is geen geldige poort: poorten lopen van 1 tot 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;: onbekend protocol, schrijf /tcp of /udp achter de poort.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Te veel poorten: controleer maximaal %n poort tegelijk.</numerusform>
            <numerusform>Te veel poorten: controleer maximaal %n poorten tegelijk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Poortcontrole</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>bijvoorbeeld 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Poorten:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>optioneel, bijv. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL van e&amp;xterne test:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Geen hostnaam</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>De qddns-agent draait niet: geen openbaar adres bekend</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Nog geen openbaar adres gedetecteerd</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Openbaar adres: %1</translation>
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
        <translation>De namen die actueel moeten blijven, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Meerdere worden gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>bijv. %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>Het basisadres van de updatedienst (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Laat leeg om %1 te gebruiken.</translation>
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
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Documentatie: %1 (qddns is er op %2 mee vergeleken)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Documentatie: %1 (qddns is er nog niet mee vergeleken)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Wachtwoord of token</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL van het record</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6-suffix</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>prefixlengte</translation>
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
        <translation>Dit profiel</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Het IPv4-adres publiceren (A-record)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Het IPv6-adres publiceren (AAAA-record)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Gewoon http:// toestaan voor de server</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Kies uw DNS-provider</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Providers zoeken</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profielnaam:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Standaard van de provider</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Waarschuwing: via gewoon http:// gaat uw wachtwoord of token onversleuteld over het netwerk. Gebruik dit alleen voor een testserver op deze computer.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL van het record:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Diensten in de stijl van DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>API&apos;s van DNS-hostingbedrijven</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Registrars</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Zelf beheerde servers</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Elke server (algemene protocollen)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Documentatie: %2
Ermee vergeleken: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n provider gevonden</numerusform>
            <numerusform>%n providers gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Hosts in uw netwerk een eigen IPv6-adres geven: het gedetecteerde prefix met de interface-ID van de host</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>IPv6-suffixen (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>IPv6-suffixen...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>niet ingesteld: de provider beslist</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Door de agent gelezen uit zijn %1-bron %2; niet opgeslagen in de sleutelbos.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIEL</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>De agent draait onder een ander account en kan uw sleutelbos niet lezen. Geef hem het geheim als die gebruiker met &quot;%1&quot;, als systemd-credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) of in een bestand dat alleen dat account kan lezen ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>wordt opgeslagen bij het bewaren</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>opgeslagen in de sleutelbos; typ om het te vervangen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>opgeslagen</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>nog niet opgeslagen</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(naamloos)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>qddns-instellingen</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Kies uw DNS-provider, voer uw hostnaam en inloggegevens in, en kies dan Testen en Bewaren</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importeren...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Profielen toevoegen uit een configuratie van ddclient, inadyn, OpenWrt of ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profielen:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Geavanceerde instellingen</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Nog geen profiel. Klik op Toevoegen om een hostnaam actueel te houden.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>De configuratie is elders gewijzigd en opnieuw geladen.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>De configuratie is elders gewijzigd; nu bewaren vervangt die wijzigingen door de uwe.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profiel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Profiel &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Testen...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Het geheim kon niet in de sleutelbos worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>Het wachtwoord dat u typte wordt opgeslagen bij het bewaren; de test gebruikte dat uit de sleutelbos.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Bewaren...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Niet bewaard. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>De agent draait onder een ander account: importeer op zijn computer met `qddns-agent import`, als dat account.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Bewaar uw wijzigingen eerst of maak ze ongedaan: een import bewaart de configuratie.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n profiel geïmporteerd: %1.</numerusform>
            <numerusform>%n profielen geïmporteerd: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 De wachtwoorden staan in de sleutelbos.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Er stond geen wachtwoord in het bestand voor %2: voer het in het formulier in en kies Bewaren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>De instellingen zijn bewaard, maar een wachtwoord kon niet in de sleutelbos worden opgeslagen:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Niet verbonden met de qddns-agent: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrigeer de gemarkeerde instellingen.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>De agent kon het configuratiebestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>De agent weigerde: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>kan %1 niet aanmaken</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>kan het vergrendelingsbestand %1 niet aanmaken</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>er draait al een andere qddns, maar die antwoordt niet op %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kan niet luisteren op %1: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
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
        <translation>qddns-agent starten, die uw DNS-records actueel houdt</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Nu bijwerken</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Het openbare adres detecteren en elk record bijwerken dat het nodig heeft</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Updates pauzeren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Poorten controleren…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Logboek…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Het pictogram in het systeemvak sluiten; de agent blijft draaien</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Dit pictogram tonen wanneer u zich aanmeldt</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Niet gewijzigd: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Adreswijzigingen</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Mislukte updates</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Vastgehouden records</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agent gestopt</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>Het programma qddns-agent is niet gevonden, niet naast qddns en niet in PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 kon niet worden gestart.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Hij stopte meteen, zonder melding.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>De agent is niet gestart:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>De agent is niet gestart</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>De agent draait onder een ander account</translation>
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
        <translation>Updates hervatten</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>De agent op %1 hoort bij een andere gebruiker, dus deze systeemvak-app kan hem niet tonen of wijzigen. Is het de systeemdienst, word dan lid van zijn groep om hem hier te zien en te besturen: sudo usermod -aG qddns $USER, en meld u daarna af en weer aan. Geheimen ervoor stelt u in als die gebruiker (qddns-agent secret set PROFILE), met een systemd-credential, of in een bestand dat alleen de eigenaar kan lezen en dat in de configuratie staat.</translation>
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
        <translation>%1 (%2): vastgehouden</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): vastgehouden — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): gepubliceerd, nog niet overal doorgedrongen — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): nieuwe poging — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): nieuwe poging om %3 na %n mislukking — %4</numerusform>
            <numerusform>%1 (%2): nieuwe poging om %3 na %n mislukkingen — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): nieuwe poging om %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): wacht op publicatie</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): wacht op het openbare %2-adres</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>al actueel</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>de provider heeft de inloggegevens geweigerd</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>de provider heeft updates geblokkeerd wegens misbruik</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>de hostnaam is geen volledig gekwalificeerde domeinnaam</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>de hostnaam bestaat niet in dit account</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>te veel hosts in één verzoek</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>de provider meldt een serverprobleem</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>de provider meldt een DNS-fout</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>de provider heeft deze client geweigerd</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>de optie vereist een betaald account bij de provider</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>de hostnaam hoort bij een ander account</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>een tijdelijke storing</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>de provider heeft het verzoek geweigerd</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>de antwoorden van de provider komen niet overeen met de documentatie</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>het bijwerken is mislukt</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>gestopt totdat het profiel of het geheim ervan verandert</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>proefdraaien: er is niets verstuurd</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>het openbare adres is niet bekend</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>wacht op een nieuwe poging na een mislukking</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>een wachtwoord of token kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Verbinden met de qddns-agent…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>De qddns-agent draait niet</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Uw DNS-records worden niet actueel gehouden.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>%1-adres niet gedetecteerd</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: niet gedetecteerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Detectie van %1 mislukt, het laatst bekende adres wordt getoond: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>%1-adres niet gedetecteerd: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Geen records</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n record actueel</numerusform>
            <numerusform>%n records actueel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (en nog %n)</numerusform>
            <numerusform>%1 (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Updates zijn gepauzeerd</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Alle records zijn actueel</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Er is geen profiel ingesteld</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Openbaar adres: nog niet gedetecteerd</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Laatste update: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Laatste update: nooit</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…en nog %n probleem</numerusform>
            <numerusform>…en nog %n problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>Het WAN-adres %1 van de router is carrier-grade NAT: uw provider deelt het openbare adres, dus verbindingen vanaf internet bereiken dit netwerk mogelijk niet</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>Het WAN-adres %1 van de router is privé: de router zit achter een andere router (dubbele NAT), die inkomende verbindingen naar hem moet doorsturen</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>Het WAN-adres %1 van de router is geen openbaar adres (dubbele NAT)</translation>
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
        <translation>zou worden verstuurd</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>al actueel</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>vastgehouden: de provider heeft het eerder geweigerd</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>kan niet worden verstuurd</translation>
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
        <translation>%1-adres: %2 (van %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>%1-adres: niet gedetecteerd: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Er zou niets worden verstuurd: er is geen adres bekend voor wat dit profiel publiceert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>qddns: the tray icon of the qddns-agent Dynamic DNS client.</source>
        <translation>qddns: het systeemvakpictogram van de Dynamic DNS-client qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>De socket van de agent (standaard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>Het programma qddns-agent dat &quot;Agent starten&quot; uitvoert (standaard: dat naast qddns, anders uit PATH).</translation>
    </message>
</context>
</TS>
