<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/autostartentry.cpp" line="86"/>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="66"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="67"/>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="124"/>
        <source>Call details</source>
        <translation>リクエストの詳細</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="131"/>
        <source>Close details</source>
        <translation>詳細を閉じる</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="133"/>
        <source>Close details (Esc)</source>
        <translation>詳細を閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="150"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <location filename="../qml/CallDetailPane.qml" line="265"/>
        <source>Request body</source>
        <translation>リクエストボディ</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <location filename="../qml/CallDetailPane.qml" line="274"/>
        <source>Response body</source>
        <translation>レスポンスボディ</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="218"/>
        <source>Cost by token class</source>
        <translation>トークン種別ごとのコスト</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="232"/>
        <source>Class</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="233"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="234"/>
        <source>Per 1M</source>
        <translation>100万あたり</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="235"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="252"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="267"/>
        <source>No request body was recorded.</source>
        <translation>リクエストボディは記録されていません。</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="268"/>
        <location filename="../qml/CallDetailPane.qml" line="277"/>
        <source>Bodies are recorded only while body logging is on.</source>
        <translation>ボディは、ボディの記録がオンの間のみ記録されます。</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="276"/>
        <source>No response body was recorded.</source>
        <translation>レスポンスボディは記録されていません。</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="51"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="58"/>
        <source>reported by the provider</source>
        <translation>プロバイダーが報告</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="60"/>
        <source>estimated from the text (the provider reported none)</source>
        <translation>テキストから推定 (プロバイダーからの報告なし)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="64"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="120"/>
        <source>No price was known for this model: the call has no cost.</source>
        <translation>このモデルの料金が不明なため、このリクエストにコストはありません。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="132"/>
        <source>The prices used were not recorded with this call.</source>
        <translation>このリクエストでは、適用された料金が記録されていません。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="133"/>
        <source>The recorded prices cannot be read: %1</source>
        <translation>記録された料金を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="142"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="143"/>
        <location filename="../app/calldetails.cpp" line="306"/>
        <source>Cache read</source>
        <translation>キャッシュ読み取り</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="145"/>
        <source>Cache write (5 min)</source>
        <translation>キャッシュ書き込み (5 分)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="147"/>
        <source>Cache write (1 h)</source>
        <translation>キャッシュ書き込み (1 時間)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="148"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="149"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="171"/>
        <source>The recorded cost, %1, differs from these prices applied to these tokens.</source>
        <translation>記録されたコスト %1 は、これらのトークンにこの料金を適用した額と一致しません。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="233"/>
        <source>There is no call with id %1.</source>
        <translation>ID %1 のリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="285"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="286"/>
        <source>Request id</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="287"/>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="288"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="290"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="291"/>
        <source>API format</source>
        <translation>API 形式</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="292"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="293"/>
        <source>Requested model</source>
        <translation>要求されたモデル</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="294"/>
        <source>Streamed</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="295"/>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="296"/>
        <source>Served model</source>
        <translation>応答したモデル</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="297"/>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="298"/>
        <source>Error type</source>
        <translation>エラーの種類</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="299"/>
        <source>Error message</source>
        <translation>エラーメッセージ</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="300"/>
        <source>Provider&apos;s request id</source>
        <translation>プロバイダーのリクエスト ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="301"/>
        <source>Cache hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="302"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="303"/>
        <source>Input, all</source>
        <translation>入力 (合計)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="304"/>
        <source>Input, uncached</source>
        <translation>入力 (キャッシュなし)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="307"/>
        <source>Cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="308"/>
        <source>Cache write with 1-hour TTL</source>
        <translation>キャッシュ書き込み (TTL 1 時間)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="310"/>
        <source>Output, all</source>
        <translation>出力 (合計)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="311"/>
        <source>Output, reasoning</source>
        <translation>出力 (推論)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="312"/>
        <source>Counted</source>
        <translation>集計方法</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="313"/>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="314"/>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="315"/>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="316"/>
        <source>Upstream</source>
        <translation>アップストリーム</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="317"/>
        <source>Proxy overhead</source>
        <translation>プロキシのオーバーヘッド</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="318"/>
        <location filename="../app/calldetails.cpp" line="319"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="320"/>
        <source>Saved by prompt caching</source>
        <translation>プロンプトキャッシュによる節約額</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="322"/>
        <source>Priced as</source>
        <translation>料金の適用モデル</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="323"/>
        <source>Prices per million tokens</source>
        <translation>100万トークンあたりの料金</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="324"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="328"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="329"/>
        <source>Key id</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="330"/>
        <source>User agent</source>
        <translation>ユーザーエージェント</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="331"/>
        <source>Client tool</source>
        <translation>クライアントツール</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="356"/>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>%2 のうち先頭の %1 のみを表示しています。</translation>
    </message>
