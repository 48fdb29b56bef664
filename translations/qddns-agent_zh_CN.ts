<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>该钩子有 %n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>配置有 %n 个错误；未做任何更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>该档案有 %n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent：%1 不适用于 %2%3；请参阅 qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> （可用：%1）</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent：%2 之后有意外的参数“%1”；请参阅 qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent：未指定命令
用法：qddns-agent COMMAND [选项]，其中 COMMAND 为以下之一：%1
`qddns-agent run` 在前台运行代理程序；`qddns-agent --help` 说明每条命令</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent：%n 个配置错误；未执行任何操作</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent：另一个 qddns-agent（pid %1）正在使用状态目录 %2 运行，因此 `once` 不会运行：请通过 `qddns-agent update`（或 `update PROFILE`、`--force`）让它执行；未发送任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent：%1；未发送任何内容：没有状态，每次运行都会再次发送相同的更新，而 DynDNS2 服务会将此视为滥用。请使 %2 可写，或用 --state-dir 指定其他目录</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent：无法保存状态：%1；未发送任何内容：没有状态，每次运行都会再次发送相同的更新，而 DynDNS2 服务会将此视为滥用。请使 %2 可写，或用 --state-dir 指定其他目录</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent：无法保存状态：%1；下次运行可能会再次发送相同的更新</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent：下一步：将代理程序作为服务运行以保持记录为最新（`qddns-agent service install-unit`，README“Run it as a service”），或从 cron 运行 `qddns-agent once`</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent：警告：%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1：有效，%n 个档案%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> （无文件：使用内置默认值）</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent：--strict：警告视为错误；请修正后再次检查</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent：下一步：修正警告所指出的问题（它们不会使代理程序停止），然后运行 `qddns-agent once` 立即更新</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent：下一步：在 %1 中添加一个档案（README“Configuration”；`qddns-agent providers` 列出所有服务商）</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent：下一步：运行 `qddns-agent once` 立即更新，然后将代理程序作为服务运行（README“Run it as a service”）</translation>
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
        <translation>qddns-agent 让 DNS 名称始终指向本网络的公网地址。

命令：
  run                      作为服务在前台运行（日志输出到 stderr）
  once                     执行一次检测和更新周期，然后退出（--dry-run、--force、--json）
  check-config             验证配置；对在此处无法工作的内容发出警告（--strict）
  providers [ID]           服务商及其选项和帮助（--json）
  secret set PROFILE       将档案的密钥保存到密钥环（从 stdin 读取），或通过
                           --file PATH 保存到仅所有者可读的文件（--write-config：并让档案指向该文件）；
                           --field F 用于服务商的其他凭据（例如 secretApiKey）
  secret delete PROFILE    从密钥环中删除它（--field F）
  import TOOL FILE         将 ddclient、inadyn、openwrt 或 ddns-updater（TOOL）的配置
                           输出为 qddns 的配置，其密钥保存到密钥环；--write [PATH] 将其写入文件
                           （--merge：与现有文件中的档案并存）；--secrets file:DIR|keep-out
  service print-unit       输出此 qddns-agent 的 systemd 用户单元
  service install-unit     将其写入 ~/.config/systemd/user/ 并说明如何启用

用于正在运行的代理程序的命令（通过其本地套接字）：
  status                   地址、记录以及代理程序下一步的操作（--json）
  update [PROFILE]         立即运行更新周期（所有档案或其中一个）并显示结果（--force）
  pause, resume            停止和重新开始自动更新
  logs                     最近的日志行（--level、--limit、--follow）
  history                  公网地址的变更（--since、--json）

