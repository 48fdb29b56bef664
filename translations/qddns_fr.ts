<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autostart</name>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>%1 could not be created</source>
        <translation>%1 n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>DetectorListModel</name>
    <message>
        <source>Web service</source>
        <translation>Service web</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>(plain http allowed)</source>
        <translation>(http non chiffré autorisé)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AgentNotice</name>
    <message>
        <source>Start the agent</source>
        <translation>Démarrer l&apos;agent</translation>
    </message>
    <message>
        <source>Open the configuration file</source>
        <translation>Ouvrir le fichier de configuration</translation>
    </message>
    <message>
        <source>Starting the agent…</source>
        <translation>Démarrage de l&apos;agent…</translation>
    </message>
    <message>
        <source>No program to open %1 with: open it in a text editor.</source>
        <translation>Aucun programme pour ouvrir %1&#xa0;: ouvrez-le dans un éditeur de texte.</translation>
    </message>
    <message>
        <source>The qddns agent is not running. It checks and saves these settings: start it to change them.</source>
        <translation>L&apos;agent qddns n&apos;est pas en cours d&apos;exécution. C&apos;est lui qui vérifie et enregistre ces paramètres&#xa0;: démarrez-le pour les modifier.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1

Correct the configuration file%2, then start the agent again. Once it runs, these settings can be changed here.</source>
        <translation>L&apos;agent n&apos;a pas démarré&#xa0;:
%1