</context>
<context>
    <name>CallLogFilter</name>
    <message>
        <location filename="../app/calllogfilter.cpp" line="95"/>
        <source>Enter the end date of the end time.</source>
        <translation>終了時刻に対応する終了日を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="96"/>
        <source>Enter the start date of the start time.</source>
        <translation>開始時刻に対応する開始日を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="100"/>
        <source>“%1” is not a date: enter it as %2 (e.g. %3).</source>
        <translation>「%1」は日付ではありません。%2 の形式で入力してください (例: %3)。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="110"/>
        <source>“%1” is not a time: enter it as 14:30.</source>
        <translation>「%1」は時刻ではありません。14:30 の形式で入力してください。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="123"/>
        <source>Enter a start date, an end date or both.</source>
        <translation>開始日、終了日、またはその両方を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="125"/>
        <source>The start must come before the end.</source>
        <translation>開始は終了より前にしてください。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="182"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="187"/>
        <source>%1 – %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="190"/>
        <source>Since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="192"/>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="193"/>
        <source>Custom range</source>
        <translation>カスタム期間</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="366"/>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="367"/>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="370"/>
        <source>All keys</source>
        <translation>すべてのキー</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Streamed</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens in</source>
        <translation>入力トークン</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens out</source>
        <translation>出力トークン</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Cache hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="95"/>
        <source>Click to reverse the order</source>
        <translation>クリックして順序を反転</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="96"/>
        <source>Click to sort by this column</source>
        <translation>クリックしてこの列で並べ替え</translation>
    </message>
    <message>
        <location filename="../app/calllogrow.cpp" line="57"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../app/configdocument.cpp" line="71"/>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/connectiontester.cpp" line="25"/>
        <source>base_url: must be an absolute http:// or https:// URL.</source>
        <translation>base_url: http:// または https:// で始まる絶対 URL を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="41"/>
        <source>The environment variable %1 is not set.</source>
        <translation>環境変数 %1 が設定されていません。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="45"/>
        <source>No OS keychain is available here.</source>
        <translation>この環境では OS キーチェーンを使用できません。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="55"/>
        <source>No key is stored in the OS keychain for this provider.</source>
        <translation>このプロバイダーのキーは OS キーチェーンに保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="92"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="95"/>
        <source>Could not reach %1: %2.</source>
        <translation>%1 に接続できませんでした: %2。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="104"/>
        <source>HTTP %1 in %2 ms, but the answer is not a model list.</source>
        <translation>HTTP %1 (%2 ms) ですが、応答はモデル一覧ではありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectiontester.cpp" line="106"/>
        <source>Connected: HTTP %1 in %2 ms, %n model(s) listed.</source>
        <translation>
            <numerusform>接続しました: HTTP %1 (%2 ms)、%n 個のモデルが一覧にあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="117"/>
        <source>the key was refused</source>
        <translation>キーが拒否されました</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="119"/>
        <source>nothing at this URL; check the base URL</source>
        <translation>この URL には何もありません。ベース URL を確認してください</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="121"/>
        <source>rate limited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="123"/>
        <source>the provider has a problem</source>
        <translation>プロバイダー側で問題が発生しています</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="125"/>
        <source>the request was refused</source>
        <translation>リクエストが拒否されました</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="127"/>
        <source>HTTP %1 in %2 ms: %3. %4</source>
        <translation>HTTP %1 (%2 ms): %3。%4</translation>
    </message>
