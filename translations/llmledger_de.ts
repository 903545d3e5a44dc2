<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/autostartentry.cpp" line="86"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="66"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="67"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="124"/>
        <source>Call details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="131"/>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="133"/>
        <source>Close details (Esc)</source>
        <translation>Details schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="150"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <location filename="../qml/CallDetailPane.qml" line="265"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <location filename="../qml/CallDetailPane.qml" line="274"/>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="218"/>
        <source>Cost by token class</source>
        <translation>Kosten nach Token-Art</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="232"/>
        <source>Class</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="233"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="234"/>
        <source>Per 1M</source>
        <translation>Pro 1 Mio.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="235"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="252"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="267"/>
        <source>No request body was recorded.</source>
        <translation>Es wurde kein Anfrage-Body aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="268"/>
        <location filename="../qml/CallDetailPane.qml" line="277"/>
        <source>Bodies are recorded only while body logging is on.</source>
        <translation>Bodys werden nur aufgezeichnet, wenn die Body-Aufzeichnung aktiviert ist.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="276"/>
        <source>No response body was recorded.</source>
        <translation>Es wurde kein Antwort-Body aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="51"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="58"/>
        <source>reported by the provider</source>
        <translation>vom Anbieter gemeldet</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="60"/>
        <source>estimated from the text (the provider reported none)</source>
        <translation>aus dem Text geschätzt (der Anbieter hat keine gemeldet)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="64"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="120"/>
        <source>No price was known for this model: the call has no cost.</source>
        <translation>Für dieses Modell war kein Preis bekannt: Die Anfrage hat keine Kosten.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="132"/>
        <source>The prices used were not recorded with this call.</source>
        <translation>Die verwendeten Preise wurden mit dieser Anfrage nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="133"/>
        <source>The recorded prices cannot be read: %1</source>
        <translation>Die aufgezeichneten Preise können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="142"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="143"/>
        <location filename="../app/calldetails.cpp" line="306"/>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="145"/>
        <source>Cache write (5 min)</source>
        <translation>Cache-Schreiben (5 Min.)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="147"/>
        <source>Cache write (1 h)</source>
        <translation>Cache-Schreiben (1 Std.)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="148"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="149"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="171"/>
        <source>The recorded cost, %1, differs from these prices applied to these tokens.</source>
        <translation>Die aufgezeichneten Kosten von %1 weichen vom Ergebnis dieser Preise für diese Tokens ab.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="233"/>
        <source>There is no call with id %1.</source>
        <translation>Es gibt keine Anfrage mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="285"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="286"/>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="287"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="288"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="290"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="291"/>
        <source>API format</source>
        <translation>API-Format</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="292"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="293"/>
        <source>Requested model</source>
        <translation>Angefragtes Modell</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="294"/>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="295"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="296"/>
        <source>Served model</source>
        <translation>Antwortendes Modell</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="297"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="298"/>
        <source>Error type</source>
        <translation>Fehlertyp</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="299"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="300"/>
        <source>Provider&apos;s request id</source>
        <translation>Anfrage-ID des Anbieters</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="301"/>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="302"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="303"/>
        <source>Input, all</source>
        <translation>Eingabe, gesamt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="304"/>
        <source>Input, uncached</source>
        <translation>Eingabe, ungecacht</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="307"/>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="308"/>
        <source>Cache write with 1-hour TTL</source>
        <translation>Cache-Schreiben mit 1-Stunden-TTL</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="310"/>
        <source>Output, all</source>
        <translation>Ausgabe, gesamt</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="311"/>
        <source>Output, reasoning</source>
        <translation>Ausgabe, Reasoning</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="312"/>
        <source>Counted</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="313"/>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="314"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="315"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="316"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="317"/>
        <source>Proxy overhead</source>
        <translation>Proxy-Overhead</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="318"/>
        <location filename="../app/calldetails.cpp" line="319"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="320"/>
        <source>Saved by prompt caching</source>
        <translation>Ersparnis durch Prompt-Caching</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="322"/>
        <source>Priced as</source>
        <translation>Bepreist als</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="323"/>
        <source>Prices per million tokens</source>
        <translation>Preise pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="324"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="328"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="329"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="330"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="331"/>
        <source>Client tool</source>
        <translation>Client-Tool</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="356"/>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>Nur die ersten %1 von %2 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>CallLogFilter</name>
    <message>
        <location filename="../app/calllogfilter.cpp" line="95"/>
        <source>Enter the end date of the end time.</source>
        <translation>Geben Sie zur Endzeit auch ein Enddatum ein.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="96"/>
        <source>Enter the start date of the start time.</source>
        <translation>Geben Sie zur Startzeit auch ein Startdatum ein.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="100"/>
        <source>“%1” is not a date: enter it as %2 (e.g. %3).</source>
        <translation>„%1“ ist kein Datum: Geben Sie es im Format %2 ein (z. B. %3).</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="110"/>
        <source>“%1” is not a time: enter it as 14:30.</source>
        <translation>„%1“ ist keine Uhrzeit: Geben Sie sie im Format 14:30 ein.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="123"/>
        <source>Enter a start date, an end date or both.</source>
        <translation>Geben Sie ein Startdatum, ein Enddatum oder beides ein.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="125"/>
        <source>The start must come before the end.</source>
        <translation>Der Beginn muss vor dem Ende liegen.</translation>
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
        <translation>Seit %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="192"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="193"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="366"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="367"/>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="370"/>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens in</source>
        <translation>Tokens ein</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens out</source>
        <translation>Tokens aus</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="95"/>
        <source>Click to reverse the order</source>
        <translation>Klicken, um die Reihenfolge umzukehren</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="96"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../app/calllogrow.cpp" line="57"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../app/configdocument.cpp" line="71"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/connectiontester.cpp" line="25"/>
        <source>base_url: must be an absolute http:// or https:// URL.</source>
        <translation>base_url: muss eine absolute http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="41"/>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="45"/>
        <source>No OS keychain is available here.</source>
        <translation>Hier ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="55"/>
        <source>No key is stored in the OS keychain for this provider.</source>
        <translation>Für diesen Anbieter ist kein Schlüssel im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="92"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="95"/>
        <source>Could not reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="104"/>
        <source>HTTP %1 in %2 ms, but the answer is not a model list.</source>
        <translation>HTTP %1 in %2 ms, aber die Antwort ist keine Modellliste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectiontester.cpp" line="106"/>
        <source>Connected: HTTP %1 in %2 ms, %n model(s) listed.</source>
        <translation>
            <numerusform>Verbunden: HTTP %1 in %2 ms, %n Modell aufgelistet.</numerusform>
            <numerusform>Verbunden: HTTP %1 in %2 ms, %n Modelle aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="117"/>
        <source>the key was refused</source>
        <translation>der Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="119"/>
        <source>nothing at this URL; check the base URL</source>
        <translation>unter dieser URL gibt es nichts; prüfen Sie die Basis-URL</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="121"/>
        <source>rate limited</source>
        <translation>Rate-Limit erreicht</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="123"/>
        <source>the provider has a problem</source>
        <translation>der Anbieter hat ein Problem</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="125"/>
        <source>the request was refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="127"/>
        <source>HTTP %1 in %2 ms: %3. %4</source>
        <translation>HTTP %1 in %2 ms: %3. %4</translation>
    </message>