退出码：0 完成，1 失败（更新失败或被搁置、文件或锁问题），2 用法或
配置错误（未执行任何操作），3 没有代理程序应答（用于正在运行的代理程序的命令）。</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>上述命令之一</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>配置文件（默认 %1）。</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>状态目录（默认 %1）。</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>代理程序的本地套接字（默认：由状态目录推导，%1）。</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>记录所有 qddns 类别的调试消息。</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run：与此组（名称或编号）共享套接字（0660）：其成员可以使用 status、update、pause、resume、logs 和 history，但不能更改配置或密钥。</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once：检测并显示将要发送的内容；不发送也不更改任何内容。</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once、update：即使地址未变，也发送记录。</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once、providers、status、history：输出 JSON。</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config：警告视为错误（退出码 1）。</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret：档案服务商的哪一项凭据（默认：secret，即主凭据）。</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set：将密钥写入此仅所有者可读的文件，而不是密钥环。</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file：同时在配置文件中设置档案的 &quot;secret&quot;。</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import：验证并写入配置，写到 --write 之后的 PATH，否则写到 --config 或默认文件。</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write：将导入的档案添加到现有配置文件中。</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import：密钥的去向：keychain（默认）、file:DIR（仅所有者可读的文件）或 keep-out。</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs：持续输出新行，直到被中断。</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs：显示的最低级别：debug、info（默认）、warning 或 error。</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs：最多显示这么多条最近的日志行。</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history：自某个日期/时间（2026-11-01、2026-11-01T08:00:00Z）或某段时长之前（7d、12h）以来的变更。</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent：未知选项 %1；请参阅 qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent：%1；请参阅 qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent：未知命令“%1”；可用命令为 %2（请参阅 --help）</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent：用法：qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>已发布；警告：%1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>已发布，正在查找区域的服务器</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>已发布，正在检查：%2 台服务器中有 %1 台应答 %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>是运营商级 NAT（100.64.0.0/10）：您的运营商共享公网地址，来自互联网的连接可能无法到达本网络</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>是私有地址：路由器位于另一台路由器之后（双重 NAT），后者必须将连接转发给它</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>不是公网地址（双重 NAT）</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>路由器的 WAN 地址 %1 %2；已跳过检测器 %3</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1（pid %2），自 %3 起运行；%4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>自动更新已暂停</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>，下次检查在 %1 后</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  未检测到：%2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> （最后已知 %1）</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  尚未检测到</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  来自 %3，自 %4 起</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>未配置任何档案</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>钩子 %1（%2）于 %4 %3%5：%6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> （连续 %1 次）</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n 个钩子，均无失败</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent：代理程序关闭了连接（它已停止？）</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent：代理程序未在 %1 秒内应答</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>自动更新已暂停（`qddns-agent update` 仍会运行一次周期；`qddns-agent resume` 会重新开始自动更新）</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>自动更新正在运行</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>没有要更新的记录</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>未记录地址变更%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> （在该时间段内）</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent：意外的参数“%1”；请参阅 --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent：--level“%1”不是有效级别；请使用 debug、info、warning 或 error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent：--limit“%1”不是正整数</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent：--since“%1”既不是日期/时间（2026-11-01、2026-11-01T08:00:00Z），也不是时长（7d、12h）</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent：%n 个配置错误；未导入任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent：无法读取 %1：%2；未导入任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent：%1 已存在，导入绝不会覆盖它；未导入任何内容。添加 --merge 可将导入的档案与其自身档案并存，或用 --write PATH 写入另一个文件</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent：请先修正 %1（`qddns-agent check-config`），然后再次导入；未导入任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent：无法将 %1 读取为 %2 的配置：%3；未导入任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent：%1 中已有名为 %2 的档案；未导入任何内容。请在其中重命名或删除它们，或用 --write PATH 将导入内容写入另一个文件</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent：无法将档案添加到 %1：%2；未导入任何内容</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent：无法从 %1 导入任何档案（见上文）；未写入任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent：%1；配置未写入%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> （其密钥已保存）</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent：%n 个密钥位于仅您可读的文件中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent：%n 个密钥位于密钥环中（服务 %1），名称为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent：%n 个档案未保存密钥；请逐一保存（从标准输入读取）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent：已将 %n 个档案写入 %1%2；下一步：`%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> 中，与原有的 %1 个档案并存</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent：下一步：将上面的配置保存为 %1（或使用 --write 再次导入），然后运行 `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` 说明某个服务商的键；`--json` 输出全部内容。</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4：%1，IPv6：%2；每个请求最多 %n 个主机</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>无：请设置 &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent：“%1”不是已知的服务商；已知服务商有：%2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent：标准输入中没有密钥；未保存任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent：--file 和 --write-config 仅适用于 `secret set`（请用 rm 删除密钥文件）</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent：--write-config 需要 --file PATH（密钥环中的密钥无需在配置中引用）</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent：档案“%2”的服务商“%1”没有凭据“%3”%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> （它不使用任何凭据）</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>；它的凭据：%1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent：%1 来自 %2：将写入该处</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent：%2 中没有名为“%1”的档案：请先添加该档案（README“Configuration”），然后再次运行此命令；未保存任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent：无法读取 %1：%2；未保存任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent：无法将引用添加到 %1：%2；未保存任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent：注意：%2 中尚无名为“%1”的档案</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent：注意：%1 来自 %2，而不是密钥环</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent：%1；未保存任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent：%1 已写入 %2（仅您可读）</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent：%1；请手动将此内容加入档案“%2”：%3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent：%2 中的档案“%1”现在从该处读取它；下一步：`qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent：下一步：`qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent：下一步：将上面一行加入 %2 中的档案“%1”（或使用 --write-config 再次运行此命令），然后运行 `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent：service %1：完成</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent：%1；未安装任何内容</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent：注意：%1 位于构建目录中；清理构建会删除它。请先安装它（README“Run it as a service”），然后用已安装的 qddns-agent 运行 install-unit</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent：下一步：systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent；然后运行 `qddns-agent status` 或 journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent：在无人保持登录的机器上（NAS、通过 SSH 访问的服务器），还需运行 `sudo loginctl enable-linger %1`：否则代理程序会在您注销时停止</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>已传播：%1 应答 %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>已传播：%1 应答 %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent：%1；未写入任何配置</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent：%1；未输出任何配置</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>档案“%1”的密钥</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>档案“%2”的凭据 %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>档案“%1”读取其密钥</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>档案“%1”读取凭据 %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent：%1 已存入密钥环</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent：%1 已从密钥环中删除</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent：已替换 %1（ExecStart=%2 run%3）</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent：已写入 %1（ExecStart=%2 run%3）</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>为必填项：请写 &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>不支持 %1；此 qddns 读取版本 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>必须是档案列表</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>为空，但档案“%1”发布 %2 地址</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>必须是非空的 %1 列表%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>必须是非空字符串，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>“%1”不是 %2 之一%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} 不是占位符%2；可用的占位符为 {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} 需要钩子的 &quot;secret&quot;：从何处读取它</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>填入占位符后不是有效的 JSON（%1，位于偏移量 %2）；请将每个占位符放在 JSON 字符串内，例如 {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>GET 请求没有正文；请使用 &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>必须是由标头名称和值组成的对象，例如 {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>“%1”不是有效的标头名称</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>请用 &quot;contentType&quot; 指定正文的类型</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>由 qddns 自行设置</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>必须是字符串（JSON 正文写成字符串：&quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;），而不是 %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>已读取但未发送到任何地方：请将 {secret} 放在需要的位置，例如 &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>必须是 URL 字符串，而不是 %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>不接受占位符</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>必须是整数，而不是 %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>不接受占位符：qddns 会添加监控服务所需的内容</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>必须是非空的字符串列表：程序及其参数，不经 shell 运行（事件的值位于其环境变量中：QDDNS_EVENT、QDDNS_NEW…）</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>必须是类似 {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]} 的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>“%1”必须由 1-64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，并以字母或数字开头</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>“%1”已被另一个钩子使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>“%1”不是钩子类型%2；请使用以下之一：%3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>为必填项：通知此钩子的事件，可选值：%1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>必须是钩子列表</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>必须是钩子名称列表（接收此档案通知的钩子；[] 表示无）</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>没有名为“%1”的钩子%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>没有名为“%1”的档案%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>密钥绝不保存在配置文件中；请使用 &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} 和 `qddns-agent secret set PROFILE`，或使用 file、env 或 systemd-credential 来源</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>未知的键%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>必须是秒数或类似 &quot;5m&quot;、&quot;12h&quot;、&quot;25d&quot; 的时长，而不是 %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>必须介于 %1 到 %2 秒之间，而不是 %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>不得包含用户名或密码；请使用 &quot;username&quot; 和 &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>拒绝使用明文 http://：数据将以未加密方式传输；请使用 https://，或设置 &quot;allowInsecureHttp&quot;: true（用于环回地址上的测试服务器）</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>必须是包含 &quot;ipv4&quot;、&quot;ipv6&quot; 和 &quot;agree&quot; 的对象</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>必须是检测器列表（为空则不检测 %1）</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>必须是类似 {&quot;ipv4&quot;: 2} 的对象</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>必须是 1 到 5 之间的整数，而不是 %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>请指定 &quot;sourceAddress&quot; 或 &quot;interface&quot;，不能同时指定：接口的地址即为源地址</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>不是本地地址：%1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 不是 %2 地址，而“%3”的检测器需要这种地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>“%1”不是网络接口名称（1-15 个字符，不含 &apos;/&apos;、&apos;:&apos; 或空格）</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>必须是类似 {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;} 的对象</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>（web 检测器）</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>（interface 检测器）</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>（command 检测器）</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>必须是非空的字符串列表：程序及其参数（不经 shell 运行）</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>（upnp 检测器）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>“%1”不是检测器类型；请使用 &quot;web&quot;、&quot;interface&quot;、&quot;command&quot;、&quot;dns&quot; 或 &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>必须是 &quot;auto&quot;（通过 NS 查询查找区域的服务器）或非空的 DNS 服务器列表，而不是 %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>空列表</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>必须是 DNS 服务器名称或地址，而不是 %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>（dns 检测器）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>“%1”不是 DNS 回显服务；请使用 %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>不得包含密码：密钥不应放在配置文件中%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>；代理的密码是档案的凭据“%1”</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>必须是类似 &quot;http://proxy.lan:3128&quot; 或 &quot;socks5://127.0.0.1:1080&quot; 的代理（协议为 http 或 socks5，带主机和端口）%1，而不是 %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>，或 &quot;none&quot; 表示不使用代理</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>不得包含用户名：需要凭据的代理应在每个档案的 &quot;proxy&quot; 中设置（其密码随后作为档案的凭据）</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>必须是类似 {&quot;caFile&quot;: &quot;/path/ca.pem&quot;} 的对象</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>密钥绝不保存在配置文件中；请指定在何处找到它：{&quot;source&quot;: &quot;keychain&quot;}（然后运行 `qddns-agent secret set PROFILE`）、{&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}、{&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} 或 {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 不是密钥来源；请使用 &quot;keychain&quot;、&quot;file&quot;、&quot;env&quot; 或 &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>（密钥环密钥）</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>（文件密钥）</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>（%1 密钥）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>“%1”不是密钥来源；请使用 &quot;keychain&quot;、&quot;file&quot;、&quot;env&quot; 或 &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>（主机）</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>必须是 8 到 120 之间的整数，而不是 %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>必须是主机的 IPv6 接口标识符，例如 &quot;::1234&quot; 或 &quot;::211:32ff:fe12:3456&quot;，而不是 %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 涉及前 %2 位，而这些位来自检测到的前缀</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>必须是指明每项凭据来源的对象，例如 {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>（服务商“%1”%2的凭据中）</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> 及其代理</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>此服务商要求必填：%1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>必须是正则表达式字符串，而不是 %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>不是有效的正则表达式：%1（位于偏移量 %2）</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>必须是包含 &quot;name&quot;、&quot;provider&quot; 和 &quot;hosts&quot; 的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>“%1”已被另一个档案使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>“%1”不是已知的服务商%2；`qddns-agent providers` 会列出所有服务商</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>（服务商“%1”）</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>为必填项：需要保持最新的主机名列表</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>必须是非空的主机名列表</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>为必填项：主机名</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>必须是主机名字符串，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>“%1”不是有效的主机名：它%2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>前后有空格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; 和 &quot;ipv6&quot; 均为 false：没有要发布的内容</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>服务商“%1”无法发布 IPv6 地址</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>服务商“%1”无法发布 IPv4 地址</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>服务商“%1”要求必填%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>服务商“%1”不使用用户名</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>服务商“%1”不使用密钥</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>必须是 1 到 86400 之间的整数秒数，而不是 %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> （您是否是指“%1”？）</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>以点结尾；请去掉末尾的点</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>长度超过 253 个字符</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>包含空标签</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>包含长度超过 63 个字符的标签</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>包含以 &apos;-&apos; 开头或结尾的标签</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>包含 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>%1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>配置必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>对于 %1 钩子为必填项：%2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>对于 %1 钩子为必填项：%2，例如 %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>要求 %1 个检测器一致，但只配置了 1 个</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>要求 %1 个检测器一致，但只配置了 %2 个</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>Dyn 的动态 DNS 是付费服务（Dyn 于 2014 年终止了免费账户；如今它隶属于 Oracle）。请使用您的 Dyn 账户用户名和 Updater Client Key（Account &gt; Updater Client Key），而不是账户密码。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Dyn 账户用户名</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client 密钥</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key（或账户密码）</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>请使用您的 No-IP 用户名或电子邮件及密码，或创建一个只能更新为其所选主机名的 DDNS 密钥（Dynamic DNS &gt; DDNS Keys）。</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>用户名或电子邮件</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>No-IP 用户名或电子邮件，或 DDNS 密钥的用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>No-IP 密码，或 DDNS 密钥的密码</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>请使用您的 Dynu 用户名和账户密码，或者更好的做法是使用单独的 IP 更新密码（Control Panel &gt; My Account &gt; Username/Password）。</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Dynu 用户名</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>IP 更新密码</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>IP 更新密码（或账户密码，明文或 MD5/SHA-256 哈希）</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>在 dns.he.net 中，勾选 A/AAAA 记录上的 &apos;Enable entry for dynamic dns&apos;，然后生成其 DDNS 密钥（箭头图标）。该密钥只属于这一个主机名：请为档案的每条记录指定相同的密钥，或每个主机名使用一个档案。</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>每个档案一个名称：其 DDNS 密钥属于该名称</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>DDNS 密钥</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>记录的 DDNS 密钥</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>请使用创建 dedyn.io 域名时显示的令牌，或在 https://desec.io/tokens 创建一个。主机名本身即为用户名。</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>每个档案一个名称：该名称同时也是用户名</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>deSEC 令牌</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>nsupdate.info 服务不再接受新注册（只能通过其管理员开设账户）；现有账户仍可继续使用。每个主机都有自己的更新密钥，在创建主机或在主机页面上生成新密钥时显示。主机名本身即为用户名。qddns 通过 myip 发送地址，因此双栈的 nsupdate.info 服务器适用于两种地址族（ipv4./ipv6. 服务器用于让服务看到客户端自身地址的客户端）。</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>更新密钥</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>主机的更新密钥</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>在 OVHcloud Control Panel 中打开域名的 DynHost 选项卡，创建 DynHost 记录（对于同时有 IPv4 和 IPv6 的名称：每个地址族一条 DynHost 记录），然后通过 &apos;Manage access&apos; 为该子域名创建 DynHost 登录名。qddns 使用 OVHcloud 当前指南中的更新服务器 dns.eu.ovhapis.com；如需使用其他服务器，请设置 &quot;server&quot;。</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>DynHost 登录名</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>DynHost 登录名，例如 example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>DynHost 登录名的密码</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>请使用您的 spdyn.de 用户名和密码，或以主机名作为用户名并使用该主机的更新令牌。</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>用户名或主机名</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>spdyn.de 用户名，使用更新令牌时为主机名</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>密码或更新令牌</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>密码或主机的更新令牌</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>在 STRATO 客户登录中为域名启用 DynDNS（Domains &gt; Manage domain &gt; DynDNS），并设置其 DynDNS 密码。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>域名，例如 example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>DynDNS 密码</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>域名的 DynDNS 密码</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>请使用 selfHOST 客户区 DynDNS Accounts 下所列 DynDNS 账户的用户名和密码，而不是您的客户登录信息。</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>DynDNS 账户用户名</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>DynDNS 账户密码</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>请使用您的 DNS-O-Matic（OpenDNS）账户电子邮件和密码。主机名 all.dnsomatic.com 会更新在那里配置的所有服务。</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; 会更新您账户中的所有服务</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>DNS-O-Matic 账户电子邮件</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>DNS-O-Matic 账户密码</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>请使用您的 ChangeIP 账户用户名和密码。无论地址是否变化，ChangeIP 都会应答 &quot;200 Successful Update&quot;；402 表示该域名需要 Premium DNS，422 表示该主机名不属于您的域名或集合。</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>ChangeIP 用户名</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>ChangeIP 密码</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>在 Loopia Customer Zone 中为域名启用 DynDNS，然后使用您的 Loopia 客户编号（或 API/DynDNS 用户）及其密码。</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>客户编号或 DynDNS 用户</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Loopia 客户编号或 DynDNS 用户</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>其密码</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>在 Infomaniak Manager 中创建动态 DNS 条目（Domains &gt; 您的域名 &gt; Dynamic DNS）；它有自己的用户名和密码。请勿使用您的 Infomaniak 登录信息。</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>动态 DNS 条目的用户名</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>动态 DNS 条目的密码</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>dy.fi 下的免费名称，用于芬兰的 IPv4 地址。请使用您的 dy.fi 账户电子邮件地址和密码。dy.fi 将名称指向更新请求的来源地址（它不接受地址参数；qddns 会检查它返回的地址），且 7 天未更新的名称会过期：请将 &quot;forceInterval&quot; 设为 &quot;5d&quot;。频繁发送且不改变任何内容的更新会被视为滥用。</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>dy.fi 账户电子邮件地址</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>dy.fi 账户密码</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>请使用您的 IPv64.net 账户的更新令牌（仪表板上的 Account Update Token），或某个域名自己的更新令牌；用户名不会被检查。免费账户每天最多可发送 48 次更新，且 10 秒内不超过 3 次。</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>更新令牌</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>IPv64.net 更新令牌</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>请使用 RU-CENTER 账户中动态 DNS 部分的用户名和密码（DNS hosting: Dynamic DNS）；它们不是账户登录信息。当请求不带 IPv4 地址时，RU-CENTER 会将 A 记录设为请求的来源地址，因此请在此档案中同时发布 IPv4。</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Dynamic DNS 用户名</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>您的 RU-CENTER 账户中的 Dynamic DNS 用户名</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Dynamic DNS 密码</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>您的 RU-CENTER 账户中的 Dynamic DNS 密码</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>保持 OpenDNS（Cisco Umbrella）网络的 IPv4 地址为最新，以便其过滤设置生效。请在仪表板中为该网络启用动态 IP 更新；主机即为该网络的标签。无论地址是否变化，OpenDNS 都会应答 &quot;good&quot;，且每分钟超过一次更新会被视为滥用。</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>OpenDNS 网络的标签，与仪表板中显示的一致；qddns 以小写形式发送名称，因此请为网络设置由小写字母、数字和连字符组成的标签</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>OpenDNS 账户电子邮件</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>OpenDNS 账户密码（使用单点登录的 Umbrella：由支持人员为更新创建的辅助密码）</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>使用 Simply.com API 的 DynDNS 兼容端点。用户名是您的 Simply.com 账户编号（S 后跟数字），密码是该账户的 API 密钥；两者都显示在 Simply.com 控制面板中。</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账户编号</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Simply.com 账户编号，例如 S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>账户的 API 密钥</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>将 tunnelbroker.net IPv6 隧道的 IPv4 端点保持为您当前的 IPv4 地址（不更新任何 DNS 记录）。请使用您的 tunnelbroker.net 用户名和隧道的 Update Key（隧道详情的 Advanced 选项卡）（如已设置），否则使用您的 tunnelbroker.net 密码。主机用于指定隧道：tunnel&lt;ID&gt;.tunnelbroker.net，其中为数字隧道 ID。</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>隧道，格式为 tunnel&lt;ID&gt;.tunnelbroker.net，使用隧道详情页上的数字 Tunnel ID</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>tunnelbroker.net 用户名</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>更新密钥</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>隧道的 Update Key，或 tunnelbroker.net 密码</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>在 Variomedia 客户菜单的 DNS 设置中为主机名启用动态 DNS，并在那里设置 DynDNS 密码（不是客户菜单的密码）。用户名是您客户账户的电子邮件地址（经销商：终端客户账户的电子邮件地址）。</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>客户账户的电子邮件地址</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>DNS 设置中的 DynDNS 密码</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>在 KAS 中为主机名创建 DDNS 用户（Tools &gt; DDNS settings），并使用其登录名和密码，而不是 KAS 登录名。一个 DDNS 用户属于一个主机名。如需 IPv6，请在 KAS 中为其启用双栈。</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>DDNS 登录名</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>KAS 中 DDNS 用户的登录名</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>DDNS 密码</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>DDNS 用户的密码</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>请使用在 Core-Networks 为该主机名设置的动态 DNS 访问的用户名和密码。每个请求携带一种地址族，并要求 Core-Networks 保留另一种地址族的记录（keepipv4/keepipv6）。</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>动态 DNS 访问的用户名</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>动态 DNS 访问的密码</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>在 INWX 创建 DynDNS 账户（它绑定到一个主机名），并使用其用户名和密码，而不是 INWX 登录信息。INWX 根据 DynDNS 账户确定主机名。请在此档案中发布 IPv4：当更新不带 IPv4 地址时，INWX 会将 A 记录设为 127.0.0.1（除非 INWX 支持人员已将该 DynDNS 账户设为仅 IPv6），而当更新不带 IPv6 地址时，会删除 AAAA 记录。</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>DynDNS 用户名</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>INWX DynDNS 账户的用户名</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>INWX DynDNS 账户的密码</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>在 Joker.com 的 DNS 管理中为域名启用 Dynamic DNS，并使用那里显示的 DynDNS 用户名和密码，而不是您的 Joker.com 账户登录信息。</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>域名 DNS 管理中的 DynDNS 用户名</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>域名 DNS 管理中的 DynDNS 密码</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>在 schokokeks.org 管理界面中为主机名设置 DynDNS 访问，并使用其用户名和密码。qddns 中仅支持 IPv4：其他客户端仅在 IPv4 更新上一致。</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>DynDNS 访问的用户名</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>DynDNS 访问的密码</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>免费的动态 DNS 名称。请使用您的 Now-DNS 账户电子邮件地址和密码。每个请求携带一种地址族，通过 myip 发送。</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>Now-DNS 账户的电子邮件地址</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>Now-DNS 账户的密码</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>请使用您的 Oray 账户用户名和密码。仅 IPv4：其他客户端只向 Oray 发送 IPv4 更新。qddns 仅通过 HTTPS 发送更新（其他客户端使用明文 http，会暴露密码）；没有其他客户端表明 ddns.oray.com 支持 HTTPS，因此如果更新因连接错误而失败，这很可能就是原因。</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Oray 用户名</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>Oray 账户的用户名</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>Oray 账户的密码</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>在 Domain-Offensive 客户区为该记录创建 FlexDNS 用户（FlexDNS 记录必须分配给该用户），并使用其用户名和密码，而不是客户登录信息。每个请求携带一种地址族。</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>FlexDNS 用户名</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>FlexDNS 用户名，例如 DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>FlexDNS 密码</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>FlexDNS 用户的密码</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>请使用 dynDNS.it 为该主机名提供的用户名和密码。dynDNS.it 会封禁在地址未变化时发送更新的主机名；qddns 仅在地址变化时发送更新。仅 IPv4：dynDNS.it 仅记载了 IPv4 更新。</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>该主机名的 dynDNS.it 用户名</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>该主机名的 dynDNS.it 密码</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>请使用您的 freedyn.de 账户 ID（10 位数字）和控制面板密码，或者更好的做法是使用账户的 AUTH 密钥。qddns 中仅支持 IPv4。</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>账户 ID</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>10 位的 freedyn.de 账户 ID</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>AUTH 密钥</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>AUTH 密钥（或控制面板密码）</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>在 HexDNS 的区域页面中，于 &apos;Dynamic address records&apos; 下创建记录，然后打开它（编辑按钮）查看其 ID 和密码：ID 即为用户名。每条动态记录都有自己的 ID 和密码。</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>每个档案一个名称：记录的 ID 和密码属于该名称</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>动态记录的 ID（UUID）</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>动态记录的密码</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>请使用您的 VisualDNS 账户电子邮件地址（或用户名）和密码。该名称必须已在您的某个域名中有 A 记录。仅 IPv4：VisualDNS 仅记载了 A 记录的更新。</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>电子邮件或用户名</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>VisualDNS 账户的电子邮件地址或用户名</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>VisualDNS 账户的密码</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>请使用您的 Pubyun（公云，3322.net）账户用户名和密码。仅 IPv4。Pubyun 会封禁每分钟更新超过一次的名称；qddns 仅在地址变化时发送更新。</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>Pubyun 账户的用户名</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>Pubyun 账户的密码</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>在您的 1984 Hosting 账户中为域名启用动态 DNS API（Domains &gt; FreeDNS &gt; API），并复制其 API 密钥。</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>您的 1984 Hosting 账户的 FreeDNS API 密钥</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>复制您 DDNSS 账户的更新密钥（ddnss.de &gt; Update-Key）；它可更新账户中的所有主机，因此无需账户密码。对于同时具有 IPv4 和 IPv6 地址的主机，请在 DDNSS 为其启用双栈：这样 qddns 会在每次更新中发送两个地址。</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>您的 DDNSS 主机，例如 myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>您 DDNSS 账户的更新密钥（不是密码）</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>dinahosting 的 API 使用您的 dinahosting 用户名和密码登录。请设置主机所属的域名；每个主机都是其下的一个名称，例如 home.example.com。</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>档案域名下的名称，例如 home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>您的 dinahosting 用户名</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>您 dinahosting 账户的密码</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>主机在 dinahosting 所属的域名，例如 example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>在 Directnic 的 DNS 管理中为该记录启用动态 DNS，并复制其更新 URL：令牌是 /dns/gateway/ 之后的部分。一个令牌只更新一条记录（A 或 AAAA 记录）：请只发布其对应的地址族，另一条记录的令牌请使用另一个档案。</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>令牌所更新记录的名称（仅凭令牌即可确定记录）</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>网关令牌</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>记录更新 URL 中的令牌（https://directnic.com/dns/gateway/TOKEN/）</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>在 dnsexit.com 创建 DNS API 密钥（Dashboard &gt; Settings &gt; DNS API Key）。主机必须已在 DNSExit 有 A（和 AAAA）记录。</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>您 DNSExit 账户的 DNS API 密钥</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>在 DNS Made Easy 控制面板中将每条记录创建为 Dynamic DNS 记录并为其设置密码；DNS Made Easy 通过 ID 识别记录，控制面板会在记录旁显示该 ID。</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>每条动态 DNS 记录的 ID（一个数字；DNS Made Easy 按 ID 而不是按名称更新记录）</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>您 DNS Made Easy 账户的用户名</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>动态 DNS 记录的密码</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>在您的 DonDominio 账户中生成 DonDNS 密钥（My Account &gt; DonDNS Key），并在域名的 DNS 区域中创建主机的 A 记录；之后由 DonDNS 更新它。</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>您的 DonDominio 用户名</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>DonDNS 密钥</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>您账户的 DonDNS 密钥（不是账户密码）</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>在 dynv6.com 创建 HTTP 令牌（Keys &gt; HTTP Tokens），可用于整个账户或仅用于此区域。每个主机是您的一个 dynv6 区域，例如 myhome.dynv6.net：更新 API 设置该区域自身的 A 和 AAAA 记录。</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>您的 dynv6 区域，例如 myhome.dynv6.net（更新 API 设置区域自身的记录，而不是其中名称的记录）</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>HTTP 令牌</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>您 dynv6 账户的 HTTP 令牌（dynv6.com &gt; Keys）</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>在您的 Enom 账户中为域名设置域名密码（SetDNSHost 需要它），并将主机添加到其主机记录中。</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>域名密码</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>该域名在 Enom 的域名密码</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>在 FreeDNS 的 v2 动态页面（freedns.afraid.org/dynamic/v2/）上启用该记录并复制其令牌：即其更新 URL https://sync.afraid.org/u/TOKEN/ 的最后一部分。一个令牌只更新一条记录（A 或 AAAA 记录）：请只发布其对应的地址族，另一条记录的令牌请使用另一个档案。</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>来自 freedns.afraid.org/dynamic/v2/ 的记录令牌</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>在 freemyip.com 上申领一个名称并复制显示的令牌；该令牌属于该名称。</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>您的 FreeMyIP 名称（含后缀），例如 myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>freemyip.com 为该名称提供的令牌</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>在您的 Gigahost 账户中创建 API 密钥；域名的 DNS 必须托管在 Gigahost。</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>您 Gigahost 账户的 API 密钥</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>请使用您 GoIP 路由器列表中的一个用户名及其密码（不是账户登录信息）。当请求不带 IPv4 地址时，GoIP 会根据连接设置 A 记录：请将 IPv4 与 IPv6 一起发布。</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>您的 GoIP 子域名（含后缀），例如 myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>路由器用户名</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>您 GoIP 路由器列表中的一个用户名</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>该路由器用户名的密码</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>在 DomainDiscount24 为子域名添加 Dynamic DNS（Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain）并设置其密码。该服务会拒绝 30 分钟内对同一主机的第二次更新。</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>已启用 Dynamic DNS 的子域名，例如 home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>子域名的 DynamicDNS 密码</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>请使用 MyDNS.JP 的主 ID（或子 ID）及其密码；所更新的记录是为该 ID 注册的域名的记录。</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>为该 ID 注册的域名（MyDNS.JP 更新该 ID 的域名；此名称仅在 qddns 中显示）</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>主 ID</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>您的 MyDNS.JP 主 ID 或子 ID</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>该 ID 的密码</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>为域名启用 Dynamic DNS（Domain List &gt; Manage &gt; Advanced DNS）并复制其 Dynamic DNS 密码；将每个主机添加为 &apos;A + Dynamic DNS&apos; 记录。该密码属于一个域名：档案只更新其指定域名中的名称。</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>域名或其下的名称，例如 example.com 或 home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>域名的 Dynamic DNS 密码（Advanced DNS &gt; Dynamic DNS）</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>此档案所持 Dynamic DNS 密码对应的域名，例如 example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>在域名的 Njalla DNS 设置中为该名称添加一条 Dynamic 记录并复制其密钥。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>动态记录的密钥</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>在 regfish 域名管理中为域名启用动态 DNS（Meine Domains &gt; Nameserver &gt; Dynamisches DNS）并复制其 DynDNS 令牌。</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>DynDNS 令牌</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>域名的 regfish DynDNS 令牌</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>在 Domeneshop 控制面板 https://domene.shop/admin?view=api 中创建 API 凭据（令牌和密钥）。如果 A 或 AAAA 记录尚不存在，Domeneshop 会创建它。</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>您 Domeneshop API 凭据中的令牌</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密钥（secret）</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>这些 API 凭据中的 secret 密钥</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>在 easyDNS 中打开域名的 DNS 设置（Modular Editor &gt; Dynamic Records），定义动态主机名并启用 Dynamic Authenticated Token：qddns 发送该令牌，绝不发送账户密码。easyDNS 每 10 分钟最多接受每个主机一次更新。</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>easyDNS 用户名</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>您的 easyDNS 账户用户名</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>动态令牌</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>域名的 Dynamic Authenticated Token</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>请使用您 YDNS 账户页面上显示的 API 用户名和密码（原生 YDNS 账户也可改用自己的登录信息）。YDNS 每个请求只接受一个地址：qddns 为 IPv4 和 IPv6 各发送一个请求。</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>API 用户名</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>您 YDNS 账户页面上的 API 用户名</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API 密码</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>您 YDNS 账户页面上的 API 密码</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>另一个免费的动态 DNS 服务</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>另一个 DNS 托管商</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>另一个动态 DNS 服务</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>您的域名迁移到的 DNS 托管商</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>更新阿里云（Alibaba Cloud）DNS（Alidns，也称 aliyun.com）中某个域名的 A/AAAA 记录。请创建一个具有 AccessKey 和 AliyunDNSFullAccess 策略（或 alidns:DescribeSubDomainRecords、alidns:UpdateDomainRecord 和 alidns:AddDomainRecord）的 RAM 用户。更新默认线路的记录；缺失的记录会被创建。</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>下方域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>RAM 用户的 AccessKey ID（以 LTAI 开头）</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>创建 AccessKey 时仅显示一次的 AccessKey Secret</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>主机所属的域名，与添加到阿里云（Alibaba Cloud）DNS 中的一致，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>更新百度智能云（Baidu AI Cloud）DNS（智能云解析）中某个公网区域的 A/AAAA 记录。请在“安全认证”（Security Authentication）下为有权管理 DNS 的用户创建访问密钥（Access Key ID 和 Secret Access Key）。更新默认线路的记录；缺失的记录会被创建。</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>下方区域中的名称；区域本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>访问密钥的 Access Key ID（AK）</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>访问密钥的 Secret Access Key（SK）</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>通过 Beget API 更新 Beget DNS 上域名和子域名的 A/AAAA 记录。Beget 会一次性替换某个名称的所有记录，因此该名称的其他记录（MX、TXT、另一地址族）会按原样回传；已指向该地址的名称保持不变。Beget 的 API 不支持 TTL。</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>您 Beget 账户中的域名或子域名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>Beget 账户登录名</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>在 Beget 控制面板（API 部分）中设置的 API 密码，需启用 API 访问</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>通过 bunny.net API 更新 Bunny DNS 区域中的 A/AAAA 记录。不存在的记录会被添加；已包含该地址的记录保持不变，被修改的记录保留其 TTL、加速、状态和备注，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>您 Bunny DNS 区域中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>bunny.net 仪表板中的账户 API 密钥（Account settings &gt; API key）</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>主机所属的 Bunny DNS 区域，例如 example.com。未设置时，qddns 会在账户的区域中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>通过 API v4 更新托管在 Cloudflare 上的区域的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Cloudflare API 令牌（My Profile &gt; API Tokens &gt; Create Token），需对此区域具有 Zone:Zone:Read 和 Zone:DNS:Edit 权限。不是 Global API Key。</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 Cloudflare 区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>通过 Cloudflare 的代理（橙色云朵）路由记录。未设置时，新记录不使用代理，现有记录保留其设置。使用代理的记录始终为自动 TTL。</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>使用代理</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>通过 HTTP API 更新 ClouDNS 上主区域的 A/AAAA 记录，ClouDNS 仅在付费套餐中提供该 API：请在 API &amp; Resellers 下创建 API 用户（auth-id 和密码，或仅限该区域的子用户）。每条记录会先被读取，仅在不同时才修改，并保留其 TTL；缺失的记录以 3600 秒添加，除非档案设置了 TTL（ClouDNS 接受 60、300、900、1800、3600、21600、43200、86400 秒及更长）。</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>Auth ID</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>API 用户的 auth-id（或设置了 subUser 时子用户的 sub-auth-id）</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Auth 密码</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>API 用户的 auth-password</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>API 子用户</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>Auth ID 是子用户的 sub-auth-id。</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>主机在 ClouDNS 所属的区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>用于通过一次 HTTP GET 更新的服务。请写出其更新 URL，并使用占位符 [USERNAME]、[PASSWORD]、[DOMAIN]、[IP] 和 [IP6]；每个占位符都会被替换为经过百分号编码的对应值。</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>每个名称替换 URL 中的 [DOMAIN]，每个名称一个请求</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>替换 URL 中的 [USERNAME]</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>替换 URL 中的 [PASSWORD]</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>更新 URL，例如 https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]。使用 [IP6] 时，每个主机一个请求同时携带两个地址（[IP] 为 IPv4，[IP6] 为 IPv6，未发布的地址留空）；只有 [IP] 时，每个地址发送一个请求。</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>更新 URL</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>应答中必须包含的正则表达式，用于判断更新成功，例如 ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>成功模式</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>通过 REST API 更新 deSEC 上任意域名（dedyn.io 名称或您自己的域名）的 A/AAAA RRset，每个档案可包含多个名称。没有该类型 RRset 的名称会获得一个使用域名最小 TTL（通常为 3600 秒）的 RRset，除非档案设置了 TTL；已包含该地址的 RRset 保持不变，包含多个地址的 RRset 不会被覆盖。对于单个 dedyn.io 名称，&quot;desec&quot;（DynDNS）服务商所需的设置更少。</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>deSEC API 令牌（https://desec.io/tokens）</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>主机所属的 deSEC 域名，例如 example.com 或 myhome.dedyn.io。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>通过 API v2 更新由 DigitalOcean DNS 管理的域名的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>您 DigitalOcean 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>个人访问令牌（API &gt; Tokens &gt; Generate New Token），需具有自定义范围 domain：read、create 和 update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>主机所属的 DigitalOcean 域名，例如 example.com。未设置时，qddns 会在账户的域名中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>通过 Tencent Cloud API 3.0 更新 DNSPod 上某个域名的 A/AAAA 记录。请在访问管理（Access Management）的 API 密钥（API Keys）下，为具有 QcloudDNSPodFullAccess 策略的用户创建 API 密钥（SecretId 和 SecretKey）。更新默认线路的记录；缺失的记录会被创建。（DNSPod 旧版的 &quot;ID,Token&quot; API 不是这个。）</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>API 密钥的 SecretId（以 AKID 开头）</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>API 密钥的 SecretKey</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>主机所属的域名，与添加到 DNSPod 中的一致，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>通过 DreamHost API 更新托管在 DreamHost 的域名的 A/AAAA 记录。不存在的记录会被添加；已包含该地址的记录保持不变；被修改的记录会添加新值（连同其备注）并删除旧值，因为该 API 不支持编辑。DreamHost 的 API 不支持 TTL。</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>您 DreamHost 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>DreamHost 面板（Advanced &gt; API）中的 API 密钥，需允许 dns-list_records、dns-add_record 和 dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>登录 duckdns.org；您的令牌显示在页面顶部。主机即您的子域名，写作 &quot;myhome&quot; 或 &quot;myhome.duckdns.org&quot;。</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>您的 Duck DNS 子域名：&quot;myhome&quot; 表示 myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>登录 duckdns.org 后显示的账户令牌</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>任何支持 DynDNS2 协议（/nic/update，使用 HTTP Basic 认证）的服务。请将 &quot;server&quot; 设为其基础 URL，例如 https://dyndns.example.net；qddns 会附加 /nic/update。</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>服务提供给您用于更新的用户名</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>该用户名的密码或更新密钥</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>不使用：主机名本身即为用户名</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>不使用：服务只检查密钥</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>通过 Tencent Cloud API 3.0 更新 DNS 托管在腾讯云 EdgeOne（NS 接入）上的站点的 A/AAAA 记录。请在访问管理（Access Management）的 API 密钥（API Keys）下，为具有 QcloudTEOFullAccess 策略的用户创建 API 密钥（SecretId 和 SecretKey）。更新 Default 位置的记录并保留其 TTL；缺失的记录会被创建。</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>下方站点中的名称；站点的域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 EdgeOne 站点（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>通过 API v5 更新 Gandi LiveDNS 上域名的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>您 Gandi 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>个人访问令牌</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>个人访问令牌（Organizations &gt; Sharing &gt; Create a token），需具有 &quot;Manage domain name technical configurations&quot; 权限。Gandi 已弃用旧的 API 密钥。</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>主机所属的 Gandi 域名，例如 example.com。未设置时，qddns 会在账户的 LiveDNS 域名中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>更新 Google Cloud DNS 中托管区域的 A/AAAA 记录。请创建具有 DNS Administrator 角色（roles/dns.admin）的服务账号，为其添加 JSON 密钥，并将整个密钥文件保存为密钥（qddns-agent secret set PROFILE &lt; key.json）。不存在的记录集会被创建。</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>下方托管区域中的名称</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>服务账号密钥（JSON）</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>服务账号的 JSON 密钥文件，即从 Cloud 控制台下载的文件</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>托管区域在 Cloud DNS 中的名称（如 example-com），而不是其 DNS 名称。</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>托管区域</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>区域所在项目的 ID（当它不是服务账号自己的项目时）。</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>通过 DNS API v2 更新 Gcore Managed DNS 中区域的 A/AAAA 记录。不存在的 RRSet 会被创建；已包含该地址的 RRSet 保持不变，被修改的 RRSet 保留其 TTL、负载均衡设置和元数据，除非档案设置了 TTL。Gcore 免费套餐接受 120 秒及以上的 TTL。</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>您 Gcore DNS 区域中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>来自 Gcore Customer Portal 的永久 API 令牌（Profile &gt; API Tokens）</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>主机所属的 Gcore DNS 区域，例如 example.com。未设置时，qddns 会在账户的区域中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>通过 Domains API v1 更新使用 GoDaddy DNS 的域名的 A/AAAA 记录。GoDaddy 仅向拥有 10 个或以上域名、或具有 Discount Domain Club – Premier 会员资格的账户开放该 API。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>您 GoDaddy 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>在 developer.godaddy.com/keys 创建 Production API 密钥时仅显示一次的密钥</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>来自 developer.godaddy.com/keys 的 Production API 密钥</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>主机所属的 GoDaddy 域名，例如 example.com。未设置时，qddns 会在账户的有效域名中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>通过 Hetzner Cloud API 更新 Hetzner DNS 中区域（Hetzner Console 中的区域）的 A/AAAA 记录。仍在旧版 DNS Console 中的区域必须先迁移到 Hetzner Console：旧的 DNS API 即将停用。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL 和备注。</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>您 Hetzner 区域中的名称；区域本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>包含该区域的 Hetzner Console 项目的 API 令牌（Security &gt; API tokens），需具有 Read &amp; Write 权限。旧版 DNS Console 的令牌无效。</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>主机所属的 Hetzner 区域，例如 example.com。未设置时，qddns 会在项目的区域中查找。qddns 创建的记录使用档案的 TTL。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>通过 Hostinger API 更新 Hostinger DNS 中某个域名的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>设为区域的域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>来自 hPanel 的 API 令牌（Account &gt; API）</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>其 DNS 区域包含这些主机的 Hostinger 域名，例如 example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>更新华为云（Huawei Cloud）DNS 中公网区域的 A/AAAA 记录集。请在“我的凭证”（My Credentials）的访问密钥（Access Keys）下，为具有 DNS FullAccess 策略的 IAM 用户创建访问密钥（AK/SK）。不存在的记录集会被创建。</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>访问密钥 ID（AK）</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>访问密钥的 credentials.csv 中的访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>秘密访问密钥（SK）</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>访问密钥的 credentials.csv 中的秘密访问密钥</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的公网区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>通过 IONOS DNS API 更新 IONOS DNS 中域名的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL 和优先级，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>您 IONOS 区域中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>来自 developer.hosting.ionos.com/keys 的 API 密钥，写成公共前缀和密钥用点连接的形式：publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>主机所属的 IONOS 区域，例如 example.com。未设置时，qddns 会在账户的区域中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>通过 API v4 更新 Linode DNS Manager 中域名的 A/AAAA 记录。不存在的记录会被创建；已包含该地址的记录保持不变，被修改的记录保留其 TTL，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>您 Linode 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>个人访问令牌（Cloud Manager &gt; API Tokens），需具有 Domains: Read/Write 权限</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>主机所属的 Linode 域名，例如 example.com。未设置时，qddns 会在账户的域名中查找。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 REST API 更新托管在 LuaDNS 的区域的 A/AAAA 记录。API 访问默认处于禁用状态：请在账户设置中启用它，然后创建 API 密钥（全局的，或仅限此区域）。不存在的记录会以 3600 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>您 LuaDNS 账户的电子邮件地址</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>您 LuaDNS 账户 API Keys 页面中的 API 密钥</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 LuaDNS 区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>通过 DNS API v2 更新托管在 Mythic Beasts 主 DNS 上的区域的 A/AAAA 记录。请在控制面板（API keys）中创建一个 API 密钥，使其可访问该区域的 DNS API，或仅可访问您要更新的记录。每条记录会先被读取，仅在不同时才替换，并保留其 TTL；缺失的记录以 300 秒创建，除非档案设置了 TTL。</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API 密钥 ID</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>DNS API v2 密钥的密钥 ID（控制面板，API keys）</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API 密钥 Secret</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>创建密钥时仅显示一次的 Secret</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>主机在 Mythic Beasts 所属的区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 Name.com 的 API 更新在 Name.com 注册（使用 Name.com DNS）的域名的 A/AAAA 记录。请在 Account Settings &gt; API Token Management 下创建生产环境 API 令牌。不存在的记录会以 300 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>您的 Name.com 账户用户名（用于测试环境时，末尾加上 -test）</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>来自 Account Settings &gt; API Token Management 的 API 令牌</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 Name.com 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>通过 NameSilo 的 API 更新在 NameSilo 注册（使用 NameSilo DNS）的域名的 A/AAAA 记录。请在您账户的 API Manager 中生成 API 密钥；子账户无法使用该 API。该 API 在请求 URL 中接收密钥（qddns 会在日志中将其隐藏）。不存在的记录会被创建（使用 NameSilo 的默认 TTL，除非档案设置了 TTL）；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>您 NameSilo 账户 API Manager 中的密钥</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 NameSilo 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>更新托管在 NearlyFreeSpeech.NET 的 DNS 区域的 A/AAAA 记录。请在 Profile, Manage API Key 下创建 API 密钥；它与会员登录名配合使用。某个名称和类型的记录会一步替换；缺失的记录会被添加。NearlyFreeSpeech.NET 的最短 TTL 为 180 秒。</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>会员登录名</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>NearlyFreeSpeech.NET 会员资格的登录名</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>来自 Profile, Manage API Key 的 API 密钥</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 DNS 区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>通过 CCP DNS API 更新 netcup（使用 netcup 名称服务器）上域名的 A/AAAA 记录。在客户控制面板（CCP）的 Master Data &gt; API 下，生成 API 密码并创建 API 密钥。每次更新都会登录、修改记录并注销。不存在的记录会被创建；已包含该地址的记录保持不变。TTL 在 CCP 中针对整个区域设置。</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>您的 netcup 客户编号</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>在 CCP 中生成的 API 密码（Master Data &gt; API）</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>在 CCP 中创建的 API 密钥（Master Data &gt; API）</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 netcup 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>通过 REST API 更新 NS1（IBM NS1 Connect）上区域的 A/AAAA 记录。请创建一个有权管理该区域 DNS 记录的 API 密钥。不存在的记录会被创建（使用区域的默认 TTL，除非档案设置了 TTL）；已包含该地址的记录保持不变，具有多个应答的记录不会被覆盖。应答的元数据会被保留。</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>有权管理该区域记录的 NS1 API 密钥</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 NS1 区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>通过签名 API 更新 OVHcloud 上 DNS 区域的 A/AAAA 记录，然后刷新区域以使更改生效。请在 https://eu.api.ovh.com/createToken/ 创建应用密钥、其 Secret 和消费者密钥（加拿大：ca.api.ovh.com，美国：api.us.ovhcloud.com，然后将服务器设为 https://ca.api.ovh.com/1.0 或 https://api.us.ovhcloud.com/1.0），并授予对 /domain/zone/* 的 GET、POST 和 PUT 权限。请求携带本机的时间：请保持时钟准确。对于单条 DynHost 记录，&quot;ovh&quot; 服务商只需要 DynHost 登录名。</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>创建密钥时显示的应用密钥（AK）</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>应用 Secret</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>应用 Secret（AS）</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>消费者密钥</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>已针对上述权限验证的消费者密钥（CK）</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>主机在 OVHcloud 所属的 DNS 区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>通过 API v3 更新在 Porkbun 注册的域名的 A/AAAA 记录。请在 porkbun.com/account/api 创建 API 密钥，并为该域名开启 API ACCESS（Domain Management）。不存在的记录会被创建；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>您 Porkbun 域名中的名称；域名本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>来自 porkbun.com/account/api 的 API 密钥（以 pk1_ 开头）</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Secret API 密钥</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>与 API 密钥一起显示的 Secret API 密钥（以 sk1_ 开头）</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>通过内置 HTTP API 更新您自己的 PowerDNS Authoritative 服务器上区域的 A/AAAA 记录（服务器需要 webserver=yes、api=yes 和 api-key）。每条记录会先被读取，仅在不同时才替换，并保留其 TTL；缺失的记录以 3600 秒创建，除非档案设置了 TTL。请将 API 的基础 URL 作为服务器，例如 https://ns1.example.com:8081（仅在 allowInsecureHttp 下可使用明文 http，用于本机上的服务器）。</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>服务器的 api-key（作为 X-API-Key 发送）</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>主机在该服务器上所属的区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>使用以 TSIG 密钥签名的 DNS UPDATE 更新您自己的权威 DNS 服务器（BIND、Knot DNS、PowerDNS）上区域的 A/AAAA 记录。会先读取记录：如果服务器已应答该地址，则不发送任何内容。请用 `tsig-keygen -a hmac-sha256 ddns-key` 创建密钥，并允许它更新该区域。</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>下方区域中的名称；区域本身（example.org）也是一个名称</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>TSIG 密钥</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>密钥的 base64 Secret（即 tsig-keygen 输出的内容），或整个密钥文件（key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };）</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>接受该区域更新的服务器（其主服务器）：名称或地址，可选带 :port，例如 ns1.example.org 或 [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>主机所属的区域，例如 example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>服务器所知的 TSIG 密钥名称（密钥为密钥文件时不需要）</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>密钥名称</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256、hmac-sha512、hmac-sha384、hmac-sha224 或 hmac-sha1（旧服务器）；密钥文件会指明自己的算法</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>更新 Amazon Route 53 中公有托管区域的 A/AAAA 记录。请创建一个带访问密钥的 IAM 用户，其策略允许对该托管区域执行 route53:ListHostedZonesByName、route53:ListResourceRecordSets 和 route53:ChangeResourceRecordSets。不存在的记录会被创建；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>下方托管区域中的名称；区域本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>IAM 用户的访问密钥 ID（以 AKIA 开头）</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>创建访问密钥时仅显示一次的秘密访问密钥</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的托管区域（域名），例如 example.com。</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>托管区域</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>托管区域的 ID（Z…），用于不应按名称查找的情况：仅当多个公有托管区域同名时才需要。</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>托管区域 ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 API 更新 Scaleway Domains and DNS 中 DNS 区域的 A/AAAA 记录。请在控制台（IAM &gt; API keys）中为策略允许在区域所在项目中使用 DomainsDNSFullAccess 的应用或用户生成 API 密钥，并使用其 Secret 密钥。不存在的记录会以 3600 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>下方 DNS 区域中的名称；区域本身（example.com）也是一个名称</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret 密钥</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>Scaleway API 密钥的 Secret 密钥（仅在生成密钥时显示一次）</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS 区域</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 Scaleway DNS 区域，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 DNS API 更新 Servercow 上某个域名的 A/AAAA 记录。在客户门户（cp.servercow.de）中打开 Servercow DNS-API，为该域名创建具有 Read、Create 和 Update 权限的 API 访问；其用户名和密码仅显示一次。不存在的记录会以 300 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>DNS API 用户名</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>DNS API 访问的用户名</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>DNS API 密码</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>DNS API 访问的密码（仅在创建时显示一次）</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 Servercow 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 Spaceship API 更新使用 Spaceship 名称服务器的域名的 A/AAAA 记录。在 API Manager 中创建具有 dnsrecords:read 和 dnsrecords:write 权限的 API 密钥；密钥及其 Secret 都需要。不存在的记录会以 3600 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>在 API Manager 中创建 API 密钥时显示的 Secret</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>来自 API Manager、具有 dnsrecords:read 和 dnsrecords:write 权限的 API 密钥</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>主机所属的 Spaceship 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>更新 TransIP 上某个域名的 A/AAAA DNS 条目。在控制面板（Account, API）中开启 API，并创建一个不带 &quot;Accept only whitelisted IP addresses&quot; 的密钥对；将其私钥保存为密钥（qddns-agent secret set PROFILE &lt; key.pem）。条目保留其 TTL（TransIP 也借助 TTL 识别条目）；缺失的条目会被创建。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>TransIP 账户的登录名</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>密钥对的私钥（PEM，即创建时仅显示一次的内容）</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>主机在 TransIP 所属的域名，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 Vercel REST API 更新使用 Vercel 名称服务器的域名的 A/AAAA 记录。请在 Account Settings &gt; Tokens 下创建作用范围为拥有该域名的团队的访问令牌；团队的域名还需要团队 ID（Team Settings &gt; General）。不存在的记录会使用 Vercel 的默认 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Vercel 访问令牌（Account Settings &gt; Tokens）</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>主机在 Vercel 所属的域名，例如 example.com。</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>拥有该域名的团队的 ID（team_…）；如果是您个人账户的域名，请留空。</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>团队 ID</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>更新 Volcengine DNS（火山引擎云解析，TrafficRoute）中某个域名的 A/AAAA 记录。请为具有 DNSFullAccess 策略的用户创建访问密钥（Access Key ID 和 Secret Access Key）。更新默认线路的记录；缺失的记录会被创建。</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>访问密钥的 Access Key ID（以 AKL 开头）</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>访问密钥的 Secret Access Key</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>主机所属的域名，与添加到 Volcengine DNS 中的一致，例如 example.com。</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>通过 Vultr API v2 更新 Vultr DNS 中某个域名的 A/AAAA 记录。请在 Account &gt; API 下启用 API 并复制个人访问令牌；其访问控制（Access Control）列表必须允许本机访问该 API 时使用的地址。不存在的记录会以 300 秒的 TTL 创建，除非档案设置了 TTL；已包含该地址的记录保持不变。</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>来自 Account &gt; API 的个人访问令牌</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>主机在 Vultr 所属的 DNS 域名，例如 example.com。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 已关闭；请使用 %2，例如 %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 已关闭（于 %2）；请使用 %3，例如 %4</translation>
    </message>
</context>
</TS>
