<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A test catalogue in a language qddns does not ship (Esperanto), embedded into tst_agenttext
     only: it proves that each kind of agent text is looked up, independently of the shipped ones. -->
<TS version="2.1" language="eo">
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Token</source>
        <translation>Ĵetono</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>La konta ĵetono montrata ĉe duckdns.org post ensaluto</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Uzantnomo</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 fermiĝis (en %2); uzu %3, ekz. %4</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 aŭ %2</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>alian DNS-gastiganton</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>unknown key%1%2</source>
        <translation>nekonata ŝlosilo%1%2</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (ĉu vi celis &quot;%1&quot;?)</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>devas esti true aŭ false, ne %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>listo</translation>
    </message>
</context>
</TS>