</context>
<context>
    <name>CostTrendModel</name>
    <message>
        <location filename="../app/costtrendmodel.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>%2年 Q%1</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="72"/>
        <source>From date, as %1</source>
        <translation>開始日 (%1 形式)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="79"/>
        <source>From time (optional)</source>
        <translation>開始時刻 (任意)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="81"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="86"/>
        <source>To date, as %1</source>
        <translation>終了日 (%1 形式)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="93"/>
        <source>To time (optional)</source>
        <translation>終了時刻 (任意)</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="104"/>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="120"/>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="137"/>
        <source>Calendar: click a day to fill the %1 date</source>
        <translation>カレンダー: 日をクリックすると「%1」の日付に入力されます</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="179"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="180"/>
        <source>Cancel the custom range</source>
        <translation>カスタム期間をキャンセル</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="185"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="187"/>
        <source>Apply the custom range</source>
        <translation>カスタム期間を適用</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="84"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="90"/>
        <source>Key: %1 ✕</source>
        <translation>キー: %1 ✕</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="92"/>
        <source>Show all keys</source>
        <translation>すべてのキーを表示</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>CSV エクスポート…</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="106"/>
        <source>Export a cost report as CSV</source>
        <translation>コストレポートを CSV にエクスポート</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>Cannot read the ledger: %1</source>
        <translation>台帳を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per hour</source>
        <translation>時間ごとのトークンとコスト</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per day</source>
        <translation>日ごとのトークンとコスト</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="162"/>
        <source>Tokens and cost over time</source>
        <translation>トークンとコストの推移</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="186"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="183"/>
        <location filename="../qml/DashboardPage.qml" line="199"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="223"/>
        <source>Cost by model</source>
        <translation>モデル別コスト</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="236"/>
        <source>Cost by provider</source>
        <translation>プロバイダー別コスト</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="247"/>
        <source>Recent days</source>
        <translation>直近の日別</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="262"/>
        <source>Cost trend</source>
        <translation>コストの推移</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="272"/>
        <source>Cost trend by</source>
        <translation>コストの推移の単位</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="275"/>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="279"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="283"/>
        <source>Quarters</source>
        <translation>四半期</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInfo</name>
    <message>
        <location filename="../app/databasefileinfo.cpp" line="20"/>
        <source>No calls recorded yet</source>
        <translation>まだリクエストは記録されていません</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="38"/>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>このシステムでは、ログイン時の起動にまだ対応していません。</translation>
    </message>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="56"/>
        <source>Cannot save the preference in %1</source>
        <translation>%1 に設定を保存できません</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="153"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>エクスポート先として、このコンピューター上のファイルを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="157"/>
        <source>There is no ledger to export from.</source>
        <translation>エクスポート元の台帳がありません。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="166"/>
        <source>There is no log filter to export.</source>
        <translation>エクスポートするログフィルターがありません。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="172"/>
        <source>The report&apos;s period is empty.</source>
        <translation>レポートの期間が空です。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="266"/>
        <source>The export failed.</source>
        <translation>エクスポートに失敗しました。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="30"/>
        <source>Export CSV</source>
        <translation>CSV エクスポート</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="66"/>
        <source>Saved %1 rows to %2</source>
        <translation>%1 行を %2 に保存しました</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="69"/>
        <source>Export cancelled; no file was written.</source>
        <translation>エクスポートをキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="70"/>
        <location filename="../qml/ExportDialog.qml" line="162"/>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="77"/>
        <source>Export CSV to</source>
        <translation>CSV のエクスポート先</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="95"/>
        <source>What to export</source>
        <translation>エクスポート対象</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="104"/>
        <source>The calls of the request log, as filtered</source>
        <translation>リクエストログ (フィルター適用後)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="105"/>
        <source>All calls of the request log</source>
        <translation>リクエストログ (すべてのリクエスト)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="114"/>
        <source>A cost report for %1</source>
        <translation>%1 のコストレポート</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="115"/>
        <source>A cost report for the period shown</source>
        <translation>表示中の期間のコストレポート</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="124"/>
        <source>One row per</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="133"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="134"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="135"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="136"/>
        <source>Client key</source>
        <translation>クライアントキー</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="138"/>
        <source>Report rows</source>
        <translation>レポートの集計単位</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="148"/>
        <source>Export progress</source>
        <translation>エクスポートの進捗</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2 rows written</source>
        <translation>%2 行中 %1 行を書き込みました</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="159"/>
        <source>Counting the rows…</source>
        <translation>行数を数えています…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="169"/>
        <source>Choose file and export…</source>
        <translation>ファイルを選択してエクスポート…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="173"/>
        <source>Choose a file and export</source>
        <translation>ファイルを選択してエクスポート</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Cancel export</source>
        <translation>エクスポートをキャンセル</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>GetStartedPage</name>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="25"/>
        <source>Point your tools at LLM Ledger</source>
        <translation>ツールの接続先を LLM Ledger に設定する</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="34"/>
        <source>Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.</source>
        <translation>すべてのリクエストはそのままプロバイダーに転送され、トークン、コスト、タイミングとともに記録されます。ツールはそれぞれの API キーをそのまま使用します。</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="44"/>
        <source>The proxy could not start: %1</source>
        <translation>プロキシを起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="71"/>
        <source>OpenAI-style base URL</source>
        <translation>OpenAI 形式のベース URL</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="73"/>
        <source>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools</source>
        <translation>OPENAI_BASE_URL — OpenAI SDK、Codex、aider、Continue、Ollama 互換ツール</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="80"/>
        <source>Anthropic-style base URL</source>
        <translation>Anthropic 形式のベース URL</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="82"/>
        <source>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</source>
        <translation>ANTHROPIC_BASE_URL — Anthropic SDK、Claude Code</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="96"/>
        <source>Calls recorded since start</source>
        <translation>起動後に記録されたリクエスト</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="100"/>
        <source>Their cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="105"/>
        <source>Last call</source>
        <translation>最後のリクエスト</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="110"/>
        <source>Waiting for the first call…</source>
        <translation>最初のリクエストを待っています…</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="119"/>
        <source>Set-up snippets</source>
        <translation>セットアップ用スニペット</translation>
    </message>
</context>
<context>
    <name>KeyBudgetPopup</name>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="35"/>
        <source>Monthly budget of %1</source>
        <translation>%1 の月間予算</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="40"/>
        <source>US dollars per calendar month, shown against what the key spent this month.</source>
        <translation>暦月あたりの米ドル。このキーの今月の支出と比較して表示されます。</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="47"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="49"/>
        <source>Monthly budget in US dollars</source>
        <translation>月間予算 (米ドル)</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="64"/>
        <source>No budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="66"/>
        <source>Remove the budget of %1</source>
        <translation>%1 の予算を削除</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="68"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="69"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <location filename="../qml/KeyRow.qml" line="84"/>
        <source>%1 (disabled)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="85"/>
        <source>%1 requests, %2, %3 of spend, last used %4</source>
        <translation>リクエスト %1 件、%2、支出の %3、最終使用: %4</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="88"/>
        <source>%1 of %2 budget this month</source>
        <translation>今月の予算 %2 のうち %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="137"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="148"/>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="150"/>
        <source>Give this key a label (F2)</source>
        <translation>このキーにラベルを付ける (F2)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="169"/>
        <source>Label for %1</source>
        <translation>%1 のラベル</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="193"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="194"/>
        <source>of %1</source>
        <translation>予算 %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="203"/>
        <source>This month&apos;s spend against the monthly budget: click (or B) to change it</source>
        <translation>今月の支出と月間予算の比較。クリック (または B) で予算を変更</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="213"/>
        <source>Cost per day</source>
        <translation>日別コスト</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="221"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="224"/>
        <source>Dashboard of %1</source>
        <translation>%1 のダッシュボード</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="227"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="230"/>
        <source>Logs of %1</source>
        <translation>%1 のログ</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="237"/>
        <source>More actions for %1</source>
        <translation>%1 のその他の操作</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="239"/>
        <source>Budget, disable or enable (menu key)</source>
        <translation>予算、無効化または有効化 (メニューキー)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="246"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="247"/>
        <source>Set monthly budget…</source>
        <translation>月間予算を設定…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Enable key</source>
        <translation>キーを有効化</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Disable key</source>
        <translation>キーを無効化</translation>
    </message>
