<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Qddns::Api</name>
    <message numerus="yes">
        <source>the hook has %n error(s)</source>
        <translation>
            <numerusform>le hook a %n erreur</numerusform>
            <numerusform>le hook a %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the configuration has %n error(s); nothing was changed</source>
        <translation>
            <numerusform>la configuration a %n erreur ; rien n&apos;a été modifié</numerusform>
            <numerusform>la configuration a %n erreurs ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the profile has %n error(s)</source>
        <translation>
            <numerusform>le profil a %n erreur</numerusform>
            <numerusform>le profil a %n erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Cli</name>
    <message>
        <source>qddns-agent: %1 does not apply to %2%3; see qddns-agent --help</source>
        <translation>qddns-agent : %1 ne s&apos;applique pas à %2%3 ; voir qddns-agent --help</translation>
    </message>
    <message>
        <source> (it takes %1)</source>
        <translation> (elle accepte %1)</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot; after %2; see qddns-agent --help</source>
        <translation>qddns-agent : argument inattendu &quot;%1&quot; après %2 ; voir qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: no command given
usage: qddns-agent COMMAND [options], where COMMAND is one of: %1
`qddns-agent run` runs the agent in the foreground; `qddns-agent --help` explains every command</source>
        <translation>qddns-agent : aucune commande indiquée
