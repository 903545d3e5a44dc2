<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/autostartentry.cpp" line="86"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="66"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="67"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="124"/>
        <source>Call details</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="131"/>
        <source>Close details</source>
        <translation>Fermer les détails</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="133"/>
        <source>Close details (Esc)</source>
        <translation>Fermer les détails (Échap)</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="150"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <location filename="../qml/CallDetailPane.qml" line="265"/>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <location filename="../qml/CallDetailPane.qml" line="274"/>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="218"/>
        <source>Cost by token class</source>
        <translation>Coût par classe de jetons</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="232"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="233"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="234"/>
        <source>Per 1M</source>
        <translation>Par 1 M</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="235"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="252"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="267"/>
        <source>No request body was recorded.</source>
        <translation>Aucun corps de requête n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="268"/>
        <location filename="../qml/CallDetailPane.qml" line="277"/>
        <source>Bodies are recorded only while body logging is on.</source>
        <translation>Les corps ne sont enregistrés que si l&apos;enregistrement des corps est activé.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="276"/>
        <source>No response body was recorded.</source>
        <translation>Aucun corps de réponse n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="51"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="58"/>
        <source>reported by the provider</source>
        <translation>signalé par le fournisseur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="60"/>
        <source>estimated from the text (the provider reported none)</source>
        <translation>estimé à partir du texte (le fournisseur n&apos;a rien signalé)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="64"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="120"/>
        <source>No price was known for this model: the call has no cost.</source>
        <translation>Aucun prix connu pour ce modèle&#xa0;: l&apos;appel n&apos;a pas de coût.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="132"/>
        <source>The prices used were not recorded with this call.</source>
        <translation>Les prix utilisés n&apos;ont pas été enregistrés avec cet appel.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="133"/>
        <source>The recorded prices cannot be read: %1</source>
        <translation>Les prix enregistrés sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="142"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="143"/>
        <location filename="../app/calldetails.cpp" line="306"/>
        <source>Cache read</source>
        <translation>Lecture du cache</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="145"/>
        <source>Cache write (5 min)</source>
        <translation>Écriture en cache (5 min)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="147"/>
        <source>Cache write (1 h)</source>
        <translation>Écriture en cache (1 h)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="148"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="149"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="171"/>
        <source>The recorded cost, %1, differs from these prices applied to these tokens.</source>
        <translation>Le coût enregistré, %1, diffère de ces prix appliqués à ces jetons.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="233"/>
        <source>There is no call with id %1.</source>
        <translation>Aucun appel avec l&apos;ID %1.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="285"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="286"/>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="287"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="288"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="290"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="291"/>
        <source>API format</source>
        <translation>Format d&apos;API</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="292"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="293"/>
        <source>Requested model</source>
        <translation>Modèle demandé</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="294"/>
        <source>Streamed</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="295"/>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="296"/>
        <source>Served model</source>
        <translation>Modèle servi</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="297"/>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="298"/>
        <source>Error type</source>
        <translation>Type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="299"/>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="300"/>
        <source>Provider&apos;s request id</source>
        <translation>ID de requête du fournisseur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="301"/>
        <source>Cache hit</source>
        <translation>Succès de cache</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="302"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="303"/>
        <source>Input, all</source>
        <translation>Entrée, total</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="304"/>
        <source>Input, uncached</source>
        <translation>Entrée, hors cache</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="307"/>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="308"/>
        <source>Cache write with 1-hour TTL</source>
        <translation>Écriture en cache, TTL 1 h</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="310"/>
        <source>Output, all</source>
        <translation>Sortie, total</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="311"/>
        <source>Output, reasoning</source>
        <translation>Sortie, raisonnement</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="312"/>
        <source>Counted</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="313"/>
        <source>Timing</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="314"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="315"/>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="316"/>
        <source>Upstream</source>
        <translation>Amont</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="317"/>
        <source>Proxy overhead</source>
        <translation>Surcharge du proxy</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="318"/>
        <location filename="../app/calldetails.cpp" line="319"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="320"/>
        <source>Saved by prompt caching</source>
        <translation>Économisé grâce au cache de prompt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="322"/>
        <source>Priced as</source>
        <translation>Tarifé comme</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="323"/>
        <source>Prices per million tokens</source>
        <translation>Prix par million de jetons</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="324"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="328"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="329"/>
        <source>Key id</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="330"/>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="331"/>
        <source>Client tool</source>
        <translation>Outil client</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="356"/>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>Seuls les %1 premiers (sur %2) sont affichés.</translation>
    </message>