</context>
<context>
    <name>CostTrendModel</name>
    <message>
        <location filename="../app/costtrendmodel.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
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
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="72"/>
        <source>From date, as %1</source>
        <translation>Startdatum im Format %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="79"/>
        <source>From time (optional)</source>
        <translation>Startzeit (optional)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="81"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="86"/>
        <source>To date, as %1</source>
        <translation>Enddatum im Format %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="93"/>
        <source>To time (optional)</source>
        <translation>Endzeit (optional)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="104"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="120"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="137"/>
        <source>Calendar: click a day to fill the %1 date</source>
        <translation>Kalender: Klicken Sie auf einen Tag, um das Datum unter „%1“ einzutragen</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="179"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="180"/>
        <source>Cancel the custom range</source>
        <translation>Benutzerdefinierten Zeitraum verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="185"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="187"/>
        <source>Apply the custom range</source>
        <translation>Benutzerdefinierten Zeitraum anwenden</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="84"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="90"/>
        <source>Key: %1 ✕</source>
        <translation>Schlüssel: %1 ✕</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="92"/>
        <source>Show all keys</source>
        <translation>Alle Schlüssel anzeigen</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="106"/>
        <source>Export a cost report as CSV</source>
        <translation>Kostenbericht als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>Cannot read the ledger: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per hour</source>
        <translation>Tokens und Kosten pro Stunde</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per day</source>
        <translation>Tokens und Kosten pro Tag</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="162"/>
        <source>Tokens and cost over time</source>
        <translation>Tokens und Kosten im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="186"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="183"/>
        <location filename="../qml/DashboardPage.qml" line="199"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="223"/>
        <source>Cost by model</source>
        <translation>Kosten nach Modell</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="236"/>
        <source>Cost by provider</source>
        <translation>Kosten nach Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="247"/>
        <source>Recent days</source>
        <translation>Letzte Tage</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="262"/>
        <source>Cost trend</source>
        <translation>Kostentrend</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="272"/>
        <source>Cost trend by</source>
        <translation>Kostentrend nach Zeiteinheit</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="275"/>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="279"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="283"/>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInfo</name>
    <message>
        <location filename="../app/databasefileinfo.cpp" line="20"/>
        <source>No calls recorded yet</source>
        <translation>Noch keine Anfragen aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="38"/>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="56"/>
        <source>Cannot save the preference in %1</source>
        <translation>Die Einstellung kann nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="153"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer als Exportziel.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="157"/>
        <source>There is no ledger to export from.</source>
        <translation>Es gibt keine Datenbank, aus der exportiert werden kann.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="166"/>
        <source>There is no log filter to export.</source>
        <translation>Es gibt keinen Protokollfilter zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="172"/>
        <source>The report&apos;s period is empty.</source>
        <translation>Der Zeitraum des Berichts ist leer.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="266"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="30"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="66"/>
        <source>Saved %1 rows to %2</source>
        <translation>%1 Zeilen in %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="69"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="70"/>
        <location filename="../qml/ExportDialog.qml" line="162"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="77"/>
        <source>Export CSV to</source>
        <translation>CSV exportieren nach</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="95"/>
        <source>What to export</source>
        <translation>Exportinhalt</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="104"/>
        <source>The calls of the request log, as filtered</source>
        <translation>Die gefilterten Anfragen des Anfrageprotokolls</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="105"/>
        <source>All calls of the request log</source>
        <translation>Alle Anfragen des Anfrageprotokolls</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="114"/>
        <source>A cost report for %1</source>
        <translation>Ein Kostenbericht für %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="115"/>
        <source>A cost report for the period shown</source>
        <translation>Ein Kostenbericht für den angezeigten Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="124"/>
        <source>One row per</source>
        <translation>Eine Zeile pro</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="133"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="134"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="135"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="136"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="138"/>
        <source>Report rows</source>
        <translation>Berichtszeilen</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="148"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2 rows written</source>
        <translation>%1 von %2 Zeilen geschrieben</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="159"/>
        <source>Counting the rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="169"/>
        <source>Choose file and export…</source>
        <translation>Datei wählen und exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="173"/>
        <source>Choose a file and export</source>
        <translation>Datei wählen und exportieren</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>GetStartedPage</name>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="25"/>
        <source>Point your tools at LLM Ledger</source>
        <translation>Richten Sie Ihre Tools auf LLM Ledger aus</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="34"/>
        <source>Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.</source>
        <translation>Jede Anfrage wird unverändert an den Anbieter weitergeleitet und mit Tokens, Kosten und Zeiten aufgezeichnet. Ihre Tools behalten ihre eigenen API-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="44"/>
        <source>The proxy could not start: %1</source>
        <translation>Der Proxy konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="71"/>
        <source>OpenAI-style base URL</source>
        <translation>Basis-URL im OpenAI-Stil</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="73"/>
        <source>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools</source>
        <translation>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-kompatible Tools</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="80"/>
        <source>Anthropic-style base URL</source>
        <translation>Basis-URL im Anthropic-Stil</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="82"/>
        <source>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</source>
        <translation>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="96"/>
        <source>Calls recorded since start</source>
        <translation>Seit dem Start aufgezeichnete Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="100"/>
        <source>Their cost</source>
        <translation>Deren Kosten</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="105"/>
        <source>Last call</source>
        <translation>Letzte Anfrage</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="110"/>
        <source>Waiting for the first call…</source>
        <translation>Warten auf die erste Anfrage…</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="119"/>
        <source>Set-up snippets</source>
        <translation>Einrichtungs-Snippets</translation>
    </message>