Corrigez le fichier de configuration%2, puis redémarrez l&apos;agent. Une fois qu&apos;il tourne, ces paramètres peuvent être modifiés ici.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::AlertsPage</name>
    <message>
        <source>Add webhook</source>
        <translation>Ajouter un webhook</translation>
    </message>
    <message>
        <source>Add ntfy</source>
        <translation>Ajouter ntfy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Tell others what the agent does:</source>
        <translation>Informer d&apos;autres services de ce que fait l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adresse modifiée</translation>
    </message>
    <message>
        <source>Record updated</source>
        <translation>Enregistrement mis à jour</translation>
    </message>
    <message>
        <source>Update failed</source>
        <translation>Échec de la mise à jour</translation>
    </message>
    <message>
        <source>Updates stopped (held)</source>
        <translation>Mises à jour arrêtées (enregistrement suspendu)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Agent started</source>
        <translation>Agent démarré</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <source>Tell about:</source>
        <translation>Signaler&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A %1 hook: edit it in the configuration file; Send test runs it as saved there.</source>
        <translation>Un hook %1&#xa0;: modifiez-le dans le fichier de configuration&#xa0;; «&#xa0;Envoyer un test&#xa0;» l&apos;exécute tel qu&apos;il y est enregistré.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>stocké dans le trousseau</translation>
    </message>
    <message>
        <source>none (optional)</source>
        <translation>aucun (facultatif)</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Le jeton n&apos;a pas pu être stocké dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Veuillez corriger les paramètres signalés.</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>L&apos;agent a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyé.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::DetectorListModel</name>
    <message>
        <source>Detector</source>
        <translation>Détecteur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::Diagnostics</name>
    <message>
        <source>qddns diagnostics, %1</source>
        <translation>Diagnostic qddns, %1</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent: not connected</source>
        <translation>Agent&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>Agent: %1 (protocol %2)</source>
        <translation>Agent&#xa0;: %1 (protocole %2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt&#xa0;: %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>Système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>(not available: not connected to the agent)</source>
        <translation>(indisponible&#xa0;: pas de connexion à l&apos;agent)</translation>
    </message>
    <message numerus="yes">
        <source>Recent log lines (%n):</source>
        <translation>
            <numerusform>Dernière ligne du journal (%n)&#xa0;:</numerusform>
            <numerusform>Dernières lignes du journal (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::GlobalSettingsWidget</name>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Intervalle de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>300 (seconds, or e.g. 5m)</source>
        <translation>300 (secondes, ou p. ex. 5m)</translation>
    </message>
    <message>
        <source>Re-send unchanged records after:</source>
        <translation>Renvoyer les enregistrements inchangés après&#xa0;:</translation>
    </message>
    <message>
        <source>25d</source>
        <translation>25d</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Délai d&apos;attente des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>10 (seconds)</source>
        <translation>10 (secondes)</translation>
    </message>
    <message>
        <source>optional: a PEM file, for a server with its own CA</source>
        <translation>facultatif&#xa0;: un fichier PEM, pour un serveur avec sa propre autorité de certification</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted in addition to the system&apos;s, for a self-hosted update server or echo service. Certificates are always verified.</source>
        <translation>Les certificats de ce fichier sont acceptés en plus de ceux du système, pour un serveur de mise à jour ou un service d&apos;écho auto-hébergé. Les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Extra CA certificates:</source>
        <translation>Certificats CA supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>Certificats CA (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>IPv4 address detection</source>
        <translation>Détection de l&apos;adresse IPv4</translation>
    </message>
    <message>
        <source>IPv6 address detection</source>
        <translation>Détection de l&apos;adresse IPv6</translation>
    </message>
    <message>
        <source>Use the built-in web services (several public HTTPS echo services)</source>
        <translation>Utiliser les services web intégrés (plusieurs services publics d&apos;écho HTTPS)</translation>
    </message>
    <message>
        <source>allow plain http://</source>
        <translation>autoriser http:// non chiffré</translation>
    </message>
    <message>
        <source>Only for a service on this machine or your own network: an answer over plain http can be forged by anyone on the way.</source>
        <translation>Uniquement pour un service sur cette machine ou votre propre réseau&#xa0;: une réponse en http non chiffré peut être falsifiée par n&apos;importe qui sur le trajet.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Detectors that must agree:</source>
        <translation>Détecteurs qui doivent concorder&#xa0;:</translation>
    </message>
    <message>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <source>/path/to/program --argument</source>
        <translation>/chemin/vers/programme --argument</translation>
    </message>
    <message>
        <source>Detector %1: %2</source>
        <translation>Détecteur %1&#xa0;: %2</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>No public %1 address recorded yet.</source>
        <translation>Aucune adresse %1 publique enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No change of your public %1 address recorded yet.</source>
        <translation>Aucun changement de votre adresse %1 publique enregistré pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s).</source>
        <translation>
            <numerusform>Votre FAI a changé votre adresse %1 publique %n fois.</numerusform>
            <numerusform>Votre FAI a changé votre adresse %1 publique %n fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your ISP changed your public %1 address %n time(s); on average every %2.</source>
        <translation>
            <numerusform>Votre FAI a changé votre adresse %1 publique %n fois&#xa0;; en moyenne toutes les %2.</numerusform>
            <numerusform>Votre FAI a changé votre adresse %1 publique %n fois&#xa0;; en moyenne toutes les %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1 (%2 so far)</source>
        <translation>depuis le %1 (%2 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>%1 address %2
%3</source>
        <translation>Adresse %1 %2
%3</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(vue pour la première fois)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Adresse précédente</translation>
    </message>
    <message>
        <source>Detected by</source>
        <translation>Détectée par</translation>
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
        <translation>Aucune adresse enregistrée</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HistoryWindow</name>
    <message>
        <source>IP Address History</source>
        <translation>Historique des adresses IP</translation>
    </message>
    <message>
        <source>No address change recorded yet</source>
        <translation>Aucun changement d&apos;adresse enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>The agent adds an entry each time your public address changes.</source>
        <translation>L&apos;agent ajoute une entrée chaque fois que votre adresse publique change.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::HostSuffixDialog</name>
    <message>
        <source>IPv6 suffixes</source>
        <translation>Suffixes IPv6</translation>
    </message>
    <message>
        <source>A host with a suffix gets the detected IPv6 prefix followed by its own interface identifier, e.g. ::1234 for a device on your network. Leave it empty for a host that is this computer. The prefix length is 64 unless set.</source>
        <translation>Un hôte avec un suffixe reçoit le préfixe IPv6 détecté suivi de son propre identifiant d&apos;interface, p. ex.&#xa0;::1234 pour un appareil de votre réseau. Laissez-le vide pour un hôte qui est cet ordinateur. La longueur de préfixe est 64 sauf indication contraire.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Suffixe IPv6</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Longueur de préfixe</translation>
    </message>
    <message>
        <source>e.g. ::1234 or ::211:32ff:fe12:3456</source>
        <translation>p. ex.&#xa0;::1234 ou&#xa0;::211:32ff:fe12:3456</translation>
    </message>
    <message>
        <source>default (64)</source>
        <translation>par défaut (64)</translation>
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
        <translation>Non appliqué&#xa0;: %1 %2 du fichier&#xa0;; votre configuration conserve %3</translation>
    </message>
    <message>
        <source>qddns&apos;s default</source>
        <translation>la valeur par défaut de qddns</translation>
    </message>
    <message>
        <source>Add Profiles</source>
        <translation>Ajouter les profils</translation>
    </message>
    <message>
        <source>Import from Another DDNS Client</source>
        <translation>Importer depuis un autre client DDNS</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Its configuration file:</source>
        <translation>Son fichier de configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Every option was imported.</source>
        <translation>Toutes les options ont été importées.</translation>
    </message>
    <message>
        <source>Profiles it would create:</source>
        <translation>Profils qui seraient créés&#xa0;:</translation>
    </message>
    <message>
        <source>Options not imported, and options imported with another form:</source>
        <translation>Options non importées, et options importées sous une autre forme&#xa0;:</translation>
    </message>
    <message>
        <source>The agent did not list its providers: %1</source>
        <translation>L&apos;agent n&apos;a pas listé ses fournisseurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is readable by its owner only. Copy it where you can read it, e.g. &quot;sudo install -m 600 -o $USER %1 ~/%2&quot;, and pick the copy.</source>
        <translation>%1 n&apos;est lisible que par son propriétaire. Copiez-le là où vous pouvez le lire, p. ex. «&#xa0;sudo install -m 600 -o $USER %1 ~/%2&#xa0;», et choisissez la copie.</translation>
    </message>
    <message>
        <source>%1 keeps it in %2.</source>
        <translation>%1 la conserve dans %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1&apos;s Configuration</source>
        <translation>Configuration de %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not %2&apos;s configuration: %3</source>
        <translation>%1 n&apos;est pas une configuration de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not in the file: enter it after adding</source>
        <translation>absent du fichier&#xa0;: saisissez-le après l&apos;ajout</translation>
    </message>
    <message>
        <source>from the file, into the keychain</source>
        <translation>depuis le fichier, dans le trousseau</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported as: %1</source>
        <translation>Importé comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported (see above).</source>
        <translation>Rien dans ce fichier ne peut être importé (voir ci-dessus).</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Profile(s)</source>
        <translation>
            <numerusform>Ajouter %n profil</numerusform>
            <numerusform>Ajouter %n profils</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding...</source>
        <translation>Ajout...</translation>
    </message>
    <message>
        <source>The passwords could not be stored in the keychain: %1</source>
        <translation>Les mots de passe n&apos;ont pas pu être stockés dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain already holds other passwords under %1 (an earlier import&apos;s, or a profile of another configuration). Nothing was added: remove those entries or the profiles using them first.</source>
        <translation>Le trousseau contient déjà d&apos;autres mots de passe sous %1 (ceux d&apos;une importation précédente, ou d&apos;un profil d&apos;une autre configuration). Rien n&apos;a été ajouté&#xa0;: supprimez d&apos;abord ces entrées ou les profils qui les utilisent.</translation>
    </message>
    <message>
        <source>The agent refused the configuration: %1</source>
        <translation>L&apos;agent a refusé la configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajouté.</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LanguageChooser</name>
    <message>
        <source>Takes effect when qddns starts next.</source>
        <translation>Prend effet au prochain démarrage de qddns.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::LogWindow</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>qddns Agent Log</source>
        <translation>Journal de l&apos;agent qddns</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Show log lines of this level or more severe</source>
        <translation>Afficher les lignes du journal de ce niveau ou plus graves</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Copy versions, the agent&apos;s status and the recent log lines to the clipboard for a bug report. They contain no password or token.</source>
        <translation>Copie les versions, l&apos;état de l&apos;agent et les dernières lignes du journal dans le presse-papiers pour un rapport de bogue. Ils ne contiennent ni mot de passe ni jeton.</translation>
    </message>
    <message>
        <source>%1  %2  %3
%4</source>
        <translation>%1  %2  %3
%4</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Not connected to the agent: no new lines arrive.</source>
        <translation>Pas de connexion à l&apos;agent&#xa0;: aucune nouvelle ligne n&apos;arrive.</translation>
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
        <translation>L&apos;agent qddns s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your DNS records are not kept up to date.</source>
        <translation>L&apos;agent qddns n&apos;est pas en cours d&apos;exécution&#xa0;: vos enregistrements DNS ne sont donc pas tenus à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Public %1 is no longer detected (was %2)</source>
        <translation>L&apos;adresse %1 publique n&apos;est plus détectée (c&apos;était %2)</translation>
    </message>
    <message>
        <source>Public %1 is now %2</source>
        <translation>L&apos;adresse %1 publique est maintenant %2</translation>
    </message>
    <message>
        <source>Public %1 is now %2 — %3 updated</source>
        <translation>L&apos;adresse %1 publique est maintenant %2 — %3 mis à jour</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3</source>
        <translation>L&apos;adresse %1 publique est passée de %2 à %3</translation>
    </message>
    <message>
        <source>Public %1 changed from %2 to %3 — %4 updated</source>
        <translation>L&apos;adresse %1 publique est passée de %2 à %3 — %4 mis à jour</translation>
    </message>
    <message>
        <source>Public %1 address changed</source>
        <translation>Adresse %1 publique modifiée</translation>
    </message>
    <message>
        <source>Public addresses changed</source>
        <translation>Adresses publiques modifiées</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No update is sent for it until its profile or secret changes.</source>
        <translation>Aucune mise à jour n&apos;est envoyée pour lui tant que son profil ou son secret ne change pas.</translation>
    </message>
    <message>
        <source>No update is sent for them until their profile or secret changes.</source>
        <translation>Aucune mise à jour n&apos;est envoyée pour eux tant que leur profil ou leur secret ne change pas.</translation>
    </message>
    <message numerus="yes">
        <source>DNS updates stopped for %n record(s)</source>
        <translation>
            <numerusform>Mises à jour DNS arrêtées pour %n enregistrement</numerusform>
            <numerusform>Mises à jour DNS arrêtées pour %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS update failed for %n record(s)</source>
        <translation>
            <numerusform>Échec de la mise à jour DNS pour %n enregistrement</numerusform>
            <numerusform>Échec de la mise à jour DNS pour %n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckModel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Listening locally</source>
        <translation>À l&apos;écoute localement</translation>
    </message>
    <message>
        <source>Name resolves</source>
        <translation>Le nom est résolu</translation>
    </message>
    <message>
        <source>Reachable at public address</source>
        <translation>Joignable à l&apos;adresse publique</translation>
    </message>
    <message>
        <source>External probe</source>
        <translation>Sonde externe</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
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
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Non (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP</source>
        <translation>UDP&#xa0;: impossible à vérifier par TCP</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Oui (%1)</translation>
    </message>
    <message>
        <source>Not checkable</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Aucun nom d&apos;hôte</translation>
    </message>
    <message>
        <source>No public address known</source>
        <translation>Aucune adresse publique connue</translation>
    </message>
    <message>
        <source>Resolves to %1; no public address known to compare</source>
        <translation>Se résout en %1&#xa0;; aucune adresse publique connue pour comparer</translation>
    </message>
    <message>
        <source>No: %1 could not be resolved</source>
        <translation>Non&#xa0;: %1 n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>No: the lookup of %1 timed out</source>
        <translation>Non&#xa0;: la résolution de %1 a dépassé le délai</translation>
    </message>
    <message>
        <source>No: %1 has no addresses</source>
        <translation>Non&#xa0;: %1 n&apos;a aucune adresse</translation>
    </message>
    <message>
        <source>No: resolves to %1, not to %2</source>
        <translation>Non&#xa0;: se résout en %1, et non en %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>something answered</source>
        <translation>quelque chose a répondu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Something answered, not a server on this computer</source>
        <translation>Quelque chose a répondu, mais pas un serveur de cet ordinateur</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6&#xa0;: %1</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 belongs to this computer</source>
        <translation>%1 appartient à cet ordinateur</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>Non configurée</translation>
    </message>
    <message>
        <source>Reachable (HTTP %1)</source>
        <translation>Joignable (HTTP %1)</translation>
    </message>
    <message>
        <source>Invalid probe URL</source>
        <translation>URL de sonde invalide</translation>
    </message>
    <message>
        <source>Not reachable (HTTP %1)</source>
        <translation>Injoignable (HTTP %1)</translation>
    </message>
    <message>
        <source>The probe did not answer in time</source>
        <translation>La sonde n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The probe could not be reached</source>
        <translation>La sonde n&apos;a pas pu être jointe</translation>
    </message>
    <message>
        <source>The probe could not be reached: %1</source>
        <translation>La sonde n&apos;a pas pu être jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Port %1 is reachable at your public address.</source>
        <translation>Le port %1 est joignable à votre adresse publique.</translation>
    </message>
    <message>
        <source>The connection worked, but %1 belongs to this computer, so the test did not pass through your router or its firewall. Use an external probe to check from the Internet.</source>
        <translation>La connexion a fonctionné, mais %1 appartient à cet ordinateur&#xa0;: le test n&apos;est donc pas passé par votre routeur ni par son pare-feu. Utilisez une sonde externe pour vérifier depuis Internet.</translation>
    </message>
    <message>
        <source>The server is reachable, but %1 does not point to your public address yet. Wait for the next update and for the old record to expire, or check the profile.</source>
        <translation>Le serveur est joignable, mais %1 ne pointe pas encore vers votre adresse publique. Attendez la prochaine mise à jour et l&apos;expiration de l&apos;ancien enregistrement, ou vérifiez le profil.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2), yet something answered at your public address: your router itself, another device, or a server here that listens only on its network address. Start the server here (listening on all addresses), or, if it runs on another device, check the port from that device.</source>
        <translation>Rien n&apos;accepte de connexions sur le port %1 sur cet ordinateur (%2), et pourtant quelque chose a répondu à votre adresse publique&#xa0;: votre routeur lui-même, un autre appareil, ou un serveur d&apos;ici qui n&apos;écoute que sur son adresse réseau. Démarrez le serveur ici (à l&apos;écoute sur toutes les adresses) ou, s&apos;il tourne sur un autre appareil, vérifiez le port depuis cet appareil.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 on this computer (%2). Start the server, or make sure it listens on this port.</source>
        <translation>Rien n&apos;accepte de connexions sur le port %1 sur cet ordinateur (%2). Démarrez le serveur, ou assurez-vous qu&apos;il écoute sur ce port.</translation>
    </message>
    <message>
        <source>The server answers on %1 but not on %2, an address of this computer. Make it listen on all addresses (0.0.0.0 or ::), not only on localhost, and allow TCP port %3 in this computer&apos;s firewall.</source>
        <translation>Le serveur répond sur %1 mais pas sur %2, une adresse de cet ordinateur. Faites-le écouter sur toutes les adresses (0.0.0.0 ou&#xa0;::), pas seulement sur localhost, et autorisez le port TCP %3 dans le pare-feu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Port forwarding cannot work here (carrier-grade NAT): ask your ISP for a public IPv4 address or use IPv6.</source>
        <translation>La redirection de port ne peut pas fonctionner ici (NAT de niveau opérateur, CGNAT)&#xa0;: demandez une adresse IPv4 publique à votre FAI ou utilisez IPv6.</translation>
    </message>
    <message>
        <source>Not reachable from the Internet. On your router, forward TCP port %1 to the computer running the server (or, as a last resort, put that computer in the router&apos;s DMZ), and allow the port in that computer&apos;s firewall.</source>
        <translation>Injoignable depuis Internet. Sur votre routeur, redirigez le port TCP %1 vers l&apos;ordinateur qui exécute le serveur (ou, en dernier recours, placez cet ordinateur dans la DMZ du routeur), et autorisez le port dans le pare-feu de cet ordinateur.</translation>
    </message>
    <message>
        <source>Not reachable at your public IPv6 address %1: allow TCP port %2 in your router&apos;s IPv6 firewall and in the server&apos;s firewall.</source>
        <translation>Injoignable à votre adresse IPv6 publique %1&#xa0;: autorisez le port TCP %2 dans le pare-feu IPv6 de votre routeur et dans celui du serveur.</translation>
    </message>
    <message>
        <source>Connecting to your public address %1 from inside your network failed. Many routers do not support this (hairpin NAT, also called NAT loopback), so it does not prove that port %2 is closed from outside. Check the port forwarding and the firewall, or set up an external probe to test from the Internet.</source>
        <translation>La connexion à votre adresse publique %1 depuis votre réseau a échoué. Beaucoup de routeurs ne le permettent pas (hairpin NAT, aussi appelé NAT loopback)&#xa0;: cela ne prouve donc pas que le port %2 est fermé depuis l&apos;extérieur. Vérifiez la redirection de port et le pare-feu, ou configurez une sonde externe pour tester depuis Internet.</translation>
    </message>
    <message>
        <source>The qddns agent is not running, so your public address is unknown and reachability could not be checked. Start the agent from the tray menu, then check again.</source>
        <translation>L&apos;agent qddns n&apos;est pas en cours d&apos;exécution&#xa0;: votre adresse publique est donc inconnue et l&apos;accessibilité n&apos;a pas pu être vérifiée. Démarrez l&apos;agent depuis le menu de la zone de notification, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The agent has not detected a public address yet, so reachability could not be checked.</source>
        <translation>L&apos;agent n&apos;a pas encore détecté d&apos;adresse publique&#xa0;: l&apos;accessibilité n&apos;a donc pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>UDP: cannot be checked over TCP. Make sure UDP port %1 is forwarded on your router and allowed in the firewall.</source>
        <translation>UDP&#xa0;: impossible à vérifier par TCP. Assurez-vous que le port UDP %1 est redirigé sur votre routeur et autorisé dans le pare-feu.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is in the carrier-grade NAT range 100.64.0.0/10.</source>
        <translation>L&apos;adresse IPv4 détectée %1 se trouve dans la plage du NAT de niveau opérateur (CGNAT) 100.64.0.0/10.</translation>
    </message>
    <message>
        <source>The detected IPv4 address %1 is not a public address.</source>
        <translation>L&apos;adresse IPv4 détectée %1 n&apos;est pas une adresse publique.</translation>
    </message>
    <message>
        <source>This computer has the carrier-grade NAT address %1 and not your public IPv4 address.</source>
        <translation>Cet ordinateur a l&apos;adresse de NAT de niveau opérateur (CGNAT) %1 et non votre adresse IPv4 publique.</translation>
    </message>
    <message>
        <source>Enter at least one port, for example &quot;22, 443, 51820/udp&quot;.</source>
        <translation>Saisissez au moins un port, par exemple «&#xa0;22, 443, 51820/udp&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number. Write ports like &quot;443&quot; or &quot;51820/udp&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port. Écrivez les ports comme «&#xa0;443&#xa0;» ou «&#xa0;51820/udp&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a valid port: ports are 1 to 65535.</source>
        <translation>%1 n&apos;est pas un port valide&#xa0;: les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown protocol, write /tcp or /udp after the port.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: protocole inconnu, écrivez /tcp ou /udp après le port.</translation>
    </message>
    <message numerus="yes">
        <source>Too many ports: check at most %n port(s) at once.</source>
        <translation>
            <numerusform>Trop de ports&#xa0;: vérifiez au plus %n port à la fois.</numerusform>
            <numerusform>Trop de ports&#xa0;: vérifiez au plus %n ports à la fois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::PortCheckWindow</name>
    <message>
        <source>Port check</source>
        <translation>Vérification des ports</translation>
    </message>
    <message>
        <source>for example 22, 443, 51820/udp</source>
        <translation>par exemple 22, 443, 51820/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>optional, e.g. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</source>
        <translation>facultatif, p. ex. https://probe.example/check?host={host}&amp;port={port}&amp;ip={ip}</translation>
    </message>
    <message>
        <source>External &amp;probe URL:</source>
        <translation>URL de la &amp;sonde externe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>No host name</source>
        <translation>Aucun nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running: no public address known</source>
        <translation>L&apos;agent qddns n&apos;est pas en cours d&apos;exécution&#xa0;: aucune adresse publique connue</translation>
    </message>
    <message>
        <source>No public address detected yet</source>
        <translation>Aucune adresse publique détectée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Public address: %1</source>
        <translation>Adresse publique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileEditorModel</name>
    <message>
        <source>Host names</source>
        <translation>Noms d&apos;hôte</translation>
    </message>
    <message>
        <source>The names to keep current, separated by commas.</source>
        <translation>Les noms à tenir à jour, séparés par des virgules.</translation>
    </message>
    <message>
        <source>%1. Several are separated by commas.</source>
        <translation>%1. Séparez-en plusieurs par des virgules.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The base address of the update service (https://...).</source>
        <translation>L&apos;adresse de base du service de mise à jour (https://...).</translation>
    </message>
    <message>
        <source>Leave empty to use %1.</source>
        <translation>Laissez vide pour utiliser %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns checked against it on %2)</source>
        <translation>Documentation&#xa0;: %1 (qddns vérifié par rapport à elle le %2)</translation>
    </message>
    <message>
        <source>Documentation: %1 (qddns has not been checked against it yet)</source>
        <translation>Documentation&#xa0;: %1 (qddns n&apos;a pas encore été vérifié par rapport à elle)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Record TTL</source>
        <translation>TTL de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Hôte %1</translation>
    </message>
    <message>
        <source>IPv6 suffix</source>
        <translation>Suffixe IPv6</translation>
    </message>
    <message>
        <source>prefix length</source>
        <translation>longueur de préfixe</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileForm</name>
    <message>
        <source>This profile</source>
        <translation>Ce profil</translation>
    </message>
    <message>
        <source>Publish the IPv4 address (A record)</source>
        <translation>Publier l&apos;adresse IPv4 (enregistrement A)</translation>
    </message>
    <message>
        <source>Publish the IPv6 address (AAAA record)</source>
        <translation>Publier l&apos;adresse IPv6 (enregistrement AAAA)</translation>
    </message>
    <message>
        <source>Allow plain http:// for the server</source>
        <translation>Autoriser http:// non chiffré pour le serveur</translation>
    </message>
    <message>
        <source>Choose your DNS provider</source>
        <translation>Choisissez votre fournisseur DNS</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Rechercher des fournisseurs</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>Provider default</source>
        <translation>Valeur par défaut du fournisseur</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: over plain http:// your password or token travels unencrypted. Use it only for a test server on this machine.</source>
        <translation>Attention&#xa0;: en http:// non chiffré, votre mot de passe ou jeton circule en clair. Ne l&apos;utilisez que pour un serveur de test sur cette machine.</translation>
    </message>
    <message>
        <source>Record TTL:</source>
        <translation>TTL de l&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>DynDNS-style services</source>
        <translation>Services de type DynDNS</translation>
    </message>
    <message>
        <source>DNS hosting APIs</source>
        <translation>API d&apos;hébergeurs DNS</translation>
    </message>
    <message>
        <source>Registrars</source>
        <translation>Bureaux d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Self-hosted servers</source>
        <translation>Serveurs auto-hébergés</translation>
    </message>
    <message>
        <source>Any server (generic protocols)</source>
        <translation>Tout serveur (protocoles génériques)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1
Documentation: %2
Checked against it: %3</source>
        <translation>%1
Documentation&#xa0;: %2
Vérifié par rapport à elle&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) found</source>
        <translation>
            <numerusform>%n fournisseur trouvé</numerusform>
            <numerusform>%n fournisseurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Give hosts on your network their own IPv6 address: the detected prefix with the host&apos;s interface identifier</source>
        <translation>Donner aux hôtes de votre réseau leur propre adresse IPv6&#xa0;: le préfixe détecté avec l&apos;identifiant d&apos;interface de l&apos;hôte</translation>
    </message>
    <message>
        <source>IPv6 suffixes (%1)...</source>
        <translation>Suffixes IPv6 (%1)...</translation>
    </message>
    <message>
        <source>IPv6 suffixes...</source>
        <translation>Suffixes IPv6...</translation>
    </message>
    <message>
        <source>not set: the provider decides</source>
        <translation>non défini&#xa0;: le fournisseur décide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Read by the agent from its %1 source %2; not stored in the keychain.</source>
        <translation>Lu par l&apos;agent depuis sa source %1 %2&#xa0;; non stocké dans le trousseau.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>The agent runs under another account and cannot read your keychain. Give it the secret as that user with &quot;%1&quot;, as a systemd credential ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) or in a file only that account can read ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</source>
        <translation>L&apos;agent s&apos;exécute sous un autre compte et ne peut pas lire votre trousseau. Donnez-lui le secret en tant que cet utilisateur avec «&#xa0;%1&#xa0;», comme identifiant systemd ({&quot;source&quot;: &quot;systemd-credential&quot;, &quot;name&quot;: ...}) ou dans un fichier que seul ce compte peut lire ({&quot;source&quot;: &quot;file&quot;, &quot;path&quot;: ...}).</translation>
    </message>
    <message>
        <source>stored when you save</source>
        <translation>stocké lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace it</source>
        <translation>stocké dans le trousseau&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stocké</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>pas encore stocké</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non stocké</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::ProfileListModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SettingsWindow</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>qddns Settings</source>
        <translation>Paramètres de qddns</translation>
    </message>
    <message>
        <source>Pick your DNS provider, enter your host name and credentials, then Test and Save</source>
        <translation>Choisissez votre fournisseur DNS, saisissez votre nom d&apos;hôte et vos identifiants, puis cliquez sur Tester et Enregistrer</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration</source>
        <translation>Ajouter des profils depuis une configuration de ddclient, inadyn, OpenWrt ou ddns-updater</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>No profile yet. Click Add to keep a host name current.</source>
        <translation>Aucun profil pour l&apos;instant. Cliquez sur Ajouter pour tenir un nom d&apos;hôte à jour.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere and has been reloaded.</source>
        <translation>La configuration a été modifiée ailleurs et a été rechargée.</translation>
    </message>
    <message>
        <source>The configuration was changed elsewhere; saving now replaces those changes with yours.</source>
        <translation>La configuration a été modifiée ailleurs&#xa0;; enregistrer maintenant remplace ces modifications par les vôtres.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;, %2: %3</source>
        <translation>Profil «&#xa0;%1&#xa0;», %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test en cours...</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain: %1</source>
        <translation>Le secret n&apos;a pas pu être stocké dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password you typed is stored when you save; the test used the keychain&apos;s.</source>
        <translation>Le mot de passe saisi sera stocké lors de l&apos;enregistrement&#xa0;; le test a utilisé celui du trousseau.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement en cours...</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>The agent runs under another account: import on its machine with `qddns-agent import`, as that account.</source>
        <translation>L&apos;agent s&apos;exécute sous un autre compte&#xa0;: importez sur sa machine avec `qddns-agent import`, sous ce compte.</translation>
    </message>
    <message>
        <source>Save or undo your changes first: an import saves the configuration.</source>
        <translation>Enregistrez ou annulez d&apos;abord vos modifications&#xa0;: une importation enregistre la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>%n profil importé&#xa0;: %1.</numerusform>
            <numerusform>%n profils importés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their passwords are in the keychain.</source>
        <translation>%1 Leurs mots de passe sont dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 No password was in the file for %2: enter it in the form, then Save.</source>
        <translation>%1 Le fichier ne contenait aucun mot de passe pour %2&#xa0;: saisissez-le dans le formulaire, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The settings were saved, but a password could not be stored in the keychain:
%1</source>
        <translation>Les paramètres ont été enregistrés, mais un mot de passe n&apos;a pas pu être stocké dans le trousseau&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Not connected to the qddns agent: %1</source>
        <translation>Pas de connexion à l&apos;agent qddns&#xa0;: %1</translation>
    </message>
    <message>
        <source>Please correct the marked settings.</source>
        <translation>Veuillez corriger les paramètres signalés.</translation>
    </message>
    <message>
        <source>The agent could not write the configuration file: %1</source>
        <translation>L&apos;agent n&apos;a pas pu écrire le fichier de configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent refused: %1</source>
        <translation>L&apos;agent a refusé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::SingleInstance</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <source>another qddns is running but does not answer on %1</source>
        <translation>un autre qddns est en cours d&apos;exécution mais ne répond pas sur %1</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Qddns::Gui::StatusWindow</name>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
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
        <translation>Démarrer l&apos;agent</translation>
    </message>
    <message>
        <source>Start qddns-agent, which keeps your DNS records up to date</source>
        <translation>Démarrer qddns-agent, qui tient vos enregistrements DNS à jour</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Mettre à jour maintenant</translation>
    </message>
    <message>
        <source>Detect the public address and update every record that needs it</source>
        <translation>Détecter l&apos;adresse publique et mettre à jour chaque enregistrement qui en a besoin</translation>
    </message>
    <message>
        <source>Pause updates</source>
        <translation>Suspendre les mises à jour</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Check ports…</source>
        <translation>Vérifier les ports…</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>Journaux…</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close the tray icon; the agent keeps running</source>
        <translation>Fermer l&apos;icône de la zone de notification&#xa0;; l&apos;agent continue de fonctionner</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Show this tray icon when you log in</source>
        <translation>Afficher cette icône de notification à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Changements d&apos;adresse</translation>
    </message>
    <message>
        <source>Failed updates</source>
        <translation>Mises à jour échouées</translation>
    </message>
    <message>
        <source>Records on hold</source>
        <translation>Enregistrements suspendus</translation>
    </message>
    <message>
        <source>Agent stopped</source>
        <translation>Agent arrêté</translation>
    </message>
    <message>
        <source>The qddns-agent program was found neither next to qddns nor in PATH.</source>
        <translation>Le programme qddns-agent n&apos;a été trouvé ni à côté de qddns ni dans le PATH.</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1 n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>qddns</source>
        <translation>qddns</translation>
    </message>
    <message>
        <source>It stopped at once without a message.</source>
        <translation>Il s&apos;est arrêté immédiatement sans message.</translation>
    </message>
    <message>
        <source>The agent did not start:
%1</source>
        <translation>L&apos;agent n&apos;a pas démarré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The agent did not start</source>
        <translation>L&apos;agent n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>The agent runs under another account</source>
        <translation>L&apos;agent s&apos;exécute sous un autre compte</translation>
    </message>
    <message>
        <source>IPv4: %1</source>
        <translation>IPv4&#xa0;: %1</translation>
    </message>
    <message>
        <source>IPv6: %1</source>
        <translation>IPv6&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume updates</source>
        <translation>Reprendre les mises à jour</translation>
    </message>
    <message>
        <source>The agent at %1 belongs to another user, so this tray app cannot show or change it. If it is the system service, join its group to see and steer it from here: sudo usermod -aG qddns $USER, then log out and in again. Secrets for it are set as that user (qddns-agent secret set PROFILE), with a systemd credential, or in an owner-only file named in its configuration.</source>
        <translation>L&apos;agent sur %1 appartient à un autre utilisateur&#xa0;: cette application ne peut donc ni l&apos;afficher ni le modifier. S&apos;il s&apos;agit du service système, rejoignez son groupe pour le voir et le piloter d&apos;ici&#xa0;: sudo usermod -aG qddns $USER, puis déconnectez-vous et reconnectez-vous. Ses secrets se définissent en tant que cet utilisateur (qddns-agent secret set PROFILE), avec un identifiant systemd, ou dans un fichier lisible par son seul propriétaire et nommé dans sa configuration.</translation>
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
        <translation>%1 (%2)&#xa0;: suspendu</translation>
    </message>
    <message>
        <source>%1 (%2): held — %3 (%4)</source>
        <translation>%1 (%2)&#xa0;: suspendu — %3 (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): published, not propagated — %3</source>
        <translation>%1 (%2)&#xa0;: publié, pas encore propagé — %3</translation>
    </message>
    <message>
        <source>%1 (%2): retrying — %3</source>
        <translation>%1 (%2)&#xa0;: nouvelle tentative — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): retrying at %3 after %n failure(s) — %4</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: nouvelle tentative le %3 après %n échec — %4</numerusform>
            <numerusform>%1 (%2)&#xa0;: nouvelle tentative le %3 après %n échecs — %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): retrying at %3 — %4</source>
        <translation>%1 (%2)&#xa0;: nouvelle tentative le %3 — %4</translation>
    </message>
    <message>
        <source>%1 (%2): waiting to be published</source>
        <translation>%1 (%2)&#xa0;: en attente de publication</translation>
    </message>
    <message>
        <source>%1 (%2): waiting for the public %2 address</source>
        <translation>%1 (%2)&#xa0;: en attente de l&apos;adresse %2 publique</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>already up to date</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>the provider rejected the credentials</source>
        <translation>le fournisseur a rejeté les identifiants</translation>
    </message>
    <message>
        <source>the provider blocked updates for abuse</source>
        <translation>le fournisseur a bloqué les mises à jour pour abus</translation>
    </message>
    <message>
        <source>the host name is not a fully qualified domain name</source>
        <translation>le nom d&apos;hôte n&apos;est pas un nom de domaine complet (FQDN)</translation>
    </message>
    <message>
        <source>the host name does not exist in this account</source>
        <translation>le nom d&apos;hôte n&apos;existe pas dans ce compte</translation>
    </message>
    <message>
        <source>too many hosts in one request</source>
        <translation>trop d&apos;hôtes dans une seule requête</translation>
    </message>
    <message>
        <source>the provider reports a server problem</source>
        <translation>le fournisseur signale un problème de serveur</translation>
    </message>
    <message>
        <source>the provider reports a DNS error</source>
        <translation>le fournisseur signale une erreur DNS</translation>
    </message>
    <message>
        <source>the provider refused this client</source>
        <translation>le fournisseur a refusé ce client</translation>
    </message>
    <message>
        <source>the option needs a paid account at the provider</source>
        <translation>l&apos;option nécessite un compte payant chez le fournisseur</translation>
    </message>
    <message>
        <source>the host name belongs to another account</source>
        <translation>le nom d&apos;hôte appartient à un autre compte</translation>
    </message>
    <message>
        <source>a temporary failure</source>
        <translation>un échec temporaire</translation>
    </message>
    <message>
        <source>the provider refused the request</source>
        <translation>le fournisseur a refusé la requête</translation>
    </message>
    <message>
        <source>the provider&apos;s replies are not as documented</source>
        <translation>les réponses du fournisseur ne sont pas conformes à sa documentation</translation>
    </message>
    <message>
        <source>the update failed</source>
        <translation>la mise à jour a échoué</translation>
    </message>
    <message>
        <source>stopped until the profile or its secret changes</source>
        <translation>arrêté jusqu&apos;à ce que le profil ou son secret change</translation>
    </message>
    <message>
        <source>dry run: nothing was sent</source>
        <translation>simulation&#xa0;: rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the public address is not known</source>
        <translation>l&apos;adresse publique n&apos;est pas connue</translation>
    </message>
    <message>
        <source>waiting to retry after a failure</source>
        <translation>en attente d&apos;une nouvelle tentative après un échec</translation>
    </message>
    <message>
        <source>a password or token could not be read</source>
        <translation>un mot de passe ou un jeton n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Connecting to the qddns agent…</source>
        <translation>Connexion à l&apos;agent qddns…</translation>
    </message>
    <message>
        <source>qddns: %1</source>
        <translation>qddns&#xa0;: %1</translation>
    </message>
    <message>
        <source>The qddns agent is not running</source>
        <translation>L&apos;agent qddns n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Your DNS records are not being kept up to date.</source>
        <translation>Vos enregistrements DNS ne sont pas tenus à jour.</translation>
    </message>
    <message>
        <source>%1 address not detected</source>
        <translation>Adresse %1 non détectée</translation>
    </message>
    <message>
        <source>%1: not detected</source>
        <translation>%1&#xa0;: non détectée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 detection failed, showing the last known address: %2</source>
        <translation>Échec de la détection de l&apos;adresse %1, dernière adresse connue affichée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 address not detected: %2</source>
        <translation>Adresse %1 non détectée&#xa0;: %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Aucun enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) current</source>
        <translation>
            <numerusform>%n enregistrement à jour</numerusform>
            <numerusform>%n enregistrements à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation>Les mises à jour sont suspendues</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>All records are current</source>
        <translation>Tous les enregistrements sont à jour</translation>
    </message>
    <message>
        <source>No profile is configured</source>
        <translation>Aucun profil n&apos;est configuré</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Public address: not detected yet</source>
        <translation>Adresse publique&#xa0;: pas encore détectée</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last update: never</source>
        <translation>Dernière mise à jour&#xa0;: jamais</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s)</source>
        <translation>
            <numerusform>…et %n autre problème</numerusform>
            <numerusform>…et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is carrier-grade NAT: your provider shares the public address, so connections from the Internet may not reach this network</source>
        <translation>L&apos;adresse WAN %1 du routeur est du NAT de fournisseur (CGNAT)&#xa0;: votre fournisseur partage l&apos;adresse publique, les connexions depuis Internet risquent donc de ne pas atteindre ce réseau</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is private: the router is behind another router (double NAT), which must forward incoming connections to it</source>
        <translation>L&apos;adresse WAN %1 du routeur est privée&#xa0;: le routeur se trouve derrière un autre routeur (double NAT), qui doit lui transférer les connexions entrantes</translation>
    </message>
    <message>
        <source>Router&apos;s WAN address %1 is not a public address (double NAT)</source>
        <translation>L&apos;adresse WAN %1 du routeur n&apos;est pas une adresse publique (double NAT)</translation>
    </message>
</context>
<context>
    <name>SecretKeeper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>would be sent</source>
        <translation>serait envoyé</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>already current</source>
        <translation>déjà à jour</translation>
    </message>
    <message>
        <source>held: the provider refused it earlier</source>
        <translation>suspendu&#xa0;: le fournisseur l&apos;a refusé précédemment</translation>
    </message>
    <message>
        <source>cannot be sent</source>
        <translation>ne peut pas être envoyé</translation>
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
        <translation>Adresse %1&#xa0;: %2 (via %3)</translation>
    </message>
    <message>
        <source>%1 address: not detected: %2</source>
        <translation>Adresse %1&#xa0;: non détectée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing would be sent: no address is known for what this profile publishes.</source>
        <translation>Rien ne serait envoyé&#xa0;: aucune adresse n&apos;est connue pour ce que ce profil publie.</translation>
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
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>qddns: the tray icon of the qddns-agent Dynamic DNS client.</source>
        <translation>qddns&#xa0;: l&apos;icône de notification du client DNS dynamique qddns-agent.</translation>
    </message>
    <message>
        <source>The agent&apos;s socket (default: %1).</source>
        <translation>Le socket de l&apos;agent (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The qddns-agent program &quot;Start the agent&quot; runs (default: the one next to qddns, else from PATH).</source>
        <translation>Le programme qddns-agent que lance «&#xa0;Démarrer l&apos;agent&#xa0;» (par défaut&#xa0;: celui à côté de qddns, sinon celui du PATH).</translation>
    </message>
</context>
</TS>