usage : qddns-agent COMMANDE [options], où COMMANDE est l&apos;une de : %1
`qddns-agent run` exécute l&apos;agent au premier plan ; `qddns-agent --help` explique chaque commande</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was done</source>
        <translation>
            <numerusform>qddns-agent : %n erreur de configuration ; rien n&apos;a été fait</numerusform>
            <numerusform>qddns-agent : %n erreurs de configuration ; rien n&apos;a été fait</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: another qddns-agent (pid %1) runs with the state directory %2, so `once` does not: ask it with `qddns-agent update` (or `update PROFILE`, `--force`); nothing was sent</source>
        <translation>qddns-agent : un autre qddns-agent (pid %1) s&apos;exécute avec le répertoire d&apos;état %2, donc `once` ne s&apos;exécute pas : demandez-lui avec `qddns-agent update` (ou `update PROFILE`, `--force`) ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent : %1 ; rien n&apos;a été envoyé : sans son état, chaque exécution renverrait la même mise à jour, ce que les services DynDNS2 considèrent comme un abus. Rendez %2 accessible en écriture, ou utilisez-en un autre avec --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; nothing was sent: without its state every run would send the same update again, which DynDNS2 services count as abuse. Make %2 writable, or use another with --state-dir</source>
        <translation>qddns-agent : impossible d&apos;enregistrer l&apos;état : %1 ; rien n&apos;a été envoyé : sans son état, chaque exécution renverrait la même mise à jour, ce que les services DynDNS2 considèrent comme un abus. Rendez %2 accessible en écriture, ou utilisez-en un autre avec --state-dir</translation>
    </message>
    <message>
        <source>qddns-agent: cannot save the state: %1; the next run may send the same updates again</source>
        <translation>qddns-agent : impossible d&apos;enregistrer l&apos;état : %1 ; la prochaine exécution risque de renvoyer les mêmes mises à jour</translation>
    </message>
    <message>
        <source>qddns-agent: next: keep the records current with the agent as a service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), or run `qddns-agent once` from cron</source>
        <translation>qddns-agent : ensuite : tenez les enregistrements à jour avec l&apos;agent en tant que service (`qddns-agent service install-unit`, README &quot;Run it as a service&quot;), ou exécutez `qddns-agent once` depuis cron</translation>
    </message>
    <message>
        <source>qddns-agent: warning: %1: %2</source>
        <translation>qddns-agent : avertissement : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid, %n profile(s)%2%3</source>
        <translation>
            <numerusform>%1 : valide, %n profil%2%3</numerusform>
            <numerusform>%1 : valide, %n profils%2%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n avertissement</numerusform>
            <numerusform>, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source> (no file: built-in defaults)</source>
        <translation> (aucun fichier : valeurs par défaut intégrées)</translation>
    </message>
    <message>
        <source>qddns-agent: --strict: the warnings count as errors; fix them, then check again</source>
        <translation>qddns-agent : --strict : les avertissements comptent comme des erreurs ; corrigez-les, puis vérifiez à nouveau</translation>
    </message>
    <message>
        <source>qddns-agent: next: fix what the warnings name (they do not stop the agent), then `qddns-agent once` to update now</source>
        <translation>qddns-agent : ensuite : corrigez ce que signalent les avertissements (ils n&apos;arrêtent pas l&apos;agent), puis `qddns-agent once` pour mettre à jour maintenant</translation>
    </message>
    <message>
        <source>qddns-agent: next: add a profile to %1 (README, &quot;Configuration&quot;; `qddns-agent providers` lists the providers)</source>
        <translation>qddns-agent : ensuite : ajoutez un profil à %1 (README, &quot;Configuration&quot; ; `qddns-agent providers` liste les fournisseurs)</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent once` to update now, then run the agent as a service (README, &quot;Run it as a service&quot;)</source>
        <translation>qddns-agent : ensuite : `qddns-agent once` pour mettre à jour maintenant, puis exécutez l&apos;agent en tant que service (README, &quot;Run it as a service&quot;)</translation>
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
        <translation>qddns-agent maintient des noms DNS pointés vers l&apos;adresse publique de ce réseau.

Commandes :
  run                      s&apos;exécute en tant que service au premier plan (journalise sur stderr)
  once                     un cycle de détection et de mise à jour, puis quitte (--dry-run, --force, --json)
  check-config             valide la configuration ; signale ce qui ne peut pas fonctionner ici (--strict)
  providers [ID]           les fournisseurs, leurs options et leur aide (--json)
  secret set PROFILE       stocke le secret d&apos;un profil dans le trousseau (lu sur stdin), ou avec
                           --file PATH dans un fichier lisible par le seul propriétaire (--write-config : et y fait pointer le profil) ;
                           --field F pour les autres identifiants d&apos;un fournisseur (p. ex. secretApiKey)
  secret delete PROFILE    le supprime du trousseau (--field F)
  import TOOL FILE         affiche la configuration de ddclient, inadyn, openwrt ou ddns-updater (TOOL)
                           au format de qddns, ses secrets stockés dans le trousseau ; --write [PATH] l&apos;écrit
                           (--merge : à côté des profils d&apos;un fichier existant) ; --secrets file:DIR|keep-out
  service print-unit       affiche l&apos;unité utilisateur systemd de ce qddns-agent
  service install-unit     l&apos;écrit dans ~/.config/systemd/user/ et indique comment l&apos;activer

Commandes pour l&apos;agent en cours d&apos;exécution (via son socket local) :
  status                   adresses, enregistrements et ce que l&apos;agent fera ensuite (--json)
  update [PROFILE]         lance un cycle de mise à jour maintenant (tous les profils ou un seul) et affiche ses résultats (--force)
  pause, resume            arrête et relance les mises à jour automatiques
  logs                     lignes récentes du journal (--level, --limit, --follow)
  history                  changements de l&apos;adresse publique (--since, --json)

Codes de sortie : 0 terminé, 1 un échec (une mise à jour a échoué ou est suspendue, un fichier ou un verrou), 2 usage ou
configuration incorrects (rien n&apos;a été fait), 3 aucun agent ne répond (commandes pour l&apos;agent en cours d&apos;exécution).</translation>
    </message>
    <message>
        <source>one of the commands above</source>
        <translation>l&apos;une des commandes ci-dessus</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Configuration file (default %1).</source>
        <translation>Fichier de configuration (par défaut %1).</translation>
    </message>
    <message>
        <source>State directory (default %1).</source>
        <translation>Répertoire d&apos;état (par défaut %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s local socket (default: derived from the state directory, %1).</source>
        <translation>Le socket local de l&apos;agent (par défaut : déduit du répertoire d&apos;état, %1).</translation>
    </message>
    <message>
        <source>Log debug messages of every qddns category.</source>
        <translation>Journaliser les messages de débogage de toutes les catégories qddns.</translation>
    </message>
    <message>
        <source>run: share the socket (0660) with this group (name or number): its members may use status, update, pause, resume, logs and history, not change the configuration or secrets.</source>
        <translation>run : partager le socket (0660) avec ce groupe (nom ou numéro) : ses membres peuvent utiliser status, update, pause, resume, logs et history, mais pas modifier la configuration ni les secrets.</translation>
    </message>
    <message>
        <source>once: detect and show what would be sent; send and change nothing.</source>
        <translation>once : détecter et montrer ce qui serait envoyé ; ne rien envoyer ni modifier.</translation>
    </message>
    <message>
        <source>once, update: send records even when their address is unchanged.</source>
        <translation>once, update : envoyer les enregistrements même si leur adresse n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>once, providers, status, history: print JSON.</source>
        <translation>once, providers, status, history : afficher du JSON.</translation>
    </message>
    <message>
        <source>check-config: warnings are errors (exit 1).</source>
        <translation>check-config : les avertissements sont des erreurs (code de sortie 1).</translation>
    </message>
    <message>
        <source>secret: which credential of the profile&apos;s provider (default: secret, the primary one).</source>
        <translation>secret : quel identifiant du fournisseur du profil (par défaut : secret, le principal).</translation>
    </message>
    <message>
        <source>secret set: write the secret to this owner-only file instead of the keychain.</source>
        <translation>secret set : écrire le secret dans ce fichier lisible par le seul propriétaire au lieu du trousseau.</translation>
    </message>
    <message>
        <source>secret set --file: also set the profile&apos;s &quot;secret&quot; in the configuration file.</source>
        <translation>secret set --file : définir aussi le &quot;secret&quot; du profil dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>import: validate and write the configuration, to the PATH after --write, else --config or the default file.</source>
        <translation>import : valider et écrire la configuration, dans le PATH qui suit --write, sinon dans --config ou le fichier par défaut.</translation>
    </message>
    <message>
        <source>import --write: add the imported profiles to an existing configuration file.</source>
        <translation>import --write : ajouter les profils importés à un fichier de configuration existant.</translation>
    </message>
    <message>
        <source>import: where the secrets go: keychain (default), file:DIR (owner-only files) or keep-out.</source>
        <translation>import : où vont les secrets : keychain (par défaut), file:DIR (fichiers lisibles par le seul propriétaire) ou keep-out.</translation>
    </message>
    <message>
        <source>logs: keep printing new lines until interrupted.</source>
        <translation>logs : continuer d&apos;afficher les nouvelles lignes jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>logs: the least severe level shown: debug, info (default), warning or error.</source>
        <translation>logs : le niveau le moins grave affiché : debug, info (par défaut), warning ou error.</translation>
    </message>
    <message>
        <source>logs: at most this many recent lines.</source>
        <translation>logs : au plus ce nombre de lignes récentes.</translation>
    </message>
    <message>
        <source>history: changes since a date/time (2026-11-01, 2026-11-01T08:00:00Z) or a duration ago (7d, 12h).</source>
        <translation>history : changements depuis une date/heure (2026-11-01, 2026-11-01T08:00:00Z) ou depuis une durée (7d, 12h).</translation>
    </message>
    <message>
        <source>qddns-agent: unknown option %1; see qddns-agent --help</source>
        <translation>qddns-agent : option inconnue %1 ; voir qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: %1; see qddns-agent --help</source>
        <translation>qddns-agent : %1 ; voir qddns-agent --help</translation>
    </message>
    <message>
        <source>qddns-agent: unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>qddns-agent : commande inconnue &quot;%1&quot; ; les commandes sont %2 (voir --help)</translation>
    </message>
    <message>
        <source>qddns-agent: usage: qddns-agent service %1</source>
        <translation>qddns-agent : usage : qddns-agent service %1</translation>
    </message>
    <message>
        <source>published; warning: %1</source>
        <translation>publié ; avertissement : %1</translation>
    </message>
    <message>
        <source>published, looking up the zone&apos;s servers</source>
        <translation>publié, recherche des serveurs de la zone</translation>
    </message>
    <message>
        <source>published, checking: %1 of %2 servers answer %3</source>
        <translation>publié, vérification : %1 serveurs sur %2 répondent %3</translation>
    </message>
    <message>
        <source>is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, connections from the Internet may not reach this network</source>
        <translation>est une adresse de NAT de niveau opérateur (CGNAT, 100.64.0.0/10) : votre fournisseur d&apos;accès partage l&apos;adresse publique, les connexions depuis Internet risquent de ne pas atteindre ce réseau</translation>
    </message>
    <message>
        <source>is private: the router is behind another router (double NAT), which must forward connections to it</source>
        <translation>est privée : le routeur est derrière un autre routeur (double NAT), qui doit lui transférer les connexions</translation>
    </message>
    <message>
        <source>is not a public address (double NAT)</source>
        <translation>n&apos;est pas une adresse publique (double NAT)</translation>
    </message>
    <message>
        <source>router&apos;s WAN address %1 %2; detector %3 skipped</source>
        <translation>adresse WAN du routeur %1 %2 ; détecteur %3 ignoré</translation>
    </message>
    <message>
        <source>qddns-agent %1 (pid %2), running since %3; %4</source>
        <translation>qddns-agent %1 (pid %2), en cours d&apos;exécution depuis %3 ; %4</translation>
    </message>
    <message>
        <source>automatic updates paused</source>
        <translation>mises à jour automatiques en pause</translation>
    </message>
    <message>
        <source>, next check in %1</source>
        <translation>, prochaine vérification dans %1</translation>
    </message>
    <message>
        <source>%1  not detected: %2%3</source>
        <translation>%1  non détectée : %2%3</translation>
    </message>
    <message>
        <source> (last known %1)</source>
        <translation> (dernière connue : %1)</translation>
    </message>
    <message>
        <source>%1  not detected yet</source>
        <translation>%1  pas encore détectée</translation>
    </message>
    <message>
        <source>%1  %2  from %3 since %4</source>
        <translation>%1  %2  par %3 depuis %4</translation>
    </message>
    <message>
        <source>no profile configured</source>
        <translation>aucun profil configuré</translation>
    </message>
    <message>
        <source>hook %1 (%2) %3 at %4%5: %6</source>
        <translation>hook %1 (%2) %3 à %4%5 : %6</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source> (%1 runs in a row)</source>
        <translation> (%1 exécutions d&apos;affilée)</translation>
    </message>
    <message numerus="yes">
        <source>%n hook(s), none failing</source>
        <translation>
            <numerusform>%n hook, aucun en échec</numerusform>
            <numerusform>%n hooks, aucun en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: the agent closed the connection (it stopped?)</source>
        <translation>qddns-agent : l&apos;agent a fermé la connexion (s&apos;est-il arrêté ?)</translation>
    </message>
    <message>
        <source>qddns-agent: the agent did not answer within %1 s</source>
        <translation>qddns-agent : l&apos;agent n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>automatic updates are paused (`qddns-agent update` still runs a cycle; `qddns-agent resume` restarts them)</source>
        <translation>les mises à jour automatiques sont en pause (`qddns-agent update` lance quand même un cycle ; `qddns-agent resume` les relance)</translation>
    </message>
    <message>
        <source>automatic updates are running</source>
        <translation>les mises à jour automatiques sont actives</translation>
    </message>
    <message>
        <source>no record to update</source>
        <translation>aucun enregistrement à mettre à jour</translation>
    </message>
    <message>
        <source>no address change recorded%1</source>
        <translation>aucun changement d&apos;adresse enregistré%1</translation>
    </message>
    <message>
        <source> in that time</source>
        <translation> sur cette période</translation>
    </message>
    <message>
        <source>qddns-agent: unexpected argument &quot;%1&quot;; see --help</source>
        <translation>qddns-agent : argument inattendu &quot;%1&quot; ; voir --help</translation>
    </message>
    <message>
        <source>qddns-agent: --level &quot;%1&quot; is not a level; use debug, info, warning or error</source>
        <translation>qddns-agent : --level &quot;%1&quot; n&apos;est pas un niveau ; utilisez debug, info, warning ou error</translation>
    </message>
    <message>
        <source>qddns-agent: --limit &quot;%1&quot; is not a positive whole number</source>
        <translation>qddns-agent : --limit &quot;%1&quot; n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>qddns-agent: --since &quot;%1&quot; is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (7d, 12h)</source>
        <translation>qddns-agent : --since &quot;%1&quot; n&apos;est ni une date/heure (2026-11-01, 2026-11-01T08:00:00Z) ni une durée (7d, 12h)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n configuration error(s); nothing was imported</source>
        <translation>
            <numerusform>qddns-agent : %n erreur de configuration ; rien n&apos;a été importé</numerusform>
            <numerusform>qddns-agent : %n erreurs de configuration ; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was imported</source>
        <translation>qddns-agent : impossible de lire %1 : %2 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>qddns-agent: %1 exists, and an import never overwrites it; nothing was imported. Add --merge to put the imported profiles beside its own, or write another file with --write PATH</source>
        <translation>qddns-agent : %1 existe, et une importation ne l&apos;écrase jamais ; rien n&apos;a été importé. Ajoutez --merge pour placer les profils importés à côté des siens, ou écrivez un autre fichier avec --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: fix %1 first (`qddns-agent check-config`), then import again; nothing was imported</source>
        <translation>qddns-agent : corrigez d&apos;abord %1 (`qddns-agent check-config`), puis importez à nouveau ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>qddns-agent: %1 cannot be read as %2&apos;s configuration: %3; nothing was imported</source>
        <translation>qddns-agent : %1 ne peut pas être lu comme une configuration de %2 : %3 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>qddns-agent: %1 already has profiles named %2; nothing was imported. Rename or remove them there, or write the import to another file with --write PATH</source>
        <translation>qddns-agent : %1 contient déjà des profils nommés %2 ; rien n&apos;a été importé. Renommez-les ou supprimez-les là-bas, ou écrivez l&apos;importation dans un autre fichier avec --write PATH</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the profiles to %1: %2; nothing was imported</source>
        <translation>qddns-agent : impossible d&apos;ajouter les profils à %1 : %2 ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <source>not merged: %1</source>
        <translation>non fusionné : %1</translation>
    </message>
    <message>
        <source>qddns-agent: no profile could be imported from %1 (see above); nothing was written</source>
        <translation>qddns-agent : aucun profil n&apos;a pu être importé depuis %1 (voir ci-dessus) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>qddns-agent: %1; the configuration is not written%2</source>
        <translation>qddns-agent : %1 ; la configuration n&apos;est pas écrite%2</translation>
    </message>
    <message>
        <source> (its secrets are stored)</source>
        <translation> (ses secrets sont stockés)</translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in files readable by you only: %1</source>
        <translation>
            <numerusform>qddns-agent : %n secret dans des fichiers lisibles par vous seul : %1</numerusform>
            <numerusform>qddns-agent : %n secrets dans des fichiers lisibles par vous seul : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n secret(s) in the keychain (service %1), under %2</source>
        <translation>
            <numerusform>qddns-agent : %n secret dans le trousseau (service %1), sous %2</numerusform>
            <numerusform>qddns-agent : %n secrets dans le trousseau (service %1), sous %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: no secret stored for %n profile(s); store each (it is read from standard input):</source>
        <translation>
            <numerusform>qddns-agent : aucun secret stocké pour %n profil ; stockez-le (il est lu sur l&apos;entrée standard) :</numerusform>
            <numerusform>qddns-agent : aucun secret stocké pour %n profils ; stockez chacun (il est lu sur l&apos;entrée standard) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>qddns-agent: %n profile(s) written to %1%2; next: `%3`</source>
        <translation>
            <numerusform>qddns-agent : %n profil écrit dans %1%2 ; ensuite : `%3`</numerusform>
            <numerusform>qddns-agent : %n profils écrits dans %1%2 ; ensuite : `%3`</numerusform>
        </translation>
    </message>
    <message>
        <source> beside its %1 own</source>
        <translation> à côté de ses %1 propres profils</translation>
    </message>
    <message>
        <source>qddns-agent: next: save the configuration above as %1 (or import again with --write), then `%2`</source>
        <translation>qddns-agent : ensuite : enregistrez la configuration ci-dessus sous %1 (ou importez à nouveau avec --write), puis `%2`</translation>
    </message>
    <message>
        <source>`qddns-agent providers ID` explains one provider&apos;s keys; `--json` prints everything.</source>
        <translation>`qddns-agent providers ID` explique les clés d&apos;un fournisseur ; `--json` affiche tout.</translation>
    </message>
    <message numerus="yes">
        <source>IPv4: %1, IPv6: %2; up to %n host(s) per request</source>
        <translation>
            <numerusform>IPv4 : %1, IPv6 : %2 ; jusqu&apos;à %n hôte par requête</numerusform>
            <numerusform>IPv4 : %1, IPv6 : %2 ; jusqu&apos;à %n hôtes par requête</numerusform>
        </translation>
    </message>
    <message>
        <source>none: set &quot;server&quot;</source>
        <translation>aucun : définissez &quot;server&quot;</translation>
    </message>
    <message>
        <source>qddns-agent: &quot;%1&quot; is not a known provider; the known ones are: %2</source>
        <translation>qddns-agent : &quot;%1&quot; n&apos;est pas un fournisseur connu ; les fournisseurs connus sont : %2</translation>
    </message>
    <message>
        <source>qddns-agent: no secret on standard input; nothing stored</source>
        <translation>qddns-agent : aucun secret sur l&apos;entrée standard ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <source>qddns-agent: --file and --write-config apply to `secret set` only (remove a secret file with rm)</source>
        <translation>qddns-agent : --file et --write-config ne s&apos;appliquent qu&apos;à `secret set` (supprimez un fichier de secret avec rm)</translation>
    </message>
    <message>
        <source>qddns-agent: --write-config needs --file PATH (a keychain secret needs no reference in the configuration)</source>
        <translation>qddns-agent : --write-config nécessite --file PATH (un secret dans le trousseau n&apos;a besoin d&apos;aucune référence dans la configuration)</translation>
    </message>
    <message>
        <source>qddns-agent: provider &quot;%1&quot; of profile &quot;%2&quot; has no credential &quot;%3&quot;%4</source>
        <translation>qddns-agent : le fournisseur &quot;%1&quot; du profil &quot;%2&quot; n&apos;a pas d&apos;identifiant &quot;%3&quot;%4</translation>
    </message>
    <message>
        <source> (it uses none)</source>
        <translation> (il n&apos;en utilise aucun)</translation>
    </message>
    <message>
        <source>; its credentials: %1</source>
        <translation>; ses identifiants : %1</translation>
    </message>
    <message>
        <source>qddns-agent: %1 from %2: writing it there</source>
        <translation>qddns-agent : %1 depuis %2 : écriture à cet endroit</translation>
    </message>
    <message>
        <source>qddns-agent: no profile named &quot;%1&quot; in %2: add the profile first (README, &quot;Configuration&quot;), then run this again; nothing was stored</source>
        <translation>qddns-agent : aucun profil nommé &quot;%1&quot; dans %2 : ajoutez d&apos;abord le profil (README, &quot;Configuration&quot;), puis relancez cette commande ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <source>qddns-agent: cannot read %1: %2; nothing was stored</source>
        <translation>qddns-agent : impossible de lire %1 : %2 ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <source>qddns-agent: cannot add the reference to %1: %2; nothing was stored</source>
        <translation>qddns-agent : impossible d&apos;ajouter la référence à %1 : %2 ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <source>qddns-agent: note: no profile named &quot;%1&quot; in %2 yet</source>
        <translation>qddns-agent : remarque : aucun profil nommé &quot;%1&quot; dans %2 pour l&apos;instant</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 from %2, not the keychain</source>
        <translation>qddns-agent : remarque : %1 depuis %2, pas depuis le trousseau</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing stored</source>
        <translation>qddns-agent : %1 ; rien n&apos;a été stocké</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is written to %2 (readable by you only)</source>
        <translation>qddns-agent : %1 est écrit dans %2 (lisible par vous seul)</translation>
    </message>
    <message>
        <source>qddns-agent: %1; put this in profile &quot;%2&quot; by hand: %3</source>
        <translation>qddns-agent : %1 ; ajoutez ceci à la main dans le profil &quot;%2&quot; : %3</translation>
    </message>
    <message>
        <source>qddns-agent: profile &quot;%1&quot; in %2 now reads it from there; next: `qddns-agent check-config`</source>
        <translation>qddns-agent : le profil &quot;%1&quot; de %2 le lit désormais à cet endroit ; ensuite : `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: `qddns-agent check-config`</source>
        <translation>qddns-agent : ensuite : `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: next: put the line above in profile &quot;%1&quot; of %2 (or run this again with --write-config), then `qddns-agent check-config`</source>
        <translation>qddns-agent : ensuite : ajoutez la ligne ci-dessus dans le profil &quot;%1&quot; de %2 (ou relancez cette commande avec --write-config), puis `qddns-agent check-config`</translation>
    </message>
    <message>
        <source>qddns-agent: service %1: done</source>
        <translation>qddns-agent : service %1 : terminé</translation>
    </message>
    <message>
        <source>qddns-agent: %1; nothing installed</source>
        <translation>qddns-agent : %1 ; rien n&apos;a été installé</translation>
    </message>
    <message>
        <source>qddns-agent: note: %1 is in a build directory; a clean build removes it. Install it first (README, &quot;Run it as a service&quot;) and run install-unit with the installed qddns-agent</source>
        <translation>qddns-agent : remarque : %1 se trouve dans un répertoire de compilation ; une compilation propre le supprime. Installez-le d&apos;abord (README, &quot;Run it as a service&quot;) et lancez install-unit avec le qddns-agent installé</translation>
    </message>
    <message>
        <source>qddns-agent: next: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent; then `qddns-agent status` or journalctl --user -u qddns-agent</source>
        <translation>qddns-agent : ensuite : systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now qddns-agent ; puis `qddns-agent status` ou journalctl --user -u qddns-agent</translation>
    </message>
    <message>
        <source>qddns-agent: on a machine nobody stays logged in to (a NAS, a server over SSH), also run `sudo loginctl enable-linger %1`: without it the agent stops when you log out</source>
        <translation>qddns-agent : sur une machine où personne ne reste connecté (un NAS, un serveur via SSH), exécutez aussi `sudo loginctl enable-linger %1` : sans cela, l&apos;agent s&apos;arrête quand vous vous déconnectez</translation>
    </message>
    <message>
        <source>propagated: %1 answers %2</source>
        <translation>propagé : %1 répond %2</translation>
    </message>
    <message>
        <source>propagated: %1 answer %2</source>
        <translation>propagé : %1 répondent %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was written</source>
        <translation>qddns-agent : %1 ; aucune configuration n&apos;a été écrite</translation>
    </message>
    <message>
        <source>qddns-agent: %1; no configuration was printed</source>
        <translation>qddns-agent : %1 ; aucune configuration n&apos;a été affichée</translation>
    </message>
    <message>
        <source>the secret of profile &quot;%1&quot;</source>
        <translation>le secret du profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>credential %1 of profile &quot;%2&quot;</source>
        <translation>l&apos;identifiant %1 du profil &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads its secret</source>
        <translation>le profil &quot;%1&quot; lit son secret</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; reads credential %2</source>
        <translation>le profil &quot;%1&quot; lit l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>qddns-agent: %1 is stored in the keychain</source>
        <translation>qddns-agent : %1 est enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>qddns-agent: %1 was deleted from the keychain</source>
        <translation>qddns-agent : %1 a été supprimé du trousseau</translation>
    </message>
    <message>
        <source>qddns-agent: replaced %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent : %1 remplacé (ExecStart=%2 run%3)</translation>
    </message>
    <message>
        <source>qddns-agent: wrote %1 (ExecStart=%2 run%3)</source>
        <translation>qddns-agent : %1 écrit (ExecStart=%2 run%3)</translation>
    </message>
</context>
<context>
    <name>Qddns::Config</name>
    <message>
        <source>is required: write &quot;version&quot;: 1</source>
        <translation>est obligatoire : écrivez &quot;version&quot;: 1</translation>
    </message>
    <message>
        <source>%1 is not supported; this qddns reads version 1</source>
        <translation>%1 n&apos;est pas pris en charge ; ce qddns lit la version 1</translation>
    </message>
    <message>
        <source>must be a list of profiles</source>
        <translation>doit être une liste de profils</translation>
    </message>
    <message>
        <source>is empty, but profile &quot;%1&quot; publishes %2 addresses</source>
        <translation>est vide, mais le profil &quot;%1&quot; publie des adresses %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>must be a non-empty list of %1%2</source>
        <translation>doit être une liste non vide de %1%2</translation>
    </message>
    <message>
        <source>must be a non-empty string, not %1</source>
        <translation>doit être une chaîne non vide, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2%3</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2%3</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder%2; they are {%3}</source>
        <translation>{%1} n&apos;est pas un espace réservé%2 ; les espaces réservés sont {%3}</translation>
    </message>
    <message>
        <source>{secret} needs the hook&apos;s &quot;secret&quot;: where to read it from</source>
        <translation>{secret} nécessite le &quot;secret&quot; du hook : l&apos;endroit où le lire</translation>
    </message>
    <message>
        <source>is not valid JSON once its placeholders are filled in (%1 at offset %2); put each placeholder inside a JSON string, e.g. {&quot;text&quot;: &quot;{message}&quot;}</source>
        <translation>n&apos;est pas du JSON valide une fois ses espaces réservés remplis (%1 à la position %2) ; placez chaque espace réservé dans une chaîne JSON, p. ex. {&quot;text&quot;: &quot;{message}&quot;}</translation>
    </message>
    <message>
        <source>a GET request has no body; use &quot;method&quot;: &quot;POST&quot;</source>
        <translation>une requête GET n&apos;a pas de corps ; utilisez &quot;method&quot;: &quot;POST&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be an object of header names and values, e.g. {&quot;X-Source&quot;: &quot;qddns&quot;}</source>
        <translation>doit être un objet de noms et de valeurs d&apos;en-têtes, p. ex. {&quot;X-Source&quot;: &quot;qddns&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <source>give the body&apos;s type as &quot;contentType&quot;</source>
        <translation>indiquez le type du corps dans &quot;contentType&quot;</translation>
    </message>
    <message>
        <source>is set by qddns itself</source>
        <translation>est défini par qddns lui-même</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must be a string (a JSON body is written as a string: &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), not %1</source>
        <translation>doit être une chaîne (un corps JSON s&apos;écrit sous forme de chaîne : &quot;{\&quot;text\&quot;: \&quot;{message}\&quot;}&quot;), pas %1</translation>
    </message>
    <message>
        <source>is read but sent nowhere: put {secret} where it goes, e.g. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</source>
        <translation>est lu mais envoyé nulle part : placez {secret} là où il doit aller, p. ex. &quot;headers&quot;: {&quot;Authorization&quot;: &quot;Bearer {secret}&quot;}</translation>
    </message>
    <message>
        <source>must be a URL string, not %1</source>
        <translation>doit être une chaîne d&apos;URL, pas %1</translation>
    </message>
    <message>
        <source>takes no placeholders</source>
        <translation>n&apos;accepte pas d&apos;espaces réservés</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>doit être un nombre entier, pas %1</translation>
    </message>
    <message>
        <source>takes no placeholders: qddns adds what the monitor needs</source>
        <translation>n&apos;accepte pas d&apos;espaces réservés : qddns ajoute ce dont le moniteur a besoin</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments, run without a shell (the event&apos;s values are in its environment: QDDNS_EVENT, QDDNS_NEW, …)</source>
        <translation>doit être une liste non vide de chaînes : le programme et ses arguments, exécutés sans shell (les valeurs de l&apos;événement sont dans son environnement : QDDNS_EVENT, QDDNS_NEW, …)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</source>
        <translation>doit être un objet comme {&quot;name&quot;: &quot;phone&quot;, &quot;type&quot;: &quot;ntfy&quot;, &quot;url&quot;: &quot;https://ntfy.sh/my-topic&quot;, &quot;events&quot;: [&quot;addressChanged&quot;, &quot;failed&quot;]}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; doit comporter 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another hook</source>
        <translation>&quot;%1&quot; est utilisé par un autre hook</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hook type%2; use one of %3</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de hook%2 ; utilisez l&apos;un de %3</translation>
    </message>
    <message>
        <source>is required: the events this hook is told about, of %1</source>
        <translation>est obligatoire : les événements signalés à ce hook, parmi %1</translation>
    </message>
    <message>
        <source>must be a list of hooks</source>
        <translation>doit être une liste de hooks</translation>
    </message>
    <message>
        <source>must be a list of hook names (the hooks told about this profile; [] for none)</source>
        <translation>doit être une liste de noms de hooks (les hooks informés de ce profil ; [] pour aucun)</translation>
    </message>
    <message>
        <source>profiles[%1].hooks[%2]</source>
        <translation>profiles[%1].hooks[%2]</translation>
    </message>
    <message>
        <source>there is no hook named &quot;%1&quot;%2</source>
        <translation>il n&apos;existe aucun hook nommé &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>hooks[%1].profiles[%2]</source>
        <translation>hooks[%1].profiles[%2]</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;%2</source>
        <translation>il n&apos;existe aucun profil nommé &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; use &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} and `qddns-agent secret set PROFILE`, or a file, env or systemd-credential source</source>
        <translation>les secrets ne sont jamais stockés dans le fichier de configuration ; utilisez &quot;secret&quot;: {&quot;source&quot;: &quot;keychain&quot;} et `qddns-agent secret set PROFILE`, ou une source file, env ou systemd-credential</translation>
    </message>
    <message>
        <source>unknown key%1%2</source>
        <translation>clé inconnue%1%2</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a number of seconds or a duration like &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, not %1</source>
        <translation>doit être un nombre de secondes ou une durée comme &quot;5m&quot;, &quot;12h&quot;, &quot;25d&quot;, pas %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, not %3</source>
        <translation>doit être compris entre %1 et %2 secondes, pas %3</translation>
    </message>
    <message>
        <source>must not contain a username or password; use &quot;username&quot; and &quot;secret&quot;</source>
        <translation>ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; utilisez &quot;username&quot; et &quot;secret&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; n&apos;est pas une URL http(s)</translation>
    </message>
    <message>
        <source>plain http:// is refused: it would travel unencrypted; use https://, or set &quot;allowInsecureHttp&quot;: true (meant for loopback test servers)</source>
        <translation>http:// non chiffré est refusé : les données circuleraient en clair ; utilisez https://, ou définissez &quot;allowInsecureHttp&quot;: true (prévu pour les serveurs de test en loopback)</translation>
    </message>
    <message>
        <source>must be an object with &quot;ipv4&quot;, &quot;ipv6&quot; and &quot;agree&quot;</source>
        <translation>doit être un objet avec &quot;ipv4&quot;, &quot;ipv6&quot; et &quot;agree&quot;</translation>
    </message>
    <message>
        <source>must be a list of detectors (empty to not detect %1)</source>
        <translation>doit être une liste de détecteurs (vide pour ne pas détecter %1)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;ipv4&quot;: 2}</source>
        <translation>doit être un objet comme {&quot;ipv4&quot;: 2}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5, not %1</source>
        <translation>doit être un nombre entier de 1 à 5, pas %1</translation>
    </message>
    <message>
        <source>give &quot;sourceAddress&quot; or &quot;interface&quot;, not both: the interface&apos;s address is the source</source>
        <translation>indiquez &quot;sourceAddress&quot; ou &quot;interface&quot;, pas les deux : l&apos;adresse de l&apos;interface est la source</translation>
    </message>
    <message>
        <source>is not a local address: %1</source>
        <translation>n&apos;est pas une adresse locale : %1</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, as a detector of &quot;%3&quot; needs</source>
        <translation>%1 n&apos;est pas une adresse %2, comme l&apos;exige un détecteur de &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network interface name (1-15 characters, no &apos;/&apos;, &apos;:&apos; or spaces)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;interface réseau (1 à 15 caractères, sans &apos;/&apos;, &apos;:&apos; ni espaces)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</source>
        <translation>doit être un objet comme {&quot;type&quot;: &quot;web&quot;, &quot;url&quot;: &quot;https://…&quot;}</translation>
    </message>
    <message>
        <source>for a web detector</source>
        <translation>pour un détecteur web</translation>
    </message>
    <message>
        <source>for an interface detector</source>
        <translation>pour un détecteur interface</translation>
    </message>
    <message>
        <source>for a command detector</source>
        <translation>pour un détecteur command</translation>
    </message>
    <message>
        <source>must be a non-empty list of strings: the program and its arguments (run without a shell)</source>
        <translation>doit être une liste non vide de chaînes : le programme et ses arguments (exécutés sans shell)</translation>
    </message>
    <message>
        <source>for a upnp detector</source>
        <translation>pour un détecteur upnp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a detector type; use &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; or &quot;upnp&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de détecteur ; utilisez &quot;web&quot;, &quot;interface&quot;, &quot;command&quot;, &quot;dns&quot; ou &quot;upnp&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot; (find the zone&apos;s servers with an NS lookup) or a non-empty list of DNS servers, not %1</source>
        <translation>doit valoir &quot;auto&quot; (trouver les serveurs de la zone par une requête NS) ou une liste non vide de serveurs DNS, pas %1</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>une liste vide</translation>
    </message>
    <message>
        <source>must be a DNS server name or address, not %1</source>
        <translation>doit être un nom ou une adresse de serveur DNS, pas %1</translation>
    </message>
    <message>
        <source>for a dns detector</source>
        <translation>pour un détecteur dns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS echo service; use %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un service d&apos;écho DNS ; utilisez %2</translation>
    </message>
    <message>
        <source>must not hold a password: secrets do not belong in the configuration file%1</source>
        <translation>ne doit pas contenir de mot de passe : les secrets n&apos;ont pas leur place dans le fichier de configuration%1</translation>
    </message>
    <message>
        <source>; the proxy&apos;s password is the profile&apos;s credential &quot;%1&quot;</source>
        <translation>; le mot de passe du proxy est l&apos;identifiant &quot;%1&quot; du profil</translation>
    </message>
    <message>
        <source>must be a proxy like &quot;http://proxy.lan:3128&quot; or &quot;socks5://127.0.0.1:1080&quot; (scheme http or socks5, host and port)%1, not %2</source>
        <translation>doit être un proxy comme &quot;http://proxy.lan:3128&quot; ou &quot;socks5://127.0.0.1:1080&quot; (schéma http ou socks5, hôte et port)%1, pas %2</translation>
    </message>
    <message>
        <source>, or &quot;none&quot; for no proxy</source>
        <translation>, ou &quot;none&quot; pour aucun proxy</translation>
    </message>
    <message>
        <source>must not hold a user name: a proxy that needs credentials is set in each profile&apos;s &quot;proxy&quot; (its password is then a credential of the profile)</source>
        <translation>ne doit pas contenir de nom d&apos;utilisateur : un proxy qui demande des identifiants se définit dans le &quot;proxy&quot; de chaque profil (son mot de passe est alors un identifiant du profil)</translation>
    </message>
    <message>
        <source>must be an object like {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</source>
        <translation>doit être un objet comme {&quot;caFile&quot;: &quot;/path/ca.pem&quot;}</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>secrets are never stored in the config file; give where to find it: {&quot;source&quot;: &quot;keychain&quot;} (then `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} or {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</source>
        <translation>les secrets ne sont jamais stockés dans le fichier de configuration ; indiquez où le trouver : {&quot;source&quot;: &quot;keychain&quot;} (puis `qddns-agent secret set PROFILE`), {&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: …}, {&quot;source&quot;: &quot;env&quot;, &quot;name&quot;: …} ou {&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: …}</translation>
    </message>
    <message>
        <source>%1 is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>%1 n&apos;est pas une source de secret ; utilisez &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; ou &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a keychain secret</source>
        <translation>pour un secret dans le trousseau</translation>
    </message>
    <message>
        <source>for a file secret</source>
        <translation>pour un secret dans un fichier</translation>
    </message>
    <message>
        <source>for a %1 secret</source>
        <translation>pour un secret %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secret source; use &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; or &quot;systemd-credential&quot;</source>
        <translation>&quot;%1&quot; n&apos;est pas une source de secret ; utilisez &quot;keychain&quot;, &quot;file&quot;, &quot;env&quot; ou &quot;systemd-credential&quot;</translation>
    </message>
    <message>
        <source>for a host</source>
        <translation>pour un hôte</translation>
    </message>
    <message>
        <source>must be a whole number from 8 to 120, not %1</source>
        <translation>doit être un nombre entier de 8 à 120, pas %1</translation>
    </message>
    <message>
        <source>must be the host&apos;s IPv6 interface identifier, e.g. &quot;::1234&quot; or &quot;::211:32ff:fe12:3456&quot;, not %1</source>
        <translation>doit être l&apos;identifiant d&apos;interface IPv6 de l&apos;hôte, p. ex. &quot;::1234&quot; ou &quot;::211:32ff:fe12:3456&quot;, pas %1</translation>
    </message>
    <message>
        <source>%1 reaches into the first %2 bits, which come from the detected prefix</source>
        <translation>%1 empiète sur les %2 premiers bits, qui proviennent du préfixe détecté</translation>
    </message>
    <message>
        <source>must be an object naming where each credential comes from, e.g. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</source>
        <translation>doit être un objet indiquant d&apos;où vient chaque identifiant, p. ex. {&quot;%1&quot;: {&quot;source&quot;: &quot;keychain&quot;}}</translation>
    </message>
    <message>
        <source>among the credentials of provider &quot;%1&quot;%2</source>
        <translation>parmi les identifiants du fournisseur &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source> and its proxy</source>
        <translation> et de son proxy</translation>
    </message>
    <message>
        <source>is required by this provider: %1</source>
        <translation>est exigé par ce fournisseur : %1</translation>
    </message>
    <message>
        <source>must be a regular expression string, not %1</source>
        <translation>doit être une chaîne d&apos;expression régulière, pas %1</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1 (at offset %2)</source>
        <translation>n&apos;est pas une expression régulière valide : %1 (à la position %2)</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot;, &quot;provider&quot; and &quot;hosts&quot;</source>
        <translation>doit être un objet avec &quot;name&quot;, &quot;provider&quot; et &quot;hosts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another profile</source>
        <translation>&quot;%1&quot; est utilisé par un autre profil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known provider%2; `qddns-agent providers` lists them</source>
        <translation>&quot;%1&quot; n&apos;est pas un fournisseur connu%2 ; `qddns-agent providers` les liste</translation>
    </message>
    <message>
        <source>for provider &quot;%1&quot;</source>
        <translation>pour le fournisseur &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required: the list of host names to keep current</source>
        <translation>est obligatoire : la liste des noms d&apos;hôte à tenir à jour</translation>
    </message>
    <message>
        <source>must be a non-empty list of host names</source>
        <translation>doit être une liste non vide de noms d&apos;hôte</translation>
    </message>
    <message>
        <source>is required: the host name</source>
        <translation>est obligatoire : le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>must be a host name string, not %1</source>
        <translation>doit être une chaîne de nom d&apos;hôte, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hostname: it %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;hôte valide : il %2</translation>
    </message>
    <message>
        <source>has spaces around it</source>
        <translation>est entouré d&apos;espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figure deux fois</translation>
    </message>
    <message>
        <source>&quot;ipv4&quot; and &quot;ipv6&quot; are both false: nothing to publish</source>
        <translation>&quot;ipv4&quot; et &quot;ipv6&quot; valent tous deux false : rien à publier</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv6 addresses</source>
        <translation>le fournisseur &quot;%1&quot; ne peut pas publier d&apos;adresses IPv6</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; cannot publish IPv4 addresses</source>
        <translation>le fournisseur &quot;%1&quot; ne peut pas publier d&apos;adresses IPv4</translation>
    </message>
    <message>
        <source>is required by provider &quot;%1&quot;%2</source>
        <translation>est exigé par le fournisseur &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a username</source>
        <translation>le fournisseur &quot;%1&quot; n&apos;utilise pas de nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; does not use a secret</source>
        <translation>le fournisseur &quot;%1&quot; n&apos;utilise pas de secret</translation>
    </message>
    <message>
        <source>must be a whole number of seconds from 1 to 86400, not %1</source>
        <translation>doit être un nombre entier de secondes de 1 à 86400, pas %1</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (vouliez-vous dire &quot;%1&quot; ?)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>ends with a dot; write the name without it</source>
        <translation>se termine par un point ; écrivez le nom sans celui-ci</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>dépasse 253 caractères</translation>
    </message>
    <message>
        <source>has an empty label</source>
        <translation>a un label vide</translation>
    </message>
    <message>
        <source>has a label longer than 63 characters</source>
        <translation>a un label de plus de 63 caractères</translation>
    </message>
    <message>
        <source>has a label that starts or ends with &apos;-&apos;</source>
        <translation>a un label qui commence ou se termine par &apos;-&apos;</translation>
    </message>
    <message>
        <source>contains &apos;%1&apos;</source>
        <translation>contient &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON non valide à %1 : %2</translation>
    </message>
    <message>
        <source>the configuration must be a JSON object</source>
        <translation>la configuration doit être un objet JSON</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2</source>
        <translation>est obligatoire pour un hook %1 : %2</translation>
    </message>
    <message>
        <source>is required for a %1 hook: the %2, e.g. %3</source>
        <translation>est obligatoire pour un hook %1 : %2, par ex. %3</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only 1 is configured</source>
        <translation>demande l&apos;accord de %1 détecteurs, mais un seul est configuré</translation>
    </message>
    <message>
        <source>asks %1 detectors to agree but only %2 are configured</source>
        <translation>demande l&apos;accord de %1 détecteurs, mais seulement %2 sont configurés</translation>
    </message>
</context>
<context>
    <name>Qddns::ProviderText</name>
    <message>
        <source>Dyn&apos;s dynamic DNS is a paid service (Dyn ended its free accounts in 2014; it is part of Oracle today). Use your Dyn account username and an Updater Client Key (Account &gt; Updater Client Key) instead of the account password.</source>
        <translation>Le DNS dynamique de Dyn est un service payant (Dyn a supprimé ses comptes gratuits en 2014 ; il appartient aujourd&apos;hui à Oracle). Utilisez le nom d&apos;utilisateur de votre compte Dyn et une Updater Client Key (Account &gt; Updater Client Key) au lieu du mot de passe du compte.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Dyn account username</source>
        <translation>Nom d&apos;utilisateur du compte Dyn</translation>
    </message>
    <message>
        <source>Updater client key</source>
        <translation>Updater Client Key</translation>
    </message>
    <message>
        <source>Updater Client Key (or the account password)</source>
        <translation>Updater Client Key (ou le mot de passe du compte)</translation>
    </message>
    <message>
        <source>Use your No-IP username or email and password, or create a DDNS Key (Dynamic DNS &gt; DDNS Keys) that can only update the hostnames chosen for it.</source>
        <translation>Utilisez votre nom d&apos;utilisateur ou votre e-mail No-IP et votre mot de passe, ou créez une DDNS Key (Dynamic DNS &gt; DDNS Keys) qui ne peut mettre à jour que les noms d&apos;hôte choisis pour elle.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Nom d&apos;utilisateur ou e-mail</translation>
    </message>
    <message>
        <source>No-IP username or email, or the DDNS Key username</source>
        <translation>Nom d&apos;utilisateur ou e-mail No-IP, ou le nom d&apos;utilisateur de la DDNS Key</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No-IP password, or the DDNS Key password</source>
        <translation>Mot de passe No-IP, ou le mot de passe de la DDNS Key</translation>
    </message>
    <message>
        <source>Use your Dynu username with the account password or, better, the separate IP update password (Control Panel &gt; My Account &gt; Username/Password).</source>
        <translation>Utilisez votre nom d&apos;utilisateur Dynu avec le mot de passe du compte ou, mieux, avec le mot de passe distinct de mise à jour IP (Control Panel &gt; My Account &gt; Username/Password).</translation>
    </message>
    <message>
        <source>Dynu username</source>
        <translation>Nom d&apos;utilisateur Dynu</translation>
    </message>
    <message>
        <source>IP update password</source>
        <translation>Mot de passe de mise à jour IP</translation>
    </message>
    <message>
        <source>IP update password (or the account password, plain or as MD5/SHA-256 hash)</source>
        <translation>Mot de passe de mise à jour IP (ou le mot de passe du compte, en clair ou sous forme de hachage MD5/SHA-256)</translation>
    </message>
    <message>
        <source>In dns.he.net, tick &apos;Enable entry for dynamic dns&apos; on the A/AAAA record, then generate its DDNS key (the arrows icon). The key belongs to that one hostname: give every record of the profile the same key, or use one profile per hostname.</source>
        <translation>Dans dns.he.net, cochez &apos;Enable entry for dynamic dns&apos; sur l&apos;enregistrement A/AAAA, puis générez sa clé DDNS (l&apos;icône des flèches). La clé appartient à ce seul nom d&apos;hôte : donnez la même clé à chaque enregistrement du profil, ou utilisez un profil par nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>One name per profile: its DDNS key belongs to that name</source>
        <translation>Un nom par profil : sa clé DDNS appartient à ce nom</translation>
    </message>
    <message>
        <source>DDNS key</source>
        <translation>Clé DDNS</translation>
    </message>
    <message>
        <source>the record&apos;s DDNS key</source>
        <translation>la clé DDNS de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Use the token shown when the dedyn.io domain was created, or create one at https://desec.io/tokens. The hostname itself is the username.</source>
        <translation>Utilisez le jeton affiché lors de la création du domaine dedyn.io, ou créez-en un sur https://desec.io/tokens. Le nom d&apos;hôte lui-même est le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>One name per profile: the name is also the username</source>
        <translation>Un nom par profil : le nom est aussi le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>deSEC token</source>
        <translation>Jeton deSEC</translation>
    </message>
    <message>
        <source>The nsupdate.info service takes no new registrations (accounts only through its admin); existing accounts keep working. Each host has its own update secret, shown when the host is created or when you generate a new one on the host&apos;s page. The hostname itself is the username. qddns sends the address in myip, so the dual-stack nsupdate.info server is right for both families (the ipv4./ipv6. servers are for clients that let the service see their address).</source>
        <translation>Le service nsupdate.info n&apos;accepte plus de nouvelles inscriptions (comptes uniquement via son administrateur) ; les comptes existants continuent de fonctionner. Chaque hôte a son propre secret de mise à jour, affiché lors de la création de l&apos;hôte ou quand vous en générez un nouveau sur la page de l&apos;hôte. Le nom d&apos;hôte lui-même est le nom d&apos;utilisateur. qddns envoie l&apos;adresse dans myip, donc le serveur double pile de nsupdate.info convient aux deux familles (les serveurs ipv4./ipv6. sont destinés aux clients qui laissent le service voir leur adresse).</translation>
    </message>
    <message>
        <source>Update secret</source>
        <translation>Secret de mise à jour</translation>
    </message>
    <message>
        <source>the host&apos;s update secret</source>
        <translation>le secret de mise à jour de l&apos;hôte</translation>
    </message>
    <message>
        <source>In the OVHcloud Control Panel open the domain&apos;s DynHost tab, create the DynHost record (for a name with IPv4 and IPv6: one DynHost record per family), then &apos;Manage access&apos; to create a DynHost login for that subdomain. qddns uses the update server of OVHcloud&apos;s current guide, dns.eu.ovhapis.com; set &quot;server&quot; to use another.</source>
        <translation>Dans l&apos;espace client OVHcloud (Control Panel), ouvrez l&apos;onglet DynHost du domaine, créez l&apos;enregistrement DynHost (pour un nom en IPv4 et IPv6 : un enregistrement DynHost par famille), puis &apos;Manage access&apos; pour créer un identifiant DynHost pour ce sous-domaine. qddns utilise le serveur de mise à jour du guide actuel d&apos;OVHcloud, dns.eu.ovhapis.com ; définissez &quot;server&quot; pour en utiliser un autre.</translation>
    </message>
    <message>
        <source>DynHost login</source>
        <translation>Identifiant DynHost</translation>
    </message>
    <message>
        <source>DynHost login, e.g. example.com-home</source>
        <translation>Identifiant DynHost, p. ex. example.com-home</translation>
    </message>
    <message>
        <source>the DynHost login&apos;s password</source>
        <translation>le mot de passe de l&apos;identifiant DynHost</translation>
    </message>
    <message>
        <source>Use your spdyn.de username and password, or the hostname as username with the host&apos;s update token.</source>
        <translation>Utilisez votre nom d&apos;utilisateur et votre mot de passe spdyn.de, ou le nom d&apos;hôte comme nom d&apos;utilisateur avec le jeton de mise à jour de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Username or host name</source>
        <translation>Nom d&apos;utilisateur ou nom d&apos;hôte</translation>
    </message>
    <message>
        <source>spdyn.de username, or the hostname when using an update token</source>
        <translation>Nom d&apos;utilisateur spdyn.de, ou le nom d&apos;hôte si vous utilisez un jeton de mise à jour</translation>
    </message>
    <message>
        <source>Password or update token</source>
        <translation>Mot de passe ou jeton de mise à jour</translation>
    </message>
    <message>
        <source>password or the host&apos;s update token</source>
        <translation>mot de passe ou jeton de mise à jour de l&apos;hôte</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in the STRATO customer login (Domains &gt; Manage domain &gt; DynDNS) and set its DynDNS password.</source>
        <translation>Activez DynDNS pour le domaine dans l&apos;espace client STRATO (Domains &gt; Manage domain &gt; DynDNS) et définissez son mot de passe DynDNS.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>the domain name, e.g. example.com</source>
        <translation>le nom de domaine, p. ex. example.com</translation>
    </message>
    <message>
        <source>DynDNS password</source>
        <translation>Mot de passe DynDNS</translation>
    </message>
    <message>
        <source>the domain&apos;s DynDNS password</source>
        <translation>le mot de passe DynDNS du domaine</translation>
    </message>
    <message>
        <source>Use the username and password of the DynDNS account listed under DynDNS Accounts in the selfHOST customer area, not your customer login.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe du compte DynDNS indiqué sous DynDNS Accounts dans l&apos;espace client selfHOST, pas vos identifiants client.</translation>
    </message>
    <message>
        <source>DynDNS account username</source>
        <translation>Nom d&apos;utilisateur du compte DynDNS</translation>
    </message>
    <message>
        <source>DynDNS account password</source>
        <translation>Mot de passe du compte DynDNS</translation>
    </message>
    <message>
        <source>Use your DNS-O-Matic (OpenDNS) account email and password. The hostname all.dnsomatic.com updates every service configured there.</source>
        <translation>Utilisez l&apos;e-mail et le mot de passe de votre compte DNS-O-Matic (OpenDNS). Le nom d&apos;hôte all.dnsomatic.com met à jour chaque service qui y est configuré.</translation>
    </message>
    <message>
        <source>&quot;all.dnsomatic.com&quot; updates every service of your account</source>
        <translation>&quot;all.dnsomatic.com&quot; met à jour chaque service de votre compte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>DNS-O-Matic account email</source>
        <translation>E-mail du compte DNS-O-Matic</translation>
    </message>
    <message>
        <source>DNS-O-Matic account password</source>
        <translation>Mot de passe du compte DNS-O-Matic</translation>
    </message>
    <message>
        <source>Use your ChangeIP account username and password. ChangeIP answers &quot;200 Successful Update&quot; whether or not the address changed; 402 means the domain needs Premium DNS, 422 that the hostname is not one of your domains or sets.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe de votre compte ChangeIP. ChangeIP répond &quot;200 Successful Update&quot; que l&apos;adresse ait changé ou non ; 402 signifie que le domaine nécessite Premium DNS, 422 que le nom d&apos;hôte ne fait pas partie de vos domaines ou ensembles.</translation>
    </message>
    <message>
        <source>ChangeIP username</source>
        <translation>Nom d&apos;utilisateur ChangeIP</translation>
    </message>
    <message>
        <source>ChangeIP password</source>
        <translation>Mot de passe ChangeIP</translation>
    </message>
    <message>
        <source>Turn on DynDNS for the domain in Loopia Customer Zone, then use your Loopia customer number (or an API/DynDNS user) and its password.</source>
        <translation>Activez DynDNS pour le domaine dans la Loopia Customer Zone, puis utilisez votre numéro client Loopia (ou un utilisateur API/DynDNS) et son mot de passe.</translation>
    </message>
    <message>
        <source>Customer number or DynDNS user</source>
        <translation>Numéro client ou utilisateur DynDNS</translation>
    </message>
    <message>
        <source>Loopia customer number or DynDNS user</source>
        <translation>Numéro client Loopia ou utilisateur DynDNS</translation>
    </message>
    <message>
        <source>its password</source>
        <translation>son mot de passe</translation>
    </message>
    <message>
        <source>Create a dynamic DNS entry in the Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS); it has its own username and password. Do not use your Infomaniak login.</source>
        <translation>Créez une entrée de DNS dynamique dans l&apos;Infomaniak Manager (Domains &gt; your domain &gt; Dynamic DNS) ; elle a son propre nom d&apos;utilisateur et son propre mot de passe. N&apos;utilisez pas vos identifiants Infomaniak.</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s username</source>
        <translation>le nom d&apos;utilisateur de l&apos;entrée de DNS dynamique</translation>
    </message>
    <message>
        <source>the dynamic DNS entry&apos;s password</source>
        <translation>le mot de passe de l&apos;entrée de DNS dynamique</translation>
    </message>
    <message>
        <source>Free names under dy.fi for Finnish IPv4 addresses. Use the email address and password of your dy.fi account. dy.fi points a name at the address the update comes from (it takes no address parameter; qddns checks the address it reports back), and a name not updated for 7 days expires: set &quot;forceInterval&quot; to &quot;5d&quot;. Updates that change nothing, sent often, count as abuse.</source>
        <translation>Noms gratuits sous dy.fi pour les adresses IPv4 finlandaises. Utilisez l&apos;adresse e-mail et le mot de passe de votre compte dy.fi. dy.fi fait pointer un nom vers l&apos;adresse d&apos;où provient la mise à jour (il n&apos;accepte aucun paramètre d&apos;adresse ; qddns vérifie l&apos;adresse qu&apos;il renvoie), et un nom non mis à jour pendant 7 jours expire : définissez &quot;forceInterval&quot; sur &quot;5d&quot;. Des mises à jour fréquentes qui ne changent rien sont considérées comme un abus.</translation>
    </message>
    <message>
        <source>dy.fi account email address</source>
        <translation>Adresse e-mail du compte dy.fi</translation>
    </message>
    <message>
        <source>dy.fi account password</source>
        <translation>Mot de passe du compte dy.fi</translation>
    </message>
    <message>
        <source>Use the update token of your IPv64.net account (Account Update Token on the dashboard), or a domain&apos;s own update token; the username is not checked. Free accounts may send 48 updates a day, and no more than 3 within 10 seconds.</source>
        <translation>Utilisez le jeton de mise à jour de votre compte IPv64.net (Account Update Token sur le tableau de bord), ou le jeton de mise à jour propre à un domaine ; le nom d&apos;utilisateur n&apos;est pas vérifié. Les comptes gratuits peuvent envoyer 48 mises à jour par jour, et pas plus de 3 en 10 secondes.</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Jeton de mise à jour</translation>
    </message>
    <message>
        <source>IPv64.net update token</source>
        <translation>Jeton de mise à jour IPv64.net</translation>
    </message>
    <message>
        <source>Use the username and password of the Dynamic DNS section of your RU-CENTER account (DNS hosting: Dynamic DNS); they are not the account login. RU-CENTER sets the A record to the address the request comes from when a request carries no IPv4 address, so publish IPv4 in this profile too.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe de la section Dynamic DNS de votre compte RU-CENTER (DNS hosting: Dynamic DNS) ; ce ne sont pas les identifiants du compte. RU-CENTER définit l&apos;enregistrement A sur l&apos;adresse d&apos;où vient la requête quand une requête ne contient aucune adresse IPv4 : publiez donc aussi IPv4 dans ce profil.</translation>
    </message>
    <message>
        <source>Dynamic DNS username</source>
        <translation>Nom d&apos;utilisateur DNS dynamique</translation>
    </message>
    <message>
        <source>the Dynamic DNS username from your RU-CENTER account</source>
        <translation>le nom d&apos;utilisateur DNS dynamique de votre compte RU-CENTER</translation>
    </message>
    <message>
        <source>Dynamic DNS password</source>
        <translation>Mot de passe DNS dynamique</translation>
    </message>
    <message>
        <source>the Dynamic DNS password from your RU-CENTER account</source>
        <translation>le mot de passe DNS dynamique de votre compte RU-CENTER</translation>
    </message>
    <message>
        <source>Keeps the IPv4 address of an OpenDNS (Cisco Umbrella) network current so that its filtering settings apply. Turn on dynamic IP updates for the network in the dashboard; the host is the network&apos;s label. OpenDNS answers &quot;good&quot; whether or not the address changed, and counts more than one update a minute as abuse.</source>
        <translation>Tient à jour l&apos;adresse IPv4 d&apos;un réseau OpenDNS (Cisco Umbrella) pour que ses paramètres de filtrage s&apos;appliquent. Activez les mises à jour d&apos;IP dynamique pour le réseau dans le tableau de bord ; l&apos;hôte est le libellé du réseau. OpenDNS répond &quot;good&quot; que l&apos;adresse ait changé ou non, et considère plus d&apos;une mise à jour par minute comme un abus.</translation>
    </message>
    <message>
        <source>The label of the OpenDNS network, as the dashboard shows it; qddns sends names in lower case, so give the network a lower-case label of letters, digits and hyphens</source>
        <translation>Le libellé du réseau OpenDNS, tel que l&apos;affiche le tableau de bord ; qddns envoie les noms en minuscules, donnez donc au réseau un libellé en minuscules composé de lettres, de chiffres et de traits d&apos;union</translation>
    </message>
    <message>
        <source>OpenDNS account email</source>
        <translation>E-mail du compte OpenDNS</translation>
    </message>
    <message>
        <source>OpenDNS account password (Umbrella with single sign-on: the secondary password support creates for updates)</source>
        <translation>Mot de passe du compte OpenDNS (Umbrella avec authentification unique : le mot de passe secondaire que le support crée pour les mises à jour)</translation>
    </message>
    <message>
        <source>Uses the DynDNS-compatible endpoint of the Simply.com API. The username is your Simply.com account number (S followed by digits), the password the API key of that account; both are shown in the Simply.com control panel.</source>
        <translation>Utilise le point de terminaison compatible DynDNS de l&apos;API Simply.com. Le nom d&apos;utilisateur est votre numéro de compte Simply.com (S suivi de chiffres), le mot de passe la clé API de ce compte ; tous deux sont affichés dans le panneau de contrôle Simply.com.</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Simply.com account number, e.g. S123456</source>
        <translation>Numéro de compte Simply.com, p. ex. S123456</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>the API key of the account</source>
        <translation>la clé API du compte</translation>
    </message>
    <message>
        <source>Keeps the IPv4 endpoint of a tunnelbroker.net IPv6 tunnel at your current IPv4 address (it updates no DNS record). Use your tunnelbroker.net username and the tunnel&apos;s Update Key (Advanced tab of the tunnel details) if one is set, otherwise your tunnelbroker.net password. The host names the tunnel: tunnel&lt;ID&gt;.tunnelbroker.net with its numeric tunnel ID.</source>
        <translation>Maintient l&apos;extrémité IPv4 d&apos;un tunnel IPv6 tunnelbroker.net sur votre adresse IPv4 actuelle (aucun enregistrement DNS n&apos;est mis à jour). Utilisez votre nom d&apos;utilisateur tunnelbroker.net et l&apos;Update Key du tunnel (onglet Advanced des détails du tunnel) si elle est définie, sinon votre mot de passe tunnelbroker.net. L&apos;hôte désigne le tunnel : tunnel&lt;ID&gt;.tunnelbroker.net avec son identifiant numérique de tunnel.</translation>
    </message>
    <message>
        <source>The tunnel as tunnel&lt;ID&gt;.tunnelbroker.net, with the numeric Tunnel ID of the tunnel details page</source>
        <translation>Le tunnel sous la forme tunnel&lt;ID&gt;.tunnelbroker.net, avec le Tunnel ID numérique de la page des détails du tunnel</translation>
    </message>
    <message>
        <source>tunnelbroker.net username</source>
        <translation>Nom d&apos;utilisateur tunnelbroker.net</translation>
    </message>
    <message>
        <source>Update key</source>
        <translation>Clé de mise à jour</translation>
    </message>
    <message>
        <source>the tunnel&apos;s Update Key, or the tunnelbroker.net password</source>
        <translation>l&apos;Update Key du tunnel, ou le mot de passe tunnelbroker.net</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the hostname in the DNS settings of the Variomedia customer menu and set the DynDNS password there (it is not the customer-menu password). The username is the email address of your customer account (resellers: of the end customer&apos;s account).</source>
        <translation>Activez le DNS dynamique pour le nom d&apos;hôte dans les paramètres DNS du menu client Variomedia et définissez-y le mot de passe DynDNS (ce n&apos;est pas le mot de passe du menu client). Le nom d&apos;utilisateur est l&apos;adresse e-mail de votre compte client (revendeurs : celle du compte du client final).</translation>
    </message>
    <message>
        <source>email address of the customer account</source>
        <translation>adresse e-mail du compte client</translation>
    </message>
    <message>
        <source>the DynDNS password from the DNS settings</source>
        <translation>le mot de passe DynDNS des paramètres DNS</translation>
    </message>
    <message>
        <source>Create a DDNS user for the hostname in the KAS (Tools &gt; DDNS settings) and use its login and password, not the KAS login. A DDNS user belongs to one hostname. For IPv6, turn on dual stack for it in the KAS.</source>
        <translation>Créez un utilisateur DDNS pour le nom d&apos;hôte dans le KAS (Tools &gt; DDNS settings) et utilisez son identifiant et son mot de passe, pas l&apos;identifiant KAS. Un utilisateur DDNS appartient à un seul nom d&apos;hôte. Pour IPv6, activez pour lui la double pile dans le KAS.</translation>
    </message>
    <message>
        <source>DDNS login</source>
        <translation>Identifiant DDNS</translation>
    </message>
    <message>
        <source>the login of the DDNS user from the KAS</source>
        <translation>l&apos;identifiant de l&apos;utilisateur DDNS du KAS</translation>
    </message>
    <message>
        <source>DDNS password</source>
        <translation>Mot de passe DDNS</translation>
    </message>
    <message>
        <source>the password of the DDNS user</source>
        <translation>le mot de passe de l&apos;utilisateur DDNS</translation>
    </message>
    <message>
        <source>Use the username and password of the dynamic DNS access for the hostname set up at Core-Networks. Each request carries one address family and asks Core-Networks to keep the record of the other one (keepipv4/keepipv6).</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe de l&apos;accès DNS dynamique configuré chez Core-Networks pour le nom d&apos;hôte. Chaque requête porte une famille d&apos;adresses et demande à Core-Networks de conserver l&apos;enregistrement de l&apos;autre (keepipv4/keepipv6).</translation>
    </message>
    <message>
        <source>the username of the dynamic DNS access</source>
        <translation>le nom d&apos;utilisateur de l&apos;accès DNS dynamique</translation>
    </message>
    <message>
        <source>the password of the dynamic DNS access</source>
        <translation>le mot de passe de l&apos;accès DNS dynamique</translation>
    </message>
    <message>
        <source>Create a DynDNS account at INWX (it is bound to one hostname) and use its username and password, not the INWX login. INWX finds the hostname from the DynDNS account. Publish IPv4 in this profile: INWX sets the A record to 127.0.0.1 when an update carries no IPv4 address (unless INWX support made the DynDNS account IPv6-only), and deletes the AAAA record when it carries no IPv6 address.</source>
        <translation>Créez un compte DynDNS chez INWX (il est lié à un seul nom d&apos;hôte) et utilisez son nom d&apos;utilisateur et son mot de passe, pas l&apos;identifiant INWX. INWX déduit le nom d&apos;hôte du compte DynDNS. Publiez IPv4 dans ce profil : INWX définit l&apos;enregistrement A sur 127.0.0.1 quand une mise à jour ne contient aucune adresse IPv4 (sauf si le support INWX a rendu le compte DynDNS IPv6 uniquement), et supprime l&apos;enregistrement AAAA quand elle ne contient aucune adresse IPv6.</translation>
    </message>
    <message>
        <source>DynDNS username</source>
        <translation>Nom d&apos;utilisateur DynDNS</translation>
    </message>
    <message>
        <source>the username of the INWX DynDNS account</source>
        <translation>le nom d&apos;utilisateur du compte DynDNS INWX</translation>
    </message>
    <message>
        <source>the password of the INWX DynDNS account</source>
        <translation>le mot de passe du compte DynDNS INWX</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain in Joker.com&apos;s DNS management and use the DynDNS username and password shown there, not your Joker.com account login.</source>
        <translation>Activez Dynamic DNS pour le domaine dans la gestion DNS de Joker.com et utilisez le nom d&apos;utilisateur et le mot de passe DynDNS qui y sont affichés, pas les identifiants de votre compte Joker.com.</translation>
    </message>
    <message>
        <source>the DynDNS username from the domain&apos;s DNS management</source>
        <translation>le nom d&apos;utilisateur DynDNS de la gestion DNS du domaine</translation>
    </message>
    <message>
        <source>the DynDNS password from the domain&apos;s DNS management</source>
        <translation>le mot de passe DynDNS de la gestion DNS du domaine</translation>
    </message>
    <message>
        <source>Set up a DynDNS access for the hostname in the schokokeks.org administration and use its username and password. IPv4 only in qddns: the other clients agree only on IPv4 updates.</source>
        <translation>Configurez un accès DynDNS pour le nom d&apos;hôte dans l&apos;administration de schokokeks.org et utilisez son nom d&apos;utilisateur et son mot de passe. IPv4 uniquement dans qddns : les autres clients ne concordent que sur les mises à jour IPv4.</translation>
    </message>
    <message>
        <source>the username of the DynDNS access</source>
        <translation>le nom d&apos;utilisateur de l&apos;accès DynDNS</translation>
    </message>
    <message>
        <source>the password of the DynDNS access</source>
        <translation>le mot de passe de l&apos;accès DynDNS</translation>
    </message>
    <message>
        <source>Free dynamic DNS names. Use the email address and password of your Now-DNS account. Each request carries one address family, sent in myip.</source>
        <translation>Noms de DNS dynamique gratuits. Utilisez l&apos;adresse e-mail et le mot de passe de votre compte Now-DNS. Chaque requête porte une famille d&apos;adresses, envoyée dans myip.</translation>
    </message>
    <message>
        <source>the email address of the Now-DNS account</source>
        <translation>l&apos;adresse e-mail du compte Now-DNS</translation>
    </message>
    <message>
        <source>the password of the Now-DNS account</source>
        <translation>le mot de passe du compte Now-DNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Oray account. IPv4 only: the other clients send only IPv4 updates to Oray. qddns sends the update over HTTPS only (the other clients use plain http, which would expose the password); no other client shows that ddns.oray.com answers HTTPS, so if updates fail with a connection error, that is the likely cause.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe de votre compte Oray. IPv4 uniquement : les autres clients n&apos;envoient que des mises à jour IPv4 à Oray. qddns envoie la mise à jour uniquement en HTTPS (les autres clients utilisent http non chiffré, ce qui exposerait le mot de passe) ; aucun autre client ne montre que ddns.oray.com répond en HTTPS, donc si les mises à jour échouent avec une erreur de connexion, c&apos;en est la cause probable.</translation>
    </message>
    <message>
        <source>Oray username</source>
        <translation>Nom d&apos;utilisateur Oray</translation>
    </message>
    <message>
        <source>the username of the Oray account</source>
        <translation>le nom d&apos;utilisateur du compte Oray</translation>
    </message>
    <message>
        <source>the password of the Oray account</source>
        <translation>le mot de passe du compte Oray</translation>
    </message>
    <message>
        <source>Create a FlexDNS user for the record in the Domain-Offensive customer area (the FlexDNS record must be assigned to it) and use its username and password, not the customer login. Each request carries one address family.</source>
        <translation>Créez un utilisateur FlexDNS pour l&apos;enregistrement dans l&apos;espace client Domain-Offensive (l&apos;enregistrement FlexDNS doit lui être attribué) et utilisez son nom d&apos;utilisateur et son mot de passe, pas l&apos;identifiant client. Chaque requête porte une famille d&apos;adresses.</translation>
    </message>
    <message>
        <source>FlexDNS username</source>
        <translation>Nom d&apos;utilisateur FlexDNS</translation>
    </message>
    <message>
        <source>the FlexDNS username, e.g. DDNS-K12345-12345</source>
        <translation>le nom d&apos;utilisateur FlexDNS, p. ex. DDNS-K12345-12345</translation>
    </message>
    <message>
        <source>FlexDNS password</source>
        <translation>Mot de passe FlexDNS</translation>
    </message>
    <message>
        <source>the password of the FlexDNS user</source>
        <translation>le mot de passe de l&apos;utilisateur FlexDNS</translation>
    </message>
    <message>
        <source>Use the username and password that dynDNS.it gives for the hostname. dynDNS.it blocks hostnames that send updates when the address did not change; qddns sends one only when it changed. IPv4 only: dynDNS.it documents only IPv4 updates.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe que dynDNS.it fournit pour le nom d&apos;hôte. dynDNS.it bloque les noms d&apos;hôte qui envoient des mises à jour alors que l&apos;adresse n&apos;a pas changé ; qddns n&apos;en envoie une que lorsqu&apos;elle a changé. IPv4 uniquement : dynDNS.it ne documente que les mises à jour IPv4.</translation>
    </message>
    <message>
        <source>the dynDNS.it username of the hostname</source>
        <translation>le nom d&apos;utilisateur dynDNS.it du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the dynDNS.it password of the hostname</source>
        <translation>le mot de passe dynDNS.it du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Use your freedyn.de account ID (the 10-digit number) and your control-panel password or, better, the AUTH key of the account. IPv4 only in qddns.</source>
        <translation>Utilisez l&apos;identifiant de votre compte freedyn.de (le numéro à 10 chiffres) et le mot de passe de votre panneau de contrôle ou, mieux, la clé AUTH du compte. IPv4 uniquement dans qddns.</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Identifiant de compte</translation>
    </message>
    <message>
        <source>the 10-digit freedyn.de account ID</source>
        <translation>l&apos;identifiant à 10 chiffres du compte freedyn.de</translation>
    </message>
    <message>
        <source>AUTH key</source>
        <translation>Clé AUTH</translation>
    </message>
    <message>
        <source>the AUTH key (or the control-panel password)</source>
        <translation>la clé AUTH (ou le mot de passe du panneau de contrôle)</translation>
    </message>
    <message>
        <source>Create the record under &apos;Dynamic address records&apos; on the zone&apos;s page in HexDNS, then open it (the edit button) to see its ID and password: the ID is the username. Each dynamic record has its own ID and password.</source>
        <translation>Créez l&apos;enregistrement sous &apos;Dynamic address records&apos; sur la page de la zone dans HexDNS, puis ouvrez-le (le bouton de modification) pour voir son ID et son mot de passe : l&apos;ID est le nom d&apos;utilisateur. Chaque enregistrement dynamique a son propre ID et son propre mot de passe.</translation>
    </message>
    <message>
        <source>One name per profile: the record&apos;s ID and password belong to that name</source>
        <translation>Un nom par profil : l&apos;ID et le mot de passe de l&apos;enregistrement appartiennent à ce nom</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s ID (a UUID)</source>
        <translation>l&apos;ID de l&apos;enregistrement dynamique (un UUID)</translation>
    </message>
    <message>
        <source>the dynamic record&apos;s password</source>
        <translation>le mot de passe de l&apos;enregistrement dynamique</translation>
    </message>
    <message>
        <source>Use the email address (or username) and password of your VisualDNS account. The name must already have an A record in one of your domains. IPv4 only: VisualDNS documents updates of A records.</source>
        <translation>Utilisez l&apos;adresse e-mail (ou le nom d&apos;utilisateur) et le mot de passe de votre compte VisualDNS. Le nom doit déjà avoir un enregistrement A dans l&apos;un de vos domaines. IPv4 uniquement : VisualDNS documente les mises à jour d&apos;enregistrements A.</translation>
    </message>
    <message>
        <source>Email or username</source>
        <translation>E-mail ou nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the email address or username of the VisualDNS account</source>
        <translation>l&apos;adresse e-mail ou le nom d&apos;utilisateur du compte VisualDNS</translation>
    </message>
    <message>
        <source>the password of the VisualDNS account</source>
        <translation>le mot de passe du compte VisualDNS</translation>
    </message>
    <message>
        <source>Use the username and password of your Pubyun (3322.net) account. IPv4 only. Pubyun blocks a name that is updated more than once a minute; qddns sends an update only when the address changed.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe de votre compte Pubyun (3322.net). IPv4 uniquement. Pubyun bloque un nom mis à jour plus d&apos;une fois par minute ; qddns n&apos;envoie une mise à jour que lorsque l&apos;adresse a changé.</translation>
    </message>
    <message>
        <source>the username of the Pubyun account</source>
        <translation>le nom d&apos;utilisateur du compte Pubyun</translation>
    </message>
    <message>
        <source>the password of the Pubyun account</source>
        <translation>le mot de passe du compte Pubyun</translation>
    </message>
    <message>
        <source>Turn on the dynamic DNS API for the domain in your 1984 Hosting account (Domains &gt; FreeDNS &gt; API) and copy its API key.</source>
        <translation>Activez l&apos;API de DNS dynamique pour le domaine dans votre compte 1984 Hosting (Domains &gt; FreeDNS &gt; API) et copiez sa clé API.</translation>
    </message>
    <message>
        <source>The FreeDNS API key of your 1984 Hosting account</source>
        <translation>La clé API FreeDNS de votre compte 1984 Hosting</translation>
    </message>
    <message>
        <source>Copy the update key of your DDNSS account (ddnss.de &gt; Update-Key); it updates every host of the account, so the account password is not needed. For a host with both an IPv4 and an IPv6 address, turn on dual stack for it at DDNSS: qddns then sends both addresses in each update.</source>
        <translation>Copiez la clé de mise à jour de votre compte DDNSS (ddnss.de &gt; Update-Key) ; elle met à jour chaque hôte du compte, le mot de passe du compte n&apos;est donc pas nécessaire. Pour un hôte avec une adresse IPv4 et une adresse IPv6, activez pour lui la double pile chez DDNSS : qddns envoie alors les deux adresses dans chaque mise à jour.</translation>
    </message>
    <message>
        <source>Your DDNSS hosts, e.g. myhome.ddnss.de</source>
        <translation>Vos hôtes DDNSS, p. ex. myhome.ddnss.de</translation>
    </message>
    <message>
        <source>The update key of your DDNSS account (not the password)</source>
        <translation>La clé de mise à jour de votre compte DDNSS (pas le mot de passe)</translation>
    </message>
    <message>
        <source>dinahosting&apos;s API signs in with your dinahosting username and password. Set the domain the hosts belong to; each host is a name below it, e.g. home.example.com.</source>
        <translation>L&apos;API de dinahosting s&apos;authentifie avec votre nom d&apos;utilisateur et votre mot de passe dinahosting. Indiquez le domaine auquel appartiennent les hôtes ; chaque hôte est un nom sous ce domaine, p. ex. home.example.com.</translation>
    </message>
    <message>
        <source>Names below the profile&apos;s domain, e.g. home.example.com</source>
        <translation>Noms sous le domaine du profil, p. ex. home.example.com</translation>
    </message>
    <message>
        <source>Your dinahosting username</source>
        <translation>Votre nom d&apos;utilisateur dinahosting</translation>
    </message>
    <message>
        <source>The password of your dinahosting account</source>
        <translation>Le mot de passe de votre compte dinahosting</translation>
    </message>
    <message>
        <source>The domain at dinahosting the hosts belong to, e.g. example.com</source>
        <translation>Le domaine chez dinahosting auquel appartiennent les hôtes, p. ex. example.com</translation>
    </message>
    <message>
        <source>Turn on dynamic DNS for the record in Directnic&apos;s DNS management and copy its update URL: the token is the part after /dns/gateway/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Activez le DNS dynamique pour l&apos;enregistrement dans la gestion DNS de Directnic et copiez son URL de mise à jour : le jeton est la partie après /dns/gateway/. Un jeton met à jour un seul enregistrement, A ou AAAA : publiez uniquement sa famille, et utilisez un autre profil pour le jeton de l&apos;autre enregistrement.</translation>
    </message>
    <message>
        <source>The name whose record the token updates (the token alone identifies the record)</source>
        <translation>Le nom dont le jeton met à jour l&apos;enregistrement (le jeton seul identifie l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>Jeton de passerelle</translation>
    </message>
    <message>
        <source>The token of the record&apos;s update URL (https://directnic.com/dns/gateway/TOKEN/)</source>
        <translation>Le jeton de l&apos;URL de mise à jour de l&apos;enregistrement (https://directnic.com/dns/gateway/TOKEN/)</translation>
    </message>
    <message>
        <source>Create a DNS API key on dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). The hosts must already have their A (and AAAA) records at DNSExit.</source>
        <translation>Créez une clé d&apos;API DNS sur dnsexit.com (Dashboard &gt; Settings &gt; DNS API Key). Les hôtes doivent déjà avoir leurs enregistrements A (et AAAA) chez DNSExit.</translation>
    </message>
    <message>
        <source>A DNS API key of your DNSExit account</source>
        <translation>Une clé d&apos;API DNS de votre compte DNSExit</translation>
    </message>
    <message>
        <source>Create each record as a Dynamic DNS record in the DNS Made Easy control panel and give it a password; DNS Made Easy identifies the record by its ID, which the control panel shows beside it.</source>
        <translation>Créez chaque enregistrement comme enregistrement Dynamic DNS dans le panneau de contrôle de DNS Made Easy et donnez-lui un mot de passe ; DNS Made Easy identifie l&apos;enregistrement par son ID, que le panneau de contrôle affiche à côté.</translation>
    </message>
    <message>
        <source>The ID of each dynamic DNS record (a number; DNS Made Easy updates records by ID, not by name)</source>
        <translation>L&apos;ID de chaque enregistrement de DNS dynamique (un nombre ; DNS Made Easy met à jour les enregistrements par ID, pas par nom)</translation>
    </message>
    <message>
        <source>The username of your DNS Made Easy account</source>
        <translation>Le nom d&apos;utilisateur de votre compte DNS Made Easy</translation>
    </message>
    <message>
        <source>The password of the dynamic DNS record</source>
        <translation>Le mot de passe de l&apos;enregistrement de DNS dynamique</translation>
    </message>
    <message>
        <source>Generate a DonDNS key in your DonDominio account (My Account &gt; DonDNS Key) and create the host&apos;s A record in the domain&apos;s DNS zone; DonDNS then updates it.</source>
        <translation>Générez une clé DonDNS dans votre compte DonDominio (My Account &gt; DonDNS Key) et créez l&apos;enregistrement A de l&apos;hôte dans la zone DNS du domaine ; DonDNS le met ensuite à jour.</translation>
    </message>
    <message>
        <source>Your DonDominio username</source>
        <translation>Votre nom d&apos;utilisateur DonDominio</translation>
    </message>
    <message>
        <source>DonDNS key</source>
        <translation>Clé DonDNS</translation>
    </message>
    <message>
        <source>The DonDNS key of your account (not its password)</source>
        <translation>La clé DonDNS de votre compte (pas son mot de passe)</translation>
    </message>
    <message>
        <source>Create an HTTP token on dynv6.com (Keys &gt; HTTP Tokens), for the account or only this zone. Each host is one of your dynv6 zones, e.g. myhome.dynv6.net: the update API sets the zone&apos;s own A and AAAA records.</source>
        <translation>Créez un jeton HTTP sur dynv6.com (Keys &gt; HTTP Tokens), pour le compte ou pour cette zone seulement. Chaque hôte est l&apos;une de vos zones dynv6, p. ex. myhome.dynv6.net : l&apos;API de mise à jour définit les enregistrements A et AAAA propres à la zone.</translation>
    </message>
    <message>
        <source>Your dynv6 zones, e.g. myhome.dynv6.net (the update API sets a zone&apos;s own records, not those of names inside it)</source>
        <translation>Vos zones dynv6, p. ex. myhome.dynv6.net (l&apos;API de mise à jour définit les enregistrements propres à une zone, pas ceux des noms qu&apos;elle contient)</translation>
    </message>
    <message>
        <source>HTTP token</source>
        <translation>Jeton HTTP</translation>
    </message>
    <message>
        <source>An HTTP token of your dynv6 account (dynv6.com &gt; Keys)</source>
        <translation>Un jeton HTTP de votre compte dynv6 (dynv6.com &gt; Keys)</translation>
    </message>
    <message>
        <source>Set a domain password for the domain in your Enom account (SetDNSHost needs it) and add the hosts to its host records.</source>
        <translation>Définissez un mot de passe de domaine pour le domaine dans votre compte Enom (SetDNSHost en a besoin) et ajoutez les hôtes à ses enregistrements d&apos;hôte.</translation>
    </message>
    <message>
        <source>Domain password</source>
        <translation>Mot de passe du domaine</translation>
    </message>
    <message>
        <source>The domain password of the domain at Enom</source>
        <translation>Le mot de passe du domaine chez Enom</translation>
    </message>
    <message>
        <source>Enable the record on FreeDNS&apos;s v2 dynamic page (freedns.afraid.org/dynamic/v2/) and copy its token: the last part of its update URL https://sync.afraid.org/u/TOKEN/. A token updates one record, an A or an AAAA record: publish only its family, and use another profile for the other record&apos;s token.</source>
        <translation>Activez l&apos;enregistrement sur la page dynamique v2 de FreeDNS (freedns.afraid.org/dynamic/v2/) et copiez son jeton : la dernière partie de son URL de mise à jour https://sync.afraid.org/u/TOKEN/. Un jeton met à jour un seul enregistrement, A ou AAAA : publiez uniquement sa famille, et utilisez un autre profil pour le jeton de l&apos;autre enregistrement.</translation>
    </message>
    <message>
        <source>The record&apos;s token from freedns.afraid.org/dynamic/v2/</source>
        <translation>Le jeton de l&apos;enregistrement, depuis freedns.afraid.org/dynamic/v2/</translation>
    </message>
    <message>
        <source>Claim a name on freemyip.com and copy the token it shows; the token belongs to that name.</source>
        <translation>Réservez un nom sur freemyip.com et copiez le jeton affiché ; le jeton appartient à ce nom.</translation>
    </message>
    <message>
        <source>Your FreeMyIP name with its ending, e.g. myhome.freemyip.com</source>
        <translation>Votre nom FreeMyIP avec sa terminaison, p. ex. myhome.freemyip.com</translation>
    </message>
    <message>
        <source>The token freemyip.com gave for the name</source>
        <translation>Le jeton fourni par freemyip.com pour le nom</translation>
    </message>
    <message>
        <source>Create an API key in your Gigahost account; the domain&apos;s DNS must be hosted at Gigahost.</source>
        <translation>Créez une clé API dans votre compte Gigahost ; le DNS du domaine doit être hébergé chez Gigahost.</translation>
    </message>
    <message>
        <source>An API key of your Gigahost account</source>
        <translation>Une clé API de votre compte Gigahost</translation>
    </message>
    <message>
        <source>Use one of the usernames and its password from your GoIP router list (not the account login). GoIP sets the A record from the connection when a request carries no IPv4 address: publish IPv4 with IPv6.</source>
        <translation>Utilisez l&apos;un des noms d&apos;utilisateur de votre liste de routeurs GoIP et son mot de passe (pas les identifiants du compte). GoIP définit l&apos;enregistrement A d&apos;après la connexion quand une requête ne contient aucune adresse IPv4 : publiez IPv4 avec IPv6.</translation>
    </message>
    <message>
        <source>Your GoIP subdomains with their ending, e.g. myhome.goip.de</source>
        <translation>Vos sous-domaines GoIP avec leur terminaison, p. ex. myhome.goip.de</translation>
    </message>
    <message>
        <source>Router username</source>
        <translation>Nom d&apos;utilisateur du routeur</translation>
    </message>
    <message>
        <source>A username from your GoIP router list</source>
        <translation>Un nom d&apos;utilisateur de votre liste de routeurs GoIP</translation>
    </message>
    <message>
        <source>The password of that router username</source>
        <translation>Le mot de passe de ce nom d&apos;utilisateur de routeur</translation>
    </message>
    <message>
        <source>Add Dynamic DNS to the subdomain at DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) and set its password. The service refuses a second update of a host within 30 minutes.</source>
        <translation>Ajoutez Dynamic DNS au sous-domaine chez DomainDiscount24 (Domains &gt; My domains &gt; DynamicDNS &gt; Add Dynamic DNS to Subdomain) et définissez son mot de passe. Le service refuse une deuxième mise à jour d&apos;un hôte dans les 30 minutes.</translation>
    </message>
    <message>
        <source>The subdomains with Dynamic DNS, e.g. home.example.com</source>
        <translation>Les sous-domaines avec Dynamic DNS, p. ex. home.example.com</translation>
    </message>
    <message>
        <source>The DynamicDNS password of the subdomain</source>
        <translation>Le mot de passe DynamicDNS du sous-domaine</translation>
    </message>
    <message>
        <source>Use the master ID (or a child ID) and its password from MyDNS.JP; the records updated are those of the domain registered for that ID.</source>
        <translation>Utilisez l&apos;ID maître (master ID, ou un ID enfant) et son mot de passe de MyDNS.JP ; les enregistrements mis à jour sont ceux du domaine enregistré pour cet ID.</translation>
    </message>
    <message>
        <source>The domain registered for the ID (MyDNS.JP updates the ID&apos;s domain; the name is shown in qddns only)</source>
        <translation>Le domaine enregistré pour l&apos;ID (MyDNS.JP met à jour le domaine de l&apos;ID ; le nom n&apos;est affiché que dans qddns)</translation>
    </message>
    <message>
        <source>Master ID</source>
        <translation>ID maître</translation>
    </message>
    <message>
        <source>Your MyDNS.JP master ID or a child ID</source>
        <translation>Votre ID maître MyDNS.JP ou un ID enfant</translation>
    </message>
    <message>
        <source>The password of that ID</source>
        <translation>Le mot de passe de cet ID</translation>
    </message>
    <message>
        <source>Turn on Dynamic DNS for the domain (Domain List &gt; Manage &gt; Advanced DNS) and copy its Dynamic DNS password; add each host as an &apos;A + Dynamic DNS&apos; record. The password belongs to one domain: a profile updates names in the domain it names.</source>
        <translation>Activez Dynamic DNS pour le domaine (Domain List &gt; Manage &gt; Advanced DNS) et copiez son mot de passe Dynamic DNS ; ajoutez chaque hôte comme enregistrement &apos;A + Dynamic DNS&apos;. Le mot de passe appartient à un seul domaine : un profil met à jour les noms du domaine qu&apos;il indique.</translation>
    </message>
    <message>
        <source>The domain or names below it, e.g. example.com or home.example.com</source>
        <translation>Le domaine ou des noms sous celui-ci, p. ex. example.com ou home.example.com</translation>
    </message>
    <message>
        <source>The domain&apos;s Dynamic DNS password (Advanced DNS &gt; Dynamic DNS)</source>
        <translation>Le mot de passe Dynamic DNS du domaine (Advanced DNS &gt; Dynamic DNS)</translation>
    </message>
    <message>
        <source>The domain whose Dynamic DNS password this profile holds, e.g. example.com</source>
        <translation>Le domaine dont ce profil détient le mot de passe Dynamic DNS, p. ex. example.com</translation>
    </message>
    <message>
        <source>Add a Dynamic record for the name in the Njalla DNS settings of the domain and copy its key.</source>
        <translation>Ajoutez un enregistrement dynamique pour le nom dans les paramètres DNS Njalla du domaine et copiez sa clé.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>The key of the dynamic record</source>
        <translation>La clé de l&apos;enregistrement dynamique</translation>
    </message>
    <message>
        <source>Activate dynamic DNS for the domain in the regfish domain administration (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) and copy its DynDNS token.</source>
        <translation>Activez le DNS dynamique pour le domaine dans l&apos;administration des domaines regfish (Meine Domains &gt; Nameserver &gt; Dynamisches DNS) et copiez son jeton DynDNS.</translation>
    </message>
    <message>
        <source>DynDNS token</source>
        <translation>Jeton DynDNS</translation>
    </message>
    <message>
        <source>The domain&apos;s regfish DynDNS token</source>
        <translation>Le jeton DynDNS regfish du domaine</translation>
    </message>
    <message>
        <source>Create API credentials (a token and a secret) in the Domeneshop control panel, https://domene.shop/admin?view=api. Domeneshop creates the A or AAAA record if it does not exist yet.</source>
        <translation>Créez des identifiants d&apos;API (un jeton et un secret) dans le panneau de contrôle Domeneshop, https://domene.shop/admin?view=api. Domeneshop crée l&apos;enregistrement A ou AAAA s&apos;il n&apos;existe pas encore.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>the token of your Domeneshop API credentials</source>
        <translation>le jeton de vos identifiants d&apos;API Domeneshop</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret API</translation>
    </message>
    <message>
        <source>the secret of those API credentials</source>
        <translation>le secret de ces identifiants d&apos;API</translation>
    </message>
    <message>
        <source>In easyDNS, open the domain&apos;s DNS settings (Modular Editor &gt; Dynamic Records), define the dynamic hostnames and enable a Dynamic Authenticated Token: qddns sends that token, never the account password. easyDNS takes one update per host every 10 minutes at most.</source>
        <translation>Dans easyDNS, ouvrez les paramètres DNS du domaine (Modular Editor &gt; Dynamic Records), définissez les noms d&apos;hôte dynamiques et activez un Dynamic Authenticated Token : qddns envoie ce jeton, jamais le mot de passe du compte. easyDNS accepte au plus une mise à jour par hôte toutes les 10 minutes.</translation>
    </message>
    <message>
        <source>easyDNS username</source>
        <translation>Nom d&apos;utilisateur easyDNS</translation>
    </message>
    <message>
        <source>your easyDNS account username</source>
        <translation>le nom d&apos;utilisateur de votre compte easyDNS</translation>
    </message>
    <message>
        <source>Dynamic token</source>
        <translation>Jeton dynamique</translation>
    </message>
    <message>
        <source>the Dynamic Authenticated Token of the domain</source>
        <translation>le Dynamic Authenticated Token du domaine</translation>
    </message>
    <message>
        <source>Use the API username and password shown on your YDNS account page (a native YDNS account may use its own login instead). YDNS takes one address per request: qddns sends one for IPv4 and one for IPv6.</source>
        <translation>Utilisez le nom d&apos;utilisateur et le mot de passe d&apos;API affichés sur la page de votre compte YDNS (un compte YDNS natif peut utiliser ses propres identifiants à la place). YDNS accepte une adresse par requête : qddns en envoie une pour IPv4 et une pour IPv6.</translation>
    </message>
    <message>
        <source>API username</source>
        <translation>Nom d&apos;utilisateur API</translation>
    </message>
    <message>
        <source>the API username from your YDNS account page</source>
        <translation>le nom d&apos;utilisateur API de la page de votre compte YDNS</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Mot de passe API</translation>
    </message>
    <message>
        <source>the API password from your YDNS account page</source>
        <translation>le mot de passe API de la page de votre compte YDNS</translation>
    </message>
    <message>
        <source>another free dynamic DNS service</source>
        <translation>un autre service de DNS dynamique gratuit</translation>
    </message>
    <message>
        <source>another DNS host</source>
        <translation>un autre hébergeur DNS</translation>
    </message>
    <message>
        <source>another dynamic DNS service</source>
        <translation>un autre service de DNS dynamique</translation>
    </message>
    <message>
        <source>the DNS host your domains moved to</source>
        <translation>l&apos;hébergeur DNS vers lequel vos domaines ont migré</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Alibaba Cloud DNS (Alidns, also aliyun.com). Create a RAM user with an AccessKey and the AliyunDNSFullAccess policy (or alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord and alidns:AddDomainRecord). Records of the default line are updated; a missing one is created.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine dans Alibaba Cloud DNS (Alidns, aussi aliyun.com). Créez un utilisateur RAM avec une AccessKey et la stratégie AliyunDNSFullAccess (ou alidns:DescribeSubDomainRecords, alidns:UpdateDomainRecord et alidns:AddDomainRecord). Les enregistrements de la ligne par défaut sont mis à jour ; un enregistrement manquant est créé.</translation>
    </message>
    <message>
        <source>Names in the domain below; the domain itself (example.com) is a name too</source>
        <translation>Noms dans le domaine indiqué ci-dessous ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>ID de l&apos;AccessKey</translation>
    </message>
    <message>
        <source>The AccessKey ID of the RAM user (it starts with LTAI)</source>
        <translation>L&apos;ID de l&apos;AccessKey de l&apos;utilisateur RAM (il commence par LTAI)</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>Secret de l&apos;AccessKey</translation>
    </message>
    <message>
        <source>The AccessKey secret shown once when the AccessKey was created</source>
        <translation>Le secret de l&apos;AccessKey, affiché une seule fois lors de la création de l&apos;AccessKey</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Alibaba Cloud DNS, e.g. example.com.</source>
        <translation>Le domaine auquel appartiennent les hôtes, tel qu&apos;ajouté à Alibaba Cloud DNS, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public zone in Baidu AI Cloud DNS (智能云解析). Create an access key (Access Key ID and Secret Access Key) under Security Authentication for a user who may manage DNS. Records of the default line are updated; a missing one is created.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone publique dans Baidu AI Cloud DNS (智能云解析). Créez une clé d&apos;accès (Access Key ID et Secret Access Key) sous Security Authentication pour un utilisateur autorisé à gérer le DNS. Les enregistrements de la ligne par défaut sont mis à jour ; un enregistrement manquant est créé.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.com) is a name too</source>
        <translation>Noms dans la zone indiquée ci-dessous ; la zone elle-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>Access Key ID</source>
        <translation>Access Key ID</translation>
    </message>
    <message>
        <source>The Access Key ID (AK) of the access key</source>
        <translation>L&apos;Access Key ID (AK) de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret Access Key</source>
        <translation>Secret Access Key</translation>
    </message>
    <message>
        <source>The Secret Access Key (SK) of the access key</source>
        <translation>La Secret Access Key (SK) de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>The zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zone (domaine) à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains and subdomains on Beget&apos;s DNS through the Beget API. Beget replaces every record of a name at once, so the name&apos;s other records (MX, TXT, the other family) are sent back as they were; a name that already holds the address is left alone. Beget&apos;s API has no TTL.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines et sous-domaines sur le DNS de Beget via l&apos;API Beget. Beget remplace tous les enregistrements d&apos;un nom à la fois, donc les autres enregistrements du nom (MX, TXT, l&apos;autre famille) sont renvoyés tels quels ; un nom qui contient déjà l&apos;adresse n&apos;est pas modifié. L&apos;API de Beget ne gère pas de TTL.</translation>
    </message>
    <message>
        <source>Domains or subdomains on your Beget account</source>
        <translation>Domaines ou sous-domaines de votre compte Beget</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>The Beget account login</source>
        <translation>L&apos;identifiant du compte Beget</translation>
    </message>
    <message>
        <source>The API password set in the Beget control panel (API section), with API access enabled</source>
        <translation>Le mot de passe API défini dans le panneau de contrôle Beget (section API), avec l&apos;accès API activé</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Bunny DNS through the bunny.net API. A record that does not exist is added; one that already holds the address is left alone, and a changed one keeps its TTL, acceleration, state and comment unless the profile sets a TTL.</source>
        <translation>Met à jour les enregistrements A/AAAA de zones dans Bunny DNS via l&apos;API bunny.net. Un enregistrement inexistant est ajouté ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, son accélération, son état et son commentaire, sauf si le profil définit un TTL.</translation>
    </message>
    <message>
        <source>Names in your Bunny DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos zones Bunny DNS ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>The account&apos;s API key from the bunny.net dashboard (Account settings &gt; API key)</source>
        <translation>La clé API du compte, depuis le tableau de bord bunny.net (Account settings &gt; API key)</translation>
    </message>
    <message>
        <source>The Bunny DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zone Bunny DNS à laquelle appartiennent les hôtes, p. ex. example.com. Si elle n&apos;est pas définie, qddns la cherche parmi les zones du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Cloudflare through the API v4. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone hébergée chez Cloudflare via l&apos;API v4. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>A Cloudflare API token (My Profile &gt; API Tokens &gt; Create Token) with the permissions Zone:Zone:Read and Zone:DNS:Edit for this zone. Not the Global API Key.</source>
        <translation>Un jeton d&apos;API Cloudflare (My Profile &gt; API Tokens &gt; Create Token) avec les autorisations Zone:Zone:Read et Zone:DNS:Edit pour cette zone. Pas la Global API Key.</translation>
    </message>
    <message>
        <source>The Cloudflare zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zone Cloudflare (domaine) à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Route the records through Cloudflare&apos;s proxy (orange cloud). When not set, new records are not proxied and existing records keep their setting. Proxied records always have an automatic TTL.</source>
        <translation>Faire passer les enregistrements par le proxy de Cloudflare (nuage orange). Si ce n&apos;est pas défini, les nouveaux enregistrements ne passent pas par le proxy et les enregistrements existants gardent leur réglage. Les enregistrements passant par le proxy ont toujours un TTL automatique.</translation>
    </message>
    <message>
        <source>Proxied</source>
        <translation>Via le proxy</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a master zone at ClouDNS through its HTTP API, which ClouDNS offers on paid plans: create an API user (auth-id and password, or a sub-user limited to the zone) under API &amp; Resellers. Each record is read first and changed only when it differs, keeping its TTL; a missing one is added with 3600 seconds unless the profile sets a TTL (ClouDNS takes 60, 300, 900, 1800, 3600, 21600, 43200, 86400 seconds and longer).</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone maître chez ClouDNS via son API HTTP, que ClouDNS propose dans ses offres payantes : créez un utilisateur API (auth-id et mot de passe, ou un sous-utilisateur limité à la zone) sous API &amp; Resellers. Chaque enregistrement est d&apos;abord lu et modifié seulement s&apos;il diffère, en conservant son TTL ; un enregistrement manquant est ajouté avec 3600 secondes, sauf si le profil définit un TTL (ClouDNS accepte 60, 300, 900, 1800, 3600, 21600, 43200, 86400 secondes et plus).</translation>
    </message>
    <message>
        <source>Auth ID</source>
        <translation>ID d&apos;authentification</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-id (or the sub-user&apos;s sub-auth-id, with subUser set)</source>
        <translation>L&apos;auth-id de l&apos;utilisateur API (ou le sub-auth-id du sous-utilisateur, avec subUser défini)</translation>
    </message>
    <message>
        <source>Auth password</source>
        <translation>Mot de passe d&apos;authentification</translation>
    </message>
    <message>
        <source>The API user&apos;s auth-password</source>
        <translation>L&apos;auth-password de l&apos;utilisateur API</translation>
    </message>
    <message>
        <source>API sub-user</source>
        <translation>Sous-utilisateur API</translation>
    </message>
    <message>
        <source>The Auth ID is a sub-user&apos;s sub-auth-id.</source>
        <translation>L&apos;Auth ID est le sub-auth-id d&apos;un sous-utilisateur.</translation>
    </message>
    <message>
        <source>The zone (domain) at ClouDNS the hosts belong to, e.g. example.com.</source>
        <translation>La zone (domaine) chez ClouDNS à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>For services updated by one HTTP GET. Write their update URL with the placeholders [USERNAME], [PASSWORD], [DOMAIN], [IP] and [IP6]; each is replaced by its value, percent-encoded.</source>
        <translation>Pour les services mis à jour par une seule requête HTTP GET. Écrivez leur URL de mise à jour avec les espaces réservés [USERNAME], [PASSWORD], [DOMAIN], [IP] et [IP6] ; chacun est remplacé par sa valeur, encodée en pourcentage.</translation>
    </message>
    <message>
        <source>Each name replaces [DOMAIN] in the URL, one request per name</source>
        <translation>Chaque nom remplace [DOMAIN] dans l&apos;URL, une requête par nom</translation>
    </message>
    <message>
        <source>Replaces [USERNAME] in the URL</source>
        <translation>Remplace [USERNAME] dans l&apos;URL</translation>
    </message>
    <message>
        <source>Replaces [PASSWORD] in the URL</source>
        <translation>Remplace [PASSWORD] dans l&apos;URL</translation>
    </message>
    <message>
        <source>The update URL, e.g. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. With [IP6] one request per host carries both addresses ([IP] the IPv4, [IP6] the IPv6, an address not published left empty); with only [IP], one request is sent per address.</source>
        <translation>L&apos;URL de mise à jour, p. ex. https://dyn.example.net/update?host=[DOMAIN]&amp;ip=[IP]. Avec [IP6], une requête par hôte porte les deux adresses ([IP] l&apos;IPv4, [IP6] l&apos;IPv6, une adresse non publiée restant vide) ; avec [IP] seul, une requête est envoyée par adresse.</translation>
    </message>
    <message>
        <source>Update URL</source>
        <translation>URL de mise à jour</translation>
    </message>
    <message>
        <source>A regular expression the reply must contain for the update to count as done, e.g. ^(good|nochg)</source>
        <translation>Une expression régulière que la réponse doit contenir pour que la mise à jour soit considérée comme effectuée, p. ex. ^(good|nochg)</translation>
    </message>
    <message>
        <source>Success pattern</source>
        <translation>Motif de réussite</translation>
    </message>
    <message>
        <source>Updates A/AAAA RRsets of any domain at deSEC (dedyn.io names or your own domains) through its REST API, several names per profile. A name without an RRset of the type gets one with the domain&apos;s minimum TTL (usually 3600 seconds) unless the profile sets one; an RRset that already holds the address is left alone, one holding several addresses is not overwritten. For a single dedyn.io name, the &quot;desec&quot; (DynDNS) provider needs less setup.</source>
        <translation>Met à jour les RRsets A/AAAA de n&apos;importe quel domaine chez deSEC (noms dedyn.io ou vos propres domaines) via son API REST, plusieurs noms par profil. Un nom sans RRset du type en reçoit un avec le TTL minimal du domaine (généralement 3600 secondes), sauf si le profil en définit un ; un RRset qui contient déjà l&apos;adresse n&apos;est pas modifié, un RRset contenant plusieurs adresses n&apos;est pas écrasé. Pour un seul nom dedyn.io, le fournisseur &quot;desec&quot; (DynDNS) demande moins de configuration.</translation>
    </message>
    <message>
        <source>A deSEC API token (https://desec.io/tokens)</source>
        <translation>Un jeton d&apos;API deSEC (https://desec.io/tokens)</translation>
    </message>
    <message>
        <source>The deSEC domain the hosts belong to, e.g. example.com or myhome.dedyn.io.</source>
        <translation>Le domaine deSEC auquel appartiennent les hôtes, p. ex. example.com ou myhome.dedyn.io.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains managed by DigitalOcean&apos;s DNS through the API v2. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines gérés par le DNS de DigitalOcean via l&apos;API v2. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, sauf si le profil en définit un.</translation>
    </message>
    <message>
        <source>Names in your DigitalOcean domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines DigitalOcean ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>A personal access token (API &gt; Tokens &gt; Generate New Token) with the custom scopes domain: read, create and update</source>
        <translation>Un jeton d&apos;accès personnel (API &gt; Tokens &gt; Generate New Token) avec les portées personnalisées domain: read, create et update</translation>
    </message>
    <message>
        <source>The DigitalOcean domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Le domaine DigitalOcean auquel appartiennent les hôtes, p. ex. example.com. S&apos;il n&apos;est pas défini, qddns le cherche parmi les domaines du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at DNSPod through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudDNSPodFullAccess policy. Records of the default line are updated; a missing one is created. (DNSPod&apos;s older &quot;ID,Token&quot; API is not this one.)</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine chez DNSPod via Tencent Cloud API 3.0. Créez une clé API (SecretId et SecretKey) sous Access Management, API Keys, pour un utilisateur ayant la stratégie QcloudDNSPodFullAccess. Les enregistrements de la ligne par défaut sont mis à jour ; un enregistrement manquant est créé. (L&apos;ancienne API &quot;ID,Token&quot; de DNSPod n&apos;est pas celle-ci.)</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>The SecretId of the API key (it starts with AKID)</source>
        <translation>Le SecretId de la clé API (il commence par AKID)</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>The SecretKey of the API key</source>
        <translation>La SecretKey de la clé API</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to DNSPod, e.g. example.com.</source>
        <translation>Le domaine auquel appartiennent les hôtes, tel qu&apos;ajouté à DNSPod, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains hosted at DreamHost through the DreamHost API. A record that does not exist is added; one that already holds the address is left alone; a changed one gets the new value added (with its comment) and the old one removed, as the API has no edit. DreamHost&apos;s API has no TTL.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines hébergés chez DreamHost via l&apos;API DreamHost. Un enregistrement inexistant est ajouté ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié ; pour un enregistrement modifié, la nouvelle valeur est ajoutée (avec son commentaire) et l&apos;ancienne supprimée, car l&apos;API ne permet pas de modifier. L&apos;API de DreamHost ne gère pas de TTL.</translation>
    </message>
    <message>
        <source>Names in your DreamHost domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines DreamHost ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>An API key from the DreamHost panel (Advanced &gt; API) allowed dns-list_records, dns-add_record and dns-remove_record</source>
        <translation>Une clé API du panneau DreamHost (Advanced &gt; API) autorisée pour dns-list_records, dns-add_record et dns-remove_record</translation>
    </message>
    <message>
        <source>Sign in at duckdns.org; your token is shown at the top of the page. Hosts are your subdomains, written &quot;myhome&quot; or &quot;myhome.duckdns.org&quot;.</source>
        <translation>Connectez-vous sur duckdns.org ; votre jeton est affiché en haut de la page. Les hôtes sont vos sous-domaines, écrits &quot;myhome&quot; ou &quot;myhome.duckdns.org&quot;.</translation>
    </message>
    <message>
        <source>Your Duck DNS subdomains: &quot;myhome&quot; for myhome.duckdns.org</source>
        <translation>Vos sous-domaines Duck DNS : &quot;myhome&quot; pour myhome.duckdns.org</translation>
    </message>
    <message>
        <source>The account token shown on duckdns.org after signing in</source>
        <translation>Le jeton du compte affiché sur duckdns.org après connexion</translation>
    </message>
    <message>
        <source>Any service that speaks the DynDNS2 protocol (/nic/update with HTTP Basic authentication). Set &quot;server&quot; to its base URL, e.g. https://dyndns.example.net; qddns appends /nic/update.</source>
        <translation>Tout service qui parle le protocole DynDNS2 (/nic/update avec authentification HTTP Basic). Définissez &quot;server&quot; sur son URL de base, p. ex. https://dyndns.example.net ; qddns ajoute /nic/update.</translation>
    </message>
    <message>
        <source>the username the service gave you for updates</source>
        <translation>le nom d&apos;utilisateur que le service vous a donné pour les mises à jour</translation>
    </message>
    <message>
        <source>the password or update key for that username</source>
        <translation>le mot de passe ou la clé de mise à jour de ce nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>not used: the hostname itself is the username</source>
        <translation>non utilisé : le nom d&apos;hôte lui-même est le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>not used: the service checks only the secret</source>
        <translation>non utilisé : le service vérifie seulement le secret</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a site whose DNS is hosted by Tencent Cloud EdgeOne (NS access) through Tencent Cloud API 3.0. Create an API key (SecretId and SecretKey) under Access Management, API Keys, for a user with the QcloudTEOFullAccess policy. Records of the Default location are updated, keeping their TTL; a missing one is created.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un site dont le DNS est hébergé par Tencent Cloud EdgeOne (accès NS) via Tencent Cloud API 3.0. Créez une clé API (SecretId et SecretKey) sous Access Management, API Keys, pour un utilisateur ayant la stratégie QcloudTEOFullAccess. Les enregistrements de l&apos;emplacement Default sont mis à jour en conservant leur TTL ; un enregistrement manquant est créé.</translation>
    </message>
    <message>
        <source>Names in the site below; the site&apos;s domain itself (example.com) is a name too</source>
        <translation>Noms dans le site indiqué ci-dessous ; le domaine du site lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>The EdgeOne site (the domain) the hosts belong to, e.g. example.com.</source>
        <translation>Le site EdgeOne (le domaine) auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains on Gandi&apos;s LiveDNS through the API v5. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines sur LiveDNS de Gandi via l&apos;API v5. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, sauf si le profil en définit un.</translation>
    </message>
    <message>
        <source>Names in your Gandi domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines Gandi ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <source>A personal access token (Organizations &gt; Sharing &gt; Create a token) with the permission &quot;Manage domain name technical configurations&quot;. The older API keys are deprecated by Gandi.</source>
        <translation>Un jeton d&apos;accès personnel (Organizations &gt; Sharing &gt; Create a token) avec l&apos;autorisation &quot;Manage domain name technical configurations&quot;. Les anciennes clés API sont obsolètes chez Gandi.</translation>
    </message>
    <message>
        <source>The Gandi domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s LiveDNS domains.</source>
        <translation>Le domaine Gandi auquel appartiennent les hôtes, p. ex. example.com. S&apos;il n&apos;est pas défini, qddns le cherche parmi les domaines LiveDNS du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a managed zone in Google Cloud DNS. Create a service account with the role DNS Administrator (roles/dns.admin), add a JSON key to it and store the whole key file as the secret (qddns-agent secret set PROFILE &lt; key.json). A record set that does not exist is created.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone gérée dans Google Cloud DNS. Créez un compte de service avec le rôle DNS Administrator (roles/dns.admin), ajoutez-lui une clé JSON et stockez tout le fichier de clé comme secret (qddns-agent secret set PROFILE &lt; key.json). Un jeu d&apos;enregistrements inexistant est créé.</translation>
    </message>
    <message>
        <source>Names in the managed zone below</source>
        <translation>Noms dans la zone gérée indiquée ci-dessous</translation>
    </message>
    <message>
        <source>Service account key (JSON)</source>
        <translation>Clé du compte de service (JSON)</translation>
    </message>
    <message>
        <source>The JSON key file of the service account, as downloaded from the Cloud console</source>
        <translation>Le fichier de clé JSON du compte de service, tel que téléchargé depuis la console Cloud</translation>
    </message>
    <message>
        <source>The managed zone&apos;s name in Cloud DNS (like example-com), not its DNS name.</source>
        <translation>Le nom de la zone gérée dans Cloud DNS (comme example-com), pas son nom DNS.</translation>
    </message>
    <message>
        <source>Managed zone</source>
        <translation>Zone gérée</translation>
    </message>
    <message>
        <source>The project ID of the zone, when it is not the service account&apos;s own project.</source>
        <translation>L&apos;ID du projet de la zone, s&apos;il ne s&apos;agit pas du projet propre au compte de service.</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Gcore Managed DNS through the DNS API v2. An RRSet that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL, balancing settings and metadata unless the profile sets a TTL. Gcore&apos;s free plan takes TTLs of 120 seconds or more.</source>
        <translation>Met à jour les enregistrements A/AAAA de zones dans Gcore Managed DNS via la DNS API v2. Un RRSet inexistant est créé ; un RRSet qui contient déjà l&apos;adresse n&apos;est pas modifié, et un RRSet modifié conserve son TTL, ses paramètres d&apos;équilibrage et ses métadonnées, sauf si le profil définit un TTL. L&apos;offre gratuite de Gcore accepte des TTL de 120 secondes ou plus.</translation>
    </message>
    <message>
        <source>Names in your Gcore DNS zones; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos zones DNS Gcore ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>A permanent API token from the Gcore Customer Portal (Profile &gt; API Tokens)</source>
        <translation>Un jeton d&apos;API permanent du Gcore Customer Portal (Profile &gt; API Tokens)</translation>
    </message>
    <message>
        <source>The Gcore DNS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zone DNS Gcore à laquelle appartiennent les hôtes, p. ex. example.com. Si elle n&apos;est pas définie, qddns la cherche parmi les zones du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains using GoDaddy&apos;s DNS through the Domains API v1. GoDaddy opens that API only to accounts with 10 or more domains or a Discount Domain Club – Premier membership. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines utilisant le DNS de GoDaddy via la Domains API v1. GoDaddy n&apos;ouvre cette API qu&apos;aux comptes ayant 10 domaines ou plus ou un abonnement Discount Domain Club – Premier. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, sauf si le profil en définit un.</translation>
    </message>
    <message>
        <source>Names in your GoDaddy domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines GoDaddy ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>The secret shown once with a Production API key at developer.godaddy.com/keys</source>
        <translation>Le secret affiché une seule fois avec une clé API Production sur developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>A Production API key from developer.godaddy.com/keys</source>
        <translation>Une clé API Production de developer.godaddy.com/keys</translation>
    </message>
    <message>
        <source>The GoDaddy domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s active domains.</source>
        <translation>Le domaine GoDaddy auquel appartiennent les hôtes, p. ex. example.com. S&apos;il n&apos;est pas défini, qddns le cherche parmi les domaines actifs du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of zones in Hetzner DNS through the Hetzner Cloud API (zones of the Hetzner Console). Zones still in the old DNS Console must be migrated to the Hetzner Console first: the old DNS API is being retired. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and comment.</source>
        <translation>Met à jour les enregistrements A/AAAA de zones dans Hetzner DNS via l&apos;API Hetzner Cloud (zones de la Hetzner Console). Les zones encore dans l&apos;ancienne DNS Console doivent d&apos;abord être migrées vers la Hetzner Console : l&apos;ancienne API DNS est en cours de retrait. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL et son commentaire.</translation>
    </message>
    <message>
        <source>Names in your Hetzner zones; the zone itself (example.com) is a name too</source>
        <translation>Noms dans vos zones Hetzner ; la zone elle-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>An API token of the Hetzner Console project that holds the zone (Security &gt; API tokens), with Read &amp; Write permission. Tokens of the old DNS Console do not work.</source>
        <translation>Un jeton d&apos;API du projet Hetzner Console qui contient la zone (Security &gt; API tokens), avec l&apos;autorisation Read &amp; Write. Les jetons de l&apos;ancienne DNS Console ne fonctionnent pas.</translation>
    </message>
    <message>
        <source>The Hetzner zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the project&apos;s zones. The profile&apos;s TTL is given to records qddns creates.</source>
        <translation>La zone Hetzner à laquelle appartiennent les hôtes, p. ex. example.com. Si elle n&apos;est pas définie, qddns la cherche parmi les zones du projet. Les enregistrements créés par qddns reçoivent le TTL du profil.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Hostinger&apos;s DNS through the Hostinger API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine dans le DNS de Hostinger via l&apos;API Hostinger. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, sauf si le profil en définit un.</translation>
    </message>
    <message>
        <source>Names in the domain set as the zone; the domain itself (example.com) is a name too</source>
        <translation>Noms dans le domaine défini comme zone ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>An API token from hPanel (Account &gt; API)</source>
        <translation>Un jeton d&apos;API de hPanel (Account &gt; API)</translation>
    </message>
    <message>
        <source>The Hostinger domain whose DNS zone holds the hosts, e.g. example.com</source>
        <translation>Le domaine Hostinger dont la zone DNS contient les hôtes, p. ex. example.com</translation>
    </message>
    <message>
        <source>Updates A/AAAA record sets of a public zone in Huawei Cloud DNS. Create an access key (AK/SK) for an IAM user with the DNS FullAccess policy under My Credentials, Access Keys. A record set that does not exist is created.</source>
        <translation>Met à jour les jeux d&apos;enregistrements A/AAAA d&apos;une zone publique dans Huawei Cloud DNS. Créez une clé d&apos;accès (AK/SK) pour un utilisateur IAM ayant la stratégie DNS FullAccess sous My Credentials, Access Keys. Un jeu d&apos;enregistrements inexistant est créé.</translation>
    </message>
    <message>
        <source>Access key ID (AK)</source>
        <translation>ID de clé d&apos;accès (AK)</translation>
    </message>
    <message>
        <source>The access key ID from the credentials.csv of the access key</source>
        <translation>L&apos;ID de clé d&apos;accès, depuis le fichier credentials.csv de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key (SK)</source>
        <translation>Clé d&apos;accès secrète (SK)</translation>
    </message>
    <message>
        <source>The secret access key from the credentials.csv of the access key</source>
        <translation>La clé d&apos;accès secrète, depuis le fichier credentials.csv de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>The public zone the hosts belong to, e.g. example.com.</source>
        <translation>La zone publique à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in IONOS DNS through the IONOS DNS API. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL and priority unless the profile sets a TTL.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines dans IONOS DNS via l&apos;API IONOS DNS. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL et sa priorité, sauf si le profil définit un TTL.</translation>
    </message>
    <message>
        <source>Names in your IONOS zones; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos zones IONOS ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>An API key from developer.hosting.ionos.com/keys, written as the public prefix and the secret joined by a dot: publicprefix.secret</source>
        <translation>Une clé API de developer.hosting.ionos.com/keys, écrite sous la forme du préfixe public et du secret joints par un point : publicprefix.secret</translation>
    </message>
    <message>
        <source>The IONOS zone the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s zones.</source>
        <translation>La zone IONOS à laquelle appartiennent les hôtes, p. ex. example.com. Si elle n&apos;est pas définie, qddns la cherche parmi les zones du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains in Linode&apos;s DNS Manager through the API v4. A record that does not exist is created; one that already holds the address is left alone, and a changed one keeps its TTL unless the profile sets one.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines dans le DNS Manager de Linode via l&apos;API v4. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement modifié conserve son TTL, sauf si le profil en définit un.</translation>
    </message>
    <message>
        <source>Names in your Linode domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines Linode ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>A personal access token (Cloud Manager &gt; API Tokens) with Domains: Read/Write</source>
        <translation>Un jeton d&apos;accès personnel (Cloud Manager &gt; API Tokens) avec Domains: Read/Write</translation>
    </message>
    <message>
        <source>The Linode domain the hosts belong to, e.g. example.com. When not set, qddns finds it among the account&apos;s domains.</source>
        <translation>Le domaine Linode auquel appartiennent les hôtes, p. ex. example.com. S&apos;il n&apos;est pas défini, qddns le cherche parmi les domaines du compte.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted at LuaDNS through its REST API. API access is disabled by default: enable it in the account settings, then create an API key (global, or restricted to this zone). A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone hébergée chez LuaDNS via son API REST. L&apos;accès à l&apos;API est désactivé par défaut : activez-le dans les paramètres du compte, puis créez une clé API (globale, ou limitée à cette zone). Un enregistrement inexistant est créé avec un TTL de 3600 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The email address of your LuaDNS account</source>
        <translation>L&apos;adresse e-mail de votre compte LuaDNS</translation>
    </message>
    <message>
        <source>An API key from the API Keys page of your LuaDNS account</source>
        <translation>Une clé API de la page API Keys de votre compte LuaDNS</translation>
    </message>
    <message>
        <source>The LuaDNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zone LuaDNS à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone hosted on Mythic Beasts&apos; primary DNS through the DNS API v2. Create an API key in the control panel (API keys) with access to the DNS API for the zone, or only for the records you update. Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 300 seconds unless the profile sets a TTL.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone hébergée sur le DNS primaire de Mythic Beasts via la DNS API v2. Créez une clé API dans le panneau de contrôle (API keys) avec un accès à l&apos;API DNS pour la zone, ou seulement pour les enregistrements que vous mettez à jour. Chaque enregistrement est d&apos;abord lu et remplacé seulement s&apos;il diffère, en conservant son TTL ; un enregistrement manquant est créé avec 300 secondes, sauf si le profil définit un TTL.</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>ID de clé API</translation>
    </message>
    <message>
        <source>The key ID of a DNS API v2 key (control panel, API keys)</source>
        <translation>L&apos;ID d&apos;une clé DNS API v2 (panneau de contrôle, API keys)</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>Secret de clé API</translation>
    </message>
    <message>
        <source>The secret shown once when the key was created</source>
        <translation>Le secret affiché une seule fois lors de la création de la clé</translation>
    </message>
    <message>
        <source>The zone (domain) at Mythic Beasts the hosts belong to, e.g. example.com.</source>
        <translation>La zone (domaine) chez Mythic Beasts à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Name.com (using Name.com&apos;s DNS) through its API. Create a production API token under Account Settings &gt; API Token Management. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines enregistrés chez Name.com (utilisant le DNS de Name.com) via son API. Créez un jeton d&apos;API de production sous Account Settings &gt; API Token Management. Un enregistrement inexistant est créé avec un TTL de 300 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Your Name.com account username (for the test environment, with -test appended)</source>
        <translation>Le nom d&apos;utilisateur de votre compte Name.com (pour l&apos;environnement de test, suivi de -test)</translation>
    </message>
    <message>
        <source>An API token from Account Settings &gt; API Token Management</source>
        <translation>Un jeton d&apos;API de Account Settings &gt; API Token Management</translation>
    </message>
    <message>
        <source>The Name.com domain the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine Name.com auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at NameSilo (using NameSilo&apos;s DNS) through its API. Generate an API key in the API Manager of your account; sub-accounts cannot use the API. The API takes the key in the request URL (qddns masks it in its logs). A record that does not exist is created (with NameSilo&apos;s default TTL unless the profile sets one); one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines enregistrés chez NameSilo (utilisant le DNS de NameSilo) via son API. Générez une clé API dans l&apos;API Manager de votre compte ; les sous-comptes ne peuvent pas utiliser l&apos;API. L&apos;API reçoit la clé dans l&apos;URL de la requête (qddns la masque dans ses journaux). Un enregistrement inexistant est créé (avec le TTL par défaut de NameSilo, sauf si le profil en définit un) ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The key from the API Manager of your NameSilo account</source>
        <translation>La clé de l&apos;API Manager de votre compte NameSilo</translation>
    </message>
    <message>
        <source>The NameSilo domain the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine NameSilo auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone hosted at NearlyFreeSpeech.NET. Create an API key under Profile, Manage API Key; it works with the member login. The records of a name and type are replaced in one step; a missing one is added. NearlyFreeSpeech.NET&apos;s shortest TTL is 180 seconds.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone DNS hébergée chez NearlyFreeSpeech.NET. Créez une clé API sous Profile, Manage API Key ; elle fonctionne avec l&apos;identifiant de membre. Les enregistrements d&apos;un nom et d&apos;un type sont remplacés en une seule étape ; un enregistrement manquant est ajouté. Le TTL le plus court de NearlyFreeSpeech.NET est de 180 secondes.</translation>
    </message>
    <message>
        <source>Member login</source>
        <translation>Identifiant de membre</translation>
    </message>
    <message>
        <source>The login name of the NearlyFreeSpeech.NET membership</source>
        <translation>Le nom de connexion de l&apos;adhésion NearlyFreeSpeech.NET</translation>
    </message>
    <message>
        <source>The API key from Profile, Manage API Key</source>
        <translation>La clé API de Profile, Manage API Key</translation>
    </message>
    <message>
        <source>The DNS zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zone DNS (domaine) à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains at netcup (using netcup&apos;s name servers) through the CCP DNS API. In the customer control panel (CCP), under Master Data &gt; API, generate the API password and create an API key. Each update logs in, changes the records and logs out. A record that does not exist is created; one that already holds the address is left alone. TTLs are set for the whole zone in the CCP.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines chez netcup (utilisant les serveurs de noms de netcup) via la CCP DNS API. Dans le panneau de contrôle client (CCP), sous Master Data &gt; API, générez le mot de passe API et créez une clé API. Chaque mise à jour se connecte, modifie les enregistrements et se déconnecte. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié. Les TTL sont définis pour toute la zone dans le CCP.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Your netcup customer number</source>
        <translation>Votre numéro client netcup</translation>
    </message>
    <message>
        <source>The API password generated in the CCP (Master Data &gt; API)</source>
        <translation>Le mot de passe API généré dans le CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>An API key created in the CCP (Master Data &gt; API)</source>
        <translation>Une clé API créée dans le CCP (Master Data &gt; API)</translation>
    </message>
    <message>
        <source>The netcup domain the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine netcup auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone at NS1 (IBM NS1 Connect) through its REST API. Create an API key with permission to manage the zone&apos;s DNS records. A record that does not exist is created (with the zone&apos;s default TTL unless the profile sets one); one that already holds the address is left alone, and one with several answers is not overwritten. An answer&apos;s metadata is kept.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone chez NS1 (IBM NS1 Connect) via son API REST. Créez une clé API autorisée à gérer les enregistrements DNS de la zone. Un enregistrement inexistant est créé (avec le TTL par défaut de la zone, sauf si le profil en définit un) ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié, et un enregistrement ayant plusieurs réponses n&apos;est pas écrasé. Les métadonnées d&apos;une réponse sont conservées.</translation>
    </message>
    <message>
        <source>An NS1 API key allowed to manage the zone&apos;s records</source>
        <translation>Une clé API NS1 autorisée à gérer les enregistrements de la zone</translation>
    </message>
    <message>
        <source>The NS1 zone the hosts belong to, e.g. example.com.</source>
        <translation>La zone NS1 à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at OVHcloud through its signed API, then refreshes the zone so that the change is served. Create an application key, its secret and a consumer key at https://eu.api.ovh.com/createToken/ (Canada: ca.api.ovh.com, US: api.us.ovhcloud.com, then set the server to https://ca.api.ovh.com/1.0 or https://api.us.ovhcloud.com/1.0) with the rights GET, POST and PUT on /domain/zone/*. Requests carry this machine&apos;s time: keep its clock right. For a single DynHost record the &quot;ovh&quot; provider needs only the DynHost login.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone DNS chez OVHcloud via son API signée, puis rafraîchit la zone pour que la modification soit servie. Créez une clé d&apos;application, son secret et une clé consommateur sur https://eu.api.ovh.com/createToken/ (Canada : ca.api.ovh.com, États-Unis : api.us.ovhcloud.com, puis définissez le serveur sur https://ca.api.ovh.com/1.0 ou https://api.us.ovhcloud.com/1.0) avec les droits GET, POST et PUT sur /domain/zone/*. Les requêtes portent l&apos;heure de cette machine : gardez son horloge à l&apos;heure. Pour un seul enregistrement DynHost, le fournisseur &quot;ovh&quot; n&apos;a besoin que de l&apos;identifiant DynHost.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Clé d&apos;application</translation>
    </message>
    <message>
        <source>The application key (AK) shown when the keys were created</source>
        <translation>La clé d&apos;application (AK) affichée lors de la création des clés</translation>
    </message>
    <message>
        <source>Application secret</source>
        <translation>Secret d&apos;application</translation>
    </message>
    <message>
        <source>The application secret (AS)</source>
        <translation>Le secret d&apos;application (AS)</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé consommateur</translation>
    </message>
    <message>
        <source>The consumer key (CK) that was validated for the rights above</source>
        <translation>La clé consommateur (CK) validée pour les droits ci-dessus</translation>
    </message>
    <message>
        <source>The DNS zone at OVHcloud the hosts belong to, e.g. example.com.</source>
        <translation>La zone DNS chez OVHcloud à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of domains registered at Porkbun through its API v3. Create an API key at porkbun.com/account/api and turn on API ACCESS for the domain (Domain Management). A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA de domaines enregistrés chez Porkbun via son API v3. Créez une clé API sur porkbun.com/account/api et activez API ACCESS pour le domaine (Domain Management). Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Names in your Porkbun domains; the domain itself (example.com) is a name too</source>
        <translation>Noms dans vos domaines Porkbun ; le domaine lui-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>The API key from porkbun.com/account/api (it starts with pk1_)</source>
        <translation>La clé API de porkbun.com/account/api (elle commence par pk1_)</translation>
    </message>
    <message>
        <source>Secret API key</source>
        <translation>Clé API secrète</translation>
    </message>
    <message>
        <source>The secret API key shown with the API key (it starts with sk1_)</source>
        <translation>La clé API secrète affichée avec la clé API (elle commence par sk1_)</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own PowerDNS Authoritative server through its built-in HTTP API (the server needs webserver=yes, api=yes and an api-key). Each record is read first and replaced only when it differs, keeping its TTL; a missing one is created with 3600 seconds unless the profile sets a TTL. Give the API&apos;s base URL as the server, e.g. https://ns1.example.com:8081 (plain http only with allowInsecureHttp, for a server on this machine).</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone sur votre propre serveur PowerDNS Authoritative via son API HTTP intégrée (le serveur nécessite webserver=yes, api=yes et une api-key). Chaque enregistrement est d&apos;abord lu et remplacé seulement s&apos;il diffère, en conservant son TTL ; un enregistrement manquant est créé avec 3600 secondes, sauf si le profil définit un TTL. Indiquez l&apos;URL de base de l&apos;API comme serveur, p. ex. https://ns1.example.com:8081 (http non chiffré uniquement avec allowInsecureHttp, pour un serveur sur cette machine).</translation>
    </message>
    <message>
        <source>The server&apos;s api-key (sent as X-API-Key)</source>
        <translation>L&apos;api-key du serveur (envoyée comme X-API-Key)</translation>
    </message>
    <message>
        <source>The zone on the server the hosts belong to, e.g. example.com.</source>
        <translation>La zone du serveur à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a zone on your own authoritative DNS server (BIND, Knot DNS, PowerDNS) with DNS UPDATE signed with a TSIG key. The record is read first: when the server already answers the address, nothing is sent. Create the key with `tsig-keygen -a hmac-sha256 ddns-key` and allow it to update the zone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone sur votre propre serveur DNS faisant autorité (BIND, Knot DNS, PowerDNS) avec DNS UPDATE signé par une clé TSIG. L&apos;enregistrement est d&apos;abord lu : si le serveur répond déjà l&apos;adresse, rien n&apos;est envoyé. Créez la clé avec `tsig-keygen -a hmac-sha256 ddns-key` et autorisez-la à mettre à jour la zone.</translation>
    </message>
    <message>
        <source>Names in the zone below; the zone itself (example.org) is a name too</source>
        <translation>Noms dans la zone indiquée ci-dessous ; la zone elle-même (example.org) est aussi un nom</translation>
    </message>
    <message>
        <source>TSIG key</source>
        <translation>Clé TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s secret in base64, as tsig-keygen prints it, or the whole key file (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</source>
        <translation>Le secret de la clé en base64, tel que l&apos;affiche tsig-keygen, ou tout le fichier de clé (key &quot;name&quot; { algorithm …; secret &quot;…&quot;; };)</translation>
    </message>
    <message>
        <source>The server that takes updates for the zone (its primary): a name or address, optionally with :port, e.g. ns1.example.org or [2001:db8::53]:5353</source>
        <translation>Le serveur qui accepte les mises à jour de la zone (son primaire) : un nom ou une adresse, éventuellement avec :port, p. ex. ns1.example.org ou [2001:db8::53]:5353</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>The zone the hosts belong to, e.g. example.org</source>
        <translation>La zone à laquelle appartiennent les hôtes, p. ex. example.org</translation>
    </message>
    <message>
        <source>The TSIG key&apos;s name as the server knows it (not needed when the secret is a key file)</source>
        <translation>Le nom de la clé TSIG tel que le serveur le connaît (inutile si le secret est un fichier de clé)</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 or hmac-sha1 (old servers); a key file names its own</source>
        <translation>hmac-sha256, hmac-sha512, hmac-sha384, hmac-sha224 ou hmac-sha1 (anciens serveurs) ; un fichier de clé indique le sien</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a public hosted zone in Amazon Route 53. Create an IAM user with an access key whose policy allows route53:ListHostedZonesByName, route53:ListResourceRecordSets and route53:ChangeResourceRecordSets on the hosted zone. A record that does not exist is created; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone hébergée publique dans Amazon Route 53. Créez un utilisateur IAM avec une clé d&apos;accès dont la stratégie autorise route53:ListHostedZonesByName, route53:ListResourceRecordSets et route53:ChangeResourceRecordSets sur la zone hébergée. Un enregistrement inexistant est créé ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Names in the hosted zone below; the zone itself (example.com) is a name too</source>
        <translation>Noms dans la zone hébergée indiquée ci-dessous ; la zone elle-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID de clé d&apos;accès</translation>
    </message>
    <message>
        <source>The access key ID of the IAM user (it starts with AKIA)</source>
        <translation>L&apos;ID de clé d&apos;accès de l&apos;utilisateur IAM (il commence par AKIA)</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>The secret access key shown once when the access key was created</source>
        <translation>La clé d&apos;accès secrète affichée une seule fois lors de la création de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>The hosted zone (domain) the hosts belong to, e.g. example.com.</source>
        <translation>La zone hébergée (domaine) à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Hosted zone</source>
        <translation>Zone hébergée</translation>
    </message>
    <message>
        <source>The hosted zone&apos;s id (Z…), when it should not be looked up by name: needed only when several public hosted zones share the name.</source>
        <translation>L&apos;ID de la zone hébergée (Z…), si elle ne doit pas être recherchée par nom : nécessaire uniquement quand plusieurs zones hébergées publiques portent le même nom.</translation>
    </message>
    <message>
        <source>Hosted zone ID</source>
        <translation>ID de la zone hébergée</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a DNS zone at Scaleway Domains and DNS through its API. Generate an API key in the console (IAM &gt; API keys) for an application or user whose policy allows DomainsDNSFullAccess in the zone&apos;s project, and use its secret key. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;une zone DNS chez Scaleway Domains and DNS via son API. Générez une clé API dans la console (IAM &gt; API keys) pour une application ou un utilisateur dont la stratégie autorise DomainsDNSFullAccess dans le projet de la zone, et utilisez sa clé secrète. Un enregistrement inexistant est créé avec un TTL de 3600 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Names in the DNS zone below; the zone itself (example.com) is a name too</source>
        <translation>Noms dans la zone DNS indiquée ci-dessous ; la zone elle-même (example.com) est aussi un nom</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>The secret key of a Scaleway API key (shown once, when the key is generated)</source>
        <translation>La clé secrète d&apos;une clé API Scaleway (affichée une seule fois, lors de la génération de la clé)</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>Zone DNS</translation>
    </message>
    <message>
        <source>The Scaleway DNS zone the hosts belong to, e.g. example.com.</source>
        <translation>La zone DNS Scaleway à laquelle appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain at Servercow through its DNS API. In the customer portal (cp.servercow.de), open Servercow DNS-API and create an API access for the domain with the Read, Create and Update permissions; its username and password are shown once. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine chez Servercow via son API DNS. Dans le portail client (cp.servercow.de), ouvrez Servercow DNS-API et créez pour le domaine un accès API avec les autorisations Read, Create et Update ; son nom d&apos;utilisateur et son mot de passe ne sont affichés qu&apos;une fois. Un enregistrement inexistant est créé avec un TTL de 300 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>DNS API username</source>
        <translation>Nom d&apos;utilisateur de l&apos;API DNS</translation>
    </message>
    <message>
        <source>The username of the DNS API access</source>
        <translation>Le nom d&apos;utilisateur de l&apos;accès à l&apos;API DNS</translation>
    </message>
    <message>
        <source>DNS API password</source>
        <translation>Mot de passe de l&apos;API DNS</translation>
    </message>
    <message>
        <source>The password of the DNS API access (shown once, when it is created)</source>
        <translation>Le mot de passe de l&apos;accès à l&apos;API DNS (affiché une seule fois, lors de sa création)</translation>
    </message>
    <message>
        <source>The Servercow domain the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine Servercow auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Spaceship&apos;s name servers through the Spaceship API. In the API Manager, create an API key with the dnsrecords:read and dnsrecords:write permissions; the key and its secret are both needed. A record that does not exist is created with a TTL of 3600 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine utilisant les serveurs de noms de Spaceship via l&apos;API Spaceship. Dans l&apos;API Manager, créez une clé API avec les autorisations dnsrecords:read et dnsrecords:write ; la clé et son secret sont tous deux nécessaires. Un enregistrement inexistant est créé avec un TTL de 3600 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The secret shown when the API key was created in the API Manager</source>
        <translation>Le secret affiché lors de la création de la clé API dans l&apos;API Manager</translation>
    </message>
    <message>
        <source>An API key from the API Manager with dnsrecords:read and dnsrecords:write</source>
        <translation>Une clé API de l&apos;API Manager avec dnsrecords:read et dnsrecords:write</translation>
    </message>
    <message>
        <source>The Spaceship domain the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine Spaceship auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA DNS entries of a domain at TransIP. In the control panel (Account, API) turn the API on and create a key pair without &quot;Accept only whitelisted IP addresses&quot;; store its private key as the secret (qddns-agent secret set PROFILE &lt; key.pem). An entry keeps its TTL (TransIP identifies it by it); a missing one is created.</source>
        <translation>Met à jour les entrées DNS A/AAAA d&apos;un domaine chez TransIP. Dans le panneau de contrôle (Account, API), activez l&apos;API et créez une paire de clés sans &quot;Accept only whitelisted IP addresses&quot; ; stockez sa clé privée comme secret (qddns-agent secret set PROFILE &lt; key.pem). Une entrée conserve son TTL (TransIP l&apos;identifie par celui-ci) ; une entrée manquante est créée.</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nom de connexion</translation>
    </message>
    <message>
        <source>The login name of the TransIP account</source>
        <translation>Le nom de connexion du compte TransIP</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>The private key of the key pair (PEM, as shown once when it was made)</source>
        <translation>La clé privée de la paire de clés (PEM, telle qu&apos;affichée une seule fois lors de sa création)</translation>
    </message>
    <message>
        <source>The domain at TransIP the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine chez TransIP auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain using Vercel&apos;s name servers through the Vercel REST API. Create an access token under Account Settings &gt; Tokens scoped to the team that owns the domain; a team&apos;s domain also needs the team ID (Team Settings &gt; General). A record that does not exist is created with Vercel&apos;s default TTL unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine utilisant les serveurs de noms de Vercel via l&apos;API REST de Vercel. Créez un jeton d&apos;accès sous Account Settings &gt; Tokens, limité à l&apos;équipe propriétaire du domaine ; le domaine d&apos;une équipe nécessite aussi l&apos;ID de l&apos;équipe (Team Settings &gt; General). Un enregistrement inexistant est créé avec le TTL par défaut de Vercel, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>A Vercel access token (Account Settings &gt; Tokens)</source>
        <translation>Un jeton d&apos;accès Vercel (Account Settings &gt; Tokens)</translation>
    </message>
    <message>
        <source>The domain at Vercel the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine chez Vercel auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>The ID of the team that owns the domain (team_…); leave empty for a domain of your personal account.</source>
        <translation>L&apos;ID de l&apos;équipe propriétaire du domaine (team_…) ; laissez vide pour un domaine de votre compte personnel.</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>ID de l&apos;équipe</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Volcengine DNS (火山引擎云解析, TrafficRoute). Create an access key (Access Key ID and Secret Access Key) for a user with the DNSFullAccess policy. Records of the default line are updated; a missing one is created.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine dans Volcengine DNS (火山引擎云解析, TrafficRoute). Créez une clé d&apos;accès (Access Key ID et Secret Access Key) pour un utilisateur ayant la stratégie DNSFullAccess. Les enregistrements de la ligne par défaut sont mis à jour ; un enregistrement manquant est créé.</translation>
    </message>
    <message>
        <source>The Access Key ID of the access key (it starts with AKL)</source>
        <translation>L&apos;Access Key ID de la clé d&apos;accès (il commence par AKL)</translation>
    </message>
    <message>
        <source>The Secret Access Key of the access key</source>
        <translation>La Secret Access Key de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>The domain the hosts belong to, as added to Volcengine DNS, e.g. example.com.</source>
        <translation>Le domaine auquel appartiennent les hôtes, tel qu&apos;ajouté à Volcengine DNS, p. ex. example.com.</translation>
    </message>
    <message>
        <source>Updates A/AAAA records of a domain in Vultr DNS through the Vultr API v2. Enable the API and copy the personal access token under Account &gt; API; its Access Control list must allow the address this machine reaches the API from. A record that does not exist is created with a TTL of 300 seconds unless the profile sets one; one that already holds the address is left alone.</source>
        <translation>Met à jour les enregistrements A/AAAA d&apos;un domaine dans Vultr DNS via l&apos;API Vultr v2. Activez l&apos;API et copiez le jeton d&apos;accès personnel sous Account &gt; API ; sa liste de contrôle d&apos;accès doit autoriser l&apos;adresse depuis laquelle cette machine atteint l&apos;API. Un enregistrement inexistant est créé avec un TTL de 300 secondes, sauf si le profil en définit un ; un enregistrement qui contient déjà l&apos;adresse n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>The personal access token from Account &gt; API</source>
        <translation>Le jeton d&apos;accès personnel de Account &gt; API</translation>
    </message>
    <message>
        <source>The DNS domain at Vultr the hosts belong to, e.g. example.com.</source>
        <translation>Le domaine DNS chez Vultr auquel appartiennent les hôtes, p. ex. example.com.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 closed; use %2, e.g. %3</source>
        <translation>%1 fermé ; utilisez %2, p. ex. %3</translation>
    </message>
    <message>
        <source>%1 closed (in %2); use %3, e.g. %4</source>
        <translation>%1 fermé (en %2) ; utilisez %3, p. ex. %4</translation>
    </message>
</context>
</TS>