</context>
<context>
    <name>KeyBudgetPopup</name>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="35"/>
        <source>Monthly budget of %1</source>
        <translation>Monatsbudget für %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="40"/>
        <source>US dollars per calendar month, shown against what the key spent this month.</source>
        <translation>US-Dollar pro Kalendermonat, verglichen mit den Ausgaben des Schlüssels in diesem Monat.</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="47"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="49"/>
        <source>Monthly budget in US dollars</source>
        <translation>Monatsbudget in US-Dollar</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="64"/>
        <source>No budget</source>
        <translation>Kein Budget</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="66"/>
        <source>Remove the budget of %1</source>
        <translation>Budget von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="69"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <location filename="../qml/KeyRow.qml" line="84"/>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="85"/>
        <source>%1 requests, %2, %3 of spend, last used %4</source>
        <translation>%1 Anfragen, %2, %3 der Ausgaben, zuletzt genutzt: %4</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="88"/>
        <source>%1 of %2 budget this month</source>
        <translation>%1 von %2 Budget in diesem Monat</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="137"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="148"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="150"/>
        <source>Give this key a label (F2)</source>
        <translation>Diesem Schlüssel eine Bezeichnung geben (F2)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="169"/>
        <source>Label for %1</source>
        <translation>Bezeichnung für %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="193"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="194"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="203"/>
        <source>This month&apos;s spend against the monthly budget: click (or B) to change it</source>
        <translation>Ausgaben in diesem Monat im Vergleich zum Monatsbudget: Klicken (oder B), um es zu ändern</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="213"/>
        <source>Cost per day</source>
        <translation>Kosten pro Tag</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="221"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="224"/>
        <source>Dashboard of %1</source>
        <translation>Dashboard von %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="227"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="230"/>
        <source>Logs of %1</source>
        <translation>Protokoll von %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="237"/>
        <source>More actions for %1</source>
        <translation>Weitere Aktionen für %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="239"/>
        <source>Budget, disable or enable (menu key)</source>
        <translation>Budget, deaktivieren oder aktivieren (Menütaste)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="246"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="247"/>
        <source>Set monthly budget…</source>
        <translation>Monatsbudget festlegen…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Enable key</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Disable key</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
