<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>Не удалось удалить %1</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>Не удалось создать %1</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Веб-сервис</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Сетевой интерфейс</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(разрешён обычный http)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Запустить агент</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Открыть файл конфигурации</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Агент запускается…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Нет программы, чтобы открыть %1: откройте файл в текстовом редакторе.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>Агент qddns не запущен. Он проверяет и сохраняет эти настройки: запустите его, чтобы их изменить.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>Агент не запустился:
%1

Исправьте файл конфигурации%2 и снова запустите агент. Когда он будет работать, эти настройки можно будет изменить здесь.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Добавить веб-хук</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>Добавить ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Отправить тест</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Сообщать другим о действиях агента:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Адрес изменился</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Запись обновлена</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Обновление не удалось</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Обновления остановлены (удержание)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Снова в порядке</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Агент запущен</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Сообщать о:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Метод:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Тело:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Хук типа %1: измените его в файле конфигурации; «Отправить тест» запускает его в том виде, в котором он там сохранён.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>хранится в связке ключей</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>нет (необязательно)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить токен в связке ключей: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Отправка...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Исправьте отмеченные настройки.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>Агент отказал: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Отправлено.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Отправлено: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>Детектор</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>Диагностика qddns, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Агент: не подключён</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Агент: %1 (протокол %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>ОС: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Платформа: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(недоступно: нет подключения к агенту)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Последние строки журнала (%n):</numerusform>
            <numerusform>Последние строки журнала (%n):</numerusform>
            <numerusform>Последние строки журнала (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Все профили</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Проверять каждые:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (секунд или, например, 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Повторно отправлять неизменённые записи через:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Тайм-аут запроса:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (секунд)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>необязательно: файл PEM для сервера с собственным ЦС</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Сертификатам из этого файла доверяют в дополнение к системным, для собственного сервера обновлений или эхо-сервиса. Сертификаты проверяются всегда.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Дополнительные сертификаты ЦС:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Сертификаты ЦС (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Определение адреса IPv4</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Определение адреса IPv6</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Использовать встроенные веб-сервисы (несколько публичных эхо-сервисов HTTPS)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>разрешить обычный http://</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Только для сервиса на этом компьютере или в вашей сети: ответ по обычному http может подделать любой на пути следования.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Сколько детекторов должны совпасть:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/путь/к/программе --аргумент</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>Детектор %1: %2</translation>
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
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Публичный адрес %1 ещё не записан.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Изменение вашего публичного адреса %1 ещё не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раз.</numerusform>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раза.</numerusform>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раз; в среднем раз в %2.</numerusform>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раза; в среднем раз в %2.</numerusform>
            <numerusform>Ваш интернет-провайдер изменил ваш публичный адрес %1 %n раз; в среднем раз в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>с %1 (пока %2)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>с %1 на %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>Адрес %1 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(впервые замечен)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Новый адрес</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Предыдущий адрес</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Источник</translation>
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
        <translation>Адрес не записан</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>История IP-адресов</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Изменений адреса ещё не записано</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>Агент добавляет запись при каждом изменении вашего публичного адреса.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всё</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>Суффиксы IPv6</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Хост с суффиксом получает определённый префикс IPv6, за которым следует его собственный идентификатор интерфейса, например ::1234 для устройства в вашей сети. Оставьте поле пустым для хоста, который является этим компьютером. Длина префикса — 64, если не задана.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Суффикс IPv6</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Длина префикса</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>например ::1234 или ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>по умолчанию (64)</translation>
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
        <translation>Не применено: %1 %2 из файла; в вашей конфигурации остаётся %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>значение qddns по умолчанию</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Добавить профили</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Импорт из другого DDNS-клиента</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Обзор...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Его файл конфигурации:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Хосты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Все параметры импортированы.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Профили, которые будут созданы:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Параметры, которые не импортированы или импортированы в другом виде:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>Агент не выдал список провайдеров: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 доступен для чтения только владельцу. Скопируйте его туда, где вы сможете его прочитать, например &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, и выберите копию.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 хранит его в %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Конфигурация %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 — не конфигурация %2: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>нет в файле: введите после добавления</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>из файла, в связку ключей</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Импортировано как: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Из этого файла нечего импортировать (см. выше).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>Добавить %n профиль</numerusform>
            <numerusform>Добавить %n профиля</numerusform>
            <numerusform>Добавить %n профилей</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Добавление...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить пароли в связке ключей: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>В связке ключей под %1 уже есть другие пароли (от прежнего импорта или от профиля другой конфигурации). Ничего не добавлено: сначала удалите эти записи или профили, которые их используют.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>Агент отклонил конфигурацию: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Вступит в силу при следующем запуске qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Отладка</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Инфо</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Скопировать диагностику</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Журнал агента qddns</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Инфо и выше</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Показывать строки журнала этого уровня и более серьёзные</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Скопировать версии, состояние агента и последние строки журнала в буфер обмена для отчёта об ошибке. Паролей и токенов в них нет.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Диагностика скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Нет подключения к агенту: новые строки не поступают.</translation>
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
        <translation>Агент qddns остановлен</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>Агент qddns не запущен, поэтому ваши DNS-записи не обновляются.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>Публичный адрес %1 больше не определяется (был %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>Публичный адрес %1 теперь %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>Публичный адрес %1 теперь %2 — обновлено: %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>Публичный адрес %1 изменился с %2 на %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>Публичный адрес %1 изменился с %2 на %3 — обновлено: %4</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Публичный адрес %1 изменился</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Публичные адреса изменились</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Обновления для неё не отправляются, пока не изменится её профиль или секрет.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Обновления для них не отправляются, пока не изменится их профиль или секрет.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>Обновления DNS остановлены для %n записи</numerusform>
            <numerusform>Обновления DNS остановлены для %n записей</numerusform>
            <numerusform>Обновления DNS остановлены для %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>Обновление DNS не удалось для %n записи</numerusform>
            <numerusform>Обновление DNS не удалось для %n записей</numerusform>
            <numerusform>Обновление DNS не удалось для %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>Слушает локально</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Имя разрешается</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Доступен по публичному адресу</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Внешняя проверка</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Совет</translation>
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
        <translation>в соединении отказано</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>истекло время ожидания</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>сеть недоступна</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>ошибка соединения</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Нет (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP: нельзя проверить через TCP</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Да (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Проверить нельзя</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Нет имени хоста</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Публичный адрес неизвестен</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Разрешается в %1; публичный адрес для сравнения неизвестен</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>Нет: не удалось разрешить %1</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>Нет: истекло время поиска %1</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>Нет: у %1 нет адресов</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>Нет: разрешается в %1, а не в %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>что-то ответило</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>нет (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Что-то ответило, но не сервер на этом компьютере</translation>
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
        <translation>%1 принадлежит этому компьютеру</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Не настроено</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Доступен (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>Недопустимый URL проверки</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Недоступен (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>Внешняя проверка не ответила вовремя</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>Не удалось связаться с внешней проверкой</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>Не удалось связаться с внешней проверкой: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>Порт %1 доступен по вашему публичному адресу.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>Соединение удалось, но %1 принадлежит этому компьютеру, поэтому проверка не прошла через ваш маршрутизатор и его брандмауэр. Используйте внешнюю проверку, чтобы проверить из Интернета.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>Сервер доступен, но %1 ещё не указывает на ваш публичный адрес. Дождитесь следующего обновления и истечения срока старой записи или проверьте профиль.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>На этом компьютере (%2) никто не принимает соединения на порту %1, и всё же по вашему публичному адресу что-то ответило: сам маршрутизатор, другое устройство или сервер здесь, который слушает только свой сетевой адрес. Запустите сервер здесь (с прослушиванием всех адресов) или, если он работает на другом устройстве, проверьте порт с того устройства.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>На этом компьютере (%2) никто не принимает соединения на порту %1. Запустите сервер или убедитесь, что он слушает этот порт.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>Сервер отвечает на %1, но не на %2 — адресе этого компьютера. Настройте его на прослушивание всех адресов (0.0.0.0 или ::), а не только localhost, и разрешите TCP-порт %3 в брандмауэре этого компьютера.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>Проброс портов здесь работать не может (NAT операторского уровня, CGNAT): попросите у интернет-провайдера публичный IPv4-адрес или используйте IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Недоступен из Интернета. На маршрутизаторе пробросьте TCP-порт %1 на компьютер, где работает сервер (или, в крайнем случае, поместите этот компьютер в DMZ маршрутизатора), и разрешите порт в брандмауэре этого компьютера.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Недоступен по вашему публичному адресу IPv6 %1: разрешите TCP-порт %2 в брандмауэре IPv6 маршрутизатора и в брандмауэре сервера.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>Не удалось подключиться к вашему публичному адресу %1 изнутри вашей сети. Многие маршрутизаторы этого не поддерживают (hairpin NAT, или NAT loopback), поэтому это не доказывает, что порт %2 закрыт снаружи. Проверьте проброс портов и брандмауэр или настройте внешнюю проверку, чтобы проверить из Интернета.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>Агент qddns не запущен, поэтому ваш публичный адрес неизвестен и доступность проверить не удалось. Запустите агент из меню в системном лотке и проверьте снова.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>Агент ещё не определил публичный адрес, поэтому доступность проверить не удалось.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP: нельзя проверить через TCP. Убедитесь, что UDP-порт %1 проброшен на маршрутизаторе и разрешён в брандмауэре.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>Определённый адрес IPv4 %1 входит в диапазон NAT операторского уровня 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>Определённый адрес IPv4 %1 не является публичным.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>У этого компьютера адрес NAT операторского уровня %1, а не ваш публичный адрес IPv4.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Введите хотя бы один порт, например &quot;22, 443, 51820/udp&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; — не номер порта. Пишите порты так: &quot;443&quot; или &quot;51820/udp&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 — недопустимый порт: порты бывают от 1 до 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;: неизвестный протокол, напишите /tcp или /udp после порта.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Слишком много портов: проверяйте не больше %n порта за раз.</numerusform>
            <numerusform>Слишком много портов: проверяйте не больше %n портов за раз.</numerusform>
            <numerusform>Слишком много портов: проверяйте не больше %n портов за раз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Проверка портов</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>например 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>По&amp;рты:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>необязательно, например https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL вне&amp;шней проверки:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Нет имени хоста</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Хост: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>Агент qddns не запущен: публичный адрес неизвестен</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Публичный адрес ещё не определён</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Публичный адрес: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Имена хостов</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>Имена, которые нужно поддерживать в актуальном состоянии, через запятую.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Несколько значений разделяются запятыми.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>Базовый адрес сервиса обновлений (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Оставьте пустым, чтобы использовать %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Документация: %1 (qddns сверен с ней %2)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Документация: %1 (qddns с ней ещё не сверялся)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Пароль или токен</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL записи</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Хост %1</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Суффикс IPv6</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>длина префикса</translation>
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
        <translation>Этот профиль</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Публиковать адрес IPv4 (запись A)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Публиковать адрес IPv6 (запись AAAA)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Разрешить обычный http:// для сервера</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Выберите DNS-провайдера</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Поиск провайдеров</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Имя профиля:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>По умолчанию провайдера</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Внимание: по обычному http:// ваш пароль или токен передаётся без шифрования. Используйте это только для тестового сервера на этом компьютере.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL записи:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (обязательно):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Сервисы в стиле DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>API DNS-хостингов</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Регистраторы</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Собственные серверы</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Любой сервер (общие протоколы)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Документация: %2
Сверено: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>Найден %n провайдер</numerusform>
            <numerusform>Найдено %n провайдера</numerusform>
            <numerusform>Найдено %n провайдеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Дать хостам в вашей сети собственный адрес IPv6: определённый префикс с идентификатором интерфейса хоста</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>Суффиксы IPv6 (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>Суффиксы IPv6...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>не задано: решает провайдер</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задано</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Агент читает его из своего источника %1 %2; в связке ключей не хранится.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>Агент работает под другой учётной записью и не может читать вашу связку ключей. Передайте ему секрет от имени этого пользователя командой &quot;%1&quot;, как учётные данные systemd ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) или в файле, который может читать только эта учётная запись ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>будет сохранён при сохранении настроек</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>хранится в связке ключей; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>не сохранён</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>Настройки qddns</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Выберите DNS-провайдера, введите имя хоста и учётные данные, затем нажмите «Проверить» и «Сохранить»</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Импорт...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Добавить профили из конфигурации ddclient, inadyn, OpenWrt или ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Профили:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Профилей пока нет. Нажмите «Добавить», чтобы поддерживать имя хоста в актуальном состоянии.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>Конфигурация была изменена в другом месте и загружена заново.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>Конфигурация была изменена в другом месте; если сохранить сейчас, те изменения будут заменены вашими.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Профиль «%1»: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Профиль «%1», %2: %3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Проверка...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Не удалось сохранить секрет в связке ключей: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>Введённый вами пароль будет сохранён при сохранении; для проверки использован пароль из связки ключей.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Сохранение...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Не сохранено. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>Агент работает под другой учётной записью: импортируйте на его компьютере командой `qddns-agent import` от имени этой учётной записи.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Сначала сохраните или отмените изменения: импорт сохраняет конфигурацию.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Импортирован %n профиль: %1.</numerusform>
            <numerusform>Импортировано %n профиля: %1.</numerusform>
            <numerusform>Импортировано %n профилей: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 Их пароли в связке ключей.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Для %2 в файле не было пароля: введите его в форме и сохраните.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>Настройки сохранены, но пароль не удалось сохранить в связке ключей:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Нет подключения к агенту qddns: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Исправьте отмеченные настройки.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>Агенту не удалось записать файл конфигурации: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>Агент отказал: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>не удалось создать %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>не удалось создать файл блокировки %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>другой экземпляр qddns запущен, но не отвечает на %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>не удалось слушать %1: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
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
        <translation>Запустить агент</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>Запустить qddns-agent, который поддерживает ваши DNS-записи в актуальном состоянии</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Определить публичный адрес и обновить все записи, которым это нужно</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Приостановить обновления</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Проверить порты…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Журнал…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Закрыть значок в трее; агент продолжит работать</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Показывать этот значок при входе в систему</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Изменения адреса</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Неудачные обновления</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Удерживаемые записи</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Агент остановлен</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>Программа qddns-agent не найдена ни рядом с qddns, ни в PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Он сразу завершился без сообщения.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>Агент не запустился:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>Агент не запустился</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>Агент работает под другой учётной записью</translation>
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
        <translation>Возобновить обновления</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>Агент на %1 принадлежит другому пользователю, поэтому это приложение в трее не может его показать или изменить. Если это системная служба, вступите в её группу, чтобы видеть её и управлять ею отсюда: sudo usermod -aG qddns $USER, затем выйдите из сеанса и войдите снова. Секреты для него задаются от имени этого пользователя (qddns-agent secret set PROFILE), через учётные данные systemd или в файле, доступном только владельцу и указанном в его конфигурации.</translation>
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
        <translation>%1 (%2): удерживается</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2): удерживается — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2): опубликовано, но ещё не распространилось — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2): повторная попытка — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2): повтор в %3 после %n сбоя — %4</numerusform>
            <numerusform>%1 (%2): повтор в %3 после %n сбоев — %4</numerusform>
            <numerusform>%1 (%2): повтор в %3 после %n сбоев — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2): повтор в %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2): ожидает публикации</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2): ожидает публичный адрес %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>уже актуально</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>провайдер отклонил учётные данные</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>провайдер заблокировал обновления за злоупотребление</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>имя хоста не является полным доменным именем</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>такого имени хоста нет в этой учётной записи</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>слишком много хостов в одном запросе</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>провайдер сообщает о проблеме на сервере</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>провайдер сообщает об ошибке DNS</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>провайдер отклонил этот клиент</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>для этого параметра нужна платная учётная запись у провайдера</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>имя хоста принадлежит другой учётной записи</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>временный сбой</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>провайдер отклонил запрос</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>ответы провайдера не соответствуют документации</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>обновление не удалось</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>остановлено, пока не изменится профиль или его секрет</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>пробный запуск: ничего не отправлено</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>публичный адрес неизвестен</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>ожидает повторной попытки после сбоя</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>не удалось прочитать пароль или токен</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Подключение к агенту qddns…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>Агент qddns не запущен</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Ваши DNS-записи не обновляются.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>Адрес %1 не определён</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1: не определён</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Определение %1 не удалось, показан последний известный адрес: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>Адрес %1 не определён: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Нет записей</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n запись актуальна</numerusform>
            <numerusform>%n записи актуальны</numerusform>
            <numerusform>%n записей актуальны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
            <numerusform>%1 (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Обновления приостановлены</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Все записи актуальны</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Ни один профиль не настроен</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Публичный адрес: ещё не определён</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Последнее обновление: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Последнее обновление: никогда</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…и ещё %n проблема</numerusform>
            <numerusform>…и ещё %n проблемы</numerusform>
            <numerusform>…и ещё %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>WAN-адрес роутера %1 находится за NAT провайдера (CGNAT): провайдер делит публичный адрес между абонентами, поэтому подключения из Интернета могут не доходить до этой сети</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>WAN-адрес роутера %1 частный: роутер стоит за другим роутером (двойной NAT), который должен перенаправлять на него входящие подключения</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>WAN-адрес роутера %1 не является публичным (двойной NAT)</translation>
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
        <translation>будет отправлено</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>уже актуально</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>удерживается: провайдер ранее отклонил запрос</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>не может быть отправлено</translation>
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
        <translation>Адрес %1: %2 (от %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>Адрес %1: не определён: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Ничего не будет отправлено: нет известного адреса для того, что публикует этот профиль.</translation>
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
        <translation>qddns: значок в трее для DDNS-клиента qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>Сокет агента (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>Программа qddns-agent, которую запускает «Запустить агент» (по умолчанию: та, что рядом с qddns, иначе из PATH).</translation>
    </message>
</context>
</TS>