</context>
<context>
    <name>KeyStatsModel</name>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="116"/>
        <source>(no key)</source>
        <translation>(キーなし)</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="193"/>
        <source>The label could not be saved</source>
        <translation>ラベルを保存できませんでした</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="232"/>
        <source>A budget is an amount of US dollars, such as 20 or 12.50; leave it empty for none.</source>
        <translation>予算は 20 や 12.50 のような米ドルの金額です。予算を設定しない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="258"/>
        <source>The setting could not be saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="383"/>
        <source>never</source>
        <translation>未使用</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="388"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="390"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="392"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="395"/>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../qml/KeysPage.qml" line="47"/>
        <location filename="../qml/KeysPage.qml" line="98"/>
        <source>Client keys</source>
        <translation>クライアントキー</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="50"/>
        <source>%1 spent, %2</source>
        <translation>%2 の支出: %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="56"/>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="64"/>
        <source>⚠ The ledger could not be read: %1</source>
        <translation>⚠ 台帳を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="72"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="74"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>of budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>p50 / p95</source>
        <translation>p50 / p95</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="78"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>Per day</source>
        <translation>日別</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="99"/>
        <source>Enter opens the key&apos;s dashboard, L its logs, F2 renames it, B sets its budget, the menu key disables or enables it</source>
        <translation>Enter でキーのダッシュボード、L でログを開き、F2 で名前を変更、B で予算を設定、メニューキーで無効化または有効化</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="118"/>
        <source>No client keys yet: keys appear here once a tool calls the proxy with its own API key</source>
        <translation>クライアントキーはまだありません。ツールが独自の API キーでプロキシを呼び出すと、ここにキーが表示されます</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/KpiCard.qml" line="49"/>
        <source>%1 vs previous</source>
        <translation>前期間比 %1</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Total cost</source>
        <translation>総コスト</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Cost per 1K tokens</source>
        <translation>1K トークンあたりのコスト</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Average per day</source>
        <translation>1 日平均</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Cache savings</source>
        <translation>キャッシュによる節約</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Error rate</source>
        <translation>エラー率</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Latency p50</source>
        <translation>レイテンシ p50</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Latency p95</source>
        <translation>レイテンシ p95</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Time to first token</source>
        <translation>最初のトークンまでの時間</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Output speed</source>
        <translation>出力速度</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Cache hit rate</source>
        <translation>キャッシュヒット率</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="98"/>
        <source>What the priced calls of the period cost</source>
        <translation>期間内の料金が判明しているリクエストのコスト</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="99"/>
        <source>Prompt and output tokens, cached ones included</source>
        <translation>プロンプトと出力のトークン (キャッシュ分を含む)</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="100"/>
        <source>Calls through the proxy, failed ones included</source>
        <translation>プロキシを経由したリクエスト (失敗を含む)</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="101"/>
        <source>Cost divided by thousands of tokens</source>
        <translation>コストをトークン数 (千単位) で割った値</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="102"/>
        <source>Total cost divided by the days of the period</source>
        <translation>総コストを期間の日数で割った値</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="103"/>
        <source>What prompt caching and the response cache saved against full price</source>
        <translation>プロンプトキャッシュとレスポンスキャッシュで定価から節約できた額</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="104"/>
        <source>Share of calls answered with an error or not at all</source>
        <translation>エラーが返された、または応答がなかったリクエストの割合</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="105"/>
        <source>Median time from request to complete answer</source>
        <translation>リクエストから応答完了までの時間の中央値</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="106"/>
        <source>95th percentile of the time to a complete answer</source>
        <translation>応答完了までの時間の 95 パーセンタイル</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="107"/>
        <source>Median time to the first streamed event</source>
        <translation>最初のストリーミングイベントまでの時間の中央値</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="108"/>
        <source>Output tokens per second of generation</source>
        <translation>生成 1 秒あたりの出力トークン数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="109"/>
        <source>Share of calls answered from LLM Ledger&apos;s response cache</source>
        <translation>LLM Ledger のレスポンスキャッシュから応答した呼び出しの割合</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kpimodel.cpp" line="122"/>
        <source>%n call(s) without a known price are not included</source>
        <translation>
            <numerusform>料金不明のリクエスト %n 件は含まれていません</numerusform>
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
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../app/languagemanager.cpp" line="67"/>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
</context>
<context>
    <name>LedgerFormat</name>
    <message>
        <location filename="../app/ledgerformat.cpp" line="54"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../app/ledgerformat.cpp" line="66"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <location filename="../qml/LoadingIndicator.qml" line="22"/>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="14"/>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="15"/>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="16"/>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="17"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="18"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="21"/>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="24"/>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="25"/>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="26"/>
        <source>4xx client error</source>
        <translation>4xx クライアントエラー</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="27"/>
        <source>5xx server error</source>
        <translation>5xx サーバーエラー</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="28"/>
        <source>Errors and no answer</source>
        <translation>エラーと応答なし</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="31"/>
        <source>Streamed or not</source>
        <translation>ストリーミング: すべて</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="32"/>
        <location filename="../qml/LogFilterBar.qml" line="143"/>
        <source>Streamed</source>
        <translation>ストリーミング</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="33"/>
        <source>Not streamed</source>
        <translation>非ストリーミング</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="36"/>
        <source>Cache hit or not</source>
        <translation>キャッシュ: すべて</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="37"/>
        <location filename="../qml/LogFilterBar.qml" line="149"/>
        <source>Cache hit</source>
        <translation>キャッシュヒット</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="38"/>
        <source>No cache hit</source>
        <translation>キャッシュヒットなし</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="84"/>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="116"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="124"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="130"/>
        <source>Client key</source>
        <translation>クライアントキー</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="137"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="158"/>
        <source>Search id, model, error, user agent</source>
        <translation>ID、モデル、エラー、ユーザーエージェントを検索</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="160"/>
        <source>Search calls</source>
        <translation>リクエストを検索</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="165"/>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../qml/LogsPage.qml" line="40"/>
        <location filename="../qml/LogsPage.qml" line="80"/>
        <source>Request log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="197"/>
        <source>Recorded calls</source>
        <translation>記録済みリクエスト</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="253"/>
        <source>No calls match these filters.</source>
        <translation>このフィルターに一致するリクエストはありません。</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="254"/>
        <source>No calls recorded yet.</source>
        <translation>まだリクエストは記録されていません。</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="92"/>
        <source>The log could not be read: %1</source>
        <translation>ログを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="100"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="101"/>
        <source>%n call(s) shown; scroll for more</source>
        <translation>
            <numerusform>リクエスト %n 件を表示中。スクロールすると続きを表示します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="102"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>リクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>CSV エクスポート…</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="106"/>
        <source>Export the filtered log as CSV</source>
        <translation>フィルター適用後のログを CSV にエクスポート</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="272"/>
        <source>Call details</source>
        <translation>リクエストの詳細</translation>
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
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Get started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Pricing</source>
        <translation>料金</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Add a model&apos;s price</source>
        <translation>モデルの料金を追加</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Edit the price of %1</source>
        <translation>%1 の料金を編集</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="52"/>
        <source>Save the price</source>
        <translation>料金を保存</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="76"/>
        <source>US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).</source>
        <translation>100万トークンあたりの米ドル。入力と出力は必須です。プロバイダーに個別の料金がない項目は空欄のままにしてください (その場合、キャッシュの読み取りと書き込みには入力料金、推論には出力料金が適用されます)。</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="85"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="90"/>
        <source>as clients send it, e.g. gpt-4o</source>
        <translation>クライアントが送信する名前 (例: gpt-4o)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="91"/>
        <source>Model name</source>
        <translation>モデル名</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="94"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="95"/>
        <source>Input price</source>
        <translation>入力料金</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="96"/>
        <source>Cached input</source>
        <translation>キャッシュ済み入力</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="97"/>
        <source>Cached input price</source>
        <translation>キャッシュ済み入力の料金</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="98"/>
        <source>Cache write (5 min)</source>
        <translation>キャッシュ書き込み (5 分)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="99"/>
        <source>Cache write price, 5-minute TTL</source>
        <translation>キャッシュ書き込みの料金 (TTL 5 分)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="100"/>
        <source>Cache write (1 h)</source>
        <translation>キャッシュ書き込み (1 時間)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="101"/>
        <source>Cache write price, 1-hour TTL</source>
        <translation>キャッシュ書き込みの料金 (TTL 1 時間)</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="102"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="103"/>
        <source>Output price</source>
        <translation>出力料金</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="104"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="105"/>
        <source>Reasoning price</source>
        <translation>推論料金</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <location filename="../app/priceeditor.cpp" line="60"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="62"/>
        <source>%1: a price cannot be negative</source>
        <translation>%1: 料金に負の値は指定できません</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="150"/>
        <location filename="../app/priceeditor.cpp" line="223"/>
        <location filename="../app/priceeditor.cpp" line="270"/>
        <source>Wait until the running import or re-pricing has finished</source>
        <translation>実行中のインポートまたはコストの再計算が終わるまでお待ちください</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="175"/>
        <source>Enter the model&apos;s name, as clients send it (e.g. gpt-4o)</source>
        <translation>クライアントが送信するモデル名を入力してください (例: gpt-4o)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="177"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="178"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="179"/>
        <source>Cached input</source>
        <translation>キャッシュ済み入力</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="180"/>
        <source>Cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="181"/>
        <source>Cache write (1 h)</source>
        <translation>キャッシュ書き込み (1 時間)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="182"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="186"/>
        <source>Input and output prices are required (dollars per million tokens)</source>
        <translation>入力と出力の料金は必須です (100万トークンあたりのドル)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="192"/>
        <source>%1 is priced in %2 (“prices”), which takes precedence over the price list: change it there</source>
        <translation>%1 の料金は %2 (「prices」) で設定されており、料金表より優先されます。そちらで変更してください</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="200"/>
        <source>Saved the price of %1</source>
        <translation>%1 の料金を保存しました</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="210"/>
        <source>%1 has no entry in %2</source>
        <translation>%2 に %1 のエントリはありません</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="216"/>
        <source>Removed the override of %1: the built-in price applies again</source>
        <translation>%1 の上書きを削除しました。組み込みの料金が再び適用されます</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="217"/>
        <source>Removed %1 from the price list</source>
        <translation>%1 を料金表から削除しました</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="225"/>
        <source>Choose a local file to import (got %1)</source>
        <translation>インポートするローカルファイルを選択してください (指定: %1)</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="227"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="243"/>
        <source>The import failed: %1</source>
        <translation>インポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="246"/>
        <source>Imported %n model price(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のモデル料金をインポートしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="248"/>
        <source>(%n entry(s) without per-token prices skipped)</source>
        <translation>
            <numerusform>(トークン単価のない %n 件のエントリをスキップしました)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="272"/>
        <source>Re-pricing stored calls…</source>
        <translation>記録済みリクエストのコストを再計算しています…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="285"/>
        <source>Re-pricing failed: %1</source>
        <translation>コストの再計算に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="288"/>
        <source>Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6</source>
        <translation>%2 件中 %1 件のリクエストのコストを再計算しました: %3 → %4、料金不明のリクエスト: %5 → %6</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="95"/>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="97"/>
        <source>Override</source>
        <translation>上書き</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="99"/>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="101"/>
        <source>Config</source>
        <translation>設定ファイル</translation>
    </message>
</context>
<context>
    <name>PriceTableHeader</name>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="31"/>
        <source>Sort by %1</source>
        <translation>%1 で並べ替え</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="44"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="46"/>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="47"/>
        <source>Cached</source>
        <translation>キャッシュ済み</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="48"/>
        <source>Cache write</source>
        <translation>キャッシュ書き込み</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="49"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="53"/>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="60"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../qml/PricingPage.qml" line="26"/>
        <location filename="../qml/PricingPage.qml" line="80"/>
        <source>Prices</source>
        <translation>料金</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="57"/>
        <source>Import a LiteLLM price list</source>
        <translation>LiteLLM の料金表をインポート</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="84"/>
        <source>Add model…</source>
        <translation>モデルを追加…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="89"/>
        <source>Import LiteLLM JSON…</source>
        <translation>LiteLLM JSON をインポート…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="92"/>
        <source>Merges a LiteLLM model_prices_and_context_window.json into your price overrides</source>
        <translation>LiteLLM の model_prices_and_context_window.json を料金の上書きに統合します</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="95"/>
        <source>Re-price calls…</source>
        <translation>コストを再計算…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="105"/>
        <source>US dollars per million tokens. Your changes go to %1 and apply to new calls; the config&apos;s “prices” take precedence.</source>
        <translation>100万トークンあたりの米ドル。変更は %1 に保存され、新しいリクエストに適用されます。設定ファイルの「prices」が優先されます。</translation>
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
        <translation>モデルまたはプロバイダーを検索</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PricingPage.qml" line="136"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 個のモデル</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="163"/>
        <source>Model prices</source>
        <translation>モデルの料金</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="164"/>
        <source>Enter or F2 edits the price, Delete removes an override</source>
        <translation>Enter または F2 で料金を編集、Delete で上書きを削除</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="200"/>
        <source>%1: input %2, cached input %3, output %4 per million tokens, %5</source>
        <translation>%1: 100万トークンあたり 入力 %2、キャッシュ済み入力 %3、出力 %4、%5</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="251"/>
        <source>1-hour cache writes: %1</source>
        <translation>1 時間のキャッシュ書き込み: %1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="272"/>
        <source>Edit the price of %1</source>
        <translation>%1 の料金を編集</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="274"/>
        <source>Edit the price (Enter)</source>
        <translation>料金を編集 (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="281"/>
        <source>Remove the override of %1</source>
        <translation>%1 の上書きを削除</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="284"/>
        <source>Remove override: back to the built-in price (Delete)</source>
        <translation>上書きを削除: 組み込みの料金に戻ります (Delete)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="285"/>
        <source>Remove override: the model will have no price (Delete)</source>
        <translation>上書きを削除: このモデルの料金はなくなります (Delete)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="298"/>
        <source>No model matches “%1”</source>
        <translation>「%1」に一致するモデルはありません</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../app/providereditor.cpp" line="43"/>
        <location filename="../app/providereditor.cpp" line="55"/>
        <source>There is no provider %1.</source>
        <translation>プロバイダー %1 はありません。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="106"/>
        <source>models: name at least one model or pattern, such as * for all.</source>
        <translation>models: モデルまたはパターンを 1 つ以上指定してください (すべてのモデルなら * など)。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="117"/>
        <source>api_key: a key typed here is kept in the OS keychain; choose the keychain as the key source.</source>
        <translation>api_key: ここに入力したキーは OS キーチェーンに保存されます。キーのソースとしてキーチェーンを選択してください。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="122"/>
        <source>api_key: no OS keychain is available here; use an environment variable.</source>
        <translation>api_key: この環境では OS キーチェーンを使用できません。環境変数を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="133"/>
        <source>The OS keychain did not store the key: %1; nothing was changed.</source>
        <translation>OS キーチェーンにキーを保存できませんでした: %1。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="185"/>
        <source>The OS keychain did not delete the key: %1</source>
        <translation>OS キーチェーンからキーを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>New provider</source>
        <translation>新しいプロバイダー</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>Edit provider</source>
        <translation>プロバイダーを編集</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="76"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="80"/>
        <source>e.g. groq</source>
        <translation>例: groq</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="81"/>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="83"/>
        <location filename="../qml/ProviderForm.qml" line="91"/>
        <source>API style</source>
        <translation>API 形式</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="89"/>
        <source>OpenAI-style (/v1/chat/completions …)</source>
        <translation>OpenAI 形式 (/v1/chat/completions …)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="90"/>
        <source>Anthropic-style (/v1/messages)</source>
        <translation>Anthropic 形式 (/v1/messages)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="93"/>
        <location filename="../qml/ProviderForm.qml" line="99"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="101"/>
        <source>Models (comma-separated, * and ? match any)</source>
        <translation>モデル (カンマ区切り、* と ? はワイルドカード)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="105"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="107"/>
        <location filename="../qml/ProviderForm.qml" line="135"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="114"/>
        <source>The client&apos;s own key</source>
        <translation>クライアント自身のキー</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="115"/>
        <source>Stored in the OS keychain</source>
        <translation>OS キーチェーンに保存</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="116"/>
        <location filename="../qml/ProviderForm.qml" line="125"/>
        <source>Environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="117"/>
        <source>None (local server)</source>
        <translation>なし (ローカルサーバー)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="118"/>
        <source>Key source</source>
        <translation>キーのソース</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="124"/>
        <source>Variable name, e.g. GROQ_API_KEY</source>
        <translation>変数名 (例: GROQ_API_KEY)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="133"/>
        <source>Stored: %1 (type to replace)</source>
        <translation>保存済み: %1 (入力すると置き換えます)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="134"/>
        <source>Paste the API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="139"/>
        <source>Local (free): calls cost nothing</source>
        <translation>ローカル (無料): リクエストのコストは発生しません</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="152"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="165"/>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="175"/>
        <source>Delete stored key</source>
        <translation>保存済みのキーを削除</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="114"/>
        <source>the client&apos;s own key</source>
        <translation>クライアント自身のキー</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain (no key stored)</source>
        <translation>キーチェーン (キー未保存)</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain: %1</source>
        <translation>キーチェーン: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="120"/>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="122"/>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="139"/>
        <source>No calls in the last 24 hours</source>
        <translation>過去 24 時間のリクエストはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providerlistmodel.cpp" line="140"/>
        <source>%n call(s) in 24 h · %1 % errors</source>
        <translation>
            <numerusform>24 時間でリクエスト %n 件 · エラー率 %1 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="149"/>
        <source>Last call %1</source>
        <translation>最後のリクエスト: %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="152"/>
        <source>Never called</source>
        <translation>リクエスト履歴なし</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/ProviderRow.qml" line="49"/>
        <source>%1 (local, free)</source>
        <translation>%1 (ローカル、無料)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>Anthropic-style</source>
        <translation>Anthropic 形式</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>OpenAI-style</source>
        <translation>OpenAI 形式</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="62"/>
        <source>Models: %1 · Key: %2</source>
        <translation>モデル: %1 · キー: %2</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="75"/>
        <source>Last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="81"/>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="89"/>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="96"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="27"/>
        <location filename="../qml/ProvidersPage.qml" line="74"/>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="31"/>
        <source>Add provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="43"/>
        <source>A call goes to the first provider of its API style whose models match. Changes apply to the running proxy at once.</source>
        <translation>リクエストは、API 形式が同じでモデルが一致する最初のプロバイダーに送られます。変更は実行中のプロキシに即座に適用されます。</translation>
    </message>
</context>
<context>
    <name>ProxyRuntime</name>
    <message>
        <location filename="../app/proxyruntime.cpp" line="146"/>
        <source>The response cache is off: cannot open %1: %2</source>
        <translation>レスポンスキャッシュは無効です: %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="223"/>
        <source>The new configuration was not applied; the proxy keeps running with the previous one. %1</source>
        <translation>新しい設定は適用されませんでした。プロキシは以前の設定で動作を続けます。%1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="229"/>
        <source>The new prices were not applied; the proxy keeps the previous ones. %1</source>
        <translation>新しい料金は適用されませんでした。プロキシは以前の料金を引き続き使用します。%1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="261"/>
        <source>The proxy stays on %1: %2</source>
        <translation>プロキシは %1 のままです: %2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="278"/>
        <source>Cannot read which client keys are disabled: %1</source>
        <translation>どのクライアントキーが無効化されているかを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="55"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform> (+ 料金不明のリクエスト %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="69"/>
        <source>%1  %2 %3 · %4 · %5 tokens · %6 ms</source>
        <translation>%1  %2 %3 · %4 · %5 トークン · %6 ms</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="81"/>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="83"/>
        <source>Stopped: %1</source>
        <translation>停止: %1</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="88"/>
        <source>Paused (%1 accepts no new calls)</source>
        <translation>一時停止中 (%1 は新しいリクエストを受け付けません)</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="89"/>
        <source>Listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../qml/RangeBar.qml" line="20"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="26"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="28"/>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="34"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>終了 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="36"/>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>RepriceDialog</name>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="13"/>
        <source>Re-price stored calls</source>
        <translation>記録済みリクエストのコストを再計算</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="26"/>
        <source>Re-price</source>
        <translation>再計算</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="29"/>
        <source>Re-price the calls of the chosen period</source>
        <translation>選択した期間のリクエストのコストを再計算</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="32"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="53"/>
        <source>Computes the cost of recorded calls again from their token counts and today&apos;s prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.</source>
        <translation>記録済みリクエストのコストを、トークン数と現在の料金から再計算します。料金を修正したときや、不足している料金を追加したときに使用してください。コストが変わらないリクエストはそのままです。</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="59"/>
        <source>All recorded calls</source>
        <translation>記録済みのすべてのリクエスト</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="60"/>
        <source>Calls to re-price</source>
        <translation>再計算するリクエスト</translation>
    </message>
</context>
<context>
    <name>RetentionScheduler</name>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="66"/>
        <source>Old calls could not be deleted: %1</source>
        <translation>古いリクエストを削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="76"/>
        <source>%1: retention is off, all calls are kept.</source>
        <translation>%1: 保持期間が設定されていないため、すべてのリクエストを保持しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="78"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="80"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1: %Ln 日より古いリクエストを %2 削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="89"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="102"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="108"/>
        <source>Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.</source>
        <translation>%1 に保存されます。実行中のプロキシは再起動なしで変更を適用します。コマンドラインの --port と --listen はこれらの値より優先されます。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Listen address</source>
        <translation>待ち受けアドレス</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.</source>
        <translation>127.0.0.1 はこのコンピューターからのリクエストのみを受け付けます。0.0.0.0 は到達可能なすべてのマシンから受け付けます。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="122"/>
        <location filename="../qml/SettingsPage.qml" line="130"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="135"/>
        <source>Request bodies</source>
        <translation>リクエストボディ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="138"/>
        <source>Record request and response bodies</source>
        <translation>リクエストとレスポンスのボディを記録する</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="145"/>
        <source>Stream usage</source>
        <translation>ストリームの使用量</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="147"/>
        <source>Ask OpenAI-style streams for exact token counts</source>
        <translation>OpenAI 形式のストリームに正確なトークン数を要求する</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="153"/>
        <source>The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.</source>
        <translation>使用量チャンクはツールに届く前に取り除かれます。オフの場合、これらのストリームは推定トークン数で記録されます。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="156"/>
        <source>Not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="168"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="171"/>
        <source>Keep calls for</source>
        <translation>リクエストの保持期間</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="177"/>
        <source>Days to keep calls, 0 for all</source>
        <translation>リクエストを保持する日数 (0 ですべて保持)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days (0: keep every call)</source>
        <translation>日 (0: すべて保持)</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="186"/>
        <source>Delete now</source>
        <translation>今すぐ削除</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <source>Delete calls older than the retention now</source>
        <translation>保持期間を過ぎたリクエストを今すぐ削除</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="199"/>
        <source>Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards&apos; hourly and daily totals keep counting them; only the log loses them.</source>
        <translation>古いリクエストとそのボディは、起動の 1 分後と以降 6 時間ごとに削除されます。ダッシュボードの時間別・日別の合計には引き続き含まれ、ログからのみ削除されます。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="205"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="211"/>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="214"/>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="216"/>
        <source>Open the database folder</source>
        <translation>データベースのフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="225"/>
        <source>Database size: %1</source>
        <translation>データベースのサイズ: %1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="228"/>
        <source>The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.</source>
        <translation>リクエストを削除してもファイルは小さくなりません。空いた領域は新しいリクエストに再利用されます。--data-dir でデータの場所を変更できます。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="232"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="235"/>
        <location filename="../qml/SettingsPage.qml" line="240"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="245"/>
        <location filename="../qml/SettingsPage.qml" line="252"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="257"/>
        <source>At login</source>
        <translation>ログイン時</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="259"/>
        <source>Start LLM Ledger when I log in</source>
        <translation>ログイン時に LLM Ledger を起動する</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="268"/>
        <source>Not supported on this system yet.</source>
        <translation>このシステムではまだサポートされていません。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="271"/>
        <source>Tray</source>
        <translation>トレイ</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="273"/>
        <source>Start minimised to the tray</source>
        <translation>トレイに最小化して起動する</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.</source>
        <translation>ログイン時に LLM Ledger が起動した場合に適用されます。プロキシは記録を続け、ウィンドウはトレイから開くまで閉じたままになります。</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../qml/ShareList.qml" line="19"/>
        <source>No calls in this period</source>
        <translation>この期間のリクエストはありません</translation>
    </message>
    <message>
        <location filename="../qml/ShareList.qml" line="42"/>
        <source>%1 calls</source>
        <translation>リクエスト %1 件</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location filename="../qml/SnippetCard.qml" line="26"/>
        <source>Copy</source>
        <translation>コピー</translation>
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
        <translation>Cursor は多くのリクエストを自社のサーバーから送信しますが、そこからは 127.0.0.1 に到達できません。LLM Ledger を経由するのは、Cursor がお使いのマシンから送信するリクエストのみです。</translation>
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
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="14"/>
        <source>Open window</source>
        <translation>ウィンドウを開く</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="99"/>
        <source>Today: the ledger cannot be read</source>
        <translation>今日: 台帳を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="101"/>
        <source>Today: %1</source>
        <translation>今日: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trayicon.cpp" line="103"/>
        <source>Today: %1 · %Ln request(s)</source>
        <translation>
            <numerusform>今日: %1 · リクエスト %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Resume proxy</source>
        <translation>プロキシを再開</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Pause proxy</source>
        <translation>プロキシを一時停止</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="108"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="110"/>
        <source>Proxy paused</source>
        <translation>プロキシは一時停止中</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../qml/TrendBars.qml" line="18"/>
        <source>No calls yet</source>
        <translation>リクエストはまだありません</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="47"/>
        <source>%1 (so far)</source>
        <translation>%1 (現時点まで)</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="48"/>
        <source>%1, %2 calls</source>
        <translation>%1、リクエスト %2 件</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="49"/>
        <source>%1 vs the period before</source>
        <translation>前期間比 %1</translation>
    </message>
</context>
<context>
    <name>UrlCard</name>
    <message>
        <location filename="../qml/UrlCard.qml" line="32"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>UsageGroupModel</name>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="66"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="110"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>UsageSeriesModel</name>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="41"/>
        <source>Tokens (billions)</source>
        <translation>トークン (10億)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="42"/>
        <source>Tokens (millions)</source>
        <translation>トークン (100万)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="43"/>
        <source>Tokens (thousands)</source>
        <translation>トークン (千)</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="44"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
</context>
</TS>
