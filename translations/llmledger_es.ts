<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/autostartentry.cpp" line="86"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="66"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="67"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="124"/>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="131"/>
        <source>Close details</source>
        <translation>Cerrar detalles</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="133"/>
        <source>Close details (Esc)</source>
        <translation>Cerrar detalles (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="150"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <location filename="../qml/CallDetailPane.qml" line="265"/>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <location filename="../qml/CallDetailPane.qml" line="274"/>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="218"/>
        <source>Cost by token class</source>
        <translation>Coste por tipo de token</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="232"/>
        <source>Class</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="233"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="234"/>
        <source>Per 1M</source>
        <translation>Por 1M</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="235"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="252"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="267"/>
        <source>No request body was recorded.</source>
        <translation>No se registró el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="268"/>
        <location filename="../qml/CallDetailPane.qml" line="277"/>
        <source>Bodies are recorded only while body logging is on.</source>
        <translation>Los cuerpos solo se registran mientras el registro de cuerpos está activado.</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="276"/>
        <source>No response body was recorded.</source>
        <translation>No se registró el cuerpo de la respuesta.</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="51"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="58"/>
        <source>reported by the provider</source>
        <translation>informado por el proveedor</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="60"/>
        <source>estimated from the text (the provider reported none)</source>
        <translation>estimado a partir del texto (el proveedor no informó nada)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="64"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="120"/>
        <source>No price was known for this model: the call has no cost.</source>
        <translation>No había precio conocido para este modelo: la llamada no tiene coste.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="132"/>
        <source>The prices used were not recorded with this call.</source>
        <translation>Los precios usados no se registraron con esta llamada.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="133"/>
        <source>The recorded prices cannot be read: %1</source>
        <translation>No se pueden leer los precios registrados: %1</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="142"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="143"/>
        <location filename="../app/calldetails.cpp" line="306"/>
        <source>Cache read</source>
        <translation>Lectura de caché</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="145"/>
        <source>Cache write (5 min)</source>
        <translation>Escritura en caché (5 min)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="147"/>
        <source>Cache write (1 h)</source>
        <translation>Escritura en caché (1 h)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="148"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="149"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="171"/>
        <source>The recorded cost, %1, differs from these prices applied to these tokens.</source>
        <translation>El coste registrado, %1, difiere del resultado de aplicar estos precios a estos tokens.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="233"/>
        <source>There is no call with id %1.</source>
        <translation>No hay ninguna llamada con el id %1.</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="285"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="286"/>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="287"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="288"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="290"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="291"/>
        <source>API format</source>
        <translation>Formato de API</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="292"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="293"/>
        <source>Requested model</source>
        <translation>Modelo solicitado</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="294"/>
        <source>Streamed</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="295"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="296"/>
        <source>Served model</source>
        <translation>Modelo servido</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="297"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="298"/>
        <source>Error type</source>
        <translation>Tipo de error</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="299"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="300"/>
        <source>Provider&apos;s request id</source>
        <translation>Id de solicitud del proveedor</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="301"/>
        <source>Cache hit</source>
        <translation>Acierto de caché</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="302"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="303"/>
        <source>Input, all</source>
        <translation>Entrada, total</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="304"/>
        <source>Input, uncached</source>
        <translation>Entrada, sin caché</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="307"/>
        <source>Cache write</source>
        <translation>Escritura en caché</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="308"/>
        <source>Cache write with 1-hour TTL</source>
        <translation>Escritura en caché con TTL de 1 hora</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="310"/>
        <source>Output, all</source>
        <translation>Salida, total</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="311"/>
        <source>Output, reasoning</source>
        <translation>Salida, razonamiento</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="312"/>
        <source>Counted</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="313"/>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="314"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="315"/>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="316"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="317"/>
        <source>Proxy overhead</source>
        <translation>Sobrecarga del proxy</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="318"/>
        <location filename="../app/calldetails.cpp" line="319"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="320"/>
        <source>Saved by prompt caching</source>
        <translation>Ahorro por caché de prompts</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="322"/>
        <source>Priced as</source>
        <translation>Tarificado como</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="323"/>
        <source>Prices per million tokens</source>
        <translation>Precios por millón de tokens</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="324"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="328"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="329"/>
        <source>Key id</source>
        <translation>Id de clave</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="330"/>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="331"/>
        <source>Client tool</source>
        <translation>Herramienta cliente</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="356"/>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>Solo se muestran los primeros %1 de %2.</translation>
    </message>
</context>
<context>
    <name>CallLogFilter</name>
    <message>
        <location filename="../app/calllogfilter.cpp" line="95"/>
        <source>Enter the end date of the end time.</source>
        <translation>Introduzca también una fecha de fin para la hora de fin.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="96"/>
        <source>Enter the start date of the start time.</source>
        <translation>Introduzca también una fecha de inicio para la hora de inicio.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="100"/>
        <source>“%1” is not a date: enter it as %2 (e.g. %3).</source>
        <translation>«%1» no es una fecha: introdúzcala con el formato %2 (p. ej. %3).</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="110"/>
        <source>“%1” is not a time: enter it as 14:30.</source>
        <translation>«%1» no es una hora: introdúzcala con el formato 14:30.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="123"/>
        <source>Enter a start date, an end date or both.</source>
        <translation>Introduzca una fecha de inicio, una fecha de fin o ambas.</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="125"/>
        <source>The start must come before the end.</source>
        <translation>El inicio debe ser anterior al fin.</translation>
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
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="192"/>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="193"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="366"/>
        <source>All providers</source>
        <translation>Todos los proveedores</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="367"/>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="370"/>
        <source>All keys</source>
        <translation>Todas las claves</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Streamed</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens in</source>
        <translation>Tokens entrada</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens out</source>
        <translation>Tokens salida</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Cache hit</source>
        <translation>Acierto caché</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="95"/>
        <source>Click to reverse the order</source>
        <translation>Haga clic para invertir el orden</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="96"/>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../app/calllogrow.cpp" line="57"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../app/configdocument.cpp" line="71"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/connectiontester.cpp" line="25"/>
        <source>base_url: must be an absolute http:// or https:// URL.</source>
        <translation>base_url: debe ser una URL absoluta http:// o https://.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="41"/>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="45"/>
        <source>No OS keychain is available here.</source>
        <translation>No hay ningún llavero del sistema disponible aquí.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="55"/>
        <source>No key is stored in the OS keychain for this provider.</source>
        <translation>No hay ninguna clave guardada en el llavero del sistema para este proveedor.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="92"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="95"/>
        <source>Could not reach %1: %2.</source>
        <translation>No se pudo conectar con %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="104"/>
        <source>HTTP %1 in %2 ms, but the answer is not a model list.</source>
        <translation>HTTP %1 en %2 ms, pero la respuesta no es una lista de modelos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectiontester.cpp" line="106"/>
        <source>Connected: HTTP %1 in %2 ms, %n model(s) listed.</source>
        <translation>
            <numerusform>Conectado: HTTP %1 en %2 ms, %n modelo listado.</numerusform>
            <numerusform>Conectado: HTTP %1 en %2 ms, %n modelos listados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="117"/>
        <source>the key was refused</source>
        <translation>se rechazó la clave</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="119"/>
        <source>nothing at this URL; check the base URL</source>
        <translation>no hay nada en esta URL; compruebe la URL base</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="121"/>
        <source>rate limited</source>
        <translation>límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="123"/>
        <source>the provider has a problem</source>
        <translation>el proveedor tiene un problema</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="125"/>
        <source>the request was refused</source>
        <translation>se rechazó la solicitud</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="127"/>
        <source>HTTP %1 in %2 ms: %3. %4</source>
        <translation>HTTP %1 en %2 ms: %3. %4</translation>
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
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="72"/>
        <source>From date, as %1</source>
        <translation>Fecha de inicio, con el formato %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="79"/>
        <source>From time (optional)</source>
        <translation>Hora de inicio (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="81"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="86"/>
        <source>To date, as %1</source>
        <translation>Fecha de fin, con el formato %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="93"/>
        <source>To time (optional)</source>
        <translation>Hora de fin (opcional)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="104"/>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="120"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="137"/>
        <source>Calendar: click a day to fill the %1 date</source>
        <translation>Calendario: haga clic en un día para rellenar la fecha «%1»</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="179"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="180"/>
        <source>Cancel the custom range</source>
        <translation>Cancelar el intervalo personalizado</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="185"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="187"/>
        <source>Apply the custom range</source>
        <translation>Aplicar el intervalo personalizado</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="84"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="90"/>
        <source>Key: %1 ✕</source>
        <translation>Clave: %1 ✕</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="92"/>
        <source>Show all keys</source>
        <translation>Mostrar todas las claves</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="106"/>
        <source>Export a cost report as CSV</source>
        <translation>Exportar un informe de costes como CSV</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>Cannot read the ledger: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per hour</source>
        <translation>Tokens y coste por hora</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per day</source>
        <translation>Tokens y coste por día</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="162"/>
        <source>Tokens and cost over time</source>
        <translation>Tokens y coste a lo largo del tiempo</translation>
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
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="223"/>
        <source>Cost by model</source>
        <translation>Coste por modelo</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="236"/>
        <source>Cost by provider</source>
        <translation>Coste por proveedor</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="247"/>
        <source>Recent days</source>
        <translation>Últimos días</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="262"/>
        <source>Cost trend</source>
        <translation>Tendencia de coste</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="272"/>
        <source>Cost trend by</source>
        <translation>Tendencia de coste por</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="275"/>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="279"/>
        <source>Months</source>
        <translation>Meses</translation>
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
        <translation>Aún no hay llamadas registradas</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="38"/>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>El inicio al iniciar sesión aún no es compatible con este sistema.</translation>
    </message>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="56"/>
        <source>Cannot save the preference in %1</source>
        <translation>No se puede guardar la preferencia en %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="153"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>Elija un archivo de este equipo en el que exportar.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="157"/>
        <source>There is no ledger to export from.</source>
        <translation>No hay ninguna base de datos desde la que exportar.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="166"/>
        <source>There is no log filter to export.</source>
        <translation>No hay ningún filtro del registro que exportar.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="172"/>
        <source>The report&apos;s period is empty.</source>
        <translation>El periodo del informe está vacío.</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="266"/>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="30"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="66"/>
        <source>Saved %1 rows to %2</source>
        <translation>Se guardaron %1 filas en %2</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="69"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="70"/>
        <location filename="../qml/ExportDialog.qml" line="162"/>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="77"/>
        <source>Export CSV to</source>
        <translation>Exportar CSV a</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="95"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="104"/>
        <source>The calls of the request log, as filtered</source>
        <translation>Las llamadas del registro, según el filtro</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="105"/>
        <source>All calls of the request log</source>
        <translation>Todas las llamadas del registro</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="114"/>
        <source>A cost report for %1</source>
        <translation>Un informe de costes: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="115"/>
        <source>A cost report for the period shown</source>
        <translation>Un informe de costes del periodo mostrado</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="124"/>
        <source>One row per</source>
        <translation>Una fila por</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="133"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="134"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="135"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="136"/>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="138"/>
        <source>Report rows</source>
        <translation>Filas del informe</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="148"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2 rows written</source>
        <translation>%1 de %2 filas escritas</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="159"/>
        <source>Counting the rows…</source>
        <translation>Contando las filas…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="169"/>
        <source>Choose file and export…</source>
        <translation>Elegir archivo y exportar…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="173"/>
        <source>Choose a file and export</source>
        <translation>Elegir un archivo y exportar</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>GetStartedPage</name>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="25"/>
        <source>Point your tools at LLM Ledger</source>
        <translation>Conecte sus herramientas a LLM Ledger</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="34"/>
        <source>Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.</source>
        <translation>Cada llamada pasa sin cambios al proveedor y se registra con sus tokens, coste y tiempos. Sus herramientas conservan sus propias claves de API.</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="44"/>
        <source>The proxy could not start: %1</source>
        <translation>No se pudo iniciar el proxy: %1</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="71"/>
        <source>OpenAI-style base URL</source>
        <translation>URL base de estilo OpenAI</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="73"/>
        <source>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools</source>
        <translation>OPENAI_BASE_URL — SDK de OpenAI, Codex, aider, Continue, herramientas compatibles con Ollama</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="80"/>
        <source>Anthropic-style base URL</source>
        <translation>URL base de estilo Anthropic</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="82"/>
        <source>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</source>
        <translation>ANTHROPIC_BASE_URL — SDK de Anthropic, Claude Code</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="96"/>
        <source>Calls recorded since start</source>
        <translation>Llamadas registradas desde el inicio</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="100"/>
        <source>Their cost</source>
        <translation>Su coste</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="105"/>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="110"/>
        <source>Waiting for the first call…</source>
        <translation>Esperando la primera llamada…</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="119"/>
        <source>Set-up snippets</source>
        <translation>Fragmentos de configuración</translation>
    </message>
</context>
<context>
    <name>KeyBudgetPopup</name>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="35"/>
        <source>Monthly budget of %1</source>
        <translation>Presupuesto mensual de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="40"/>
        <source>US dollars per calendar month, shown against what the key spent this month.</source>
        <translation>Dólares estadounidenses por mes natural, comparados con lo que la clave ha gastado este mes.</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="47"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="49"/>
        <source>Monthly budget in US dollars</source>
        <translation>Presupuesto mensual en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="64"/>
        <source>No budget</source>
        <translation>Sin presupuesto</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="66"/>
        <source>Remove the budget of %1</source>
        <translation>Quitar el presupuesto de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="69"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <location filename="../qml/KeyRow.qml" line="84"/>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivada)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="85"/>
        <source>%1 requests, %2, %3 of spend, last used %4</source>
        <translation>%1 llamadas, %2, %3 del gasto, último uso: %4</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="88"/>
        <source>%1 of %2 budget this month</source>
        <translation>%1 de %2 de presupuesto este mes</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="137"/>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="148"/>
        <source>Rename %1</source>
        <translation>Renombrar %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="150"/>
        <source>Give this key a label (F2)</source>
        <translation>Poner una etiqueta a esta clave (F2)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="169"/>
        <source>Label for %1</source>
        <translation>Etiqueta de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="193"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="194"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="203"/>
        <source>This month&apos;s spend against the monthly budget: click (or B) to change it</source>
        <translation>Gasto de este mes frente al presupuesto mensual: haga clic (o pulse B) para cambiarlo</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="213"/>
        <source>Cost per day</source>
        <translation>Coste por día</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="221"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="224"/>
        <source>Dashboard of %1</source>
        <translation>Panel de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="227"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="230"/>
        <source>Logs of %1</source>
        <translation>Registros de %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="237"/>
        <source>More actions for %1</source>
        <translation>Más acciones para %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="239"/>
        <source>Budget, disable or enable (menu key)</source>
        <translation>Presupuesto, desactivar o activar (tecla de menú)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="246"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="247"/>
        <source>Set monthly budget…</source>
        <translation>Definir presupuesto mensual…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Enable key</source>
        <translation>Activar clave</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Disable key</source>
        <translation>Desactivar clave</translation>
    </message>
</context>
<context>
    <name>KeyStatsModel</name>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="116"/>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="193"/>
        <source>The label could not be saved</source>
        <translation>No se pudo guardar la etiqueta</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="232"/>
        <source>A budget is an amount of US dollars, such as 20 or 12.50; leave it empty for none.</source>
        <translation>Un presupuesto es una cantidad en dólares estadounidenses, como 20 o 12,50; déjelo vacío para no tener ninguno.</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="258"/>
        <source>The setting could not be saved</source>
        <translation>No se pudo guardar el ajuste</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="383"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="388"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="390"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="392"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="395"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../qml/KeysPage.qml" line="47"/>
        <location filename="../qml/KeysPage.qml" line="98"/>
        <source>Client keys</source>
        <translation>Claves de cliente</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="50"/>
        <source>%1 spent, %2</source>
        <translation>%1 gastados, %2</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="56"/>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="64"/>
        <source>⚠ The ledger could not be read: %1</source>
        <translation>⚠ No se pudo leer la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="72"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>Requests</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="74"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>of budget</source>
        <translation>del presupuesto</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>p50 / p95</source>
        <translation>p50 / p95</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="78"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="99"/>
        <source>Enter opens the key&apos;s dashboard, L its logs, F2 renames it, B sets its budget, the menu key disables or enables it</source>
        <translation>Intro abre el panel de la clave, L sus registros, F2 la renombra, B define su presupuesto, la tecla de menú la desactiva o la activa</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="118"/>
        <source>No client keys yet: keys appear here once a tool calls the proxy with its own API key</source>
        <translation>Aún no hay claves de cliente: las claves aparecen aquí cuando una herramienta llama al proxy con su propia clave de API</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/KpiCard.qml" line="49"/>
        <source>%1 vs previous</source>
        <translation>%1 respecto al anterior</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Total cost</source>
        <translation>Coste total</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Requests</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Cost per 1K tokens</source>
        <translation>Coste por 1K tokens</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Average per day</source>
        <translation>Media por día</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Cache savings</source>
        <translation>Ahorro por caché</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Error rate</source>
        <translation>Tasa de errores</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Latency p50</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Time to first token</source>
        <translation>Tiempo hasta el primer token</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Output speed</source>
        <translation>Velocidad de salida</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Cache hit rate</source>
        <translation>Tasa de aciertos de caché</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="98"/>
        <source>What the priced calls of the period cost</source>
        <translation>Lo que costaron las llamadas con precio del periodo</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="99"/>
        <source>Prompt and output tokens, cached ones included</source>
        <translation>Tokens de prompt y de salida, incluidos los de caché</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="100"/>
        <source>Calls through the proxy, failed ones included</source>
        <translation>Llamadas a través del proxy, incluidas las fallidas</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="101"/>
        <source>Cost divided by thousands of tokens</source>
        <translation>Coste dividido por miles de tokens</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="102"/>
        <source>Total cost divided by the days of the period</source>
        <translation>Coste total dividido por los días del periodo</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="103"/>
        <source>What prompt caching and the response cache saved against full price</source>
        <translation>Lo que el caché de prompts y el caché de respuestas ahorraron frente al precio completo</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="104"/>
        <source>Share of calls answered with an error or not at all</source>
        <translation>Proporción de llamadas respondidas con error o sin respuesta</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="105"/>
        <source>Median time from request to complete answer</source>
        <translation>Mediana del tiempo desde la solicitud hasta la respuesta completa</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="106"/>
        <source>95th percentile of the time to a complete answer</source>
        <translation>Percentil 95 del tiempo hasta la respuesta completa</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="107"/>
        <source>Median time to the first streamed event</source>
        <translation>Mediana del tiempo hasta el primer evento en streaming</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="108"/>
        <source>Output tokens per second of generation</source>
        <translation>Tokens de salida por segundo de generación</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="109"/>
        <source>Share of calls answered from LLM Ledger&apos;s response cache</source>
        <translation>Proporción de llamadas respondidas desde el caché de respuestas de LLM Ledger</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kpimodel.cpp" line="122"/>
        <source>%n call(s) without a known price are not included</source>
        <translation>
            <numerusform>No se incluye %n llamada sin precio conocido</numerusform>
            <numerusform>No se incluyen %n llamadas sin precio conocido</numerusform>
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
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/languagemanager.cpp" line="67"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
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
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <location filename="../qml/LoadingIndicator.qml" line="22"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="14"/>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="15"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="16"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="17"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="18"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="21"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="24"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="25"/>
        <source>2xx success</source>
        <translation>2xx éxito</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="26"/>
        <source>4xx client error</source>
        <translation>4xx error del cliente</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="27"/>
        <source>5xx server error</source>
        <translation>5xx error del servidor</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="28"/>
        <source>Errors and no answer</source>
        <translation>Errores y sin respuesta</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="31"/>
        <source>Streamed or not</source>
        <translation>Con o sin streaming</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="32"/>
        <location filename="../qml/LogFilterBar.qml" line="143"/>
        <source>Streamed</source>
        <translation>Con streaming</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="33"/>
        <source>Not streamed</source>
        <translation>Sin streaming</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="36"/>
        <source>Cache hit or not</source>
        <translation>Con o sin acierto de caché</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="37"/>
        <location filename="../qml/LogFilterBar.qml" line="149"/>
        <source>Cache hit</source>
        <translation>Acierto de caché</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="38"/>
        <source>No cache hit</source>
        <translation>Sin acierto de caché</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="84"/>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="116"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="124"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="130"/>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="137"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="158"/>
        <source>Search id, model, error, user agent</source>
        <translation>Buscar id, modelo, error, user agent</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="160"/>
        <source>Search calls</source>
        <translation>Buscar llamadas</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="165"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../qml/LogsPage.qml" line="40"/>
        <location filename="../qml/LogsPage.qml" line="80"/>
        <source>Request log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="197"/>
        <source>Recorded calls</source>
        <translation>Llamadas registradas</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="253"/>
        <source>No calls match these filters.</source>
        <translation>Ninguna llamada coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="254"/>
        <source>No calls recorded yet.</source>
        <translation>Aún no hay llamadas registradas.</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="92"/>
        <source>The log could not be read: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="100"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="101"/>
        <source>%n call(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n llamada mostrada; desplácese para ver más</numerusform>
            <numerusform>%n llamadas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="102"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="106"/>
        <source>Export the filtered log as CSV</source>
        <translation>Exportar el registro filtrado como CSV</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="272"/>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Add a model&apos;s price</source>
        <translation>Añadir el precio de un modelo</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Edit the price of %1</source>
        <translation>Editar el precio de %1</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="49"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="52"/>
        <source>Save the price</source>
        <translation>Guardar el precio</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="76"/>
        <source>US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).</source>
        <translation>Dólares estadounidenses por millón de tokens. La entrada y la salida son obligatorias; deje vacíos los demás campos si el proveedor no tiene un precio aparte (las lecturas y escrituras en caché cuestan entonces el precio de entrada y el razonamiento, el de salida).</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="85"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="90"/>
        <source>as clients send it, e.g. gpt-4o</source>
        <translation>tal como lo envían los clientes, p. ej. gpt-4o</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="91"/>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="94"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="95"/>
        <source>Input price</source>
        <translation>Precio de entrada</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="96"/>
        <source>Cached input</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="97"/>
        <source>Cached input price</source>
        <translation>Precio de entrada en caché</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="98"/>
        <source>Cache write (5 min)</source>
        <translation>Escritura en caché (5 min)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="99"/>
        <source>Cache write price, 5-minute TTL</source>
        <translation>Precio de escritura en caché, TTL de 5 minutos</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="100"/>
        <source>Cache write (1 h)</source>
        <translation>Escritura en caché (1 h)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="101"/>
        <source>Cache write price, 1-hour TTL</source>
        <translation>Precio de escritura en caché, TTL de 1 hora</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="102"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="103"/>
        <source>Output price</source>
        <translation>Precio de salida</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="104"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="105"/>
        <source>Reasoning price</source>
        <translation>Precio de razonamiento</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <location filename="../app/priceeditor.cpp" line="60"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: «%2» no es un número</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="62"/>
        <source>%1: a price cannot be negative</source>
        <translation>%1: un precio no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="150"/>
        <location filename="../app/priceeditor.cpp" line="223"/>
        <location filename="../app/priceeditor.cpp" line="270"/>
        <source>Wait until the running import or re-pricing has finished</source>
        <translation>Espere a que termine la importación o el recálculo de costes en curso</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="175"/>
        <source>Enter the model&apos;s name, as clients send it (e.g. gpt-4o)</source>
        <translation>Introduzca el nombre del modelo tal como lo envían los clientes (p. ej. gpt-4o)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="177"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="178"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="179"/>
        <source>Cached input</source>
        <translation>Entrada en caché</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="180"/>
        <source>Cache write</source>
        <translation>Escritura en caché</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="181"/>
        <source>Cache write (1 h)</source>
        <translation>Escritura en caché (1 h)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="182"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="186"/>
        <source>Input and output prices are required (dollars per million tokens)</source>
        <translation>Los precios de entrada y salida son obligatorios (dólares por millón de tokens)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="192"/>
        <source>%1 is priced in %2 (“prices”), which takes precedence over the price list: change it there</source>
        <translation>%1 tiene precio en %2 («prices»), que tiene prioridad sobre la lista de precios: cámbielo allí</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="200"/>
        <source>Saved the price of %1</source>
        <translation>Se guardó el precio de %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="210"/>
        <source>%1 has no entry in %2</source>
        <translation>%1 no tiene ninguna entrada en %2</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="216"/>
        <source>Removed the override of %1: the built-in price applies again</source>
        <translation>Se quitó el precio personalizado de %1: vuelve a aplicarse el precio integrado</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="217"/>
        <source>Removed %1 from the price list</source>
        <translation>Se quitó %1 de la lista de precios</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="225"/>
        <source>Choose a local file to import (got %1)</source>
        <translation>Elija un archivo local para importar (se recibió %1)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="227"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="243"/>
        <source>The import failed: %1</source>
        <translation>La importación ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="246"/>
        <source>Imported %n model price(s) from %1</source>
        <translation>
            <numerusform>Se importó %n precio de modelo desde %1</numerusform>
            <numerusform>Se importaron %n precios de modelos desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="248"/>
        <source>(%n entry(s) without per-token prices skipped)</source>
        <translation>
            <numerusform>(se omitió %n entrada sin precios por token)</numerusform>
            <numerusform>(se omitieron %n entradas sin precios por token)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="272"/>
        <source>Re-pricing stored calls…</source>
        <translation>Recalculando el coste de las llamadas guardadas…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="285"/>
        <source>Re-pricing failed: %1</source>
        <translation>El recálculo de costes ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="288"/>
        <source>Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6</source>
        <translation>Coste recalculado en %1 de %2 llamadas: %3 → %4; llamadas sin precio: %5 → %6</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="95"/>
        <source>Built-in</source>
        <translation>Integrado</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="97"/>
        <source>Override</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="99"/>
        <source>Imported</source>
        <translation>Importado</translation>
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
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="44"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="46"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="47"/>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="48"/>
        <source>Cache write</source>
        <translation>Escritura caché</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="49"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="53"/>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="60"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../qml/PricingPage.qml" line="26"/>
        <location filename="../qml/PricingPage.qml" line="80"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="57"/>
        <source>Import a LiteLLM price list</source>
        <translation>Importar una lista de precios de LiteLLM</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="84"/>
        <source>Add model…</source>
        <translation>Añadir modelo…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="89"/>
        <source>Import LiteLLM JSON…</source>
        <translation>Importar JSON de LiteLLM…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="92"/>
        <source>Merges a LiteLLM model_prices_and_context_window.json into your price overrides</source>
        <translation>Combina un model_prices_and_context_window.json de LiteLLM con sus precios personalizados</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="95"/>
        <source>Re-price calls…</source>
        <translation>Recalcular costes…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="105"/>
        <source>US dollars per million tokens. Your changes go to %1 and apply to new calls; the config&apos;s “prices” take precedence.</source>
        <translation>Dólares estadounidenses por millón de tokens. Sus cambios se guardan en %1 y se aplican a las llamadas nuevas; los «prices» de la configuración tienen prioridad.</translation>
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
        <translation>Buscar modelos o proveedores</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PricingPage.qml" line="136"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n modelo</numerusform>
            <numerusform>%n modelos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="163"/>
        <source>Model prices</source>
        <translation>Precios de modelos</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="164"/>
        <source>Enter or F2 edits the price, Delete removes an override</source>
        <translation>Intro o F2 edita el precio, Supr quita un precio personalizado</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="200"/>
        <source>%1: input %2, cached input %3, output %4 per million tokens, %5</source>
        <translation>%1: entrada %2, entrada en caché %3, salida %4 por millón de tokens, %5</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="251"/>
        <source>1-hour cache writes: %1</source>
        <translation>Escrituras en caché de 1 hora: %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="272"/>
        <source>Edit the price of %1</source>
        <translation>Editar el precio de %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="274"/>
        <source>Edit the price (Enter)</source>
        <translation>Editar el precio (Intro)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="281"/>
        <source>Remove the override of %1</source>
        <translation>Quitar el precio personalizado de %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="284"/>
        <source>Remove override: back to the built-in price (Delete)</source>
        <translation>Quitar el precio personalizado: vuelve el precio integrado (Supr)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="285"/>
        <source>Remove override: the model will have no price (Delete)</source>
        <translation>Quitar el precio personalizado: el modelo no tendrá precio (Supr)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="298"/>
        <source>No model matches “%1”</source>
        <translation>Ningún modelo coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../app/providereditor.cpp" line="43"/>
        <location filename="../app/providereditor.cpp" line="55"/>
        <source>There is no provider %1.</source>
        <translation>No existe el proveedor %1.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="106"/>
        <source>models: name at least one model or pattern, such as * for all.</source>
        <translation>models: indique al menos un modelo o patrón, como * para todos.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="117"/>
        <source>api_key: a key typed here is kept in the OS keychain; choose the keychain as the key source.</source>
        <translation>api_key: una clave escrita aquí se guarda en el llavero del sistema; elija el llavero como origen de la clave.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="122"/>
        <source>api_key: no OS keychain is available here; use an environment variable.</source>
        <translation>api_key: no hay ningún llavero del sistema disponible aquí; use una variable de entorno.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="133"/>
        <source>The OS keychain did not store the key: %1; nothing was changed.</source>
        <translation>El llavero del sistema no guardó la clave: %1; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="185"/>
        <source>The OS keychain did not delete the key: %1</source>
        <translation>El llavero del sistema no eliminó la clave: %1</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>New provider</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>Edit provider</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="76"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="80"/>
        <source>e.g. groq</source>
        <translation>p. ej. groq</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="81"/>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="83"/>
        <location filename="../qml/ProviderForm.qml" line="91"/>
        <source>API style</source>
        <translation>Estilo de API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="89"/>
        <source>OpenAI-style (/v1/chat/completions …)</source>
        <translation>Estilo OpenAI (/v1/chat/completions …)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="90"/>
        <source>Anthropic-style (/v1/messages)</source>
        <translation>Estilo Anthropic (/v1/messages)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="93"/>
        <location filename="../qml/ProviderForm.qml" line="99"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="101"/>
        <source>Models (comma-separated, * and ? match any)</source>
        <translation>Modelos (separados por comas; * y ? como comodines)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="105"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="107"/>
        <location filename="../qml/ProviderForm.qml" line="135"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="114"/>
        <source>The client&apos;s own key</source>
        <translation>La clave propia del cliente</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="115"/>
        <source>Stored in the OS keychain</source>
        <translation>Guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="116"/>
        <location filename="../qml/ProviderForm.qml" line="125"/>
        <source>Environment variable</source>
        <translation>Variable de entorno</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="117"/>
        <source>None (local server)</source>
        <translation>Ninguna (servidor local)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="118"/>
        <source>Key source</source>
        <translation>Origen de la clave</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="124"/>
        <source>Variable name, e.g. GROQ_API_KEY</source>
        <translation>Nombre de la variable, p. ej. GROQ_API_KEY</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="133"/>
        <source>Stored: %1 (type to replace)</source>
        <translation>Guardada: %1 (escriba para reemplazarla)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="134"/>
        <source>Paste the API key</source>
        <translation>Pegue la clave de API</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="139"/>
        <source>Local (free): calls cost nothing</source>
        <translation>Local (gratis): las llamadas no cuestan nada</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="152"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="165"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="175"/>
        <source>Delete stored key</source>
        <translation>Eliminar clave guardada</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="114"/>
        <source>the client&apos;s own key</source>
        <translation>la clave propia del cliente</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain (no key stored)</source>
        <translation>llavero (sin clave guardada)</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain: %1</source>
        <translation>llavero: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="120"/>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="122"/>
        <source>no key</source>
        <translation>sin clave</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="139"/>
        <source>No calls in the last 24 hours</source>
        <translation>Ninguna llamada en las últimas 24 horas</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providerlistmodel.cpp" line="140"/>
        <source>%n call(s) in 24 h · %1 % errors</source>
        <translation>
            <numerusform>%n llamada en 24 h · %1 % de errores</numerusform>
            <numerusform>%n llamadas en 24 h · %1 % de errores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="149"/>
        <source>Last call %1</source>
        <translation>Última llamada: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="152"/>
        <source>Never called</source>
        <translation>Sin llamadas aún</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/ProviderRow.qml" line="49"/>
        <source>%1 (local, free)</source>
        <translation>%1 (local, gratis)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>Anthropic-style</source>
        <translation>Estilo Anthropic</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>OpenAI-style</source>
        <translation>Estilo OpenAI</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="62"/>
        <source>Models: %1 · Key: %2</source>
        <translation>Modelos: %1 · Clave: %2</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="75"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="81"/>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="89"/>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="96"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="27"/>
        <location filename="../qml/ProvidersPage.qml" line="74"/>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="31"/>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="43"/>
        <source>A call goes to the first provider of its API style whose models match. Changes apply to the running proxy at once.</source>
        <translation>Una llamada va al primer proveedor de su estilo de API cuyos modelos coincidan. Los cambios se aplican al instante al proxy en ejecución.</translation>
    </message>
</context>
<context>
    <name>ProxyRuntime</name>
    <message>
        <location filename="../app/proxyruntime.cpp" line="146"/>
        <source>The response cache is off: cannot open %1: %2</source>
        <translation>El caché de respuestas está desactivado: no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="223"/>
        <source>The new configuration was not applied; the proxy keeps running with the previous one. %1</source>
        <translation>No se aplicó la nueva configuración; el proxy sigue funcionando con la anterior. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="229"/>
        <source>The new prices were not applied; the proxy keeps the previous ones. %1</source>
        <translation>No se aplicaron los nuevos precios; el proxy mantiene los anteriores. %1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="261"/>
        <source>The proxy stays on %1: %2</source>
        <translation>El proxy sigue en %1: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="278"/>
        <source>Cannot read which client keys are disabled: %1</source>
        <translation>No se puede leer qué claves de cliente están desactivadas: %1</translation>
    </message>
</context>
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="55"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform> (+%n llamada sin precio conocido)</numerusform>
            <numerusform> (+%n llamadas sin precio conocido)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="69"/>
        <source>%1  %2 %3 · %4 · %5 tokens · %6 ms</source>
        <translation>%1  %2 %3 · %4 · %5 tokens · %6 ms</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="81"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="83"/>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="88"/>
        <source>Paused (%1 accepts no new calls)</source>
        <translation>En pausa (%1 no acepta llamadas nuevas)</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="89"/>
        <source>Listening on %1</source>
        <translation>Escuchando en %1</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../qml/RangeBar.qml" line="20"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="26"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>Desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="28"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="34"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>Hasta (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="36"/>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
</context>
<context>
    <name>RepriceDialog</name>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="13"/>
        <source>Re-price stored calls</source>
        <translation>Recalcular el coste de las llamadas guardadas</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="26"/>
        <source>Re-price</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="29"/>
        <source>Re-price the calls of the chosen period</source>
        <translation>Recalcular el coste de las llamadas del periodo elegido</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="32"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="53"/>
        <source>Computes the cost of recorded calls again from their token counts and today&apos;s prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.</source>
        <translation>Vuelve a calcular el coste de las llamadas registradas a partir de sus recuentos de tokens y los precios actuales. Úselo tras corregir un precio o añadir uno que faltaba; las llamadas cuyo coste no cambia no se modifican.</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="59"/>
        <source>All recorded calls</source>
        <translation>Todas las llamadas registradas</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="60"/>
        <source>Calls to re-price</source>
        <translation>Llamadas a recalcular</translation>
    </message>
</context>
<context>
    <name>RetentionScheduler</name>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="66"/>
        <source>Old calls could not be deleted: %1</source>
        <translation>No se pudieron eliminar las llamadas antiguas: %1</translation>
    </message>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="76"/>
        <source>%1: retention is off, all calls are kept.</source>
        <translation>%1: la retención está desactivada, se conservan todas las llamadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="78"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="80"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1: se eliminaron %2 con más de %Ln día de antigüedad.</numerusform>
            <numerusform>%1: se eliminaron %2 con más de %Ln días de antigüedad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="89"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="102"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="108"/>
        <source>Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.</source>
        <translation>Guardado en %1. El proxy en ejecución aplica los cambios sin reiniciarse; --port y --listen en la línea de comandos anulan estos valores.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.</source>
        <translation>127.0.0.1 acepta llamadas solo desde este equipo; 0.0.0.0, desde cualquier máquina que pueda alcanzarlo.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="122"/>
        <location filename="../qml/SettingsPage.qml" line="130"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="135"/>
        <source>Request bodies</source>
        <translation>Cuerpos de solicitud</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="138"/>
        <source>Record request and response bodies</source>
        <translation>Registrar los cuerpos de solicitud y respuesta</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="145"/>
        <source>Stream usage</source>
        <translation>Uso en streaming</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="147"/>
        <source>Ask OpenAI-style streams for exact token counts</source>
        <translation>Pedir a los streams de estilo OpenAI recuentos exactos de tokens</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="153"/>
        <source>The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.</source>
        <translation>El fragmento de uso se elimina antes de llegar a su herramienta. Desactivado: esos streams se registran con tokens estimados.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="156"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="168"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="171"/>
        <source>Keep calls for</source>
        <translation>Conservar llamadas durante</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="177"/>
        <source>Days to keep calls, 0 for all</source>
        <translation>Días que se conservan las llamadas, 0 para todas</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days (0: keep every call)</source>
        <translation>días (0: conservar todas las llamadas)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="186"/>
        <source>Delete now</source>
        <translation>Eliminar ahora</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <source>Delete calls older than the retention now</source>
        <translation>Eliminar ahora las llamadas que superan la retención</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="199"/>
        <source>Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards&apos; hourly and daily totals keep counting them; only the log loses them.</source>
        <translation>Las llamadas antiguas y sus cuerpos se eliminan un minuto después del inicio y cada 6 horas. Los totales por hora y por día de los paneles las siguen contando; solo desaparecen del registro.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="205"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="211"/>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="214"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="216"/>
        <source>Open the database folder</source>
        <translation>Abrir la carpeta de la base de datos</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="225"/>
        <source>Database size: %1</source>
        <translation>Tamaño de la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="228"/>
        <source>The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.</source>
        <translation>El archivo no se reduce al eliminar llamadas: su espacio se reutiliza para las nuevas. --data-dir mueve los datos.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="232"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="235"/>
        <location filename="../qml/SettingsPage.qml" line="240"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="245"/>
        <location filename="../qml/SettingsPage.qml" line="252"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="257"/>
        <source>At login</source>
        <translation>Al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="259"/>
        <source>Start LLM Ledger when I log in</source>
        <translation>Iniciar LLM Ledger al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="268"/>
        <source>Not supported on this system yet.</source>
        <translation>Aún no es compatible con este sistema.</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="271"/>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="273"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.</source>
        <translation>Se aplica cuando LLM Ledger se inicia al iniciar sesión: el proxy registra y la ventana permanece cerrada hasta que la abra desde la bandeja.</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../qml/ShareList.qml" line="19"/>
        <source>No calls in this period</source>
        <translation>Ninguna llamada en este periodo</translation>
    </message>
    <message>
        <location filename="../qml/ShareList.qml" line="42"/>
        <source>%1 calls</source>
        <translation>%1 llamadas</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location filename="../qml/SnippetCard.qml" line="26"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>SnippetModel</name>
    <message>
        <location filename="../app/snippetmodel.cpp" line="11"/>
        <source>OpenAI SDK (Python)</source>
        <translation>SDK de OpenAI (Python)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="17"/>
        <source>OpenAI SDK (JavaScript)</source>
        <translation>SDK de OpenAI (JavaScript)</translation>
    </message>
    <message>
        <location filename="../app/snippetmodel.cpp" line="22"/>
        <source>Anthropic SDK (Python / JavaScript)</source>
        <translation>SDK de Anthropic (Python / JavaScript)</translation>
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
        <translation>Cursor envía muchas llamadas desde sus propios servidores, que no pueden alcanzar 127.0.0.1; solo las llamadas que Cursor hace desde su equipo pasan por LLM Ledger.</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="14"/>
        <source>Open window</source>
        <translation>Abrir ventana</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="99"/>
        <source>Today: the ledger cannot be read</source>
        <translation>Hoy: no se puede leer la base de datos</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="101"/>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trayicon.cpp" line="103"/>
        <source>Today: %1 · %Ln request(s)</source>
        <translation>
            <numerusform>Hoy: %1 · %Ln llamada</numerusform>
            <numerusform>Hoy: %1 · %Ln llamadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Resume proxy</source>
        <translation>Reanudar proxy</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Pause proxy</source>
        <translation>Pausar proxy</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="108"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="110"/>
        <source>Proxy paused</source>
        <translation>Proxy en pausa</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../qml/TrendBars.qml" line="18"/>
        <source>No calls yet</source>
        <translation>Aún no hay llamadas</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="47"/>
        <source>%1 (so far)</source>
        <translation>%1 (hasta ahora)</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="48"/>
        <source>%1, %2 calls</source>
        <translation>%1, %2 llamadas</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="49"/>
        <source>%1 vs the period before</source>
        <translation>%1 respecto al periodo anterior</translation>
    </message>
</context>
<context>
    <name>UrlCard</name>
    <message>
        <location filename="../qml/UrlCard.qml" line="32"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>UsageGroupModel</name>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="66"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="110"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>UsageSeriesModel</name>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="41"/>
        <source>Tokens (billions)</source>
        <translation>Tokens (miles de millones)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="42"/>
        <source>Tokens (millions)</source>
        <translation>Tokens (millones)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="43"/>
        <source>Tokens (thousands)</source>
        <translation>Tokens (miles)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="44"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
</TS>