</context>
<context>
    <name>CallLogFilter</name>
    <message>
        <location filename="../app/calllogfilter.cpp" line="95"/>
        <source>Enter the end date of the end time.</source>
        <translation>Saisissez aussi une date de fin pour l&apos;heure de fin.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="96"/>
        <source>Enter the start date of the start time.</source>
        <translation>Saisissez aussi une date de début pour l&apos;heure de début.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="100"/>
        <source>“%1” is not a date: enter it as %2 (e.g. %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: saisissez-la au format %2 (p. ex. %3).</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="110"/>
        <source>“%1” is not a time: enter it as 14:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: saisissez-la au format 14:30.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="123"/>
        <source>Enter a start date, an end date or both.</source>
        <translation>Saisissez une date de début, une date de fin ou les deux.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="125"/>
        <source>The start must come before the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="182"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="187"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="190"/>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="192"/>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="193"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="366"/>
        <source>All providers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="367"/>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="370"/>
        <source>All keys</source>
        <translation>Toutes les clés</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Streamed</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens in</source>
        <translation>Jetons entrée</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens out</source>
        <translation>Jetons sortie</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Cache hit</source>
        <translation>Succès de cache</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="95"/>
        <source>Click to reverse the order</source>
        <translation>Cliquer pour inverser l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="96"/>
        <source>Click to sort by this column</source>
        <translation>Cliquer pour trier selon cette colonne</translation>
    </message>
    <message>
        <location filename="../app/calllogrow.cpp" line="57"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../app/configdocument.cpp" line="71"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/connectiontester.cpp" line="25"/>
        <source>base_url: must be an absolute http:// or https:// URL.</source>
        <translation>base_url&#xa0;: doit être une URL http:// ou https:// absolue.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="41"/>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="45"/>
        <source>No OS keychain is available here.</source>
        <translation>Aucun trousseau du système n&apos;est disponible ici.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="55"/>
        <source>No key is stored in the OS keychain for this provider.</source>
        <translation>Aucune clé n&apos;est stockée dans le trousseau du système pour ce fournisseur.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="92"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="95"/>
        <source>Could not reach %1: %2.</source>
        <translation>Impossible de joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="104"/>
        <source>HTTP %1 in %2 ms, but the answer is not a model list.</source>
        <translation>HTTP %1 en %2 ms, mais la réponse n&apos;est pas une liste de modèles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectiontester.cpp" line="106"/>
        <source>Connected: HTTP %1 in %2 ms, %n model(s) listed.</source>
        <translation>
            <numerusform>Connecté&#xa0;: HTTP %1 en %2 ms, %n modèle listé.</numerusform>
            <numerusform>Connecté&#xa0;: HTTP %1 en %2 ms, %n modèles listés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="117"/>
        <source>the key was refused</source>
        <translation>la clé a été refusée</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="119"/>
        <source>nothing at this URL; check the base URL</source>
        <translation>rien à cette URL&#xa0;; vérifiez l&apos;URL de base</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="121"/>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="123"/>
        <source>the provider has a problem</source>
        <translation>le fournisseur rencontre un problème</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="125"/>
        <source>the request was refused</source>
        <translation>la requête a été refusée</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="127"/>
        <source>HTTP %1 in %2 ms: %3. %4</source>
        <translation>HTTP %1 en %2 ms&#xa0;: %3. %4</translation>
    </message>
</context>
<context>
    <name>CostTrendModel</name>
    <message>
        <location filename="../app/costtrendmodel.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>CustomRangePopup</name>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="54"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="67"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="72"/>
        <source>From date, as %1</source>
        <translation>Date de début, au format %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="79"/>
        <source>From time (optional)</source>
        <translation>Heure de début (facultative)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="81"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="86"/>
        <source>To date, as %1</source>
        <translation>Date de fin, au format %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="93"/>
        <source>To time (optional)</source>
        <translation>Heure de fin (facultative)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="104"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="120"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="137"/>
        <source>Calendar: click a day to fill the %1 date</source>
        <translation>Calendrier&#xa0;: cliquez sur un jour pour remplir la date «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="179"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="180"/>
        <source>Cancel the custom range</source>
        <translation>Annuler la période personnalisée</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="185"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="187"/>
        <source>Apply the custom range</source>
        <translation>Appliquer la période personnalisée</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="84"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="90"/>
        <source>Key: %1 ✕</source>
        <translation>Clé&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="92"/>
        <source>Show all keys</source>
        <translation>Afficher toutes les clés</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="106"/>
        <source>Export a cost report as CSV</source>
        <translation>Exporter un rapport de coûts en CSV</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>Cannot read the ledger: %1</source>
        <translation>Impossible de lire le registre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per hour</source>
        <translation>Jetons et coût par heure</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per day</source>
        <translation>Jetons et coût par jour</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="162"/>
        <source>Tokens and cost over time</source>
        <translation>Jetons et coût dans le temps</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="186"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="183"/>
        <location filename="../qml/DashboardPage.qml" line="199"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="223"/>
        <source>Cost by model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="236"/>
        <source>Cost by provider</source>
        <translation>Coût par fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="247"/>
        <source>Recent days</source>
        <translation>Derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="262"/>
        <source>Cost trend</source>
        <translation>Tendance des coûts</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="272"/>
        <source>Cost trend by</source>
        <translation>Tendance des coûts par</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="275"/>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="279"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="283"/>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInfo</name>
    <message>
        <location filename="../app/databasefileinfo.cpp" line="20"/>
        <source>No calls recorded yet</source>
        <translation>Aucun appel enregistré pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="38"/>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="56"/>
        <source>Cannot save the preference in %1</source>
        <translation>Impossible d&apos;enregistrer la préférence dans %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="153"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>Choisissez un fichier sur cet ordinateur vers lequel exporter.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="157"/>
        <source>There is no ledger to export from.</source>
        <translation>Aucun registre à partir duquel exporter.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="166"/>
        <source>There is no log filter to export.</source>
        <translation>Aucun filtre de journal à exporter.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="172"/>
        <source>The report&apos;s period is empty.</source>
        <translation>La période du rapport est vide.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="266"/>
        <source>The export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="30"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="66"/>
        <source>Saved %1 rows to %2</source>
        <translation>%1 lignes enregistrées dans %2</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="69"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="70"/>
        <location filename="../qml/ExportDialog.qml" line="162"/>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="77"/>
        <source>Export CSV to</source>
        <translation>Exporter le CSV vers</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="95"/>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="104"/>
        <source>The calls of the request log, as filtered</source>
        <translation>Les appels du journal, tels que filtrés</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="105"/>
        <source>All calls of the request log</source>
        <translation>Tous les appels du journal</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="114"/>
        <source>A cost report for %1</source>
        <translation>Un rapport de coûts pour %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="115"/>
        <source>A cost report for the period shown</source>
        <translation>Un rapport de coûts pour la période affichée</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="124"/>
        <source>One row per</source>
        <translation>Une ligne par</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="133"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="134"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="135"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="136"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="138"/>
        <source>Report rows</source>
        <translation>Lignes du rapport</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="148"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2 rows written</source>
        <translation>%1 lignes écrites sur %2</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="159"/>
        <source>Counting the rows…</source>
        <translation>Comptage des lignes…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="169"/>
        <source>Choose file and export…</source>
        <translation>Choisir le fichier et exporter…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="173"/>
        <source>Choose a file and export</source>
        <translation>Choisir un fichier et exporter</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Cancel export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>GetStartedPage</name>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="25"/>
        <source>Point your tools at LLM Ledger</source>
        <translation>Pointez vos outils vers LLM Ledger</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="34"/>
        <source>Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.</source>
        <translation>Chaque appel est transmis tel quel au fournisseur et enregistré avec ses jetons, son coût et ses temps. Vos outils conservent leurs propres clés API.</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="44"/>
        <source>The proxy could not start: %1</source>
        <translation>Le proxy n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="71"/>
        <source>OpenAI-style base URL</source>
        <translation>URL de base de style OpenAI</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="73"/>
        <source>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools</source>
        <translation>OPENAI_BASE_URL — SDK OpenAI, Codex, aider, Continue, outils compatibles Ollama</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="80"/>
        <source>Anthropic-style base URL</source>
        <translation>URL de base de style Anthropic</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="82"/>
        <source>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</source>
        <translation>ANTHROPIC_BASE_URL — SDK Anthropic, Claude Code</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="96"/>
        <source>Calls recorded since start</source>
        <translation>Appels enregistrés depuis le démarrage</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="100"/>
        <source>Their cost</source>
        <translation>Leur coût</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="105"/>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="110"/>
        <source>Waiting for the first call…</source>
        <translation>En attente du premier appel…</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="119"/>
        <source>Set-up snippets</source>
        <translation>Extraits de configuration</translation>
    </message>
</context>
<context>
    <name>KeyBudgetPopup</name>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="35"/>
        <source>Monthly budget of %1</source>
        <translation>Budget mensuel de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="40"/>
        <source>US dollars per calendar month, shown against what the key spent this month.</source>
        <translation>Dollars US par mois civil, comparés aux dépenses de la clé ce mois-ci.</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="47"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="49"/>
        <source>Monthly budget in US dollars</source>
        <translation>Budget mensuel en dollars US</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="64"/>
        <source>No budget</source>
        <translation>Aucun budget</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="66"/>
        <source>Remove the budget of %1</source>
        <translation>Supprimer le budget de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="68"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="69"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <location filename="../qml/KeyRow.qml" line="84"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="85"/>
        <source>%1 requests, %2, %3 of spend, last used %4</source>
        <translation>%1 appels, %2, %3 des dépenses, dernier usage&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="88"/>
        <source>%1 of %2 budget this month</source>
        <translation>%1 sur %2 de budget ce mois-ci</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="137"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="148"/>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="150"/>
        <source>Give this key a label (F2)</source>
        <translation>Donner un libellé à cette clé (F2)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="169"/>
        <source>Label for %1</source>
        <translation>Libellé de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="193"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="194"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="203"/>
        <source>This month&apos;s spend against the monthly budget: click (or B) to change it</source>
        <translation>Dépenses de ce mois-ci par rapport au budget mensuel&#xa0;: cliquer (ou B) pour le modifier</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="213"/>
        <source>Cost per day</source>
        <translation>Coût par jour</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="221"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="224"/>
        <source>Dashboard of %1</source>
        <translation>Tableau de bord de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="227"/>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="230"/>
        <source>Logs of %1</source>
        <translation>Journal de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="237"/>
        <source>More actions for %1</source>
        <translation>Plus d&apos;actions pour %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="239"/>
        <source>Budget, disable or enable (menu key)</source>
        <translation>Budget, désactiver ou activer (touche Menu)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="246"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="247"/>
        <source>Set monthly budget…</source>
        <translation>Définir le budget mensuel…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Enable key</source>
        <translation>Activer la clé</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Disable key</source>
        <translation>Désactiver la clé</translation>
    </message>
</context>
<context>
    <name>KeyStatsModel</name>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="116"/>
        <source>(no key)</source>
        <translation>(aucune clé)</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="193"/>
        <source>The label could not be saved</source>
        <translation>Le libellé n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="232"/>
        <source>A budget is an amount of US dollars, such as 20 or 12.50; leave it empty for none.</source>
        <translation>Un budget est un montant en dollars US, par exemple 20 ou 12,50&#xa0;; laissez le champ vide pour aucun budget.</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="258"/>
        <source>The setting could not be saved</source>
        <translation>Le paramètre n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="383"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="388"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="390"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="392"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="395"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../qml/KeysPage.qml" line="47"/>
        <location filename="../qml/KeysPage.qml" line="98"/>
        <source>Client keys</source>
        <translation>Clés client</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="50"/>
        <source>%1 spent, %2</source>
        <translation>%1 dépensés, %2</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="56"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="64"/>
        <source>⚠ The ledger could not be read: %1</source>
        <translation>⚠ Le registre n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="72"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>Requests</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="74"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>of budget</source>
        <translation>du budget</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>p50 / p95</source>
        <translation>p50 / p95</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="78"/>
        <source>Last used</source>
        <translation>Dernier usage</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="99"/>
        <source>Enter opens the key&apos;s dashboard, L its logs, F2 renames it, B sets its budget, the menu key disables or enables it</source>
        <translation>Entrée ouvre le tableau de bord de la clé, L son journal, F2 la renomme, B définit son budget, la touche Menu la désactive ou l&apos;active</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="118"/>
        <source>No client keys yet: keys appear here once a tool calls the proxy with its own API key</source>
        <translation>Aucune clé client pour l&apos;instant&#xa0;: les clés apparaissent ici dès qu&apos;un outil appelle le proxy avec sa propre clé API</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/KpiCard.qml" line="49"/>
        <source>%1 vs previous</source>
        <translation>%1 vs précédent</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Requests</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Cost per 1K tokens</source>
        <translation>Coût pour 1K jetons</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Average per day</source>
        <translation>Moyenne par jour</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Cache savings</source>
        <translation>Économies de cache</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Error rate</source>
        <translation>Taux d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Latency p50</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Latency p95</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Output speed</source>
        <translation>Vitesse de sortie</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Cache hit rate</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="98"/>
        <source>What the priced calls of the period cost</source>
        <translation>Coût des appels tarifés de la période</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="99"/>
        <source>Prompt and output tokens, cached ones included</source>
        <translation>Jetons de prompt et de sortie, jetons en cache compris</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="100"/>
        <source>Calls through the proxy, failed ones included</source>
        <translation>Appels passés par le proxy, échecs compris</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="101"/>
        <source>Cost divided by thousands of tokens</source>
        <translation>Coût divisé par le nombre de milliers de jetons</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="102"/>
        <source>Total cost divided by the days of the period</source>
        <translation>Coût total divisé par le nombre de jours de la période</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="103"/>
        <source>What prompt caching and the response cache saved against full price</source>
        <translation>Ce que le cache de prompts et le cache de réponses ont économisé par rapport au plein tarif</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="104"/>
        <source>Share of calls answered with an error or not at all</source>
        <translation>Part des appels ayant reçu une erreur ou aucune réponse</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="105"/>
        <source>Median time from request to complete answer</source>
        <translation>Temps médian entre la requête et la réponse complète</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="106"/>
        <source>95th percentile of the time to a complete answer</source>
        <translation>95e centile du temps jusqu&apos;à la réponse complète</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="107"/>
        <source>Median time to the first streamed event</source>
        <translation>Temps médian jusqu&apos;au premier événement en streaming</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="108"/>
        <source>Output tokens per second of generation</source>
        <translation>Jetons de sortie par seconde de génération</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="109"/>
        <source>Share of calls answered from LLM Ledger&apos;s response cache</source>
        <translation>Part des appels servis par le cache de réponses de LLM Ledger</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kpimodel.cpp" line="122"/>
        <source>%n call(s) without a known price are not included</source>
        <translation>
            <numerusform>%n appel sans prix connu n&apos;est pas inclus</numerusform>
            <numerusform>%n appels sans prix connu ne sont pas inclus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="145"/>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../app/languagemanager.cpp" line="66"/>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <location filename="../app/languagemanager.cpp" line="67"/>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
</context>
<context>
    <name>LedgerFormat</name>
    <message>
        <location filename="../app/ledgerformat.cpp" line="54"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/ledgerformat.cpp" line="66"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <location filename="../qml/LoadingIndicator.qml" line="22"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="14"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="15"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="16"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="17"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="18"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="21"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="24"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="25"/>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="26"/>
        <source>4xx client error</source>
        <translation>4xx erreur client</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="27"/>
        <source>5xx server error</source>
        <translation>5xx erreur serveur</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="28"/>
        <source>Errors and no answer</source>
        <translation>Erreurs et sans réponse</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="31"/>
        <source>Streamed or not</source>
        <translation>Streaming ou non</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="32"/>
        <location filename="../qml/LogFilterBar.qml" line="143"/>
        <source>Streamed</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="33"/>
        <source>Not streamed</source>
        <translation>Sans streaming</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="36"/>
        <source>Cache hit or not</source>
        <translation>Succès de cache ou non</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="37"/>
        <location filename="../qml/LogFilterBar.qml" line="149"/>
        <source>Cache hit</source>
        <translation>Succès de cache</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="38"/>
        <source>No cache hit</source>
        <translation>Sans succès de cache</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="84"/>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="116"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="124"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="130"/>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="137"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="158"/>
        <source>Search id, model, error, user agent</source>
        <translation>Rechercher ID, modèle, erreur, agent utilisateur</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="160"/>
        <source>Search calls</source>
        <translation>Rechercher des appels</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="165"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../qml/LogsPage.qml" line="40"/>
        <location filename="../qml/LogsPage.qml" line="80"/>
        <source>Request log</source>
        <translation>Journal des appels</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="197"/>
        <source>Recorded calls</source>
        <translation>Appels enregistrés</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="253"/>
        <source>No calls match these filters.</source>
        <translation>Aucun appel ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="254"/>
        <source>No calls recorded yet.</source>
        <translation>Aucun appel enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="92"/>
        <source>The log could not be read: %1</source>
        <translation>Le journal n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="100"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="101"/>
        <source>%n call(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n appel affiché&#xa0;; faites défiler pour en voir plus</numerusform>
            <numerusform>%n appels affichés&#xa0;; faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="102"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="106"/>
        <source>Export the filtered log as CSV</source>
        <translation>Exporter le journal filtré en CSV</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="272"/>
        <source>Call details</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="40"/>
        <location filename="../qml/Main.qml" line="56"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="84"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Get started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Pricing</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Add a model&apos;s price</source>
        <translation>Ajouter le prix d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Edit the price of %1</source>
        <translation>Modifier le prix de %1</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="49"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="52"/>
        <source>Save the price</source>
        <translation>Enregistrer le prix</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="76"/>
        <source>US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).</source>
        <translation>Dollars US par million de jetons. L&apos;entrée et la sortie sont obligatoires&#xa0;; laissez les autres champs vides si le fournisseur n&apos;a pas de prix distinct (les lectures et écritures en cache coûtent alors le prix d&apos;entrée, le raisonnement le prix de sortie).</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="85"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="90"/>
        <source>as clients send it, e.g. gpt-4o</source>
        <translation>tel que les clients l&apos;envoient, p. ex. gpt-4o</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="91"/>
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="94"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="95"/>
        <source>Input price</source>
        <translation>Prix d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="96"/>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="97"/>
        <source>Cached input price</source>
        <translation>Prix de l&apos;entrée en cache</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="98"/>
        <source>Cache write (5 min)</source>
        <translation>Écriture en cache (5 min)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="99"/>
        <source>Cache write price, 5-minute TTL</source>
        <translation>Prix d&apos;écriture en cache, TTL 5 min</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="100"/>
        <source>Cache write (1 h)</source>
        <translation>Écriture en cache (1 h)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="101"/>
        <source>Cache write price, 1-hour TTL</source>
        <translation>Prix d&apos;écriture en cache, TTL 1 h</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="102"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="103"/>
        <source>Output price</source>
        <translation>Prix de sortie</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="104"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="105"/>
        <source>Reasoning price</source>
        <translation>Prix du raisonnement</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <location filename="../app/priceeditor.cpp" line="60"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="62"/>
        <source>%1: a price cannot be negative</source>
        <translation>%1&#xa0;: un prix ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="150"/>
        <location filename="../app/priceeditor.cpp" line="223"/>
        <location filename="../app/priceeditor.cpp" line="270"/>
        <source>Wait until the running import or re-pricing has finished</source>
        <translation>Attendez la fin de l&apos;importation ou du recalcul des coûts en cours</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="175"/>
        <source>Enter the model&apos;s name, as clients send it (e.g. gpt-4o)</source>
        <translation>Saisissez le nom du modèle, tel que les clients l&apos;envoient (p. ex. gpt-4o)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="177"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="178"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="179"/>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="180"/>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="181"/>
        <source>Cache write (1 h)</source>
        <translation>Écriture en cache (1 h)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="182"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="186"/>
        <source>Input and output prices are required (dollars per million tokens)</source>
        <translation>Les prix d&apos;entrée et de sortie sont obligatoires (dollars par million de jetons)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="192"/>
        <source>%1 is priced in %2 (“prices”), which takes precedence over the price list: change it there</source>
        <translation>%1 est tarifé dans %2 («&#xa0;prices&#xa0;»), qui prime sur la liste de prix&#xa0;: modifiez-le à cet endroit</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="200"/>
        <source>Saved the price of %1</source>
        <translation>Prix de %1 enregistré</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="210"/>
        <source>%1 has no entry in %2</source>
        <translation>%1 n&apos;a pas d&apos;entrée dans %2</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="216"/>
        <source>Removed the override of %1: the built-in price applies again</source>
        <translation>Prix personnalisé de %1 supprimé&#xa0;: le prix intégré s&apos;applique de nouveau</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="217"/>
        <source>Removed %1 from the price list</source>
        <translation>%1 retiré de la liste de prix</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="225"/>
        <source>Choose a local file to import (got %1)</source>
        <translation>Choisissez un fichier local à importer (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="227"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="243"/>
        <source>The import failed: %1</source>
        <translation>L&apos;importation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="246"/>
        <source>Imported %n model price(s) from %1</source>
        <translation>
            <numerusform>%n prix de modèle importé depuis %1</numerusform>
            <numerusform>%n prix de modèles importés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="248"/>
        <source>(%n entry(s) without per-token prices skipped)</source>
        <translation>
            <numerusform>(%n entrée sans prix par jeton ignorée)</numerusform>
            <numerusform>(%n entrées sans prix par jeton ignorées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="272"/>
        <source>Re-pricing stored calls…</source>
        <translation>Recalcul des coûts des appels enregistrés…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="285"/>
        <source>Re-pricing failed: %1</source>
        <translation>Le recalcul des coûts a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="288"/>
        <source>Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6</source>
        <translation>Coûts recalculés pour %1 appels sur %2&#xa0;: %3 → %4&#xa0;; appels sans prix&#xa0;: %5 → %6</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="95"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="97"/>
        <source>Override</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="99"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="101"/>
        <source>Config</source>
        <translation>Config</translation>
    </message>
</context>
<context>
    <name>PriceTableHeader</name>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="31"/>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="44"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="46"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="47"/>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="48"/>
        <source>Cache write</source>
        <translation>Écriture en cache</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="49"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="53"/>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="60"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../qml/PricingPage.qml" line="26"/>
        <location filename="../qml/PricingPage.qml" line="80"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="57"/>
        <source>Import a LiteLLM price list</source>
        <translation>Importer une liste de prix LiteLLM</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="84"/>
        <source>Add model…</source>
        <translation>Ajouter un modèle…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="89"/>
        <source>Import LiteLLM JSON…</source>
        <translation>Importer un JSON LiteLLM…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="92"/>
        <source>Merges a LiteLLM model_prices_and_context_window.json into your price overrides</source>
        <translation>Fusionne un fichier LiteLLM model_prices_and_context_window.json dans vos prix personnalisés</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="95"/>
        <source>Re-price calls…</source>
        <translation>Recalculer les coûts…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="105"/>
        <source>US dollars per million tokens. Your changes go to %1 and apply to new calls; the config&apos;s “prices” take precedence.</source>
        <translation>Dollars US par million de jetons. Vos modifications sont enregistrées dans %1 et s&apos;appliquent aux nouveaux appels&#xa0;; les «&#xa0;prices&#xa0;» de la configuration priment.</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="112"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="131"/>
        <location filename="../qml/PricingPage.qml" line="132"/>
        <source>Search models or providers</source>
        <translation>Rechercher des modèles ou des fournisseurs</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PricingPage.qml" line="136"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="163"/>
        <source>Model prices</source>
        <translation>Prix des modèles</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="164"/>
        <source>Enter or F2 edits the price, Delete removes an override</source>
        <translation>Entrée ou F2 modifie le prix, Suppr retire un prix personnalisé</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="200"/>
        <source>%1: input %2, cached input %3, output %4 per million tokens, %5</source>
        <translation>%1&#xa0;: entrée %2, entrée en cache %3, sortie %4 par million de jetons, %5</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="251"/>
        <source>1-hour cache writes: %1</source>
        <translation>Écritures en cache 1 h&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="272"/>
        <source>Edit the price of %1</source>
        <translation>Modifier le prix de %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="274"/>
        <source>Edit the price (Enter)</source>
        <translation>Modifier le prix (Entrée)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="281"/>
        <source>Remove the override of %1</source>
        <translation>Supprimer le prix personnalisé de %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="284"/>
        <source>Remove override: back to the built-in price (Delete)</source>
        <translation>Supprimer le prix personnalisé&#xa0;: retour au prix intégré (Suppr)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="285"/>
        <source>Remove override: the model will have no price (Delete)</source>
        <translation>Supprimer le prix personnalisé&#xa0;: le modèle n&apos;aura plus de prix (Suppr)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="298"/>
        <source>No model matches “%1”</source>
        <translation>Aucun modèle ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../app/providereditor.cpp" line="43"/>
        <location filename="../app/providereditor.cpp" line="55"/>
        <source>There is no provider %1.</source>
        <translation>Le fournisseur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="106"/>
        <source>models: name at least one model or pattern, such as * for all.</source>
        <translation>models&#xa0;: indiquez au moins un modèle ou un motif, comme * pour tous.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="117"/>
        <source>api_key: a key typed here is kept in the OS keychain; choose the keychain as the key source.</source>
        <translation>api_key&#xa0;: une clé saisie ici est conservée dans le trousseau du système&#xa0;; choisissez le trousseau comme source de la clé.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="122"/>
        <source>api_key: no OS keychain is available here; use an environment variable.</source>
        <translation>api_key&#xa0;: aucun trousseau du système n&apos;est disponible ici&#xa0;; utilisez une variable d&apos;environnement.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="133"/>
        <source>The OS keychain did not store the key: %1; nothing was changed.</source>
        <translation>Le trousseau du système n&apos;a pas enregistré la clé&#xa0;: %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="185"/>
        <source>The OS keychain did not delete the key: %1</source>
        <translation>Le trousseau du système n&apos;a pas supprimé la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>New provider</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>Edit provider</source>
        <translation>Modifier le fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="76"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="80"/>
        <source>e.g. groq</source>
        <translation>p. ex. groq</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="81"/>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="83"/>
        <location filename="../qml/ProviderForm.qml" line="91"/>
        <source>API style</source>
        <translation>Style d&apos;API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="89"/>
        <source>OpenAI-style (/v1/chat/completions …)</source>
        <translation>Style OpenAI (/v1/chat/completions …)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="90"/>
        <source>Anthropic-style (/v1/messages)</source>
        <translation>Style Anthropic (/v1/messages)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="93"/>
        <location filename="../qml/ProviderForm.qml" line="99"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="101"/>
        <source>Models (comma-separated, * and ? match any)</source>
        <translation>Modèles (séparés par des virgules&#xa0;; * et&#xa0;? sont des jokers)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="105"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="107"/>
        <location filename="../qml/ProviderForm.qml" line="135"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="114"/>
        <source>The client&apos;s own key</source>
        <translation>La propre clé du client</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="115"/>
        <source>Stored in the OS keychain</source>
        <translation>Stockée dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="116"/>
        <location filename="../qml/ProviderForm.qml" line="125"/>
        <source>Environment variable</source>
        <translation>Variable d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="117"/>
        <source>None (local server)</source>
        <translation>Aucune (serveur local)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="118"/>
        <source>Key source</source>
        <translation>Source de la clé</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="124"/>
        <source>Variable name, e.g. GROQ_API_KEY</source>
        <translation>Nom de la variable, p. ex. GROQ_API_KEY</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="133"/>
        <source>Stored: %1 (type to replace)</source>
        <translation>Stockée&#xa0;: %1 (saisir pour remplacer)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="134"/>
        <source>Paste the API key</source>
        <translation>Collez la clé API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="139"/>
        <source>Local (free): calls cost nothing</source>
        <translation>Local (gratuit)&#xa0;: les appels ne coûtent rien</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="152"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="165"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="175"/>
        <source>Delete stored key</source>
        <translation>Supprimer la clé stockée</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="114"/>
        <source>the client&apos;s own key</source>
        <translation>la propre clé du client</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain (no key stored)</source>
        <translation>trousseau (aucune clé stockée)</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain: %1</source>
        <translation>trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="120"/>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="122"/>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="139"/>
        <source>No calls in the last 24 hours</source>
        <translation>Aucun appel au cours des dernières 24 heures</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providerlistmodel.cpp" line="140"/>
        <source>%n call(s) in 24 h · %1 % errors</source>
        <translation>
            <numerusform>%n appel en 24 h · %1 % d&apos;erreurs</numerusform>
            <numerusform>%n appels en 24 h · %1 % d&apos;erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="149"/>
        <source>Last call %1</source>
        <translation>Dernier appel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="152"/>
        <source>Never called</source>
        <translation>Jamais appelé</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/ProviderRow.qml" line="49"/>
        <source>%1 (local, free)</source>
        <translation>%1 (local, gratuit)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>Anthropic-style</source>
        <translation>Style Anthropic</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>OpenAI-style</source>
        <translation>Style OpenAI</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="62"/>
        <source>Models: %1 · Key: %2</source>
        <translation>Modèles&#xa0;: %1 · Clé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="75"/>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="81"/>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="89"/>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="96"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="27"/>
        <location filename="../qml/ProvidersPage.qml" line="74"/>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="31"/>
        <source>Add provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="43"/>
        <source>A call goes to the first provider of its API style whose models match. Changes apply to the running proxy at once.</source>
        <translation>Un appel est envoyé au premier fournisseur de son style d&apos;API dont les modèles correspondent. Les modifications s&apos;appliquent immédiatement au proxy en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>ProxyRuntime</name>
    <message>
        <location filename="../app/proxyruntime.cpp" line="146"/>
        <source>The response cache is off: cannot open %1: %2</source>
        <translation>Le cache de réponses est désactivé : impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="223"/>
        <source>The new configuration was not applied; the proxy keeps running with the previous one. %1</source>
        <translation>La nouvelle configuration n&apos;a pas été appliquée&#xa0;; le proxy continue avec la précédente. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="229"/>
        <source>The new prices were not applied; the proxy keeps the previous ones. %1</source>
        <translation>Les nouveaux prix n&apos;ont pas été appliqués&#xa0;; le proxy conserve les précédents. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="261"/>
        <source>The proxy stays on %1: %2</source>
        <translation>Le proxy reste sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="278"/>
        <source>Cannot read which client keys are disabled: %1</source>
        <translation>Impossible de lire quelles clés client sont désactivées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="55"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform> (+%n appel sans prix connu)</numerusform>
            <numerusform> (+%n appels sans prix connu)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="69"/>
        <source>%1  %2 %3 · %4 · %5 tokens · %6 ms</source>
        <translation>%1  %2 %3 · %4 · %5 jetons · %6 ms</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="81"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="83"/>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="88"/>
        <source>Paused (%1 accepts no new calls)</source>
        <translation>En pause (%1 n&apos;accepte aucun nouvel appel)</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="89"/>
        <source>Listening on %1</source>
        <translation>À l&apos;écoute sur %1</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../qml/RangeBar.qml" line="20"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="26"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Du (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="28"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="34"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Au (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="36"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
</context>
<context>
    <name>RepriceDialog</name>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="13"/>
        <source>Re-price stored calls</source>
        <translation>Recalculer les coûts des appels enregistrés</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="26"/>
        <source>Re-price</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="29"/>
        <source>Re-price the calls of the chosen period</source>
        <translation>Recalculer les coûts des appels de la période choisie</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="32"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="53"/>
        <source>Computes the cost of recorded calls again from their token counts and today&apos;s prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.</source>
        <translation>Recalcule le coût des appels enregistrés à partir de leur nombre de jetons et des prix actuels. À utiliser après avoir corrigé un prix ou ajouté un prix manquant&#xa0;; les appels dont le coût ne change pas restent inchangés.</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="59"/>
        <source>All recorded calls</source>
        <translation>Tous les appels enregistrés</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="60"/>
        <source>Calls to re-price</source>
        <translation>Appels à recalculer</translation>
    </message>
</context>
<context>
    <name>RetentionScheduler</name>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="66"/>
        <source>Old calls could not be deleted: %1</source>
        <translation>Les anciens appels n&apos;ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="76"/>
        <source>%1: retention is off, all calls are kept.</source>
        <translation>%1&#xa0;: la rétention est désactivée, tous les appels sont conservés.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="78"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln appel</numerusform>
            <numerusform>%Ln appels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="80"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1&#xa0;: suppression de %2 datant de plus de %Ln jour.</numerusform>
            <numerusform>%1&#xa0;: suppression de %2 datant de plus de %Ln jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="89"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="102"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="108"/>
        <source>Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.</source>
        <translation>Enregistrés dans %1. Le proxy en cours d&apos;exécution applique les modifications sans redémarrage&#xa0;; --port et --listen sur la ligne de commande remplacent ces valeurs.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.</source>
        <translation>127.0.0.1 n&apos;accepte que les appels de cet ordinateur&#xa0;; 0.0.0.0 ceux de toute machine qui peut l&apos;atteindre.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="122"/>
        <location filename="../qml/SettingsPage.qml" line="130"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="135"/>
        <source>Request bodies</source>
        <translation>Corps des requêtes</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="138"/>
        <source>Record request and response bodies</source>
        <translation>Enregistrer les corps des requêtes et des réponses</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="145"/>
        <source>Stream usage</source>
        <translation>Usage en streaming</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="147"/>
        <source>Ask OpenAI-style streams for exact token counts</source>
        <translation>Demander aux flux de style OpenAI le nombre exact de jetons</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="153"/>
        <source>The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.</source>
        <translation>Le bloc d&apos;usage est retiré avant d&apos;atteindre votre outil. Désactivé&#xa0;: ces flux sont enregistrés avec des jetons estimés.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="156"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="168"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="171"/>
        <source>Keep calls for</source>
        <translation>Conserver les appels</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="177"/>
        <source>Days to keep calls, 0 for all</source>
        <translation>Jours de conservation des appels, 0 pour tous</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days (0: keep every call)</source>
        <translation>jours (0&#xa0;: conserver tous les appels)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="186"/>
        <source>Delete now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <source>Delete calls older than the retention now</source>
        <translation>Supprimer maintenant les appels plus anciens que la durée de rétention</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="199"/>
        <source>Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards&apos; hourly and daily totals keep counting them; only the log loses them.</source>
        <translation>Les appels plus anciens et leurs corps sont supprimés une minute après le démarrage, puis toutes les 6 heures. Les totaux horaires et journaliers des tableaux de bord continuent de les compter&#xa0;; seul le journal les perd.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="205"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="211"/>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="214"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="216"/>
        <source>Open the database folder</source>
        <translation>Ouvrir le dossier de la base de données</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="225"/>
        <source>Database size: %1</source>
        <translation>Taille de la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="228"/>
        <source>The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.</source>
        <translation>Le fichier ne rétrécit pas lorsque des appels sont supprimés&#xa0;: leur espace est réutilisé pour les nouveaux. --data-dir déplace les données.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="232"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="235"/>
        <location filename="../qml/SettingsPage.qml" line="240"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="245"/>
        <location filename="../qml/SettingsPage.qml" line="252"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="257"/>
        <source>At login</source>
        <translation>À l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="259"/>
        <source>Start LLM Ledger when I log in</source>
        <translation>Lancer LLM Ledger à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="268"/>
        <source>Not supported on this system yet.</source>
        <translation>Pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="271"/>
        <source>Tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="273"/>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.</source>
        <translation>S&apos;applique lorsque LLM Ledger démarre à l&apos;ouverture de session&#xa0;: le proxy enregistre, la fenêtre reste fermée jusqu&apos;à ce que vous l&apos;ouvriez depuis la zone de notification.</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../qml/ShareList.qml" line="19"/>
        <source>No calls in this period</source>
        <translation>Aucun appel sur cette période</translation>
    </message>
    <message>
        <location filename="../qml/ShareList.qml" line="42"/>
        <source>%1 calls</source>
        <translation>%1 appels</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location filename="../qml/SnippetCard.qml" line="26"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>SnippetModel</name>
    <message>
        <location filename="../app/snippetmodel.cpp" line="11"/>
        <source>OpenAI SDK (Python)</source>
        <translation>SDK OpenAI (Python)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="17"/>
        <source>OpenAI SDK (JavaScript)</source>
        <translation>SDK OpenAI (JavaScript)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="22"/>
        <source>Anthropic SDK (Python / JavaScript)</source>
        <translation>SDK Anthropic (Python / JavaScript)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="28"/>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="32"/>
        <source>Codex CLI</source>
        <translation>Codex CLI</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="42"/>
        <source>aider</source>
        <translation>aider</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="47"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="56"/>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="58"/>
        <source>Cursor sends many requests from its own servers, which cannot reach 127.0.0.1; only the calls Cursor makes from your machine pass through LLM Ledger.</source>
        <translation>Cursor envoie de nombreux appels depuis ses propres serveurs, qui ne peuvent pas joindre 127.0.0.1&#xa0;; seuls les appels que Cursor effectue depuis votre machine passent par LLM Ledger.</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="60"/>
        <source>curl</source>
        <translation>curl</translation>
    </message>
</context>
<context>
    <name>TimeRangeSelection</name>
    <message>
        <location filename="../app/timerangeselection.cpp" line="145"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="14"/>
        <source>Open window</source>
        <translation>Ouvrir la fenêtre</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="99"/>
        <source>Today: the ledger cannot be read</source>
        <translation>Aujourd&apos;hui&#xa0;: le registre est illisible</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="101"/>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trayicon.cpp" line="103"/>
        <source>Today: %1 · %Ln request(s)</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 · %Ln appel</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %1 · %Ln appels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Resume proxy</source>
        <translation>Reprendre le proxy</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Pause proxy</source>
        <translation>Mettre le proxy en pause</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="108"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="110"/>
        <source>Proxy paused</source>
        <translation>Proxy en pause</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../qml/TrendBars.qml" line="18"/>
        <source>No calls yet</source>
        <translation>Aucun appel pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="47"/>
        <source>%1 (so far)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="48"/>
        <source>%1, %2 calls</source>
        <translation>%1, %2 appels</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="49"/>
        <source>%1 vs the period before</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
</context>
<context>
    <name>UrlCard</name>
    <message>
        <location filename="../qml/UrlCard.qml" line="32"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>UsageGroupModel</name>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="66"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="110"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>UsageSeriesModel</name>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="41"/>
        <source>Tokens (billions)</source>
        <translation>Jetons (milliards)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="42"/>
        <source>Tokens (millions)</source>
        <translation>Jetons (millions)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="43"/>
        <source>Tokens (thousands)</source>
        <translation>Jetons (milliers)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="44"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
</TS>
