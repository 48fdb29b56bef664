<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>в хуке %n ошибка</numerusform>
            <numerusform>в хуке %n ошибки</numerusform>
            <numerusform>в хуке %n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>в конфигурации %n ошибка; ничего не изменено</numerusform>
            <numerusform>в конфигурации %n ошибки; ничего не изменено</numerusform>
            <numerusform>в конфигурации %n ошибок; ничего не изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>в профиле %n ошибка</numerusform>
            <numerusform>в профиле %n ошибки</numerusform>
            <numerusform>в профиле %n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent: %1 не применяется к %2%3; см. qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (допустимо: %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent: лишний аргумент &quot;%1&quot; после %2; см. qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent: не указана команда
использование: qddns-agent КОМАНДА [параметры], где КОМАНДА — одна из: %1
`qddns-agent run` запускает агент на переднем плане; `qddns-agent --help` описывает все команды</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent: %n ошибка в конфигурации; ничего не сделано</numerusform>
            <numerusform>qddns-agent: %n ошибки в конфигурации; ничего не сделано</numerusform>
            <numerusform>qddns-agent: %n ошибок в конфигурации; ничего не сделано</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent: другой qddns-agent (pid %1) работает с каталогом состояния %2, поэтому `once` не запускается: попросите его с помощью `qddns-agent update` (или `update PROFILE`, `--force`); ничего не отправлено</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: %1; ничего не отправлено: без сохранённого состояния каждый запуск снова отправлял бы то же обновление, а сервисы DynDNS2 считают это злоупотреблением. Сделайте %2 доступным для записи или укажите другой каталог с помощью --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent: не удалось сохранить состояние: %1; ничего не отправлено: без сохранённого состояния каждый запуск снова отправлял бы то же обновление, а сервисы DynDNS2 считают это злоупотреблением. Сделайте %2 доступным для записи или укажите другой каталог с помощью --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent: не удалось сохранить состояние: %1; следующий запуск может снова отправить те же обновления</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent: далее: поддерживайте записи в актуальном состоянии, запустив агент как службу (`qddns-agent service install-unit`, README, «Run it as a service»), или запускайте `qddns-agent once` из cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent: предупреждение: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1: конфигурация корректна, %n профиль%2%3</numerusform>
            <numerusform>%1: конфигурация корректна, %n профиля%2%3</numerusform>
            <numerusform>%1: конфигурация корректна, %n профилей%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n предупреждение</numerusform>
            <numerusform>, %n предупреждения</numerusform>
            <numerusform>, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (файла нет: встроенные значения по умолчанию)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent: --strict: предупреждения считаются ошибками; исправьте их и проверьте снова</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent: далее: исправьте то, на что указывают предупреждения (они не останавливают агент), затем выполните `qddns-agent once`, чтобы обновить записи сейчас</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent: далее: добавьте профиль в %1 (README, «Configuration»; `qddns-agent providers` выводит список провайдеров)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent: далее: `qddns-agent once`, чтобы обновить записи сейчас, затем запустите агент как службу (README, «Run it as a service»)</translation>
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
        <translation>qddns-agent поддерживает DNS-имена, указывающие на публичный адрес этой сети.

Команды:
  run                      работать как служба на переднем плане (журнал в stderr)
  once                     один цикл определения адреса и обновления, затем выход (--dry-run, --force, --json)
  check-config             проверить конфигурацию; предупредить о том, что здесь не сможет работать (--strict)
  providers [ID]           провайдеры, их параметры и справка (--json)
  secret set PROFILE       сохранить секрет профиля в связке ключей (читается из stdin) или с
                           --file PATH в файле, доступном только владельцу (--write-config: и указать его в профиле);
                           --field F для других учётных данных провайдера (например, secretApiKey)
  secret delete PROFILE    удалить его из связки ключей (--field F)
  import TOOL FILE         вывести конфигурацию ddclient, inadyn, openwrt или ddns-updater (TOOL)
                           в формате qddns, сохранив её секреты в связке ключей; --write [PATH] записывает её
                           (--merge: рядом с профилями существующего файла); --secrets file:DIR|keep-out
  service print-unit       вывести пользовательский юнит systemd для этого qddns-agent
  service install-unit     записать его в ~/.config/systemd/user/ и подсказать, как его включить

Команды для работающего агента (через его локальный сокет):
  status                   адреса, записи и следующие действия агента (--json)
  update [PROFILE]         выполнить цикл обновления сейчас (для всех профилей или одного) и показать результаты (--force)
  pause, resume            остановить и возобновить автоматические обновления
  logs                     последние строки журнала (--level, --limit, --follow)
  history                  изменения публичного адреса (--since, --json)

Коды выхода: 0 готово, 1 сбой (обновление не удалось или удерживается, ошибка файла или блокировки), 2 неверное
использование или конфигурация (ничего не сделано), 3 агент не отвечает (команды для работающего агента).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>одна из команд выше</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Файл конфигурации (по умолчанию %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Каталог состояния (по умолчанию %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>Локальный сокет агента (по умолчанию определяется каталогом состояния, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Записывать в журнал отладочные сообщения всех категорий qddns.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run: открыть сокет (0660) для этой группы (имя или номер): её участники могут использовать status, update, pause, resume, logs и history, но не могут менять конфигурацию или секреты.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once: определить адрес и показать, что было бы отправлено; ничего не отправлять и не менять.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update: отправлять записи, даже если их адрес не изменился.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history: выводить JSON.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config: предупреждения считаются ошибками (код выхода 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret: какие учётные данные провайдера профиля (по умолчанию secret, основные).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set: записать секрет в этот файл, доступный только владельцу, вместо связки ключей.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file: также задать &quot;secret&quot; профиля в файле конфигурации.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import: проверить и записать конфигурацию в PATH после --write, иначе в --config или файл по умолчанию.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write: добавить импортированные профили в существующий файл конфигурации.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import: куда помещаются секреты: keychain (по умолчанию), file:DIR (файлы, доступные только владельцу) или keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs: выводить новые строки, пока не будет прервано.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs: минимальный показываемый уровень: debug, info (по умолчанию), warning или error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs: не больше указанного числа последних строк.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history: изменения начиная с даты/времени (2026-11-01, 2026-11-01T08:00:00Z) или за указанный срок (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent: неизвестный параметр %1; см. qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent: %1; см. qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent: неизвестная команда &quot;%1&quot;; доступные команды: %2 (см. --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent: использование: qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>опубликовано; предупреждение: %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>опубликовано, поиск серверов зоны</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>опубликовано, проверка: %1 из %2 серверов отвечают %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>находится за NAT провайдера (CGNAT, 100.64.0.0/10): провайдер делит публичный адрес между абонентами, подключения из Интернета могут не доходить до этой сети</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>частный: роутер стоит за другим роутером (двойной NAT), который должен перенаправлять на него подключения</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>не является публичным адресом (двойной NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>WAN-адрес роутера %1 %2; детектор %3 пропущен</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), работает с %3; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>автоматические обновления приостановлены</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, следующая проверка через %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  не определён: %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (последний известный %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  ещё не определён</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  от %3 с %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>ни один профиль не настроен</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>хук %1 (%2): %3 в %4%5: %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>истекло время ожидания</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 запусков подряд)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n хук, ни один не даёт сбоев</numerusform>
            <numerusform>%n хука, ни один не даёт сбоев</numerusform>
            <numerusform>%n хуков, ни один не даёт сбоев</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent: агент закрыл соединение (он остановлен?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent: агент не ответил за %1 с</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>автоматические обновления приостановлены (`qddns-agent update` по-прежнему запускает цикл; `qddns-agent resume` возобновляет их)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>автоматические обновления работают</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>нет записей для обновления</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>изменений адреса не записано%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> за это время</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent: лишний аргумент &quot;%1&quot;; см. --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent: --level &quot;%1&quot; — не уровень; используйте debug, info, warning или error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent: --limit &quot;%1&quot; — не целое положительное число</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent: --since &quot;%1&quot; — ни дата/время (2026-11-01, 2026-11-01T08:00:00Z), ни срок (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent: %n ошибка в конфигурации; ничего не импортировано</numerusform>
            <numerusform>qddns-agent: %n ошибки в конфигурации; ничего не импортировано</numerusform>
            <numerusform>qddns-agent: %n ошибок в конфигурации; ничего не импортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent: не удалось прочитать %1: %2; ничего не импортировано</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent: %1 существует, а импорт никогда его не перезаписывает; ничего не импортировано. Добавьте --merge, чтобы поместить импортированные профили рядом с его собственными, или запишите другой файл с помощью --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent: сначала исправьте %1 (`qddns-agent check-config`), затем импортируйте снова; ничего не импортировано</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent: %1 не удаётся прочитать как конфигурацию %2: %3; ничего не импортировано</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent: в %1 уже есть профили с именами %2; ничего не импортировано. Переименуйте или удалите их там либо запишите импорт в другой файл с помощью --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent: не удалось добавить профили в %1: %2; ничего не импортировано</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>не импортировано: %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>не объединено: %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent: из %1 не удалось импортировать ни одного профиля (см. выше); ничего не записано</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent: %1; конфигурация не записана%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (её секреты сохранены)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent: %n секрет в файлах, доступных только вам: %1</numerusform>
            <numerusform>qddns-agent: %n секрета в файлах, доступных только вам: %1</numerusform>
            <numerusform>qddns-agent: %n секретов в файлах, доступных только вам: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent: %n секрет в связке ключей (служба %1), под именем %2</numerusform>
            <numerusform>qddns-agent: %n секрета в связке ключей (служба %1), под именем %2</numerusform>
            <numerusform>qddns-agent: %n секретов в связке ключей (служба %1), под именем %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent: секрет не сохранён для %n профиля; сохраните каждый (он читается со стандартного ввода):</numerusform>
            <numerusform>qddns-agent: секрет не сохранён для %n профилей; сохраните каждый (он читается со стандартного ввода):</numerusform>
            <numerusform>qddns-agent: секрет не сохранён для %n профилей; сохраните каждый (он читается со стандартного ввода):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent: %n профиль записан в %1%2; далее: `%3`</numerusform>
            <numerusform>qddns-agent: %n профиля записаны в %1%2; далее: `%3`</numerusform>
            <numerusform>qddns-agent: %n профилей записаны в %1%2; далее: `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> рядом с его собственными (%1)</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent: далее: сохраните конфигурацию выше как %1 (или импортируйте снова с --write), затем `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` описывает ключи одного провайдера; `--json` выводит всё.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4: %1, IPv6: %2; до %n хоста в запросе</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; до %n хостов в запросе</numerusform>
            <numerusform>IPv4: %1, IPv6: %2; до %n хостов в запросе</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>нет: задайте &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent: «%1» — неизвестный провайдер; известные: %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent: на стандартном вводе нет секрета; ничего не сохранено</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent: --file и --write-config применяются только к `secret set` (файл секрета удаляется командой rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent: для --write-config нужен --file PATH (секрету в связке ключей ссылка в конфигурации не нужна)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent: у провайдера «%1» профиля «%2» нет учётных данных «%3»%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (он их не использует)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; его учётные данные: %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent: %1 из %2: запись туда</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent: в %2 нет профиля с именем «%1»: сначала добавьте профиль (README, «Configuration»), затем повторите команду; ничего не сохранено</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent: не удалось прочитать %1: %2; ничего не сохранено</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent: не удалось добавить ссылку в %1: %2; ничего не сохранено</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent: примечание: в %2 пока нет профиля с именем «%1»</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent: примечание: %1 из %2, а не из связки ключей</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent: %1; ничего не сохранено</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent: %1 записан в %2 (доступен только вам)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent: %1; добавьте это в профиль «%2» вручную: %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent: профиль «%1» в %2 теперь читает его оттуда; далее: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent: далее: `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent: далее: добавьте строку выше в профиль «%1» в %2 (или повторите команду с --write-config), затем `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent: service %1: готово</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent: %1; ничего не установлено</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent: примечание: %1 находится в каталоге сборки; чистая сборка удалит его. Сначала установите его (README, «Run it as a service») и запустите install-unit с установленным qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent: далее: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; затем `qddns-agent status` или journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent: на машине, где никто не остаётся в системе (NAS, сервер через SSH), также выполните `sudo loginctl enable-linger %1`: без этого агент останавливается, когда вы выходите из системы</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>распространено: %1 отвечает %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>распространено: %1 отвечают %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent: %1; конфигурация не записана</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent: %1; конфигурация не выведена</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>секрет профиля «%1»</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>учётные данные %1 профиля «%2»</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>профиль «%1» читает свой секрет</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>профиль «%1» читает учётные данные %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent: %1 — сохранено в связке ключей</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent: %1 — удалено из связки ключей</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: заменён %1 (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent: записан %1 (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>обязательный ключ: напишите &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 не поддерживается; этот qddns читает версию 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>должен быть списком профилей</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>пуст, но профиль «%1» публикует адреса %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>должен быть непустым списком из %1%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>должен быть непустой строкой, а не %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; — не одно из значений %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} — не подстановка%2; допустимы {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>для {secret} нужен &quot;secret&quot; хука: откуда его читать</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>не является корректным JSON после заполнения подстановок (%1 на смещении %2); поместите каждую подстановку внутрь строки JSON, например {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>у запроса GET нет тела; используйте &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; — не одно из значений %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>должен быть объектом из имён и значений заголовков, например {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>«%1» — недопустимое имя заголовка</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>укажите тип тела в &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>задаётся самим qddns</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>должен быть строкой, а не %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>должен быть строкой (тело JSON записывается как строка: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), а не %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>читается, но никуда не отправляется: поместите {secret} туда, где он нужен, например &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>должен быть строкой URL, а не %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>не принимает подстановок</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>должен быть целым числом, а не %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>не принимает подстановок: qddns сам добавляет то, что нужно сервису мониторинга</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>должен быть непустым списком строк: программа и её аргументы, запускается без оболочки (значения события передаются в её окружении: QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>должен быть объектом вида {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>«%1» должно состоять из 1–64 букв, цифр, &apos;.&apos;, &apos;_&apos; или &apos;-&apos; и начинаться с буквы или цифры</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>«%1» уже используется другим хуком</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>«%1» — не тип хука%2; используйте один из: %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>обязательный ключ: события, о которых сообщается этому хуку, из %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>должен быть списком хуков</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>должен быть списком имён хуков (хуки, которым сообщается об этом профиле; [], если никаким)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>нет хука с именем «%1»%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>нет профиля с именем «%1»%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>секреты никогда не хранятся в файле конфигурации; используйте &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} и `qddns-agent secret set PROFILE` либо источник file, env или systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>неизвестный ключ%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>должен быть true или false, а не %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательный ключ</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>должен быть числом секунд или длительностью вида &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, а не %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>должен быть от %1 до %2 секунд, а не %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>не должен содержать имя пользователя или пароль; используйте &quot;username&quot; и &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>«%1» — не URL http(s)</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>обычный http:// запрещён: данные передавались бы без шифрования; используйте https:// или задайте &quot;allowInsecureHttp&quot;: true (предназначено для тестовых серверов на loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>должен быть объектом с &quot;ipv4&quot;, &quot;ipv6&quot; и &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>должен быть списком детекторов (пустым, чтобы не определять %1)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>должен быть объектом вида {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>должен быть целым числом от 1 до 5, а не %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>укажите &quot;sourceAddress&quot; или &quot;interface&quot;, но не оба: адрес интерфейса и есть адрес источника</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>не является локальным адресом: %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 — не адрес %2, а детектору «%3» нужен именно такой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>«%1» — не имя сетевого интерфейса (1–15 символов, без &apos;/&apos;, &apos;:&apos; и пробелов)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>должен быть объектом вида {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>для детектора web</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>для детектора interface</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>для детектора command</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>должен быть непустым списком строк: программа и её аргументы (запускается без оболочки)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>для детектора upnp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; — не тип детектора; используйте &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; или &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>должен быть &quot;auto&quot; (найти серверы зоны запросом NS) или непустым списком DNS-серверов, а не %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>пустой список</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>должен быть именем или адресом DNS-сервера, а не %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>для детектора dns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>«%1» — не эхо-сервис DNS; используйте %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>не должен содержать пароль: секретам не место в файле конфигурации%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; пароль прокси — это учётные данные профиля «%1»</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>должен быть прокси вида &quot;http://proxy.lan:3128&quot; или &quot;socks5://127.0.0.1:1080&quot; (схема http или socks5, хост и порт)%1, а не %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, или &quot;none&quot; без прокси</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>не должен содержать имя пользователя: прокси, которому нужны учётные данные, задаётся в &quot;proxy&quot; каждого профиля (его пароль тогда — учётные данные профиля)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>должен быть объектом вида {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 не содержит сертификатов PEM</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>секреты никогда не хранятся в файле конфигурации; укажите, где его найти: {&quot;source&quot;: &quot;keychain&quot;} (затем `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} или {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 — не источник секрета; используйте &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; или &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>для секрета в связке ключей</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>для секрета в файле</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>для секрета %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; — не источник секрета; используйте &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; или &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>для хоста</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>должен быть целым числом от 8 до 120, а не %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>должен быть идентификатором интерфейса IPv6 хоста, например &quot;::1234&quot; или &quot;::211:32ff:fe12:3456&quot;, а не %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 заходит в первые %2 бит, которые берутся из определённого префикса</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>должен быть объектом, указывающим, откуда берутся каждые учётные данные, например {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>среди учётных данных провайдера «%1»%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> и его прокси</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>обязателен для этого провайдера: %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>должен быть строкой регулярного выражения, а не %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>не является корректным регулярным выражением: %1 (на смещении %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>должен быть объектом с &quot;name&quot;, &quot;provider&quot; и &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>«%1» уже используется другим профилем</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>«%1» — неизвестный провайдер%2; `qddns-agent providers` выводит их список</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>для провайдера «%1»</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>обязательный ключ: список имён хостов, которые нужно поддерживать в актуальном состоянии</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>должен быть непустым списком имён хостов</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>обязательный ключ: имя хоста</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>должен быть строкой с именем хоста, а не %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>«%1» — недопустимое имя хоста: оно %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>окружено пробелами</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» указано дважды</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; и &quot;ipv6&quot; оба false: публиковать нечего</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>провайдер «%1» не может публиковать адреса IPv6</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>провайдер «%1» не может публиковать адреса IPv4</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>обязателен для провайдера «%1»%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>провайдер «%1» не использует имя пользователя</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>провайдер «%1» не использует секрет</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>должен быть целым числом секунд от 1 до 86400, а не %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (возможно, имелось в виду «%1»?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>оканчивается точкой; напишите имя без неё</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>длиннее 253 символов</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>содержит пустую метку</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>содержит метку длиннее 63 символов</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>содержит метку, которая начинается или оканчивается на &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>содержит &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>недопустимый JSON в %1: %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>конфигурация должна быть объектом JSON</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>обязателен для хука %1: %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>обязателен для хука %1: %2, например %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>требует согласия %1 детекторов, но настроен только 1</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>требует согласия %1 детекторов, но настроено только %2</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>Динамический DNS от Dyn — платный сервис (Dyn закрыл бесплатные учётные записи в 2014 году; сегодня он входит в Oracle). Используйте имя пользователя учётной записи Dyn и ключ Updater Client Key (Account &gt; Updater Client Key) вместо пароля учётной записи.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>имя пользователя учётной записи Dyn</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Ключ Updater Client</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (или пароль учётной записи)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Используйте имя пользователя или адрес электронной почты и пароль No-IP либо создайте ключ DDNS (Dynamic DNS &gt; DDNS Keys), который может обновлять только выбранные для него имена хостов.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Имя пользователя или эл. почта</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>имя пользователя или эл. почта No-IP либо имя пользователя ключа DDNS</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>пароль No-IP или пароль ключа DDNS</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Используйте имя пользователя Dynu с паролем учётной записи или, лучше, отдельный пароль для обновления IP (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Имя пользователя Dynu</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Пароль для обновления IP</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>пароль для обновления IP (или пароль учётной записи, открытым текстом или в виде хеша MD5/SHA-256)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>В dns.he.net отметьте &apos;Enable entry for dynamic dns&apos; у записи A/AAAA, затем сгенерируйте её ключ DDNS (значок со стрелками). Ключ принадлежит одному имени хоста: задайте всем записям профиля один и тот же ключ или используйте по профилю на каждое имя хоста.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Одно имя на профиль: его ключ DDNS принадлежит этому имени</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>Ключ DDNS</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>ключ DDNS записи</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Используйте токен, показанный при создании домена dedyn.io, или создайте новый на https://desec.io/tokens. Имя пользователя — само имя хоста.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Одно имя на профиль: имя одновременно является именем пользователя</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>токен deSEC</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>Сервис nsupdate.info не принимает новых регистраций (учётные записи — только через его администратора); существующие учётные записи продолжают работать. У каждого хоста свой секрет обновления, который показывается при создании хоста или при генерации нового на странице хоста. Имя пользователя — само имя хоста. qddns передаёт адрес в myip, поэтому двухстековый сервер nsupdate.info подходит для обоих семейств (серверы ipv4./ipv6. предназначены для клиентов, которые дают сервису увидеть свой адрес).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Секрет обновления</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>секрет обновления хоста</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>В OVHcloud Control Panel откройте вкладку DynHost домена, создайте запись DynHost (для имени с IPv4 и IPv6 — по одной записи DynHost на каждое семейство), затем через &apos;Manage access&apos; создайте логин DynHost для этого поддомена. qddns использует сервер обновлений из текущего руководства OVHcloud, dns.eu.ovhapis.com; задайте &quot;server&quot;, чтобы использовать другой.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>Логин DynHost</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>логин DynHost, например example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>пароль логина DynHost</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Используйте имя пользователя и пароль spdyn.de или имя хоста в качестве имени пользователя с токеном обновления хоста.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Имя пользователя или имя хоста</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>имя пользователя spdyn.de или имя хоста при использовании токена обновления</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Пароль или токен обновления</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>пароль или токен обновления хоста</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Включите DynDNS для домена в личном кабинете STRATO (Domains &gt; Manage domain &gt; DynDNS) и задайте его пароль DynDNS.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>доменное имя, например example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>Пароль DynDNS</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>пароль DynDNS домена</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Используйте имя пользователя и пароль учётной записи DynDNS, указанной в разделе DynDNS Accounts личного кабинета selfHOST, а не данные для входа в кабинет.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Имя пользователя учётной записи DynDNS</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Пароль учётной записи DynDNS</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Используйте адрес электронной почты и пароль учётной записи DNS-O-Matic (OpenDNS). Имя хоста all.dnsomatic.com обновляет все настроенные там сервисы.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; обновляет все сервисы вашей учётной записи</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>эл. почта учётной записи DNS-O-Matic</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>пароль учётной записи DNS-O-Matic</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Используйте имя пользователя и пароль учётной записи ChangeIP. ChangeIP отвечает &quot;200 Successful Update&quot; независимо от того, изменился ли адрес; 402 означает, что домену нужен Premium DNS, 422 — что имя хоста не входит в ваши домены или наборы.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>Имя пользователя ChangeIP</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>Пароль ChangeIP</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Включите DynDNS для домена в Loopia Customer Zone, затем используйте номер клиента Loopia (или пользователя API/DynDNS) и его пароль.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Номер клиента или пользователь DynDNS</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>номер клиента Loopia или пользователь DynDNS</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>его пароль</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Создайте запись динамического DNS в Infomaniak Manager (Domains &gt; ваш домен &gt; Dynamic DNS); у неё свои имя пользователя и пароль. Не используйте данные для входа в Infomaniak.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>имя пользователя записи динамического DNS</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>пароль записи динамического DNS</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Бесплатные имена в dy.fi для финских адресов IPv4. Используйте адрес электронной почты и пароль учётной записи dy.fi. dy.fi направляет имя на адрес, с которого пришло обновление (параметра адреса нет; qddns проверяет адрес, который сервис сообщает в ответ), а имя, не обновлявшееся 7 дней, истекает: задайте &quot;forceInterval&quot; равным &quot;5d&quot;. Частые обновления, которые ничего не меняют, считаются злоупотреблением.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>адрес эл. почты учётной записи dy.fi</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>пароль учётной записи dy.fi</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Используйте токен обновления учётной записи IPv64.net (Account Update Token на панели управления) или собственный токен обновления домена; имя пользователя не проверяется. Бесплатные учётные записи могут отправлять 48 обновлений в сутки и не более 3 за 10 секунд.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Токен обновления</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>токен обновления IPv64.net</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Используйте имя пользователя и пароль из раздела динамического DNS учётной записи RU-CENTER (DNS-хостинг: Dynamic DNS); это не данные для входа в учётную запись. Если запрос не содержит адреса IPv4, RU-CENTER записывает в запись A адрес, с которого пришёл запрос, поэтому публикуйте в этом профиле и IPv4.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Имя пользователя Dynamic DNS</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>имя пользователя Dynamic DNS из вашей учётной записи RU-CENTER</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Пароль Dynamic DNS</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>пароль Dynamic DNS из вашей учётной записи RU-CENTER</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Поддерживает актуальный адрес IPv4 сети OpenDNS (Cisco Umbrella), чтобы к ней применялись её настройки фильтрации. Включите на панели управления динамическое обновление IP для сети; хост — это метка сети. OpenDNS отвечает &quot;good&quot; независимо от того, изменился ли адрес, и считает злоупотреблением больше одного обновления в минуту.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>Метка сети OpenDNS, как она показана на панели управления; qddns отправляет имена в нижнем регистре, поэтому дайте сети метку в нижнем регистре из букв, цифр и дефисов</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>эл. почта учётной записи OpenDNS</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>пароль учётной записи OpenDNS (Umbrella с единым входом: дополнительный пароль, который служба поддержки создаёт для обновлений)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Использует совместимую с DynDNS конечную точку API Simply.com. Имя пользователя — номер вашей учётной записи Simply.com (S и цифры), пароль — ключ API этой учётной записи; оба показаны в панели управления Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Номер учётной записи</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>номер учётной записи Simply.com, например S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>ключ API учётной записи</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Поддерживает конечную точку IPv4 туннеля IPv6 tunnelbroker.net на вашем текущем адресе IPv4 (DNS-записи не обновляются). Используйте имя пользователя tunnelbroker.net и Update Key туннеля (вкладка Advanced в сведениях о туннеле), если он задан, иначе пароль tunnelbroker.net. Хост обозначает туннель: tunnel&lt;ID&gt;.tunnelbroker.net с числовым ID туннеля.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>Туннель в виде tunnel&lt;ID&gt;.tunnelbroker.net с числовым Tunnel ID со страницы сведений о туннеле</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>имя пользователя tunnelbroker.net</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Ключ обновления</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>Update Key туннеля или пароль tunnelbroker.net</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Включите динамический DNS для имени хоста в настройках DNS клиентского меню Variomedia и задайте там пароль DynDNS (это не пароль клиентского меню). Имя пользователя — адрес электронной почты вашей клиентской учётной записи (для реселлеров — учётной записи конечного клиента).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>адрес эл. почты клиентской учётной записи</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>пароль DynDNS из настроек DNS</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Создайте пользователя DDNS для имени хоста в KAS (Tools &gt; DDNS settings) и используйте его логин и пароль, а не логин KAS. Пользователь DDNS принадлежит одному имени хоста. Для IPv6 включите для него двойной стек в KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>Логин DDNS</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>логин пользователя DDNS из KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>Пароль DDNS</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>пароль пользователя DDNS</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Используйте имя пользователя и пароль доступа к динамическому DNS, настроенного для имени хоста в Core-Networks. Каждый запрос несёт одно семейство адресов и просит Core-Networks сохранить запись другого (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>имя пользователя доступа к динамическому DNS</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>пароль доступа к динамическому DNS</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Создайте учётную запись DynDNS в INWX (она привязана к одному имени хоста) и используйте её имя пользователя и пароль, а не логин INWX. INWX определяет имя хоста по учётной записи DynDNS. Публикуйте в этом профиле IPv4: если обновление не содержит адреса IPv4, INWX записывает в запись A 127.0.0.1 (если только служба поддержки INWX не сделала учётную запись DynDNS только для IPv6), а если не содержит адреса IPv6 — удаляет запись AAAA.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>Имя пользователя DynDNS</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>имя пользователя учётной записи DynDNS в INWX</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>пароль учётной записи DynDNS в INWX</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Включите Dynamic DNS для домена в управлении DNS Joker.com и используйте показанные там имя пользователя и пароль DynDNS, а не логин учётной записи Joker.com.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>имя пользователя DynDNS из управления DNS домена</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>пароль DynDNS из управления DNS домена</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Настройте доступ DynDNS для имени хоста в администрировании schokokeks.org и используйте его имя пользователя и пароль. В qddns только IPv4: другие клиенты сходятся только в обновлениях IPv4.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>имя пользователя доступа DynDNS</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>пароль доступа DynDNS</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Бесплатные имена динамического DNS. Используйте адрес электронной почты и пароль учётной записи Now-DNS. Каждый запрос несёт одно семейство адресов, передаваемое в myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>адрес эл. почты учётной записи Now-DNS</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>пароль учётной записи Now-DNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Используйте имя пользователя и пароль учётной записи Oray. Только IPv4: другие клиенты отправляют в Oray только обновления IPv4. qddns отправляет обновление только по HTTPS (другие клиенты используют обычный http, при котором пароль был бы раскрыт); ни один другой клиент не показывает, что ddns.oray.com отвечает по HTTPS, поэтому если обновления завершаются ошибкой соединения, вероятная причина — в этом.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Имя пользователя Oray</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>имя пользователя учётной записи Oray</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>пароль учётной записи Oray</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Создайте пользователя FlexDNS для записи в клиентской зоне Domain-Offensive (запись FlexDNS должна быть назначена ему) и используйте его имя пользователя и пароль, а не логин клиента. Каждый запрос несёт одно семейство адресов.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>Имя пользователя FlexDNS</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>имя пользователя FlexDNS, например DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>Пароль FlexDNS</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>пароль пользователя FlexDNS</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Используйте имя пользователя и пароль, которые dynDNS.it выдаёт для имени хоста. dynDNS.it блокирует имена хостов, отправляющие обновления, когда адрес не изменился; qddns отправляет обновление только при изменении адреса. Только IPv4: dynDNS.it документирует только обновления IPv4.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>имя пользователя dynDNS.it для имени хоста</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>пароль dynDNS.it для имени хоста</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Используйте ID учётной записи freedyn.de (10-значное число) и пароль панели управления или, лучше, ключ AUTH учётной записи. В qddns только IPv4.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID учётной записи</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>10-значный ID учётной записи freedyn.de</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>Ключ AUTH</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>ключ AUTH (или пароль панели управления)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Создайте запись в разделе &apos;Dynamic address records&apos; на странице зоны в HexDNS, затем откройте её (кнопка редактирования), чтобы увидеть её ID и пароль: ID — это имя пользователя. У каждой динамической записи свои ID и пароль.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Одно имя на профиль: ID и пароль записи принадлежат этому имени</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>ID динамической записи (UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>пароль динамической записи</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Используйте адрес электронной почты (или имя пользователя) и пароль учётной записи VisualDNS. У имени уже должна быть запись A в одном из ваших доменов. Только IPv4: VisualDNS документирует обновления записей A.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>Эл. почта или имя пользователя</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>адрес эл. почты или имя пользователя учётной записи VisualDNS</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>пароль учётной записи VisualDNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Используйте имя пользователя и пароль учётной записи Pubyun (3322.net). Только IPv4. Pubyun блокирует имя, которое обновляется чаще раза в минуту; qddns отправляет обновление только при изменении адреса.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>имя пользователя учётной записи Pubyun</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>пароль учётной записи Pubyun</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Включите API динамического DNS для домена в учётной записи 1984 Hosting (Domains &gt; FreeDNS &gt; API) и скопируйте его ключ API.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>Ключ API FreeDNS вашей учётной записи 1984 Hosting</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Скопируйте ключ обновления учётной записи DDNSS (ddnss.de &gt; Update-Key); он обновляет все хосты учётной записи, поэтому пароль учётной записи не нужен. Для хоста с адресами IPv4 и IPv6 включите для него двойной стек в DDNSS: тогда qddns отправляет оба адреса в каждом обновлении.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Ваши хосты DDNSS, например myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>Ключ обновления вашей учётной записи DDNSS (не пароль)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>API dinahosting выполняет вход с вашими именем пользователя и паролем dinahosting. Укажите домен, к которому относятся хосты; каждый хост — имя внутри него, например home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Имена внутри домена профиля, например home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Ваше имя пользователя dinahosting</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>Пароль вашей учётной записи dinahosting</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>Домен в dinahosting, к которому относятся хосты, например example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Включите динамический DNS для записи в управлении DNS Directnic и скопируйте её URL обновления: токен — часть после /dns/gateway/. Токен обновляет одну запись, A или AAAA: публикуйте только её семейство, а для токена другой записи используйте другой профиль.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>Имя, запись которого обновляет токен (токен сам по себе определяет запись)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Токен шлюза</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>Токен из URL обновления записи (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Создайте ключ DNS API на dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). У хостов уже должны быть записи A (и AAAA) в DNSExit.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Ключ DNS API вашей учётной записи DNSExit</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Создайте каждую запись как запись Dynamic DNS в панели управления DNS Made Easy и задайте ей пароль; DNS Made Easy определяет запись по её ID, который панель управления показывает рядом с ней.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>ID каждой записи динамического DNS (число; DNS Made Easy обновляет записи по ID, а не по имени)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>Имя пользователя вашей учётной записи DNS Made Easy</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>Пароль записи динамического DNS</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Сгенерируйте ключ DonDNS в учётной записи DonDominio (My Account &gt; DonDNS Key) и создайте запись A хоста в DNS-зоне домена; затем DonDNS будет её обновлять.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Ваше имя пользователя DonDominio</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>Ключ DonDNS</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>Ключ DonDNS вашей учётной записи (не её пароль)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Создайте HTTP-токен на dynv6.com (Keys &gt; HTTP Tokens) для всей учётной записи или только для этой зоны. Каждый хост — одна из ваших зон dynv6, например myhome.dynv6.net: API обновления задаёт собственные записи A и AAAA зоны.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Ваши зоны dynv6, например myhome.dynv6.net (API обновления задаёт собственные записи зоны, а не записи имён внутри неё)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>HTTP-токен</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>HTTP-токен вашей учётной записи dynv6 (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Задайте пароль домена для домена в учётной записи Enom (он нужен для SetDNSHost) и добавьте хосты в его записи хостов.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Пароль домена</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>Пароль домена в Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Включите запись на странице динамического DNS v2 FreeDNS (freedns.afraid.org/dynamic/v2/) и скопируйте её токен: последнюю часть её URL обновления https://sync.afraid.org/u/TOKEN/. Токен обновляет одну запись, A или AAAA: публикуйте только её семейство, а для токена другой записи используйте другой профиль.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>Токен записи с freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Зарегистрируйте имя на freemyip.com и скопируйте показанный токен; токен принадлежит этому имени.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Ваше имя FreeMyIP с окончанием, например myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>Токен, выданный freemyip.com для имени</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Создайте ключ API в учётной записи Gigahost; DNS домена должен размещаться в Gigahost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Ключ API вашей учётной записи Gigahost</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Используйте одно из имён пользователей и его пароль из списка роутеров GoIP (не логин учётной записи). Если запрос не содержит адреса IPv4, GoIP задаёт запись A по адресу соединения: публикуйте IPv4 вместе с IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Ваши поддомены GoIP с окончанием, например myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Имя пользователя роутера</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Имя пользователя из вашего списка роутеров GoIP</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>Пароль этого имени пользователя роутера</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Добавьте Dynamic DNS к поддомену в DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) и задайте его пароль. Сервис отклоняет повторное обновление хоста в течение 30 минут.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>Поддомены с Dynamic DNS, например home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>Пароль DynamicDNS поддомена</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Используйте основной ID (или дочерний ID) и его пароль из MyDNS.JP; обновляются записи домена, зарегистрированного для этого ID.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>Домен, зарегистрированный для ID (MyDNS.JP обновляет домен ID; имя показывается только в qddns)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>Основной ID</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Ваш основной ID MyDNS.JP или дочерний ID</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>Пароль этого ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Включите Dynamic DNS для домена (Domain List &gt; Manage &gt; Advanced DNS) и скопируйте его пароль Dynamic DNS; добавьте каждый хост как запись &apos;A + Dynamic DNS&apos;. Пароль принадлежит одному домену: профиль обновляет имена в указанном в нём домене.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>Домен или имена внутри него, например example.com или home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>Пароль Dynamic DNS домена (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>Домен, пароль Dynamic DNS которого хранит этот профиль, например example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Добавьте динамическую запись (Dynamic) для имени в настройках DNS домена в Njalla и скопируйте её ключ.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>Ключ динамической записи</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Включите динамический DNS для домена в управлении доменами regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) и скопируйте его токен DynDNS.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>Токен DynDNS</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>Токен DynDNS домена в regfish</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Создайте учётные данные API (токен и секрет) в панели управления Domeneshop, https://domene.shop/admin?view=api. Domeneshop создаёт запись A или AAAA, если её ещё нет.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Токен API</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>токен ваших учётных данных API Domeneshop</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>секрет этих учётных данных API</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>В easyDNS откройте настройки DNS домена (Modular Editor &gt; Dynamic Records), определите динамические имена хостов и включите Dynamic Authenticated Token: qddns отправляет этот токен, а не пароль учётной записи. easyDNS принимает не более одного обновления на хост раз в 10 минут.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>Имя пользователя easyDNS</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>имя пользователя вашей учётной записи easyDNS</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Динамический токен</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>Dynamic Authenticated Token домена</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Используйте имя пользователя и пароль API, показанные на странице вашей учётной записи YDNS (собственная учётная запись YDNS может вместо них использовать свои данные для входа). YDNS принимает один адрес за запрос: qddns отправляет один для IPv4 и один для IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>Имя пользователя API</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>имя пользователя API со страницы вашей учётной записи YDNS</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Пароль API</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>пароль API со страницы вашей учётной записи YDNS</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>другой бесплатный сервис динамического DNS</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>другой DNS-хостинг</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>другой сервис динамического DNS</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>DNS-хостинг, на который перенесены ваши домены</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Обновляет записи A/AAAA домена в Alibaba Cloud DNS (Alidns, также aliyun.com). Создайте пользователя RAM с AccessKey и политикой AliyunDNSFullAccess (или alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord и alidns:AddDomainRecord). Обновляются записи линии по умолчанию; отсутствующая запись создаётся.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Имена в указанном ниже домене; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>AccessKey ID пользователя RAM (начинается с LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>Секрет AccessKey</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>Секрет AccessKey, показанный один раз при создании AccessKey</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>Домен, к которому относятся хосты, в том виде, как он добавлен в Alibaba Cloud DNS, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Обновляет записи A/AAAA публичной зоны в Baidu AI Cloud DNS (智能云解析). Создайте ключ доступа (Access Key ID и Secret Access Key) в разделе Security Authentication для пользователя, которому разрешено управлять DNS. Обновляются записи линии по умолчанию; отсутствующая запись создаётся.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Имена в указанной ниже зоне; сама зона (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>Access Key ID (AK) ключа доступа</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>Secret Access Key (SK) ключа доступа</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Зона (домен), к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Обновляет записи A/AAAA доменов и поддоменов в DNS Beget через Beget API. Beget заменяет все записи имени сразу, поэтому другие записи имени (MX, TXT, другое семейство) отправляются обратно без изменений; имя, которое уже указывает на адрес, не трогается. В API Beget нет TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Домены или поддомены в вашей учётной записи Beget</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>Логин учётной записи Beget</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>Пароль API, заданный в панели управления Beget (раздел API), с включённым доступом к API</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Обновляет записи A/AAAA зон в Bunny DNS через API bunny.net. Несуществующая запись добавляется; запись, которая уже содержит адрес, не трогается, а у изменённой сохраняются TTL, ускорение, состояние и комментарий, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших зонах Bunny DNS; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>Ключ API учётной записи с панели управления bunny.net (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Зона Bunny DNS, к которой относятся хосты, например example.com. Если не задана, qddns находит её среди зон учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA зоны, размещённой в Cloudflare, через API v4. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Токен API Cloudflare (My Profile &gt; API Tokens &gt; Create Token) с разрешениями Zone:Zone:Read и Zone:DNS:Edit для этой зоны. Не Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Зона (домен) Cloudflare, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Направлять записи через прокси Cloudflare (оранжевое облако). Если не задано, новые записи не проксируются, а существующие сохраняют свою настройку. У проксируемых записей TTL всегда автоматический.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Через прокси</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Обновляет записи A/AAAA основной (master) зоны в ClouDNS через HTTP API, который ClouDNS предоставляет на платных тарифах: создайте пользователя API (auth-id и пароль или подпользователя, ограниченного зоной) в разделе API &amp; Resellers. Каждая запись сначала читается и изменяется, только если отличается, с сохранением TTL; отсутствующая добавляется с TTL 3600 секунд, если профиль не задаёт TTL (ClouDNS принимает 60, 300, 900, 1800, 3600, 21600, 43200, 86400 секунд и больше).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>auth-id пользователя API (или sub-auth-id подпользователя, если задан subUser)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Пароль Auth</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>auth-password пользователя API</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>Подпользователь API</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>Auth ID — это sub-auth-id подпользователя.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>Зона (домен) в ClouDNS, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Для сервисов, обновляемых одним запросом HTTP GET. Запишите их URL обновления с подстановками [USERNAME], [PASSWORD], [DOMAIN], [IP] и [IP6]; каждая заменяется своим значением в процентной кодировке.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Каждое имя подставляется вместо [DOMAIN] в URL, по одному запросу на имя</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Подставляется вместо [USERNAME] в URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Подставляется вместо [PASSWORD] в URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>URL обновления, например https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. С [IP6] один запрос на хост несёт оба адреса ([IP] — IPv4, [IP6] — IPv6, неопубликованный адрес остаётся пустым); только с [IP] отправляется по запросу на каждый адрес.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>URL обновления</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Регулярное выражение, которое должен содержать ответ, чтобы обновление считалось выполненным, например ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Шаблон успеха</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Обновляет наборы RRset A/AAAA любого домена в deSEC (имена dedyn.io или ваши собственные домены) через его REST API, по несколько имён на профиль. Имя без RRset нужного типа получает его с минимальным TTL домена (обычно 3600 секунд), если профиль не задаёт TTL; RRset, который уже содержит адрес, не трогается, а содержащий несколько адресов не перезаписывается. Для одного имени dedyn.io провайдер &quot;desec&quot; (DynDNS) требует меньше настройки.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Токен API deSEC (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>Домен deSEC, к которому относятся хосты, например example.com или myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Обновляет записи A/AAAA доменов, управляемых DNS DigitalOcean, через API v2. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свой TTL, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах DigitalOcean; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Персональный токен доступа (API &gt; Tokens &gt; Generate New Token) с пользовательскими областями domain: read, create и update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Домен DigitalOcean, к которому относятся хосты, например example.com. Если не задан, qddns находит его среди доменов учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Обновляет записи A/AAAA домена в DNSPod через Tencent Cloud API 3.0. Создайте ключ API (SecretId и SecretKey) в разделе Access Management, API Keys для пользователя с политикой QcloudDNSPodFullAccess. Обновляются записи линии по умолчанию; отсутствующая запись создаётся. (Это не старый API DNSPod &quot;ID,Token&quot;.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>SecretId ключа API (начинается с AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>SecretKey ключа API</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>Домен, к которому относятся хосты, в том виде, как он добавлен в DNSPod, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Обновляет записи A/AAAA доменов, размещённых в DreamHost, через DreamHost API. Несуществующая запись добавляется; запись, которая уже содержит адрес, не трогается; для изменённой добавляется новое значение (с её комментарием), а старое удаляется, так как в API нет редактирования. В API DreamHost нет TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах DreamHost; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Ключ API из панели DreamHost (Advanced &gt; API) с разрешениями dns-list_records, dns-add_record и dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Войдите на duckdns.org; ваш токен показан в верхней части страницы. Хосты — это ваши поддомены, записанные как &quot;myhome&quot; или &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Ваши поддомены Duck DNS: &quot;myhome&quot; для myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>Токен учётной записи, показанный на duckdns.org после входа</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Любой сервис, поддерживающий протокол DynDNS2 (/nic/update с HTTP-аутентификацией Basic). Задайте в &quot;server&quot; его базовый URL, например https://dyndns.example.net; qddns добавляет /nic/update.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>имя пользователя, выданное вам сервисом для обновлений</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>пароль или ключ обновления для этого имени пользователя</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>не используется: имя пользователя — само имя хоста</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>не используется: сервис проверяет только секрет</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Обновляет записи A/AAAA сайта, DNS которого размещён в Tencent Cloud EdgeOne (доступ через NS), через Tencent Cloud API 3.0. Создайте ключ API (SecretId и SecretKey) в разделе Access Management, API Keys для пользователя с политикой QcloudTEOFullAccess. Обновляются записи расположения Default с сохранением TTL; отсутствующая запись создаётся.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Имена на указанном ниже сайте; сам домен сайта (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>Сайт EdgeOne (домен), к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Обновляет записи A/AAAA доменов в LiveDNS Gandi через API v5. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свой TTL, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах Gandi; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Персональный токен доступа</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Персональный токен доступа (Organizations &gt; Sharing &gt; Create a token) с разрешением &quot;Manage domain name technical configurations&quot;. Старые ключи API Gandi объявлены устаревшими.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>Домен Gandi, к которому относятся хосты, например example.com. Если не задан, qddns находит его среди доменов LiveDNS учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Обновляет записи A/AAAA управляемой зоны в Google Cloud DNS. Создайте сервисный аккаунт с ролью DNS Administrator (roles/dns.admin), добавьте ему ключ JSON и сохраните весь файл ключа как секрет (qddns-agent secret set PROFILE &lt; key.json). Несуществующий набор записей создаётся.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Имена в указанной ниже управляемой зоне</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Ключ сервисного аккаунта (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>Файл ключа JSON сервисного аккаунта, скачанный из консоли Cloud</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>Имя управляемой зоны в Cloud DNS (например, example-com), а не её DNS-имя.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Управляемая зона</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>ID проекта зоны, если это не собственный проект сервисного аккаунта.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Обновляет записи A/AAAA зон в Gcore Managed DNS через DNS API v2. Несуществующий RRSet создаётся; RRSet, который уже содержит адрес, не трогается, а изменённый сохраняет TTL, настройки балансировки и метаданные, если профиль не задаёт TTL. Бесплатный тариф Gcore принимает TTL от 120 секунд.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших зонах Gcore DNS; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Постоянный токен API из Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Зона Gcore DNS, к которой относятся хосты, например example.com. Если не задана, qddns находит её среди зон учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Обновляет записи A/AAAA доменов, использующих DNS GoDaddy, через Domains API v1. GoDaddy открывает этот API только учётным записям с 10 и более доменами или с членством Discount Domain Club – Premier. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свой TTL, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах GoDaddy; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>Секрет, показанный один раз вместе с ключом Production API на developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Ключ Production API с developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>Домен GoDaddy, к которому относятся хосты, например example.com. Если не задан, qddns находит его среди активных доменов учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Обновляет записи A/AAAA зон в Hetzner DNS через Hetzner Cloud API (зоны в Hetzner Console). Зоны, которые ещё находятся в старой DNS Console, нужно сначала перенести в Hetzner Console: старый DNS API выводится из эксплуатации. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свои TTL и комментарий.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Имена в ваших зонах Hetzner; сама зона (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Токен API проекта Hetzner Console, в котором находится зона (Security &gt; API tokens), с разрешением Read &amp; Write. Токены старой DNS Console не работают.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>Зона Hetzner, к которой относятся хосты, например example.com. Если не задана, qddns находит её среди зон проекта. Записи, создаваемые qddns, получают TTL профиля.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Обновляет записи A/AAAA домена в DNS Hostinger через Hostinger API. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свой TTL, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Имена в домене, заданном как зона; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Токен API из hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>Домен Hostinger, DNS-зона которого содержит хосты, например example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Обновляет наборы записей A/AAAA публичной зоны в Huawei Cloud DNS. Создайте ключ доступа (AK/SK) для пользователя IAM с политикой DNS FullAccess в разделе My Credentials, Access Keys. Несуществующий набор записей создаётся.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>ID ключа доступа (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>ID ключа доступа из файла credentials.csv ключа доступа</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Секретный ключ доступа (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>Секретный ключ доступа из файла credentials.csv ключа доступа</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>Публичная зона, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Обновляет записи A/AAAA доменов в IONOS DNS через IONOS DNS API. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свои TTL и приоритет, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших зонах IONOS; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Ключ API с developer.hosting.ionos.com/keys в виде публичного префикса и секрета, соединённых точкой: publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>Зона IONOS, к которой относятся хосты, например example.com. Если не задана, qddns находит её среди зон учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Обновляет записи A/AAAA доменов в DNS Manager Linode через API v4. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается, а изменённая сохраняет свой TTL, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах Linode; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Персональный токен доступа (Cloud Manager &gt; API Tokens) с правами Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Домен Linode, к которому относятся хосты, например example.com. Если не задан, qddns находит его среди доменов учётной записи.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA зоны, размещённой в LuaDNS, через её REST API. Доступ к API по умолчанию отключён: включите его в настройках учётной записи, затем создайте ключ API (глобальный или ограниченный этой зоной). Несуществующая запись создаётся с TTL 3600 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>Адрес эл. почты вашей учётной записи LuaDNS</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Ключ API со страницы API Keys вашей учётной записи LuaDNS</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>Зона LuaDNS, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Обновляет записи A/AAAA зоны, размещённой на первичном DNS Mythic Beasts, через DNS API v2. Создайте в панели управления (API keys) ключ API с доступом к DNS API для зоны или только для обновляемых записей. Каждая запись сначала читается и заменяется, только если отличается, с сохранением TTL; отсутствующая создаётся с TTL 300 секунд, если профиль не задаёт TTL.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID ключа API</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>ID ключа DNS API v2 (панель управления, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Секрет ключа API</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>Секрет, показанный один раз при создании ключа</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>Зона (домен) в Mythic Beasts, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA доменов, зарегистрированных в Name.com (с DNS Name.com), через его API. Создайте рабочий (production) токен API в разделе Account Settings &gt; API Token Management. Несуществующая запись создаётся с TTL 300 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>Имя пользователя вашей учётной записи Name.com (для тестовой среды — с добавленным -test)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Токен API из Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>Домен Name.com, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA доменов, зарегистрированных в NameSilo (с DNS NameSilo), через его API. Сгенерируйте ключ API в API Manager вашей учётной записи; дочерние учётные записи не могут использовать API. API принимает ключ в URL запроса (qddns скрывает его в своих журналах). Несуществующая запись создаётся (с TTL NameSilo по умолчанию, если профиль не задаёт TTL); запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>Ключ из API Manager вашей учётной записи NameSilo</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>Домен NameSilo, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Обновляет записи A/AAAA DNS-зоны, размещённой в NearlyFreeSpeech.NET. Создайте ключ API в разделе Profile, Manage API Key; он работает с логином участника. Записи имени и типа заменяются за один шаг; отсутствующая добавляется. Минимальный TTL в NearlyFreeSpeech.NET — 180 секунд.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Логин участника</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>Имя для входа участника NearlyFreeSpeech.NET</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>Ключ API из Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>DNS-зона (домен), к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Обновляет записи A/AAAA доменов в netcup (с серверами имён netcup) через CCP DNS API. В панели управления клиента (CCP) в разделе Master Data &gt; API сгенерируйте пароль API и создайте ключ API. Каждое обновление выполняет вход, изменяет записи и выполняет выход. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается. TTL задаются для всей зоны в CCP.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Ваш номер клиента netcup</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>Пароль API, сгенерированный в CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Ключ API, созданный в CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>Домен netcup, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Обновляет записи A/AAAA зоны в NS1 (IBM NS1 Connect) через его REST API. Создайте ключ API с правом управлять DNS-записями зоны. Несуществующая запись создаётся (с TTL зоны по умолчанию, если профиль не задаёт TTL); запись, которая уже содержит адрес, не трогается, а запись с несколькими ответами не перезаписывается. Метаданные ответа сохраняются.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Ключ API NS1 с правом управлять записями зоны</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>Зона NS1, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Обновляет записи A/AAAA DNS-зоны в OVHcloud через подписанный API, затем обновляет зону, чтобы изменение начало обслуживаться. Создайте ключ приложения, его секрет и ключ потребителя на https://eu.api.ovh.com/createToken/ (Канада: ca.api.ovh.com, США: api.us.ovhcloud.com, затем задайте сервер https://ca.api.ovh.com/1.0 или https://api.us.ovhcloud.com/1.0) с правами GET, POST и PUT на /domain/zone/*. Запросы несут время этого компьютера: следите, чтобы часы были точными. Для одной записи DynHost провайдеру &quot;ovh&quot; нужен только логин DynHost.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Ключ приложения</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>Ключ приложения (AK), показанный при создании ключей</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Секрет приложения</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>Секрет приложения (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Ключ потребителя</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>Ключ потребителя (CK), подтверждённый для указанных выше прав</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>DNS-зона в OVHcloud, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA доменов, зарегистрированных в Porkbun, через его API v3. Создайте ключ API на porkbun.com/account/api и включите API ACCESS для домена (Domain Management). Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Имена в ваших доменах Porkbun; сам домен (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>Ключ API с porkbun.com/account/api (начинается с pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Секретный ключ API</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>Секретный ключ API, показанный вместе с ключом API (начинается с sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Обновляет записи A/AAAA зоны на вашем собственном сервере PowerDNS Authoritative через его встроенный HTTP API (серверу нужны webserver=yes, api=yes и api-key). Каждая запись сначала читается и заменяется, только если отличается, с сохранением TTL; отсутствующая создаётся с TTL 3600 секунд, если профиль не задаёт TTL. Укажите базовый URL API как сервер, например https://ns1.example.com:8081 (обычный http — только с allowInsecureHttp, для сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>api-key сервера (отправляется как X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>Зона на сервере, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Обновляет записи A/AAAA зоны на вашем собственном авторитетном DNS-сервере (BIND, Knot DNS, PowerDNS) с помощью DNS UPDATE, подписанного ключом TSIG. Сначала запись читается: если сервер уже отвечает этим адресом, ничего не отправляется. Создайте ключ командой `tsig-keygen -a hmac-sha256 ddns-key` и разрешите ему обновлять зону.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Имена в указанной ниже зоне; сама зона (example.org) тоже является именем</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>Ключ TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>Секрет ключа в base64, как его выводит tsig-keygen, или весь файл ключа (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>Сервер, принимающий обновления для зоны (её первичный): имя или адрес, при необходимости с :port, например ns1.example.org или [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-сервер</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>Зона, к которой относятся хосты, например example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>Имя ключа TSIG, под которым его знает сервер (не нужно, если секрет — файл ключа)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Имя ключа</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 или hmac-sha1 (старые серверы); файл ключа указывает свой алгоритм</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA публичной размещённой зоны в Amazon Route 53. Создайте пользователя IAM с ключом доступа, политика которого разрешает route53:ListHostedZonesByName, route53:ListResourceRecordSets и route53:ChangeResourceRecordSets для размещённой зоны. Несуществующая запись создаётся; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Имена в указанной ниже размещённой зоне; сама зона (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID ключа доступа</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>ID ключа доступа пользователя IAM (начинается с AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Секретный ключ доступа</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>Секретный ключ доступа, показанный один раз при создании ключа доступа</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>Размещённая зона (домен), к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Размещённая зона</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>ID размещённой зоны (Z…), если её не следует искать по имени: нужен, только когда несколько публичных размещённых зон имеют одно имя.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID размещённой зоны</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA DNS-зоны в Scaleway Domains and DNS через его API. Сгенерируйте ключ API в консоли (IAM &gt; API keys) для приложения или пользователя, политика которого разрешает DomainsDNSFullAccess в проекте зоны, и используйте его секретный ключ. Несуществующая запись создаётся с TTL 3600 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Имена в указанной ниже DNS-зоне; сама зона (example.com) тоже является именем</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>Секретный ключ ключа API Scaleway (показывается один раз, при генерации ключа)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS-зона</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>DNS-зона Scaleway, к которой относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA домена в Servercow через его DNS API. В клиентском портале (cp.servercow.de) откройте Servercow DNS-API и создайте доступ к API для домена с разрешениями Read, Create и Update; его имя пользователя и пароль показываются один раз. Несуществующая запись создаётся с TTL 300 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Имя пользователя DNS API</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>Имя пользователя доступа к DNS API</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Пароль DNS API</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>Пароль доступа к DNS API (показывается один раз, при создании)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>Домен Servercow, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA домена, использующего серверы имён Spaceship, через Spaceship API. В API Manager создайте ключ API с разрешениями dnsrecords:read и dnsrecords:write; нужны и ключ, и его секрет. Несуществующая запись создаётся с TTL 3600 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>Секрет, показанный при создании ключа API в API Manager</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Ключ API из API Manager с dnsrecords:read и dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>Домен Spaceship, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Обновляет DNS-записи A/AAAA домена в TransIP. В панели управления (Account, API) включите API и создайте пару ключей без &quot;Accept only whitelisted IP addresses&quot;; сохраните её закрытый ключ как секрет (qddns-agent secret set PROFILE &lt; key.pem). Запись сохраняет свой TTL (TransIP идентифицирует запись в том числе по нему); отсутствующая создаётся.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>Имя для входа учётной записи TransIP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Закрытый ключ</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>Закрытый ключ пары ключей (PEM, в том виде, как он был показан один раз при создании)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>Домен в TransIP, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA домена, использующего серверы имён Vercel, через Vercel REST API. Создайте токен доступа в разделе Account Settings &gt; Tokens с областью действия команды, которой принадлежит домен; для домена команды нужен также ID команды (Team Settings &gt; General). Несуществующая запись создаётся с TTL Vercel по умолчанию, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Токен доступа</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Токен доступа Vercel (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>Домен в Vercel, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>ID команды, которой принадлежит домен (team_…); оставьте пустым для домена вашей личной учётной записи.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID команды</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Обновляет записи A/AAAA домена в Volcengine DNS (火山引擎云解析, TrafficRoute). Создайте ключ доступа (Access Key ID и Secret Access Key) для пользователя с политикой DNSFullAccess. Обновляются записи линии по умолчанию; отсутствующая запись создаётся.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>Access Key ID ключа доступа (начинается с AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>Secret Access Key ключа доступа</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>Домен, к которому относятся хосты, в том виде, как он добавлен в Volcengine DNS, например example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Обновляет записи A/AAAA домена в Vultr DNS через Vultr API v2. Включите API и скопируйте персональный токен доступа в разделе Account &gt; API; его список Access Control должен разрешать адрес, с которого этот компьютер обращается к API. Несуществующая запись создаётся с TTL 300 секунд, если профиль не задаёт TTL; запись, которая уже содержит адрес, не трогается.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>Персональный токен доступа из Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>DNS-домен в Vultr, к которому относятся хосты, например example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 закрыт; используйте %2, например %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 закрыт (в %2); используйте %3, например %4</translation>
    </message>
</context>
</TS>
