<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>No se pudo crear %1</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Servicio web</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interfaz de red</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(http sin cifrar permitido)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Iniciar el agente</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Abrir el archivo de configuración</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Iniciando el agente…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>No hay ningún programa para abrir %1: ábralo en un editor de texto.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>El agente de qddns no se está ejecutando. Es él quien comprueba y guarda estos ajustes: inícielo para cambiarlos.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>El agente no se inició:
%1

Corrija el archivo de configuración%2 y vuelva a iniciar el agente. Cuando esté en ejecución, podrá cambiar estos ajustes aquí.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>Añadir ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Informar a otros servicios de lo que hace el agente:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Dirección cambiada</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Registro actualizado</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Error en la actualización</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Actualizaciones detenidas (registro retenido)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Agente iniciado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Avisar de:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cuerpo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Un hook de %1: edítelo en el archivo de configuración; «Enviar prueba» lo ejecuta tal como está guardado allí.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>almacenado en el llavero</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>ninguno (opcional)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>No se pudo almacenar el token en el llavero: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrija los ajustes marcados.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>El agente lo rechazó: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Enviado.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
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
        <translation>Ajuste</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>Diagnóstico de qddns, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agente: no conectado</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agente: %1 (protocolo %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Sistema operativo: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(no disponible: sin conexión con el agente)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Última línea del registro (%n):</numerusform>
            <numerusform>Últimas líneas del registro (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Comprobar cada:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (segundos, o p. ej. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Reenviar los registros sin cambios después de:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Tiempo de espera de las solicitudes:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (segundos)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>opcional: un archivo PEM, para un servidor con su propia CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Los certificados de este archivo se aceptan además de los del sistema, para un servidor de actualización o un servicio de eco autoalojado. Los certificados siempre se verifican.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Certificados de CA adicionales:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Detección de la dirección IPv4</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Detección de la dirección IPv6</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Usar los servicios web integrados (varios servicios públicos de eco HTTPS)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>permitir http:// sin cifrar</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Solo para un servicio en este equipo o en su propia red: cualquiera que esté en el camino puede falsificar una respuesta por http sin cifrar.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Detectores que deben coincidir:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/ruta/al/programa --argumento</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Aún no se ha registrado ninguna dirección %1 pública.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Aún no se ha registrado ningún cambio de su dirección %1 pública.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Su proveedor de Internet cambió su dirección %1 pública %n vez.</numerusform>
            <numerusform>Su proveedor de Internet cambió su dirección %1 pública %n veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Su proveedor de Internet cambió su dirección %1 pública %n vez; de media cada %2.</numerusform>
            <numerusform>Su proveedor de Internet cambió su dirección %1 pública %n veces; de media cada %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>desde %1 (%2 hasta ahora)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>Dirección %1 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(vista por primera vez)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Dirección nueva</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Dirección anterior</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detectada por</translation>
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
        <translation>Ninguna dirección registrada</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Historial de direcciones IP</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Aún no se ha registrado ningún cambio de dirección</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>El agente añade una entrada cada vez que cambia su dirección pública.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>Sufijos IPv6</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Un host con sufijo recibe el prefijo IPv6 detectado seguido de su propio identificador de interfaz, p. ej. ::1234 para un dispositivo de su red. Déjelo vacío para un host que sea este equipo. La longitud del prefijo es 64 salvo que se indique otra.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Sufijo IPv6</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Longitud del prefijo</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>p. ej. ::1234 o ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>predeterminada (64)</translation>
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
        <translation>No aplicado: %1 %2 del archivo; su configuración conserva %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>el valor predeterminado de qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Añadir perfiles</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Importar desde otro cliente DDNS</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Su archivo de configuración:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Se importaron todas las opciones.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Perfiles que se crearían:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Opciones no importadas, y opciones importadas de otra forma:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>El agente no mostró la lista de sus proveedores: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>Solo su propietario puede leer %1. Cópielo donde pueda leerlo, p. ej. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, y elija la copia.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 la guarda en %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Configuración de %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 no es una configuración de %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>no está en el archivo: introdúzcala después de añadir</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>del archivo, al llavero</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importado como: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>No se puede importar nada de este archivo (vea arriba).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>Añadir %n perfil</numerusform>
            <numerusform>Añadir %n perfiles</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Añadiendo...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>No se pudieron almacenar las contraseñas en el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>El llavero ya contiene otras contraseñas con %1 (de una importación anterior o de un perfil de otra configuración). No se añadió nada: elimine primero esas entradas o los perfiles que las usan.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>El agente rechazó la configuración: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Se aplica la próxima vez que se inicie qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Registro de actividad del agente de qddns</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Información y superior</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Mostrar las líneas del registro de este nivel o más graves</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Copia las versiones, el estado del agente y las últimas líneas del registro al portapapeles para un informe de error. No contienen ninguna contraseña ni token.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Sin conexión con el agente: no llegan líneas nuevas.</translation>
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
        <translation>El agente de qddns se ha detenido</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>El agente de qddns no se está ejecutando, así que sus registros DNS no se mantienen actualizados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>La dirección %1 pública ya no se detecta (era %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>La dirección %1 pública ahora es %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>La dirección %1 pública ahora es %2 — %3 actualizado</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>La dirección %1 pública cambió de %2 a %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>La dirección %1 pública cambió de %2 a %3 — %4 actualizado</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Dirección %1 pública cambiada</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Direcciones públicas cambiadas</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>No se envía ninguna actualización para él hasta que cambie su perfil o su secreto.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>No se envía ninguna actualización para ellos hasta que cambie su perfil o su secreto.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>Actualizaciones DNS detenidas para %n registro</numerusform>
            <numerusform>Actualizaciones DNS detenidas para %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>Error en la actualización DNS de %n registro</numerusform>
            <numerusform>Error en la actualización DNS de %n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>Escuchando localmente</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>El nombre se resuelve</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Accesible en la dirección pública</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Sonda externa</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
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
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>error de conexión</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>No (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: no se puede comprobar por TCP</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sí (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>No comprobable</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Ningún nombre de host</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>No se conoce ninguna dirección pública</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Se resuelve en %1; no se conoce ninguna dirección pública con la que comparar</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>No: no se pudo resolver %1</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>No: la resolución de %1 agotó el tiempo de espera</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>No: %1 no tiene direcciones</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>No: se resuelve en %1, no en %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>algo respondió</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>no (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Algo respondió, pero no un servidor de este equipo</translation>
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
        <translation>%1 pertenece a este equipo</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>No configurada</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Accesible (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>URL de sonda no válida</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>No accesible (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>La sonda no respondió a tiempo</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>No se pudo contactar con la sonda</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>No se pudo contactar con la sonda: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>El puerto %1 es accesible en su dirección pública.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>La conexión funcionó, pero %1 pertenece a este equipo, así que la prueba no pasó por su router ni por su cortafuegos. Use una sonda externa para comprobarlo desde Internet.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>El servidor es accesible, pero %1 aún no apunta a su dirección pública. Espere a la próxima actualización y a que caduque el registro antiguo, o revise el perfil.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Nada acepta conexiones en el puerto %1 en este equipo (%2) y, sin embargo, algo respondió en su dirección pública: su propio router, otro dispositivo o un servidor de aquí que solo escucha en su dirección de red. Inicie el servidor aquí (escuchando en todas las direcciones) o, si se ejecuta en otro dispositivo, compruebe el puerto desde ese dispositivo.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Nada acepta conexiones en el puerto %1 en este equipo (%2). Inicie el servidor o asegúrese de que escucha en este puerto.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>El servidor responde en %1 pero no en %2, una dirección de este equipo. Haga que escuche en todas las direcciones (0.0.0.0 o ::), no solo en localhost, y permita el puerto TCP %3 en el cortafuegos de este equipo.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>La redirección de puertos no puede funcionar aquí (NAT de operador, CGNAT): pida a su proveedor de Internet una dirección IPv4 pública o use IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>No accesible desde Internet. En su router, redirija el puerto TCP %1 al equipo que ejecuta el servidor (o, como último recurso, ponga ese equipo en la DMZ del router) y permita el puerto en el cortafuegos de ese equipo.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>No accesible en su dirección IPv6 pública %1: permita el puerto TCP %2 en el cortafuegos IPv6 de su router y en el del servidor.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>Falló la conexión a su dirección pública %1 desde dentro de su red. Muchos routers no lo admiten (hairpin NAT, también llamado NAT loopback), así que esto no demuestra que el puerto %2 esté cerrado desde fuera. Revise la redirección de puertos y el cortafuegos, o configure una sonda externa para probar desde Internet.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>El agente de qddns no se está ejecutando, así que su dirección pública es desconocida y no se pudo comprobar la accesibilidad. Inicie el agente desde el menú de la bandeja del sistema y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>El agente aún no ha detectado ninguna dirección pública, así que no se pudo comprobar la accesibilidad.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: no se puede comprobar por TCP. Asegúrese de que el puerto UDP %1 está redirigido en su router y permitido en el cortafuegos.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>La dirección IPv4 detectada %1 está en el rango de NAT de operador (CGNAT) 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>La dirección IPv4 detectada %1 no es una dirección pública.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Este equipo tiene la dirección de NAT de operador (CGNAT) %1 y no su dirección IPv4 pública.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Introduzca al menos un puerto, por ejemplo &quot;22, 443, 51820/udp&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; no es un número de puerto. Escriba los puertos como &quot;443&quot; o &quot;51820/udp&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 no es un puerto válido: los puertos van de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;: protocolo desconocido, escriba /tcp o /udp después del puerto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Demasiados puertos: compruebe como máximo %n puerto a la vez.</numerusform>
            <numerusform>Demasiados puertos: compruebe como máximo %n puertos a la vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Comprobación de puertos</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>por ejemplo 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Puertos:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>opcional, p. ej. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL de la &amp;sonda externa:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Ningún nombre de host</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>El agente de qddns no se está ejecutando: no se conoce ninguna dirección pública</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Aún no se ha detectado ninguna dirección pública</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Dirección pública: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Nombres de host</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>Los nombres que se mantienen actualizados, separados por comas.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Si son varios, sepárelos con comas.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>La dirección base del servicio de actualización (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Déjelo vacío para usar %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Documentación: %1 (qddns se comprobó con ella el %2)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Documentación: %1 (qddns aún no se ha comprobado con ella)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL del registro</translation>
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
        <translation>Sufijo IPv6</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>longitud del prefijo</translation>
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
        <translation>Este perfil</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Publicar la dirección IPv4 (registro A)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Publicar la dirección IPv6 (registro AAAA)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Permitir http:// sin cifrar para el servidor</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Elija su proveedor de DNS</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Buscar proveedores</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Predeterminado del proveedor</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Advertencia: por http:// sin cifrar, su contraseña o token viaja sin cifrar. Úselo solo para un servidor de prueba en este equipo.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL del registro:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Servicios de tipo DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>API de alojamiento DNS</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Registradores</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Servidores autoalojados</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Cualquier servidor (protocolos genéricos)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Documentación: %2
Comprobado con ella: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n proveedor encontrado</numerusform>
            <numerusform>%n proveedores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Dar a los hosts de su red su propia dirección IPv6: el prefijo detectado con el identificador de interfaz del host</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>Sufijos IPv6 (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>Sufijos IPv6...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>sin definir: decide el proveedor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>El agente lo lee de su origen %1 %2; no se almacena en el llavero.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>El agente se ejecuta con otra cuenta y no puede leer su llavero. Dele el secreto como ese usuario con &quot;%1&quot;, como credencial de systemd ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) o en un archivo que solo esa cuenta pueda leer ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>se almacenará al guardar</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>almacenado en el llavero; escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>almacenado</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>aún no almacenado</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no almacenado</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>Ajustes de qddns</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Elija su proveedor de DNS, introduzca su nombre de host y sus credenciales, y luego pulse Probar y Guardar</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Añadir perfiles desde una configuración de ddclient, inadyn, OpenWrt o ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfiles:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Aún no hay ningún perfil. Pulse Añadir para mantener actualizado un nombre de host.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>La configuración se cambió en otro lugar y se ha vuelto a cargar.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>La configuración se cambió en otro lugar; si guarda ahora, esos cambios se sustituyen por los suyos.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Perfil &quot;%1&quot;, %2: %3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Probando...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>No se pudo almacenar el secreto en el llavero: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>La contraseña que escribió se almacenará al guardar; la prueba usó la del llavero.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>No guardado. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>El agente se ejecuta con otra cuenta: importe en su equipo con `qddns-agent import`, como esa cuenta.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Primero guarde o deshaga sus cambios: una importación guarda la configuración.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n perfil importado: %1.</numerusform>
            <numerusform>%n perfiles importados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 Sus contraseñas están en el llavero.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 El archivo no contenía ninguna contraseña para %2: introdúzcala en el formulario y pulse Guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>Los ajustes se guardaron, pero no se pudo almacenar una contraseña en el llavero:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Sin conexión con el agente de qddns: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrija los ajustes marcados.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>El agente no pudo escribir el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>El agente lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>no se puede crear el archivo de bloqueo %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>otro qddns se está ejecutando pero no responde en %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
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
        <translation>Iniciar el agente</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>Iniciar qddns-agent, que mantiene actualizados sus registros DNS</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Detectar la dirección pública y actualizar cada registro que lo necesite</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Pausar las actualizaciones</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Comprobar puertos…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Registro de actividad…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Cerrar el icono de la bandeja; el agente sigue en ejecución</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar con la sesión</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Mostrar este icono de la bandeja al iniciar sesión</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Cambios de dirección</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Actualizaciones fallidas</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Registros retenidos</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agente detenido</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>No se encontró el programa qddns-agent ni junto a qddns ni en el PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Se detuvo de inmediato sin ningún mensaje.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>El agente no se inició:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>El agente no se inició</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>El agente se ejecuta con otra cuenta</translation>
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
        <translation>Reanudar las actualizaciones</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>El agente en %1 pertenece a otro usuario, así que esta aplicación de la bandeja no puede mostrarlo ni cambiarlo. Si es el servicio del sistema, únase a su grupo para verlo y controlarlo desde aquí: sudo usermod -aG qddns $USER, y luego cierre la sesión y vuelva a iniciarla. Sus secretos se definen como ese usuario (qddns-agent secret set PROFILE), con una credencial de systemd o en un archivo que solo su propietario puede leer y que se indica en su configuración.</translation>
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
        <translation>%1 (%2): retenido</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): retenido — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): publicado, aún no propagado — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): reintentando — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): nuevo intento el %3 tras %n fallo — %4</numerusform>
            <numerusform>%1 (%2): nuevo intento el %3 tras %n fallos — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): nuevo intento el %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): esperando a publicarse</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): esperando la dirección %2 pública</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>ya estaba actualizado</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>el proveedor rechazó las credenciales</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>el proveedor bloqueó las actualizaciones por abuso</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>el nombre de host no es un nombre de dominio completo (FQDN)</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>el nombre de host no existe en esta cuenta</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>demasiados hosts en una sola solicitud</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>el proveedor informa de un problema del servidor</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>el proveedor informa de un error de DNS</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>el proveedor rechazó este cliente</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>la opción requiere una cuenta de pago en el proveedor</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>el nombre de host pertenece a otra cuenta</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>un fallo temporal</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>el proveedor rechazó la solicitud</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>las respuestas del proveedor no son como las documenta</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>la actualización falló</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>detenido hasta que cambie el perfil o su secreto</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulación: no se envió nada</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>no se conoce la dirección pública</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>esperando para reintentar tras un fallo</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>no se pudo leer una contraseña o un token</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Conectando con el agente de qddns…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>El agente de qddns no se está ejecutando</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Sus registros DNS no se están manteniendo actualizados.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>Dirección %1 no detectada</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: no detectada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Falló la detección de la dirección %1; se muestra la última dirección conocida: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>Dirección %1 no detectada: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Ningún registro</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n registro actualizado</numerusform>
            <numerusform>%n registros actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (y %n más)</numerusform>
            <numerusform>%1 (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Las actualizaciones están en pausa</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Todos los registros están actualizados</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>No hay ningún perfil configurado</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Dirección pública: aún no detectada</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Última actualización: nunca</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…y %n problema más</numerusform>
            <numerusform>…y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>La dirección WAN %1 del router es NAT de operador (CGNAT): su proveedor comparte la dirección pública, así que es posible que las conexiones desde Internet no lleguen a esta red</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>La dirección WAN %1 del router es privada: el router está detrás de otro router (doble NAT), que debe reenviarle las conexiones entrantes</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>La dirección WAN %1 del router no es una dirección pública (doble NAT)</translation>
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
        <translation>se enviaría</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>ya actualizado</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>retenido: el proveedor lo rechazó antes</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>no se puede enviar</translation>
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
        <translation>Dirección %1: %2 (mediante %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>Dirección %1: no detectada: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>No se enviaría nada: no se conoce ninguna dirección para lo que publica este perfil.</translation>
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
        <translation>qddns: el icono de bandeja del cliente de DNS dinámico qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>El socket del agente (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>El programa qddns-agent que ejecuta «Iniciar el agente» (predeterminado: el que está junto a qddns, si no, el del PATH).</translation>
    </message>
</context>
</TS>