</context>
<context>
    <name>KeyStatsModel</name>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="116"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="193"/>
        <source>The label could not be saved</source>
        <translation>Die Bezeichnung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="232"/>
        <source>A budget is an amount of US dollars, such as 20 or 12.50; leave it empty for none.</source>
        <translation>Ein Budget ist ein Betrag in US-Dollar, etwa 20 oder 12,50; für kein Budget leer lassen.</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="258"/>
        <source>The setting could not be saved</source>
        <translation>Die Einstellung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="383"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="388"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="390"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="392"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="395"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../qml/KeysPage.qml" line="47"/>
        <location filename="../qml/KeysPage.qml" line="98"/>
        <source>Client keys</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="50"/>
        <source>%1 spent, %2</source>
        <translation>%1 ausgegeben, %2</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="56"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="64"/>
        <source>⚠ The ledger could not be read: %1</source>
        <translation>⚠ Die Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="72"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="74"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>of budget</source>
        <translation>vom Budget</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>p50 / p95</source>
        <translation>p50 / p95</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="78"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="99"/>
        <source>Enter opens the key&apos;s dashboard, L its logs, F2 renames it, B sets its budget, the menu key disables or enables it</source>
        <translation>Enter öffnet das Dashboard des Schlüssels, L sein Protokoll, F2 benennt ihn um, B legt sein Budget fest, die Menütaste deaktiviert oder aktiviert ihn</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="118"/>
        <source>No client keys yet: keys appear here once a tool calls the proxy with its own API key</source>
        <translation>Noch keine Client-Schlüssel: Schlüssel erscheinen hier, sobald ein Tool den Proxy mit seinem eigenen API-Schlüssel aufruft</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/KpiCard.qml" line="49"/>
        <source>%1 vs previous</source>
        <translation>%1 ggü. Vorzeitraum</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Cost per 1K tokens</source>
        <translation>Kosten pro 1.000 Tokens</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Average per day</source>
        <translation>Durchschnitt pro Tag</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Cache savings</source>
        <translation>Cache-Ersparnis</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Output speed</source>
        <translation>Ausgabetempo</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="98"/>
        <source>What the priced calls of the period cost</source>
        <translation>Kosten der bepreisten Anfragen im Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="99"/>
        <source>Prompt and output tokens, cached ones included</source>
        <translation>Prompt- und Ausgabe-Tokens, gecachte eingeschlossen</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="100"/>
        <source>Calls through the proxy, failed ones included</source>
        <translation>Anfragen über den Proxy, fehlgeschlagene eingeschlossen</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="101"/>
        <source>Cost divided by thousands of tokens</source>
        <translation>Kosten geteilt durch die Anzahl der Tokens in Tausend</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="102"/>
        <source>Total cost divided by the days of the period</source>
        <translation>Gesamtkosten geteilt durch die Tage des Zeitraums</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="103"/>
        <source>What prompt caching and the response cache saved against full price</source>
        <translation>Was Prompt-Caching und der Antwort-Cache gegenüber dem vollen Preis gespart haben</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="104"/>
        <source>Share of calls answered with an error or not at all</source>
        <translation>Anteil der Anfragen, die mit einem Fehler oder gar nicht beantwortet wurden</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="105"/>
        <source>Median time from request to complete answer</source>
        <translation>Median der Zeit von der Anfrage bis zur vollständigen Antwort</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="106"/>
        <source>95th percentile of the time to a complete answer</source>
        <translation>95. Perzentil der Zeit bis zur vollständigen Antwort</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="107"/>
        <source>Median time to the first streamed event</source>
        <translation>Median der Zeit bis zum ersten gestreamten Ereignis</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="108"/>
        <source>Output tokens per second of generation</source>
        <translation>Ausgabe-Tokens pro Sekunde Generierung</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="109"/>
        <source>Share of calls answered from LLM Ledger&apos;s response cache</source>
        <translation>Anteil der Anfragen, die aus dem Antwort-Cache von LLM Ledger beantwortet wurden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kpimodel.cpp" line="122"/>
        <source>%n call(s) without a known price are not included</source>
        <translation>
            <numerusform>%n Anfrage ohne bekannten Preis ist nicht enthalten</numerusform>
            <numerusform>%n Anfragen ohne bekannten Preis sind nicht enthalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="145"/>
        <source>%1 tok/s</source>
        <translation>%1 Token/s</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <location filename="../app/languagemanager.cpp" line="66"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../app/languagemanager.cpp" line="67"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
