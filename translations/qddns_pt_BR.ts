<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>Não foi possível remover %1</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>Não foi possível criar %1</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Serviço web</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface de rede</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(http sem criptografia permitido)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Iniciar o agente</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Abrir o arquivo de configuração</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Iniciando o agente…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Nenhum programa para abrir %1: abra-o em um editor de texto.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>O agente do qddns não está em execução. É ele que verifica e salva estas configurações: inicie-o para alterá-las.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>O agente não foi iniciado:
%1

Corrija o arquivo de configuração%2 e inicie o agente novamente. Quando ele estiver em execução, estas configurações poderão ser alteradas aqui.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Adicionar webhook</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>Adicionar ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar teste</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Informar outros serviços sobre o que o agente faz:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Endereço alterado</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Registro atualizado</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Falha na atualização</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Atualizações interrompidas (registro retido)</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Avisar sobre:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corpo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
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
        <translation>Perfis</translation>
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
        <translation>Um hook %1: edite-o no arquivo de configuração; &quot;Enviar teste&quot; o executa como está salvo lá.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>armazenado no chaveiro</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>nenhum (opcional)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Não foi possível armazenar o token no chaveiro: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrija as configurações marcadas.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>O agente recusou: %1</translation>
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
        <translation>Não enviado: %1</translation>
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
        <translation>Configuração</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>Diagnóstico do qddns, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agente: não conectado</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agente: %1 (protocolo %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (compilado com %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Sistema operacional: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plataforma: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(indisponível: sem conexão com o agente)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Linha recente do log (%n):</numerusform>
            <numerusform>Linhas recentes do log (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Todos os perfis</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Verificar a cada:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (segundos, ou p. ex. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Reenviar registros inalterados após:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Tempo limite das requisições:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (segundos)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>opcional: um arquivo PEM, para um servidor com sua própria CA</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Os certificados deste arquivo são confiáveis além dos do sistema, para um servidor de atualização ou serviço de eco auto-hospedado. Os certificados são sempre verificados.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Certificados de CA adicionais:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificados de CA (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Detecção do endereço IPv4</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Detecção do endereço IPv6</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Usar os serviços web embutidos (vários serviços públicos de eco HTTPS)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>permitir http:// sem criptografia</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Apenas para um serviço neste computador ou na sua própria rede: uma resposta por http sem criptografia pode ser falsificada por qualquer um no caminho.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Detectores que precisam concordar:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/caminho/para/programa --argumento</translation>
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
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Nenhum endereço %1 público registrado ainda.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Nenhuma mudança do seu endereço %1 público registrada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Seu provedor de Internet mudou seu endereço %1 público %n vez.</numerusform>
            <numerusform>Seu provedor de Internet mudou seu endereço %1 público %n vezes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Seu provedor de Internet mudou seu endereço %1 público %n vez; em média a cada %2.</numerusform>
            <numerusform>Seu provedor de Internet mudou seu endereço %1 público %n vezes; em média a cada %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>desde %1 (%2 até agora)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>de %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>Endereço %1 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(visto pela primeira vez)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Novo endereço</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Endereço anterior</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Detectado por</translation>
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
        <translation>Nenhum endereço registrado</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Histórico de endereços IP</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Nenhuma mudança de endereço registrada ainda</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>O agente adiciona uma entrada cada vez que o seu endereço público muda.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>Sufixos IPv6</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Um host com sufixo recebe o prefixo IPv6 detectado seguido do seu próprio identificador de interface, p. ex. ::1234 para um dispositivo da sua rede. Deixe vazio para um host que seja este computador. O comprimento do prefixo é 64, a menos que seja definido.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Sufixo IPv6</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Comprimento do prefixo</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>p. ex. ::1234 ou ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>padrão (64)</translation>
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
        <translation>Não aplicado: %1 %2 do arquivo; sua configuração mantém %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>o padrão do qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Adicionar perfis</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Importar de outro cliente DDNS</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Seu arquivo de configuração:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Todas as opções foram importadas.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Perfis que seriam criados:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Opções não importadas e opções importadas de outra forma:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>O agente não listou seus provedores: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 só pode ser lido pelo seu dono. Copie-o para onde você possa lê-lo, p. ex. com &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, e escolha a cópia.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 a mantém em %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Configuração do %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 não é uma configuração do %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>não está no arquivo: digite-a depois de adicionar</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>do arquivo, para o chaveiro</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importado como: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Nada neste arquivo pode ser importado (veja acima).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>Adicionar %n perfil</numerusform>
            <numerusform>Adicionar %n perfis</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Adicionando...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>Não foi possível armazenar as senhas no chaveiro: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>O chaveiro já contém outras senhas em %1 (de uma importação anterior ou de um perfil de outra configuração). Nada foi adicionado: remova primeiro essas entradas ou os perfis que as usam.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>O agente recusou a configuração: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Adicionado.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Entra em vigor na próxima vez que o qddns for iniciado.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
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
        <translation>Depuração</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
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
        <translation>Log do agente do qddns</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Informação e acima</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos e erros</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Somente erros</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Mostrar as linhas de log deste nível ou mais graves</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Copia as versões, o status do agente e as linhas recentes do log para a área de transferência, para um relatório de bug. Elas não contêm nenhuma senha nem token.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Sem conexão com o agente: nenhuma linha nova chega.</translation>
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
        <translation>O agente do qddns parou</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>O agente do qddns não está em execução, então seus registros DNS não estão sendo mantidos atualizados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>O endereço %1 público não é mais detectado (era %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>O endereço %1 público agora é %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>O endereço %1 público agora é %2 — %3 atualizado</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>O endereço %1 público mudou de %2 para %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>O endereço %1 público mudou de %2 para %3 — %4 atualizado</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Endereço %1 público alterado</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Endereços públicos alterados</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…e mais %n</numerusform>
            <numerusform>…e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Nenhuma atualização é enviada para ele até que seu perfil ou seu segredo mude.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Nenhuma atualização é enviada para eles até que seu perfil ou seu segredo mude.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>Atualizações de DNS interrompidas para %n registro</numerusform>
            <numerusform>Atualizações de DNS interrompidas para %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>Falha na atualização de DNS de %n registro</numerusform>
            <numerusform>Falha na atualização de DNS de %n registros</numerusform>
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
        <translation>Escutando localmente</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>O nome é resolvido</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Acessível no endereço público</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Sonda externa</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Sugestão</translation>
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
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>falha na conexão</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Não (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: não pode ser verificado por TCP</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Sim (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Nenhum nome de host</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Nenhum endereço público conhecido</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Resolve para %1; nenhum endereço público conhecido para comparar</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>Não: não foi possível resolver %1</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>Não: a resolução de %1 excedeu o tempo limite</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>Não: %1 não tem endereços</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>Não: resolve para %1, não para %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>algo respondeu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>não (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Algo respondeu, mas não um servidor deste computador</translation>
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
        <translation>%1 pertence a este computador</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Não configurada</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Acessível (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>URL da sonda inválida</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Inacessível (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>A sonda não respondeu a tempo</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>Não foi possível alcançar a sonda</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>Não foi possível alcançar a sonda: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>A porta %1 está acessível no seu endereço público.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>A conexão funcionou, mas %1 pertence a este computador, então o teste não passou pelo seu roteador nem pelo firewall dele. Use uma sonda externa para verificar a partir da Internet.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>O servidor está acessível, mas %1 ainda não aponta para o seu endereço público. Aguarde a próxima atualização e a expiração do registro antigo, ou verifique o perfil.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Nada aceita conexões na porta %1 neste computador (%2) e, mesmo assim, algo respondeu no seu endereço público: o próprio roteador, outro dispositivo ou um servidor aqui que só escuta no seu endereço de rede. Inicie o servidor aqui (escutando em todos os endereços) ou, se ele roda em outro dispositivo, verifique a porta a partir desse dispositivo.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Nada aceita conexões na porta %1 neste computador (%2). Inicie o servidor ou verifique se ele escuta nesta porta.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>O servidor responde em %1, mas não em %2, um endereço deste computador. Faça-o escutar em todos os endereços (0.0.0.0 ou ::), não só em localhost, e libere a porta TCP %3 no firewall deste computador.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>O redirecionamento de portas não funciona aqui (NAT de operadora, CGNAT): peça ao seu provedor de Internet um endereço IPv4 público ou use IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Inacessível a partir da Internet. No seu roteador, redirecione a porta TCP %1 para o computador que executa o servidor (ou, como último recurso, coloque esse computador na DMZ do roteador) e libere a porta no firewall desse computador.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Inacessível no seu endereço IPv6 público %1: libere a porta TCP %2 no firewall IPv6 do seu roteador e no firewall do servidor.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>A conexão com o seu endereço público %1 a partir da sua rede falhou. Muitos roteadores não suportam isso (hairpin NAT, também chamado de NAT loopback), então isso não prova que a porta %2 esteja fechada para fora. Verifique o redirecionamento de portas e o firewall, ou configure uma sonda externa para testar a partir da Internet.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>O agente do qddns não está em execução, então seu endereço público é desconhecido e não foi possível verificar a acessibilidade. Inicie o agente pelo menu da bandeja do sistema e verifique novamente.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>O agente ainda não detectou um endereço público, então não foi possível verificar a acessibilidade.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: não pode ser verificado por TCP. Verifique se a porta UDP %1 está redirecionada no seu roteador e liberada no firewall.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>O endereço IPv4 detectado %1 está na faixa de NAT de operadora (CGNAT) 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>O endereço IPv4 detectado %1 não é um endereço público.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Este computador tem o endereço de NAT de operadora (CGNAT) %1, e não o seu endereço IPv4 público.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Digite pelo menos uma porta, por exemplo &quot;22, 443, 51820/udp&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; não é um número de porta. Escreva as portas como &quot;443&quot; ou &quot;51820/udp&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 não é uma porta válida: as portas vão de 1 a 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;: protocolo desconhecido, escreva /tcp ou /udp depois da porta.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Portas demais: verifique no máximo %n porta por vez.</numerusform>
            <numerusform>Portas demais: verifique no máximo %n portas por vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Verificação de portas</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>por exemplo 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Portas:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>opcional, p. ex. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL da &amp;sonda externa:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Nenhum nome de host</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>O agente do qddns não está em execução: nenhum endereço público conhecido</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Nenhum endereço público detectado ainda</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Endereço público: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Nomes de host</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>Os nomes a manter atualizados, separados por vírgulas.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Se forem vários, separe-os por vírgulas.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>O endereço base do serviço de atualização (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Deixe vazio para usar %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Documentação: %1 (qddns verificado com base nela em %2)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Documentação: %1 (qddns ainda não foi verificado com base nela)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Senha ou token</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL do registro</translation>
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
        <translation>Sufixo IPv6</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>comprimento do prefixo</translation>
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
        <translation>Publicar o endereço IPv4 (registro A)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Publicar o endereço IPv6 (registro AAAA)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Permitir http:// sem criptografia para o servidor</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Escolha seu provedor de DNS</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Pesquisar provedores</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Provedor:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Padrão do provedor</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Aviso: por http:// sem criptografia, sua senha ou token trafega sem proteção. Use-o apenas para um servidor de teste neste computador.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL do registro:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obrigatório):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Serviços no estilo DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>APIs de hospedagem DNS</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Registradores</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Servidores auto-hospedados</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Qualquer servidor (protocolos genéricos)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Documentação: %2
Verificado com base nela: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n provedor encontrado</numerusform>
            <numerusform>%n provedores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Dar aos hosts da sua rede seu próprio endereço IPv6: o prefixo detectado com o identificador de interface do host</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>Sufixos IPv6 (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>Sufixos IPv6...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>não definido: o provedor decide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Lido pelo agente da sua fonte %1 %2; não é armazenado no chaveiro.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PERFIL</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>O agente é executado em outra conta e não pode ler o seu chaveiro. Forneça o segredo como esse usuário com &quot;%1&quot;, como credencial do systemd ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) ou em um arquivo que só essa conta possa ler ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>armazenado ao salvar</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>armazenado no chaveiro; digite para substituí-lo</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>armazenado</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>ainda não armazenado</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>não armazenado</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>Configurações do qddns</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Escolha seu provedor de DNS, digite seu nome de host e suas credenciais, depois Testar e Salvar</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Adicionar perfis de uma configuração do ddclient, inadyn, OpenWrt ou ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Perfis:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Nenhum perfil ainda. Clique em Adicionar para manter um nome de host atualizado.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>A configuração foi alterada em outro lugar e foi recarregada.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>A configuração foi alterada em outro lugar; salvar agora substitui essas alterações pelas suas.</translation>
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
        <translation>Testando...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Não foi possível armazenar o segredo no chaveiro: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>A senha que você digitou é armazenada ao salvar; o teste usou a do chaveiro.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvando...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Não salvo. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>O agente é executado em outra conta: importe na máquina dele com `qddns-agent import`, como essa conta.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Salve ou desfaça suas alterações primeiro: uma importação salva a configuração.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n perfil importado: %1.</numerusform>
            <numerusform>%n perfis importados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 As senhas deles estão no chaveiro.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Não havia senha no arquivo para %2: digite-a no formulário e clique em Salvar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>As configurações foram salvas, mas não foi possível armazenar uma senha no chaveiro:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Sem conexão com o agente do qddns: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Corrija as configurações marcadas.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>O agente não conseguiu gravar o arquivo de configuração: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>O agente recusou: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>não é possível criar o arquivo de bloqueio %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>outro qddns está em execução, mas não responde em %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>não é possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
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
        <translation>Iniciar o agente</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>Iniciar o qddns-agent, que mantém seus registros DNS atualizados</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Detectar o endereço público e atualizar cada registro que precisar</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Pausar atualizações</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Verificar portas…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Logs…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Fechar o ícone da bandeja; o agente continua em execução</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar na sessão</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Mostrar este ícone da bandeja ao entrar na sessão</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Mudanças de endereço</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Atualizações com falha</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Registros retidos</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agente parado</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>O programa qddns-agent não foi encontrado nem ao lado do qddns nem no PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Não foi possível iniciar %1.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Ele parou imediatamente, sem nenhuma mensagem.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>O agente não foi iniciado:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>O agente não foi iniciado</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>O agente é executado em outra conta</translation>
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
        <translation>Retomar atualizações</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>O agente em %1 pertence a outro usuário, então este aplicativo da bandeja não pode mostrá-lo nem alterá-lo. Se for o serviço do sistema, entre no grupo dele para vê-lo e controlá-lo daqui: sudo usermod -aG qddns $USER, depois saia da sessão e entre de novo. Os segredos dele são definidos como esse usuário (qddns-agent secret set PROFILE), com uma credencial do systemd ou em um arquivo que só o dono pode ler, indicado na configuração dele.</translation>
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
        <translation>%1 (%2): retido</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): retido — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): publicado, ainda não propagado — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): tentando novamente — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): nova tentativa em %3 após %n falha — %4</numerusform>
            <numerusform>%1 (%2): nova tentativa em %3 após %n falhas — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): nova tentativa em %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): aguardando publicação</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): aguardando o endereço %2 público</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>já estava atualizado</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>o provedor rejeitou as credenciais</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>o provedor bloqueou as atualizações por abuso</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>o nome de host não é um nome de domínio totalmente qualificado (FQDN)</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>o nome de host não existe nesta conta</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>hosts demais em uma só requisição</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>o provedor relata um problema no servidor</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>o provedor relata um erro de DNS</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>o provedor recusou este cliente</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>a opção exige uma conta paga no provedor</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>o nome de host pertence a outra conta</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>uma falha temporária</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>o provedor recusou a requisição</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>as respostas do provedor não estão como documentado</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>a atualização falhou</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>interrompido até que o perfil ou seu segredo mude</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulação: nada foi enviado</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>o endereço público não é conhecido</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>aguardando nova tentativa após uma falha</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>não foi possível ler uma senha ou um token</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Conectando ao agente do qddns…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>O agente do qddns não está em execução</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Seus registros DNS não estão sendo mantidos atualizados.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>Endereço %1 não detectado</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: não detectado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Falha na detecção do endereço %1; mostrando o último endereço conhecido: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>Endereço %1 não detectado: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Nenhum registro</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n registro atualizado</numerusform>
            <numerusform>%n registros atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (e mais %n)</numerusform>
            <numerusform>%1 (e mais %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>As atualizações estão pausadas</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Todos os registros estão atualizados</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Nenhum perfil configurado</translation>
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
        <translation>Endereço público: ainda não detectado</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Última atualização: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Última atualização: nunca</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…e mais %n problema</numerusform>
            <numerusform>…e mais %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>O endereço WAN %1 do roteador é NAT da operadora (CGNAT): seu provedor compartilha o endereço público, então conexões vindas da Internet podem não chegar a esta rede</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>O endereço WAN %1 do roteador é privado: o roteador está atrás de outro roteador (NAT duplo), que precisa encaminhar as conexões de entrada para ele</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>O endereço WAN %1 do roteador não é um endereço público (NAT duplo)</translation>
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
        <translation>seria enviado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>já atualizado</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>retido: o provedor o recusou antes</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>não pode ser enviado</translation>
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
        <translation>Endereço %1: %2 (via %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>Endereço %1: não detectado: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Nada seria enviado: nenhum endereço é conhecido para o que este perfil publica.</translation>
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
        <translation>qddns: o ícone de bandeja do cliente de DNS dinâmico qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>O socket do agente (padrão: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>O programa qddns-agent que &quot;Iniciar o agente&quot; executa (padrão: o que está ao lado do qddns, senão o do PATH).</translation>
    </message>
</context>
</TS>
