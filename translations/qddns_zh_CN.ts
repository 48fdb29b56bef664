<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>网络服务</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>（允许明文 http）</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>启动代理程序</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>正在启动代理程序…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>没有可打开 %1 的程序：请用文本编辑器打开它。</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>qddns 代理程序未在运行。这些设置由它检查和保存：请启动它以更改设置。</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>代理程序未能启动：
%1

请修正配置文件%2，然后再次启动代理程序。它运行后即可在此更改这些设置。</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>添加 Webhook</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>添加 ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>将代理程序的动态告知他人：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>地址已更改</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>记录已更新</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>更新已停止（搁置）</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>代理程序已启动</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>通知事件：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>一个 %1 钩子：请在配置文件中编辑它；“发送测试”按配置文件中保存的内容运行它。</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>无（可选）</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>无法将令牌保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>正在发送...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>请更正标记的设置。</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>代理程序拒绝了：%1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>检测器</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>qddns 诊断信息，%1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns：%1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>代理程序：未连接</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>代理程序：%1（协议 %2）</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt：%1（构建时版本 %2）</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>操作系统：%1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>（不可用：未连接到代理程序）</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>最近的日志行（%n）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>所有档案</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>检测间隔：</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300（秒，或如 5m）</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>未更改的记录重新发送间隔：</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10（秒）</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>可选：PEM 文件，用于使用自有 CA 的服务器</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>除系统证书外，也信任此文件中的证书，用于自建的更新服务器或回显服务。证书始终会被验证。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>额外的 CA 证书：</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>IPv4 地址检测</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>IPv6 地址检测</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>使用内置的网络服务（多个公共 HTTPS 回显服务）</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>允许明文 http://</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>仅适用于本机或您自己网络中的服务：通过明文 http 传输的应答可被途中任何人伪造。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>须结果一致的检测器数：</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/程序/路径 --参数</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>检测器 %1：%2</translation>
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
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>尚未记录公网 %1 地址。</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>尚未记录您的公网 %1 地址的变更。</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>您的网络运营商已更改您的公网 %1 地址 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>您的网络运营商已更改您的公网 %1 地址 %n 次；平均每 %2 一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>自 %1 起（至今 %2）</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>从 %1 到 %2（%3）</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>%1 地址 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>（首次发现）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>协议族</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>新地址</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>旧地址</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>检测来源</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryTimeline</name>
    <message>
        <source>MMM yyyy</source>
        <comment>timeline axis: month label, QDate format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>timeline axis: day label, QDate format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No address recorded</source>
        <translation>没有记录的地址</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>IP 地址历史</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>尚未记录地址变更</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>每当您的公网地址发生变化时，代理程序都会添加一条记录。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>IPv6 后缀</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>带后缀的主机获得检测到的 IPv6 前缀，后接其自身的接口标识符，例如您网络中某台设备的 ::1234。若主机就是本机，请留空。未设置时前缀长度为 64。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6 后缀</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>前缀长度</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>例如 ::1234 或 ::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>默认（64）</translation>
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
        <translation>未应用：文件中的 %1 %2；您的配置保留 %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>qddns 的默认值</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>添加档案</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>从其他 DDNS 客户端导入</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>其配置文件：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>所有选项均已导入。</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>将创建的档案：</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>未导入的选项，以及以其他形式导入的选项：</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>代理程序未列出其服务商：%1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 仅其所有者可读。请将其复制到您能读取的位置，例如 &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;，然后选择该副本。</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 将其保存在 %2。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>%1 的配置</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 不是 %2 的配置：%3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>不在文件中：添加后再输入</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>来自文件，存入密钥环</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>导入为：%1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>此文件中没有可导入的内容（见上文）。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>添加 %n 个档案</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>正在添加...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>无法将密码保存到密钥环：%1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>密钥环中 %1 下已有其他密码（来自之前的导入，或其他配置的档案）。未添加任何内容：请先删除这些条目或使用它们的档案。</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>代理程序拒绝了该配置：%1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>已添加。</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>下次启动 qddns 时生效。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>qddns 代理程序日志</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>显示此级别或更严重级别的日志行</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>将版本、代理程序状态和最近的日志行复制到剪贴板，用于错误报告。其中不含任何密码或令牌。</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>诊断信息已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>未连接到代理程序：不会收到新的日志行。</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::NotificationPolicy</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>qddns agent stopped</source>
        <translation>qddns 代理程序已停止</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>qddns 代理程序未在运行，因此您的 DNS 记录不会保持最新。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>不再检测到公网 %1 地址（原为 %2）</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>公网 %1 地址现为 %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>公网 %1 地址现为 %2 — 已更新 %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>公网 %1 地址从 %2 变为 %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>公网 %1 地址从 %2 变为 %3 — 已更新 %4</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>公网 %1 地址已更改</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>公网地址已更改</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…以及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>在其档案或密钥更改之前，不会再为它发送更新。</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>在它们的档案或密钥更改之前，不会再为它们发送更新。</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>%n 条记录的 DNS 更新已停止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>%n 条记录的 DNS 更新失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>本地监听</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>名称可解析</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>可通过公网地址访问</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>外部探测</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
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
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP：无法通过 TCP 检查</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>无主机名</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>未知公网地址</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>解析为 %1；没有可比较的已知公网地址</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>否：无法解析 %1</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>否：查询 %1 超时</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>否：%1 没有地址</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>否：解析为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>有程序应答</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>否（%1）</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>有程序应答，但不是本机上的服务器</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6：%1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 belongs to this computer</source>
        <translation>%1 属于本机</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>可访问（HTTP %1）</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>探测 URL 无效</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>无法访问（HTTP %1）</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>探测未及时应答</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>无法连接到探测服务</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>无法连接到探测服务：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>端口 %1 可通过您的公网地址访问。</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>连接成功，但 %1 属于本机，因此测试未经过您的路由器或其防火墙。请使用外部探测从互联网进行检查。</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>服务器可访问，但 %1 尚未指向您的公网地址。请等待下一次更新及旧记录过期，或检查档案。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>本机（%2）上没有程序在端口 %1 接受连接，但您的公网地址上有程序应答：可能是路由器本身、其他设备，或本机上只监听其网络地址的服务器。请在本机启动服务器（监听所有地址）；如果服务器运行在其他设备上，请从那台设备检查端口。</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>本机（%2）上没有程序在端口 %1 接受连接。请启动服务器，或确认它在此端口上监听。</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>服务器在 %1 上应答，但在本机的地址 %2 上不应答。请让它监听所有地址（0.0.0.0 或 ::），而不仅是 localhost，并在本机防火墙中放行 TCP 端口 %3。</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>此处无法使用端口转发（运营商级 NAT）：请向您的网络运营商申请公网 IPv4 地址，或使用 IPv6。</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>无法从互联网访问。请在路由器上将 TCP 端口 %1 转发到运行服务器的计算机（或作为最后手段，将该计算机放入路由器的 DMZ），并在该计算机的防火墙中放行此端口。</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>无法通过您的公网 IPv6 地址 %1 访问：请在路由器的 IPv6 防火墙和服务器的防火墙中放行 TCP 端口 %2。</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>从您的网络内部连接到您的公网地址 %1 失败。许多路由器不支持这种连接（发夹 NAT，也称 NAT 回环），因此这并不能证明端口 %2 从外部不可达。请检查端口转发和防火墙，或设置外部探测从互联网进行测试。</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>qddns 代理程序未在运行，因此您的公网地址未知，无法检查可达性。请从托盘菜单启动代理程序，然后再次检查。</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>代理程序尚未检测到公网地址，因此无法检查可达性。</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP：无法通过 TCP 检查。请确认路由器已转发 UDP 端口 %1，且防火墙已放行该端口。</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>检测到的 IPv4 地址 %1 位于运营商级 NAT 地址段 100.64.0.0/10 内。</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>检测到的 IPv4 地址 %1 不是公网地址。</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>本机的地址是运营商级 NAT 地址 %1，而不是您的公网 IPv4 地址。</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>请至少输入一个端口，例如 &quot;22, 443, 51820/udp&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>&quot;%1&quot; 不是端口号。请按 &quot;443&quot; 或 &quot;51820/udp&quot; 的格式填写端口。</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 不是有效端口：端口范围为 1 到 65535。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>&quot;%1&quot;：未知协议，请在端口后写 /tcp 或 /udp。</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>端口过多：一次最多检查 %n 个端口。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>端口检查</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>例如 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>可选，例如 https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>外部探测 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>无主机名</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>qddns 代理程序未在运行：公网地址未知</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>尚未检测到公网地址</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>公网地址：%1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>需要保持最新的名称，以逗号分隔。</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1。多个值以逗号分隔。</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>更新服务的基础地址（https://...）。</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>留空则使用 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>网站：%1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>文档：%1（qddns 已于 %2 据此核对）</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>文档：%1（qddns 尚未据此核对）</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>档案名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>记录 TTL</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>主机 %1</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>IPv6 后缀</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>前缀长度</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileForm</name>
    <message>
        <source>This profile</source>
        <translation>此档案</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>发布 IPv4 地址（A 记录）</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>发布 IPv6 地址（AAAA 记录）</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>允许服务器使用明文 http://</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>选择您的 DNS 服务商</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>搜索服务商</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>档案名称：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>服务商：</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>服务商默认值</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>警告：通过明文 http:// 传输时，您的密码或令牌未经加密。请仅用于本机上的测试服务器。</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>记录 TTL：</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>DynDNS 类服务</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>DNS 托管 API</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>域名注册商</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>自建服务器</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>任意服务器（通用协议）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