</context>
<context>
    <name>LedgerFormat</name>
    <message>
        <location filename="../app/ledgerformat.cpp" line="54"/>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location filename="../app/ledgerformat.cpp" line="66"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <location filename="../qml/LoadingIndicator.qml" line="22"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="14"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="15"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="16"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="17"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="18"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="21"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="24"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="25"/>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="26"/>
        <source>4xx client error</source>
        <translation>4xx Clientfehler</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="27"/>
        <source>5xx server error</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="28"/>
        <source>Errors and no answer</source>
        <translation>Fehler und ohne Antwort</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="31"/>
        <source>Streamed or not</source>
        <translation>Gestreamt oder nicht</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="32"/>
        <location filename="../qml/LogFilterBar.qml" line="143"/>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="33"/>
        <source>Not streamed</source>
        <translation>Nicht gestreamt</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="36"/>
        <source>Cache hit or not</source>
        <translation>Cache-Treffer oder nicht</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="37"/>
        <location filename="../qml/LogFilterBar.qml" line="149"/>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="38"/>
        <source>No cache hit</source>
        <translation>Kein Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="84"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="116"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="124"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="130"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="158"/>
        <source>Search id, model, error, user agent</source>
        <translation>ID, Modell, Fehler, User-Agent suchen</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="160"/>
        <source>Search calls</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="165"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../qml/LogsPage.qml" line="40"/>
        <location filename="../qml/LogsPage.qml" line="80"/>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="197"/>
        <source>Recorded calls</source>
        <translation>Aufgezeichnete Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="253"/>
        <source>No calls match these filters.</source>
        <translation>Keine Anfragen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="254"/>
        <source>No calls recorded yet.</source>
        <translation>Noch keine Anfragen aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="92"/>
        <source>The log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="100"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="101"/>
        <source>%n call(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n Anfrage angezeigt; für mehr scrollen</numerusform>
            <numerusform>%n Anfragen angezeigt; für mehr scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="102"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="106"/>
        <source>Export the filtered log as CSV</source>
        <translation>Gefiltertes Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="272"/>
        <source>Call details</source>
        <translation>Anfragedetails</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Add a model&apos;s price</source>
        <translation>Modellpreis hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Edit the price of %1</source>
        <translation>Preis von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="49"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="52"/>
        <source>Save the price</source>
        <translation>Preis speichern</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="76"/>
        <source>US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).</source>
        <translation>US-Dollar pro Million Tokens. Eingabe und Ausgabe sind erforderlich; lassen Sie die anderen Felder leer, wenn der Anbieter dafür keinen eigenen Preis hat (Cache-Lesen und -Schreiben kosten dann den Eingabepreis, Reasoning den Ausgabepreis).</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="85"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="90"/>
        <source>as clients send it, e.g. gpt-4o</source>
        <translation>wie von Clients gesendet, z. B. gpt-4o</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="91"/>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="94"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="95"/>
        <source>Input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="96"/>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="97"/>
        <source>Cached input price</source>
        <translation>Preis für gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="98"/>
        <source>Cache write (5 min)</source>
        <translation>Cache-Schreiben (5 Min.)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="99"/>
        <source>Cache write price, 5-minute TTL</source>
        <translation>Preis für Cache-Schreiben, 5-Minuten-TTL</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="100"/>
        <source>Cache write (1 h)</source>
        <translation>Cache-Schreiben (1 Std.)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="101"/>
        <source>Cache write price, 1-hour TTL</source>
        <translation>Preis für Cache-Schreiben, 1-Stunden-TTL</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="102"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="103"/>
        <source>Output price</source>
        <translation>Ausgabepreis</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="104"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="105"/>
        <source>Reasoning price</source>
        <translation>Reasoning-Preis</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <location filename="../app/priceeditor.cpp" line="60"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="62"/>
        <source>%1: a price cannot be negative</source>
        <translation>%1: Ein Preis kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="150"/>
        <location filename="../app/priceeditor.cpp" line="223"/>
        <location filename="../app/priceeditor.cpp" line="270"/>
        <source>Wait until the running import or re-pricing has finished</source>
        <translation>Warten Sie, bis der laufende Import oder die Neuberechnung abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="175"/>
        <source>Enter the model&apos;s name, as clients send it (e.g. gpt-4o)</source>
        <translation>Geben Sie den Modellnamen so ein, wie Clients ihn senden (z. B. gpt-4o)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="177"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="178"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="179"/>
        <source>Cached input</source>
        <translation>Gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="180"/>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="181"/>
        <source>Cache write (1 h)</source>
        <translation>Cache-Schreiben (1 Std.)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="182"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="186"/>
        <source>Input and output prices are required (dollars per million tokens)</source>
        <translation>Eingabe- und Ausgabepreis sind erforderlich (Dollar pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="192"/>
        <source>%1 is priced in %2 (“prices”), which takes precedence over the price list: change it there</source>
        <translation>Der Preis von %1 ist in %2 („prices“) festgelegt und hat Vorrang vor der Preisliste: Ändern Sie ihn dort</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="200"/>
        <source>Saved the price of %1</source>
        <translation>Preis von %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="210"/>
        <source>%1 has no entry in %2</source>
        <translation>%1 hat keinen Eintrag in %2</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="216"/>
        <source>Removed the override of %1: the built-in price applies again</source>
        <translation>Überschreibung von %1 entfernt: Es gilt wieder der integrierte Preis</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="217"/>
        <source>Removed %1 from the price list</source>
        <translation>%1 aus der Preisliste entfernt</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="225"/>
        <source>Choose a local file to import (got %1)</source>
        <translation>Wählen Sie eine lokale Datei zum Importieren (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="227"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="243"/>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="246"/>
        <source>Imported %n model price(s) from %1</source>
        <translation>
            <numerusform>%n Modellpreis aus %1 importiert</numerusform>
            <numerusform>%n Modellpreise aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="248"/>
        <source>(%n entry(s) without per-token prices skipped)</source>
        <translation>
            <numerusform>(%n Eintrag ohne Preise pro Token übersprungen)</numerusform>
            <numerusform>(%n Einträge ohne Preise pro Token übersprungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="272"/>
        <source>Re-pricing stored calls…</source>
        <translation>Kosten gespeicherter Anfragen werden neu berechnet…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="285"/>
        <source>Re-pricing failed: %1</source>
        <translation>Neuberechnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="288"/>
        <source>Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6</source>
        <translation>Kosten für %1 von %2 Anfragen neu berechnet: %3 → %4; Anfragen ohne Preis: %5 → %6</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="95"/>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="97"/>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="99"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="101"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>PriceTableHeader</name>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="31"/>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="44"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="46"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="47"/>
        <source>Cached</source>
        <translation>Gecacht</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="48"/>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="49"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="53"/>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="60"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../qml/PricingPage.qml" line="26"/>
        <location filename="../qml/PricingPage.qml" line="80"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="57"/>
        <source>Import a LiteLLM price list</source>
        <translation>LiteLLM-Preisliste importieren</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="84"/>
        <source>Add model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="89"/>
        <source>Import LiteLLM JSON…</source>
        <translation>LiteLLM-JSON importieren…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="92"/>
        <source>Merges a LiteLLM model_prices_and_context_window.json into your price overrides</source>
        <translation>Führt eine LiteLLM-Datei model_prices_and_context_window.json mit Ihren Preisüberschreibungen zusammen</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="95"/>
        <source>Re-price calls…</source>
        <translation>Kosten neu berechnen…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="105"/>
        <source>US dollars per million tokens. Your changes go to %1 and apply to new calls; the config&apos;s “prices” take precedence.</source>
        <translation>US-Dollar pro Million Tokens. Ihre Änderungen werden in %1 gespeichert und gelten für neue Anfragen; die „prices“ der Konfiguration haben Vorrang.</translation>
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
        <translation>Modelle oder Anbieter suchen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PricingPage.qml" line="136"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="163"/>
        <source>Model prices</source>
        <translation>Modellpreise</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="164"/>
        <source>Enter or F2 edits the price, Delete removes an override</source>
        <translation>Enter oder F2 bearbeitet den Preis, Entf entfernt eine Überschreibung</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="200"/>
        <source>%1: input %2, cached input %3, output %4 per million tokens, %5</source>
        <translation>%1: Eingabe %2, gecachte Eingabe %3, Ausgabe %4 pro Million Tokens, %5</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="251"/>
        <source>1-hour cache writes: %1</source>
        <translation>Cache-Schreiben (1 Std.): %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="272"/>
        <source>Edit the price of %1</source>
        <translation>Preis von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="274"/>
        <source>Edit the price (Enter)</source>
        <translation>Preis bearbeiten (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="281"/>
        <source>Remove the override of %1</source>
        <translation>Überschreibung von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="284"/>
        <source>Remove override: back to the built-in price (Delete)</source>
        <translation>Überschreibung entfernen: zurück zum integrierten Preis (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="285"/>
        <source>Remove override: the model will have no price (Delete)</source>
        <translation>Überschreibung entfernen: Das Modell hat dann keinen Preis (Entf)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="298"/>
        <source>No model matches “%1”</source>
        <translation>Kein Modell entspricht „%1“</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../app/providereditor.cpp" line="43"/>
        <location filename="../app/providereditor.cpp" line="55"/>
        <source>There is no provider %1.</source>
        <translation>Es gibt keinen Anbieter %1.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="106"/>
        <source>models: name at least one model or pattern, such as * for all.</source>
        <translation>models: Geben Sie mindestens ein Modell oder Muster an, z. B. * für alle.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="117"/>
        <source>api_key: a key typed here is kept in the OS keychain; choose the keychain as the key source.</source>
        <translation>api_key: Ein hier eingegebener Schlüssel wird im System-Schlüsselbund abgelegt; wählen Sie den Schlüsselbund als Schlüsselquelle.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="122"/>
        <source>api_key: no OS keychain is available here; use an environment variable.</source>
        <translation>api_key: Hier ist kein System-Schlüsselbund verfügbar; verwenden Sie eine Umgebungsvariable.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="133"/>
        <source>The OS keychain did not store the key: %1; nothing was changed.</source>
        <translation>Der System-Schlüsselbund hat den Schlüssel nicht gespeichert: %1; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="185"/>
        <source>The OS keychain did not delete the key: %1</source>
        <translation>Der System-Schlüsselbund hat den Schlüssel nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>New provider</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>Edit provider</source>
        <translation>Anbieter bearbeiten</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="80"/>
        <source>e.g. groq</source>
        <translation>z. B. groq</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="81"/>
        <source>Provider name</source>
        <translation>Anbietername</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="83"/>
        <location filename="../qml/ProviderForm.qml" line="91"/>
        <source>API style</source>
        <translation>API-Stil</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="89"/>
        <source>OpenAI-style (/v1/chat/completions …)</source>
        <translation>OpenAI-Stil (/v1/chat/completions …)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="90"/>
        <source>Anthropic-style (/v1/messages)</source>
        <translation>Anthropic-Stil (/v1/messages)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="93"/>
        <location filename="../qml/ProviderForm.qml" line="99"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="101"/>
        <source>Models (comma-separated, * and ? match any)</source>
        <translation>Modelle (kommagetrennt, * und ? als Platzhalter)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="105"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="107"/>
        <location filename="../qml/ProviderForm.qml" line="135"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="114"/>
        <source>The client&apos;s own key</source>
        <translation>Eigener Schlüssel des Clients</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="115"/>
        <source>Stored in the OS keychain</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="116"/>
        <location filename="../qml/ProviderForm.qml" line="125"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="117"/>
        <source>None (local server)</source>
        <translation>Keiner (lokaler Server)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="118"/>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="124"/>
        <source>Variable name, e.g. GROQ_API_KEY</source>
        <translation>Variablenname, z. B. GROQ_API_KEY</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="133"/>
        <source>Stored: %1 (type to replace)</source>
        <translation>Gespeichert: %1 (zum Ersetzen neu eingeben)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="134"/>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="139"/>
        <source>Local (free): calls cost nothing</source>
        <translation>Lokal (kostenlos): Anfragen kosten nichts</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="152"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="165"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="175"/>
        <source>Delete stored key</source>
        <translation>Gespeicherten Schlüssel löschen</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="114"/>
        <source>the client&apos;s own key</source>
        <translation>eigener Schlüssel des Clients</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain (no key stored)</source>
        <translation>Schlüsselbund (kein Schlüssel gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="120"/>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="122"/>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="139"/>
        <source>No calls in the last 24 hours</source>
        <translation>Keine Anfragen in den letzten 24 Stunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providerlistmodel.cpp" line="140"/>
        <source>%n call(s) in 24 h · %1 % errors</source>
        <translation>
            <numerusform>%n Anfrage in 24 Std. · %1 % Fehler</numerusform>
            <numerusform>%n Anfragen in 24 Std. · %1 % Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="149"/>
        <source>Last call %1</source>
        <translation>Letzte Anfrage: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="152"/>
        <source>Never called</source>
        <translation>Noch keine Anfrage</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/ProviderRow.qml" line="49"/>
        <source>%1 (local, free)</source>
        <translation>%1 (lokal, kostenlos)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>Anthropic-style</source>
        <translation>Anthropic-Stil</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>OpenAI-style</source>
        <translation>OpenAI-Stil</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="62"/>
        <source>Models: %1 · Key: %2</source>
        <translation>Modelle: %1 · Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="75"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="81"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="89"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="96"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="27"/>
        <location filename="../qml/ProvidersPage.qml" line="74"/>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="31"/>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="43"/>
        <source>A call goes to the first provider of its API style whose models match. Changes apply to the running proxy at once.</source>
        <translation>Eine Anfrage geht an den ersten Anbieter ihres API-Stils, dessen Modelle passen. Änderungen gelten sofort für den laufenden Proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyRuntime</name>
    <message>
        <location filename="../app/proxyruntime.cpp" line="146"/>
        <source>The response cache is off: cannot open %1: %2</source>
        <translation>Der Antwort-Cache ist aus: %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="223"/>
        <source>The new configuration was not applied; the proxy keeps running with the previous one. %1</source>
        <translation>Die neue Konfiguration wurde nicht übernommen; der Proxy läuft mit der vorherigen weiter. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="229"/>
        <source>The new prices were not applied; the proxy keeps the previous ones. %1</source>
        <translation>Die neuen Preise wurden nicht übernommen; der Proxy behält die vorherigen. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="261"/>
        <source>The proxy stays on %1: %2</source>
        <translation>Der Proxy bleibt auf %1: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="278"/>
        <source>Cannot read which client keys are disabled: %1</source>
        <translation>Es kann nicht gelesen werden, welche Client-Schlüssel deaktiviert sind: %1</translation>
    </message>
</context>
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="55"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform> (+%n Anfrage ohne bekannten Preis)</numerusform>
            <numerusform> (+%n Anfragen ohne bekannten Preis)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="69"/>
        <source>%1  %2 %3 · %4 · %5 tokens · %6 ms</source>
        <translation>%1  %2 %3 · %4 · %5 Tokens · %6 ms</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="81"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="83"/>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="88"/>
        <source>Paused (%1 accepts no new calls)</source>
        <translation>Pausiert (%1 nimmt keine neuen Anfragen an)</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="89"/>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../qml/RangeBar.qml" line="20"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="26"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Von (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="28"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="34"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Bis (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="36"/>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
</context>
<context>
    <name>RepriceDialog</name>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="13"/>
        <source>Re-price stored calls</source>
        <translation>Kosten gespeicherter Anfragen neu berechnen</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="26"/>
        <source>Re-price</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="29"/>
        <source>Re-price the calls of the chosen period</source>
        <translation>Kosten der Anfragen im gewählten Zeitraum neu berechnen</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="32"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="53"/>
        <source>Computes the cost of recorded calls again from their token counts and today&apos;s prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.</source>
        <translation>Berechnet die Kosten aufgezeichneter Anfragen anhand ihrer Token-Anzahl und der aktuellen Preise neu. Nützlich, nachdem Sie einen Preis korrigiert oder einen fehlenden ergänzt haben; Anfragen, deren Kosten sich nicht ändern, bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="59"/>
        <source>All recorded calls</source>
        <translation>Alle aufgezeichneten Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="60"/>
        <source>Calls to re-price</source>
        <translation>Neu zu berechnende Anfragen</translation>
    </message>
</context>
<context>
    <name>RetentionScheduler</name>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="66"/>
        <source>Old calls could not be deleted: %1</source>
        <translation>Alte Anfragen konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="76"/>
        <source>%1: retention is off, all calls are kept.</source>
        <translation>%1: Aufbewahrung ist deaktiviert, alle Anfragen werden behalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="78"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="80"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1: %2 älter als %Ln Tag gelöscht.</numerusform>
            <numerusform>%1: %2 älter als %Ln Tage gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="89"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="102"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="108"/>
        <source>Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.</source>
        <translation>Gespeichert in %1. Der laufende Proxy übernimmt Änderungen ohne Neustart; --port und --listen in der Befehlszeile überschreiben diese Werte.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.</source>
        <translation>127.0.0.1 nimmt nur Anfragen von diesem Computer an; 0.0.0.0 von jedem Rechner, der ihn erreichen kann.</translation>
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
        <translation>Anfrage-Bodys</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="138"/>
        <source>Record request and response bodies</source>
        <translation>Anfrage- und Antwort-Bodys aufzeichnen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="145"/>
        <source>Stream usage</source>
        <translation>Stream-Nutzung</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="147"/>
        <source>Ask OpenAI-style streams for exact token counts</source>
        <translation>Exakte Token-Anzahl bei Streams im OpenAI-Stil anfordern</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="153"/>
        <source>The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.</source>
        <translation>Der Usage-Chunk wird entfernt, bevor er Ihr Tool erreicht. Aus: Solche Streams werden mit geschätzten Tokens aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="156"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="168"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="171"/>
        <source>Keep calls for</source>
        <translation>Anfragen behalten für</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="177"/>
        <source>Days to keep calls, 0 for all</source>
        <translation>Aufbewahrungsdauer in Tagen, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days (0: keep every call)</source>
        <translation>Tage (0: alle Anfragen behalten)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="186"/>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <source>Delete calls older than the retention now</source>
        <translation>Anfragen jetzt löschen, die älter als die Aufbewahrungsdauer sind</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="199"/>
        <source>Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards&apos; hourly and daily totals keep counting them; only the log loses them.</source>
        <translation>Ältere Anfragen und ihre Bodys werden eine Minute nach dem Start und danach alle 6 Stunden gelöscht. Die stündlichen und täglichen Summen der Dashboards zählen sie weiterhin; nur das Protokoll verliert sie.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="205"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="211"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="214"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="216"/>
        <source>Open the database folder</source>
        <translation>Datenbankordner öffnen</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="225"/>
        <source>Database size: %1</source>
        <translation>Datenbankgröße: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="228"/>
        <source>The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.</source>
        <translation>Die Datei wird beim Löschen von Anfragen nicht kleiner: Ihr Platz wird für neue wiederverwendet. --data-dir verschiebt die Daten.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="232"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="235"/>
        <location filename="../qml/SettingsPage.qml" line="240"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="245"/>
        <location filename="../qml/SettingsPage.qml" line="252"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="257"/>
        <source>At login</source>
        <translation>Bei Anmeldung</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="259"/>
        <source>Start LLM Ledger when I log in</source>
        <translation>LLM Ledger bei der Anmeldung starten</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="268"/>
        <source>Not supported on this system yet.</source>
        <translation>Auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="271"/>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="273"/>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.</source>
        <translation>Gilt, wenn LLM Ledger bei der Anmeldung startet: Der Proxy zeichnet auf, das Fenster bleibt geschlossen, bis Sie es über den Infobereich öffnen.</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../qml/ShareList.qml" line="19"/>
        <source>No calls in this period</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../qml/ShareList.qml" line="42"/>
        <source>%1 calls</source>
        <translation>%1 Anfragen</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location filename="../qml/SnippetCard.qml" line="26"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>SnippetModel</name>
    <message>
        <location filename="../app/snippetmodel.cpp" line="11"/>
        <source>OpenAI SDK (Python)</source>
        <translation>OpenAI SDK (Python)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="17"/>
        <source>OpenAI SDK (JavaScript)</source>
        <translation>OpenAI SDK (JavaScript)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="22"/>
        <source>Anthropic SDK (Python / JavaScript)</source>
        <translation>Anthropic SDK (Python / JavaScript)</translation>
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
        <translation>Cursor sendet viele Anfragen von eigenen Servern, die 127.0.0.1 nicht erreichen können; nur die Anfragen, die Cursor von Ihrem Rechner aus stellt, laufen über LLM Ledger.</translation>
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
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="14"/>
        <source>Open window</source>
        <translation>Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="99"/>
        <source>Today: the ledger cannot be read</source>
        <translation>Heute: Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="101"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trayicon.cpp" line="103"/>
        <source>Today: %1 · %Ln request(s)</source>
        <translation>
            <numerusform>Heute: %1 · %Ln Anfrage</numerusform>
            <numerusform>Heute: %1 · %Ln Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Resume proxy</source>
        <translation>Proxy fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Pause proxy</source>
        <translation>Proxy pausieren</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="108"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="110"/>
        <source>Proxy paused</source>
        <translation>Proxy pausiert</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../qml/TrendBars.qml" line="18"/>
        <source>No calls yet</source>
        <translation>Noch keine Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="47"/>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="48"/>
        <source>%1, %2 calls</source>
        <translation>%1, %2 Anfragen</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="49"/>
        <source>%1 vs the period before</source>
        <translation>%1 gegenüber dem Vorzeitraum</translation>
    </message>
</context>
<context>
    <name>UrlCard</name>
    <message>
        <location filename="../qml/UrlCard.qml" line="32"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>UsageGroupModel</name>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="66"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="110"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>UsageSeriesModel</name>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="41"/>
        <source>Tokens (billions)</source>
        <translation>Tokens (Milliarden)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="42"/>
        <source>Tokens (millions)</source>
        <translation>Tokens (Millionen)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="43"/>
        <source>Tokens (thousands)</source>
        <translation>Tokens (Tausend)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="44"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
</TS>
