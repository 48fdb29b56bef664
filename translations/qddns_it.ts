<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>Impossibile rimuovere %1</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>Impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Servizio web</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaccia di rete</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(http non cifrato consentito)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Avvia l&apos;agente</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Apri il file di configurazione</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Avvio dell&apos;agente…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Nessun programma per aprire %1: aprilo in un editor di testo.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>L&apos;agente qddns non è in esecuzione. È l&apos;agente a controllare e salvare queste impostazioni: avvialo per modificarle.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>L&apos;agente non si è avviato:
%1

Correggi il file di configurazione%2, poi avvia di nuovo l&apos;agente. Una volta in esecuzione, queste impostazioni si possono modificare qui.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Aggiungi webhook</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>Aggiungi ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Invia prova</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Informa altri servizi di ciò che fa l&apos;agente:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Indirizzo cambiato</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Record aggiornato</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Aggiornamento non riuscito</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Aggiornamenti interrotti (record sospeso)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Agente avviato</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Avvisa per:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Metodo:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corpo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Un hook %1: modificalo nel file di configurazione; «Invia prova» lo esegue come è salvato lì.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>memorizzato nel portachiavi</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>nessuno (facoltativo)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Impossibile memorizzare il token nel portachiavi: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Invio in corso...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Correggi le impostazioni evidenziate.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>L&apos;agente ha rifiutato: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Inviato.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Inviato: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>Rilevatore</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>Diagnostica di qddns, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agente: non connesso</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agente: %1 (protocollo %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilato con %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Sistema operativo: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Piattaforma: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(non disponibile: nessuna connessione all&apos;agente)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Ultima riga del registro (%n):</numerusform>
            <numerusform>Ultime righe del registro (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Tutti i profili</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Controlla ogni:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (secondi, o ad es. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Invia di nuovo i record invariati dopo:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Timeout delle richieste:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (secondi)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>facoltativo: un file PEM, per un server con una propria CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>I certificati in questo file sono considerati attendibili oltre a quelli del sistema, per un server di aggiornamento o un servizio di eco in self-hosting. I certificati vengono sempre verificati.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Certificati CA aggiuntivi:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificati CA (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Rilevamento dell&apos;indirizzo IPv4</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Rilevamento dell&apos;indirizzo IPv6</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Usa i servizi web integrati (diversi servizi pubblici di eco HTTPS)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>consenti http:// non cifrato</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Solo per un servizio su questo computer o sulla tua rete: una risposta via http non cifrato può essere falsificata da chiunque lungo il percorso.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Rilevatori che devono concordare:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/percorso/del/programma --argomento</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>Rilevatore %1: %2</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Nessun indirizzo %1 pubblico ancora registrato.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Nessun cambio del tuo indirizzo %1 pubblico ancora registrato.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Il tuo provider Internet ha cambiato il tuo indirizzo %1 pubblico %n volta.</numerusform>
            <numerusform>Il tuo provider Internet ha cambiato il tuo indirizzo %1 pubblico %n volte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Il tuo provider Internet ha cambiato il tuo indirizzo %1 pubblico %n volta; in media ogni %2.</numerusform>
            <numerusform>Il tuo provider Internet ha cambiato il tuo indirizzo %1 pubblico %n volte; in media ogni %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>dal %1 (%2 finora)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>dal %1 al %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>Indirizzo %1 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(visto per la prima volta)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famiglia</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nuovo indirizzo</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Indirizzo precedente</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Rilevato da</translation>
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
        <translation>Nessun indirizzo registrato</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Cronologia degli indirizzi IP</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Nessun cambio di indirizzo ancora registrato</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>L&apos;agente aggiunge una voce ogni volta che il tuo indirizzo pubblico cambia.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutto</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>Suffissi IPv6</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Un host con un suffisso riceve il prefisso IPv6 rilevato seguito dal proprio identificatore di interfaccia, ad es. ::1234 per un dispositivo della tua rete. Lascialo vuoto per un host che è questo computer. La lunghezza del prefisso è 64 se non indicata.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Suffisso IPv6</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Lunghezza del prefisso</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>ad es. ::1234 o ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>predefinita (64)</translation>
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
        <translation>Non applicato: %1 %2 dal file; la tua configurazione mantiene %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>il valore predefinito di qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Aggiungi profili</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Importa da un altro client DDNS</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Sfoglia...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Il suo file di configurazione:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Tutte le opzioni sono state importate.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Profili che verrebbero creati:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Opzioni non importate e opzioni importate in un&apos;altra forma:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>L&apos;agente non ha elencato i suoi provider: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 è leggibile solo dal suo proprietario. Copialo dove puoi leggerlo, ad es. con &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, e scegli la copia.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 la tiene in %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Configurazione di %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 non è una configurazione di %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>non presente nel file: inseriscila dopo l&apos;aggiunta</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>dal file, nel portachiavi</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importato: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importato come: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Niente in questo file può essere importato (vedi sopra).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>Aggiungi %n profilo</numerusform>
            <numerusform>Aggiungi %n profili</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Aggiunta in corso...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>Impossibile memorizzare le password nel portachiavi: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>Il portachiavi contiene già altre password sotto %1 (di un&apos;importazione precedente o di un profilo di un&apos;altra configurazione). Non è stato aggiunto nulla: rimuovi prima quelle voci o i profili che le usano.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>L&apos;agente ha rifiutato la configurazione: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Aggiunto.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Ha effetto al prossimo avvio di qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
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
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copia la diagnostica</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Registro dell&apos;agente qddns</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info e superiori</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avvisi ed errori</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errori</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Mostra le righe del registro di questo livello o più gravi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Copia negli appunti le versioni, lo stato dell&apos;agente e le ultime righe del registro per una segnalazione di bug. Non contengono password né token.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostica copiata negli appunti.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Nessuna connessione all&apos;agente: non arrivano nuove righe.</translation>
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
        <translation>L&apos;agente qddns si è fermato</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>L&apos;agente qddns non è in esecuzione, quindi i tuoi record DNS non vengono mantenuti aggiornati.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e %n altro</numerusform>
            <numerusform>%1 e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>L&apos;indirizzo %1 pubblico non viene più rilevato (era %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>L&apos;indirizzo %1 pubblico ora è %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>L&apos;indirizzo %1 pubblico ora è %2 — aggiornato %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>L&apos;indirizzo %1 pubblico è cambiato da %2 a %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>L&apos;indirizzo %1 pubblico è cambiato da %2 a %3 — aggiornato %4</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Indirizzo %1 pubblico cambiato</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Indirizzi pubblici cambiati</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e %n altro</numerusform>
            <numerusform>…e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Non viene inviato alcun aggiornamento finché il suo profilo o il suo segreto non cambia.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Non viene inviato alcun aggiornamento finché il loro profilo o il loro segreto non cambia.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>Aggiornamenti DNS interrotti per %n record</numerusform>
            <numerusform>Aggiornamenti DNS interrotti per %n record</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>Aggiornamento DNS non riuscito per %n record</numerusform>
            <numerusform>Aggiornamento DNS non riuscito per %n record</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>In ascolto localmente</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Il nome si risolve</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Raggiungibile all&apos;indirizzo pubblico</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Sonda esterna</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consiglio</translation>
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
        <translation>connessione rifiutata</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo scaduto</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rete non raggiungibile</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>connessione non riuscita</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>No (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non controllato</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: non controllabile tramite TCP</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sì (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Non controllabile</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Nessun nome host</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Nessun indirizzo pubblico noto</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Si risolve in %1; nessun indirizzo pubblico noto con cui confrontarlo</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>No: impossibile risolvere %1</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>No: la risoluzione di %1 è scaduta</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>No: %1 non ha indirizzi</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>No: si risolve in %1, non in %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>qualcosa ha risposto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>controllo in corso…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non controllato</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Qualcosa ha risposto, ma non un server di questo computer</translation>
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
        <translation>%1 appartiene a questo computer</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configurata</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Raggiungibile (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>URL della sonda non valido</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Non raggiungibile (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>La sonda non ha risposto in tempo</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>Impossibile raggiungere la sonda</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>Impossibile raggiungere la sonda: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>La porta %1 è raggiungibile al tuo indirizzo pubblico.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>La connessione ha funzionato, ma %1 appartiene a questo computer, quindi il test non è passato dal tuo router né dal suo firewall. Usa una sonda esterna per controllare da Internet.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>Il server è raggiungibile, ma %1 non punta ancora al tuo indirizzo pubblico. Attendi il prossimo aggiornamento e la scadenza del vecchio record, oppure controlla il profilo.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Nulla accetta connessioni sulla porta %1 su questo computer (%2), eppure qualcosa ha risposto al tuo indirizzo pubblico: il router stesso, un altro dispositivo o un server qui che ascolta solo sul suo indirizzo di rete. Avvia qui il server (in ascolto su tutti gli indirizzi) oppure, se gira su un altro dispositivo, controlla la porta da quel dispositivo.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Nulla accetta connessioni sulla porta %1 su questo computer (%2). Avvia il server o assicurati che sia in ascolto su questa porta.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>Il server risponde su %1 ma non su %2, un indirizzo di questo computer. Mettilo in ascolto su tutti gli indirizzi (0.0.0.0 o ::), non solo su localhost, e consenti la porta TCP %3 nel firewall di questo computer.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>Il port forwarding non può funzionare qui (NAT dell&apos;operatore, CGNAT): chiedi al tuo provider Internet un indirizzo IPv4 pubblico o usa IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Non raggiungibile da Internet. Sul router, inoltra la porta TCP %1 al computer su cui gira il server (oppure, come ultima risorsa, metti quel computer nella DMZ del router) e consenti la porta nel firewall di quel computer.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Non raggiungibile al tuo indirizzo IPv6 pubblico %1: consenti la porta TCP %2 nel firewall IPv6 del router e in quello del server.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>La connessione al tuo indirizzo pubblico %1 dall&apos;interno della tua rete non è riuscita. Molti router non lo supportano (hairpin NAT, detto anche NAT loopback), quindi questo non dimostra che la porta %2 sia chiusa dall&apos;esterno. Controlla il port forwarding e il firewall, oppure configura una sonda esterna per provare da Internet.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>L&apos;agente qddns non è in esecuzione, quindi il tuo indirizzo pubblico è sconosciuto e non è stato possibile controllare la raggiungibilità. Avvia l&apos;agente dal menu dell&apos;area di notifica, poi controlla di nuovo.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>L&apos;agente non ha ancora rilevato un indirizzo pubblico, quindi non è stato possibile controllare la raggiungibilità.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: non controllabile tramite TCP. Assicurati che la porta UDP %1 sia inoltrata sul router e consentita nel firewall.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>L&apos;indirizzo IPv4 rilevato %1 è nell&apos;intervallo del NAT dell&apos;operatore (CGNAT) 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>L&apos;indirizzo IPv4 rilevato %1 non è un indirizzo pubblico.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Questo computer ha l&apos;indirizzo NAT dell&apos;operatore (CGNAT) %1 e non il tuo indirizzo IPv4 pubblico.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Inserisci almeno una porta, per esempio &quot;22, 443, 51820/udp&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; non è un numero di porta. Scrivi le porte come &quot;443&quot; o &quot;51820/udp&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 non è una porta valida: le porte vanno da 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;: protocollo sconosciuto, scrivi /tcp o /udp dopo la porta.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Troppe porte: controlla al massimo %n porta alla volta.</numerusform>
            <numerusform>Troppe porte: controlla al massimo %n porte alla volta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Controllo delle porte</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>per esempio 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Porte:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>facoltativo, ad es. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL della &amp;sonda esterna:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Nessun nome host</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>L&apos;agente qddns non è in esecuzione: nessun indirizzo pubblico noto</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Nessun indirizzo pubblico ancora rilevato</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Indirizzo pubblico: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Nomi host</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>I nomi da mantenere aggiornati, separati da virgole.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Se sono più di uno, separali con virgole.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ad es. %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>L&apos;indirizzo di base del servizio di aggiornamento (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Lascia vuoto per usare %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sito web: %1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Documentazione: %1 (qddns verificato su di essa il %2)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Documentazione: %1 (qddns non è ancora stato verificato su di essa)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Password o token</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome del profilo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL del record</translation>
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
        <translation>Suffisso IPv6</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>lunghezza del prefisso</translation>
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
        <translation>Questo profilo</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Pubblica l&apos;indirizzo IPv4 (record A)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Pubblica l&apos;indirizzo IPv6 (record AAAA)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Consenti http:// non cifrato per il server</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Scegli il tuo provider DNS</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Cerca provider</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome del profilo:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Predefinito del provider</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Attenzione: su http:// non cifrato la tua password o il tuo token viaggia in chiaro. Usalo solo per un server di prova su questo computer.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL del record:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obbligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Servizi di tipo DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>API di hosting DNS</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Server in self-hosting</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Qualsiasi server (protocolli generici)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Documentazione: %2
Verificato su di essa: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n provider trovato</numerusform>
            <numerusform>%n provider trovati</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Dai agli host della tua rete un proprio indirizzo IPv6: il prefisso rilevato con l&apos;identificatore di interfaccia dell&apos;host</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>Suffissi IPv6 (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>Suffissi IPv6...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>non impostato: decide il provider</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non impostato</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Letto dall&apos;agente dalla sua sorgente %1 %2; non memorizzato nel portachiavi.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILO</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>L&apos;agente gira con un altro account e non può leggere il tuo portachiavi. Fornisci il segreto come quell&apos;utente con &quot;%1&quot;, come credenziale systemd ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) o in un file leggibile solo da quell&apos;account ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>memorizzato al salvataggio</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>memorizzato nel portachiavi; digita per sostituirlo</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>memorizzato</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>non ancora memorizzato</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non memorizzato</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>Impostazioni di qddns</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Scegli il tuo provider DNS, inserisci il nome host e le credenziali, poi Prova e Salva</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importa...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Aggiungi profili da una configurazione di ddclient, inadyn, OpenWrt o ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profili:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Impostazioni avanzate</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Ancora nessun profilo. Fai clic su Aggiungi per mantenere aggiornato un nome host.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>La configurazione è stata modificata altrove ed è stata ricaricata.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>La configurazione è stata modificata altrove; salvando ora quelle modifiche vengono sostituite dalle tue.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profilo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Profilo &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Prova in corso...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Impossibile memorizzare il segreto nel portachiavi: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>La password che hai digitato viene memorizzata al salvataggio; la prova ha usato quella del portachiavi.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio in corso...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non salvato. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>L&apos;agente gira con un altro account: importa sulla sua macchina con `qddns-agent import`, come quell&apos;account.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Prima salva o annulla le modifiche: un&apos;importazione salva la configurazione.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n profilo importato: %1.</numerusform>
            <numerusform>%n profili importati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 Le loro password sono nel portachiavi.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Nel file non c&apos;era alcuna password per %2: inseriscila nel modulo, poi Salva.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>Le impostazioni sono state salvate, ma non è stato possibile memorizzare una password nel portachiavi:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Nessuna connessione all&apos;agente qddns: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Correggi le impostazioni evidenziate.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>L&apos;agente non è riuscito a scrivere il file di configurazione: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>L&apos;agente ha rifiutato: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>impossibile creare il file di lock %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>un altro qddns è in esecuzione ma non risponde su %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossibile mettersi in ascolto su %1: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Profili</translation>
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
        <translation>Avvia l&apos;agente</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>Avvia qddns-agent, che mantiene aggiornati i tuoi record DNS</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Aggiorna ora</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Rileva l&apos;indirizzo pubblico e aggiorna ogni record che ne ha bisogno</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Sospendi gli aggiornamenti</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Cronologia…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Controlla le porte…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Registro…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Chiudi l&apos;icona nell&apos;area di notifica; l&apos;agente continua a funzionare</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Mostra questa icona nell&apos;area di notifica all&apos;accesso</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modificato: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Cambi di indirizzo</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Aggiornamenti non riusciti</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Record sospesi</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agente fermato</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>Il programma qddns-agent non è stato trovato né accanto a qddns né nel PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Impossibile avviare %1.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Si è fermato subito senza alcun messaggio.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>L&apos;agente non si è avviato:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>L&apos;agente non si è avviato</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>L&apos;agente gira con un altro account</translation>
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
        <translation>Riprendi gli aggiornamenti</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>L&apos;agente su %1 appartiene a un altro utente, quindi questa applicazione non può mostrarlo né modificarlo. Se è il servizio di sistema, unisciti al suo gruppo per vederlo e controllarlo da qui: sudo usermod -aG qddns $USER, poi esci e rientra nella sessione. I suoi segreti si impostano come quell&apos;utente (qddns-agent secret set PROFILE), con una credenziale systemd o in un file leggibile solo dal proprietario e indicato nella sua configurazione.</translation>
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
        <translation>%1 (%2): sospeso</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): sospeso — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): pubblicato, non ancora propagato — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): nuovo tentativo — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): nuovo tentativo il %3 dopo %n errore — %4</numerusform>
            <numerusform>%1 (%2): nuovo tentativo il %3 dopo %n errori — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): nuovo tentativo il %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): in attesa di pubblicazione</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): in attesa dell&apos;indirizzo %2 pubblico</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>già aggiornato</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>il provider ha rifiutato le credenziali</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>il provider ha bloccato gli aggiornamenti per abuso</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>il nome host non è un nome di dominio completo (FQDN)</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>il nome host non esiste in questo account</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>troppi host in una sola richiesta</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>il provider segnala un problema del server</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>il provider segnala un errore DNS</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>il provider ha rifiutato questo client</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>l&apos;opzione richiede un account a pagamento presso il provider</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>il nome host appartiene a un altro account</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>un errore temporaneo</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>il provider ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>le risposte del provider non sono come documentato</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>l&apos;aggiornamento non è riuscito</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>interrotto finché il profilo o il suo segreto non cambia</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulazione: non è stato inviato nulla</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>l&apos;indirizzo pubblico non è noto</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>in attesa di un nuovo tentativo dopo un errore</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>non è stato possibile leggere una password o un token</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Connessione all&apos;agente qddns…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>L&apos;agente qddns non è in esecuzione</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>I tuoi record DNS non vengono mantenuti aggiornati.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>Indirizzo %1 non rilevato</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: non rilevato</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Rilevamento dell&apos;indirizzo %1 non riuscito, viene mostrato l&apos;ultimo indirizzo noto: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>Indirizzo %1 non rilevato: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Nessun record</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n record aggiornato</numerusform>
            <numerusform>%n record aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (e %n altro)</numerusform>
            <numerusform>%1 (e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Gli aggiornamenti sono sospesi</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento in corso…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Tutti i record sono aggiornati</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Nessun profilo configurato</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Indirizzo pubblico: non ancora rilevato</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Ultimo aggiornamento: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Ultimo aggiornamento: mai</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…e %n altro problema</numerusform>
            <numerusform>…e altri %n problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>L&apos;indirizzo WAN %1 del router è NAT dell&apos;operatore (CGNAT): il tuo provider condivide l&apos;indirizzo pubblico, quindi le connessioni da Internet potrebbero non raggiungere questa rete</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>L&apos;indirizzo WAN %1 del router è privato: il router si trova dietro un altro router (doppio NAT), che deve inoltrargli le connessioni in entrata</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>L&apos;indirizzo WAN %1 del router non è un indirizzo pubblico (doppio NAT)</translation>
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
        <translation>verrebbe inviato</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>già aggiornato</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>sospeso: il provider lo ha rifiutato in precedenza</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>non può essere inviato</translation>
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
        <translation>Indirizzo %1: %2 (tramite %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>Indirizzo %1: non rilevato: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Non verrebbe inviato nulla: nessun indirizzo è noto per ciò che questo profilo pubblica.</translation>
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
        <translation>qddns: l&apos;icona nell&apos;area di notifica del client DNS dinamico qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>Il socket dell&apos;agente (predefinito: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>Il programma qddns-agent eseguito da «Avvia l&apos;agente» (predefinito: quello accanto a qddns, altrimenti quello nel PATH).</translation>
    </message>
</context>
</TS>