文档：%2
据此核对：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>找到 %n 个服务商</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>为您网络中的主机分配各自的 IPv6 地址：检测到的前缀加上主机的接口标识符</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>IPv6 后缀（%1）...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>IPv6 后缀...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>未设置：由服务商决定</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>由代理程序从其 %1 来源 %2 读取；不保存在密钥环中。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>档案名</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>代理程序以另一个账户运行，无法读取您的密钥环。请以该用户身份用 &quot;%1&quot; 为其设置密钥，或使用 systemd 凭据（{&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}），或放在只有该账户可读的文件中（{&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}）。</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>保存时存储</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>已保存在密钥环中；输入新值即可替换</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>qddns 设置</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>选择您的 DNS 服务商，输入主机名和凭据，然后点击“测试”和“保存”</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>导入...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>从 ddclient、inadyn、OpenWrt 或 ddns-updater 的配置中添加档案</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>尚无档案。点击“添加”以保持某个主机名为最新。</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>配置已在别处被更改，并已重新加载。</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>配置已在别处被更改；现在保存将用您的更改替换那些更改。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>档案“%1”：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>档案“%1”，%2：%3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>正在测试...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>无法将密钥保存到密钥环：%1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>您输入的密码将在保存时存储；本次测试使用的是密钥环中的密码。</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>代理程序以另一个账户运行：请以该账户身份在其所在机器上使用 `qddns-agent import` 导入。</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>请先保存或撤销您的更改：导入会保存配置。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 个档案：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 它们的密码已存入密钥环。</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 文件中没有 %2 的密码：请在表单中输入，然后保存。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>设置已保存，但有一个密码无法保存到密钥环：
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>未连接到 qddns 代理程序：%1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>请更正标记的设置。</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>代理程序无法写入配置文件：%1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>代理程序拒绝了：%1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>无法创建锁文件 %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>另一个 qddns 正在运行，但未在 %1 上应答</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>档案</translation>
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
        <translation>启动代理程序</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>启动 qddns-agent，由它保持您的 DNS 记录为最新</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>检测公网地址并更新所有需要更新的记录</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>暂停更新</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>检查端口…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>日志…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>关闭托盘图标；代理程序将继续运行</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>登录时显示此托盘图标</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>地址变更</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>搁置的记录</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>代理程序已停止</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>在 qddns 所在目录和 PATH 中均未找到 qddns-agent 程序。</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>它立即退出，没有任何消息。</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>代理程序未能启动：
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>代理程序未能启动</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>代理程序以另一个账户运行</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4：%1</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6：%1</translation>
    </message>
    <message>
        <source>Resume updates</source>
        <translation>恢复更新</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>%1 上的代理程序属于另一个用户，因此此托盘程序无法显示或更改它。如果它是系统服务，请加入它的用户组，以便在这里查看和控制它：sudo usermod -aG qddns $USER，然后注销并重新登录。它的密钥需以该用户身份设置（qddns-agent secret set PROFILE），或通过 systemd 凭据，或放在其配置中指定的仅所有者可读的文件中。</translation>
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
        <translation>%1（%2）：已搁置</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1（%2）：已搁置 — %3（%4）</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1（%2）：已发布，尚未传播 — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1（%2）：正在重试 — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1（%2）：失败 %n 次后将于 %3 重试 — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1（%2）：将于 %3 重试 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1（%2）：等待发布</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1（%2）：等待公网 %2 地址</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>服务商拒绝了凭据</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>服务商因滥用而阻止了更新</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>主机名不是完全限定域名</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>此账户中不存在该主机名</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>单次请求中的主机过多</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>服务商报告服务器故障</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>服务商报告 DNS 错误</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>服务商拒绝了此客户端</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>此选项需要服务商的付费账户</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>该主机名属于另一个账户</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>临时故障</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>服务商拒绝了请求</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>服务商的应答与其文档不符</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>已停止，直到档案或其密钥更改</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>试运行：未发送任何内容</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>公网地址未知</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>失败后等待重试</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>无法读取密码或令牌</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>正在连接 qddns 代理程序…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns：%1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>qddns 代理程序未在运行</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>您的 DNS 记录未保持最新。</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>未检测到 %1 地址</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1：未检测到</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>%1 检测失败，显示最后已知的地址：%2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>未检测到 %1 地址：%2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>没有记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n 条记录为最新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1（及其他 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>更新已暂停</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>所有记录均为最新</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>未配置任何档案</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>公网地址：尚未检测到</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>上次更新：%1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>上次更新：从未</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…以及其他 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>路由器的 WAN 地址 %1 属于运营商级 NAT（CGNAT）：运营商共享公网地址，因此来自互联网的连接可能无法到达此网络</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>路由器的 WAN 地址 %1 是私有地址：该路由器位于另一台路由器之后（双重 NAT），那台路由器必须把入站连接转发给它</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>路由器的 WAN 地址 %1 不是公网地址（双重 NAT）</translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>would be sent</source>
        <translation>将会发送</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>已搁置：服务商之前拒绝过</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>无法发送</translation>
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
        <translation>%1 地址：%2（来自 %3）</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>%1 地址：未检测到：%2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>不会发送任何内容：此档案要发布的地址均未知。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>qddns: the tray icon of the qddns-agent Dynamic DNS client.</source>
        <translation>qddns：qddns-agent 动态 DNS 客户端的托盘图标。</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>代理程序的套接字（默认：%1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>“启动代理程序”所运行的 qddns-agent 程序（默认：qddns 旁边的那个，否则从 PATH 中查找）。</translation>
    </message>
</context>
</TS>
