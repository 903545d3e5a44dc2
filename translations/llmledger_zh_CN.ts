<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../app/autostartentry.cpp" line="86"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="66"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="67"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="124"/>
        <source>Call details</source>
        <translation>调用详情</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="131"/>
        <source>Close details</source>
        <translation>关闭详情</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="133"/>
        <source>Close details (Esc)</source>
        <translation>关闭详情 (Esc)</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="150"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="151"/>
        <location filename="../qml/CallDetailPane.qml" line="265"/>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="152"/>
        <location filename="../qml/CallDetailPane.qml" line="274"/>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="218"/>
        <source>Cost by token class</source>
        <translation>按 Token 类别的费用</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="232"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="233"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="234"/>
        <source>Per 1M</source>
        <translation>每百万</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="235"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="252"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="267"/>
        <source>No request body was recorded.</source>
        <translation>未记录请求正文。</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="268"/>
        <location filename="../qml/CallDetailPane.qml" line="277"/>
        <source>Bodies are recorded only while body logging is on.</source>
        <translation>仅在开启正文记录时才会记录正文。</translation>
    </message>
    <message>
        <location filename="../qml/CallDetailPane.qml" line="276"/>
        <source>No response body was recorded.</source>
        <translation>未记录响应正文。</translation>
    </message>
</context>
<context>
    <name>CallDetails</name>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="46"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="51"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="58"/>
        <source>reported by the provider</source>
        <translation>由提供商报告</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="60"/>
        <source>estimated from the text (the provider reported none)</source>
        <translation>根据文本估算（提供商未报告）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="64"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="120"/>
        <source>No price was known for this model: the call has no cost.</source>
        <translation>此模型没有已知价格：该调用没有费用。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="132"/>
        <source>The prices used were not recorded with this call.</source>
        <translation>此调用未记录所用的价格。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="133"/>
        <source>The recorded prices cannot be read: %1</source>
        <translation>无法读取记录的价格：%1</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="142"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="143"/>
        <location filename="../app/calldetails.cpp" line="306"/>
        <source>Cache read</source>
        <translation>缓存读取</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="145"/>
        <source>Cache write (5 min)</source>
        <translation>缓存写入（5 分钟）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="147"/>
        <source>Cache write (1 h)</source>
        <translation>缓存写入（1 小时）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="148"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="149"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="171"/>
        <source>The recorded cost, %1, differs from these prices applied to these tokens.</source>
        <translation>记录的费用 %1 与按这些价格计算这些 Token 的结果不一致。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="233"/>
        <source>There is no call with id %1.</source>
        <translation>不存在 ID 为 %1 的调用。</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="285"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="286"/>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="287"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="288"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="290"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="291"/>
        <source>API format</source>
        <translation>API 格式</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="292"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="293"/>
        <source>Requested model</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="294"/>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="295"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="296"/>
        <source>Served model</source>
        <translation>实际模型</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="297"/>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="298"/>
        <source>Error type</source>
        <translation>错误类型</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="299"/>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="300"/>
        <source>Provider&apos;s request id</source>
        <translation>提供商的请求 ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="301"/>
        <source>Cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="302"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="303"/>
        <source>Input, all</source>
        <translation>输入（全部）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="304"/>
        <source>Input, uncached</source>
        <translation>输入（未缓存）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="307"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="308"/>
        <source>Cache write with 1-hour TTL</source>
        <translation>缓存写入（1 小时 TTL）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="310"/>
        <source>Output, all</source>
        <translation>输出（全部）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="311"/>
        <source>Output, reasoning</source>
        <translation>输出（推理）</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="312"/>
        <source>Counted</source>
        <translation>计数来源</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="313"/>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="314"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="315"/>
        <source>Time to first token</source>
        <translation>首 Token 时间</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="316"/>
        <source>Upstream</source>
        <translation>上游</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="317"/>
        <source>Proxy overhead</source>
        <translation>代理开销</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="318"/>
        <location filename="../app/calldetails.cpp" line="319"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="320"/>
        <source>Saved by prompt caching</source>
        <translation>提示缓存节省</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="322"/>
        <source>Priced as</source>
        <translation>计价模型</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="323"/>
        <source>Prices per million tokens</source>
        <translation>每百万 Token 价格</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="324"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="328"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="329"/>
        <source>Key id</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="330"/>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="331"/>
        <source>Client tool</source>
        <translation>客户端工具</translation>
    </message>
    <message>
        <location filename="../app/calldetails.cpp" line="356"/>
        <source>Only the first %1 of %2 are shown.</source>
        <translation>仅显示前 %1（共 %2）。</translation>
    </message>
</context>
<context>
    <name>CallLogFilter</name>
    <message>
        <location filename="../app/calllogfilter.cpp" line="95"/>
        <source>Enter the end date of the end time.</source>
        <translation>请为结束时间输入结束日期。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="96"/>
        <source>Enter the start date of the start time.</source>
        <translation>请为开始时间输入开始日期。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="100"/>
        <source>“%1” is not a date: enter it as %2 (e.g. %3).</source>
        <translation>“%1”不是日期：请按 %2 格式输入（例如 %3）。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="110"/>
        <source>“%1” is not a time: enter it as 14:30.</source>
        <translation>“%1”不是时间：请按 14:30 格式输入。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="123"/>
        <source>Enter a start date, an end date or both.</source>
        <translation>请输入开始日期、结束日期或两者。</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="125"/>
        <source>The start must come before the end.</source>
        <translation>开始时间必须早于结束时间。</translation>
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
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="192"/>
        <source>Until %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="193"/>
        <source>Custom range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="366"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="367"/>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <location filename="../app/calllogfilter.cpp" line="370"/>
        <source>All keys</source>
        <translation>所有密钥</translation>
    </message>
</context>
<context>
    <name>CallLogModel</name>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="81"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="82"/>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens in</source>
        <translation>输入 Token</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Tokens out</source>
        <translation>输出 Token</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="83"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="84"/>
        <source>Cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="95"/>
        <source>Click to reverse the order</source>
        <translation>点击以反转排序</translation>
    </message>
    <message>
        <location filename="../app/calllogmodel.cpp" line="96"/>
        <source>Click to sort by this column</source>
        <translation>点击以按此列排序</translation>
    </message>
    <message>
        <location filename="../app/calllogrow.cpp" line="57"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <location filename="../app/configdocument.cpp" line="71"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/connectiontester.cpp" line="25"/>
        <source>base_url: must be an absolute http:// or https:// URL.</source>
        <translation>base_url：必须是以 http:// 或 https:// 开头的绝对 URL。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="41"/>
        <source>The environment variable %1 is not set.</source>
        <translation>未设置环境变量 %1。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="45"/>
        <source>No OS keychain is available here.</source>
        <translation>此处没有可用的系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="55"/>
        <source>No key is stored in the OS keychain for this provider.</source>
        <translation>系统钥匙串中没有为此提供商存储密钥。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="92"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="95"/>
        <source>Could not reach %1: %2.</source>
        <translation>无法连接 %1：%2。</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="104"/>
        <source>HTTP %1 in %2 ms, but the answer is not a model list.</source>
        <translation>HTTP %1，耗时 %2 ms，但响应不是模型列表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectiontester.cpp" line="106"/>
        <source>Connected: HTTP %1 in %2 ms, %n model(s) listed.</source>
        <translation>
            <numerusform>已连接：HTTP %1，耗时 %2 ms，列出 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="117"/>
        <source>the key was refused</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="119"/>
        <source>nothing at this URL; check the base URL</source>
        <translation>此 URL 下没有内容；请检查 base URL</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="121"/>
        <source>rate limited</source>
        <translation>已被限流</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="123"/>
        <source>the provider has a problem</source>
        <translation>提供商出现问题</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="125"/>
        <source>the request was refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <location filename="../app/connectiontester.cpp" line="127"/>
        <source>HTTP %1 in %2 ms: %3. %4</source>
        <translation>HTTP %1，耗时 %2 ms：%3。%4</translation>
    </message>
</context>
<context>
    <name>CostTrendModel</name>
    <message>
        <location filename="../app/costtrendmodel.cpp" line="158"/>
        <source>Q%1 %2</source>
        <translation>%2 Q%1</translation>
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
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="72"/>
        <source>From date, as %1</source>
        <translation>开始日期，格式为 %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="79"/>
        <source>From time (optional)</source>
        <translation>开始时间（可选）</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="81"/>
        <location filename="../qml/CustomRangePopup.qml" line="138"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="86"/>
        <source>To date, as %1</source>
        <translation>结束日期，格式为 %1</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="93"/>
        <source>To time (optional)</source>
        <translation>结束时间（可选）</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="104"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="120"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="137"/>
        <source>Calendar: click a day to fill the %1 date</source>
        <translation>日历：点击某一天以填入“%1”日期</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="179"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="180"/>
        <source>Cancel the custom range</source>
        <translation>取消自定义时间范围</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="185"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../qml/CustomRangePopup.qml" line="187"/>
        <source>Apply the custom range</source>
        <translation>应用自定义时间范围</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../qml/DashboardPage.qml" line="84"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="90"/>
        <source>Key: %1 ✕</source>
        <translation>密钥：%1 ✕</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="92"/>
        <source>Show all keys</source>
        <translation>显示所有密钥</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="106"/>
        <source>Export a cost report as CSV</source>
        <translation>将费用报告导出为 CSV</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="125"/>
        <source>Cannot read the ledger: %1</source>
        <translation>无法读取账本：%1</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per hour</source>
        <translation>每小时 Token 与费用</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="151"/>
        <source>Tokens and cost per day</source>
        <translation>每日 Token 与费用</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="162"/>
        <source>Tokens and cost over time</source>
        <translation>Token 与费用趋势</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="186"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="183"/>
        <location filename="../qml/DashboardPage.qml" line="199"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="223"/>
        <source>Cost by model</source>
        <translation>按模型的费用</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="236"/>
        <source>Cost by provider</source>
        <translation>按提供商的费用</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="247"/>
        <source>Recent days</source>
        <translation>最近几天</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="262"/>
        <source>Cost trend</source>
        <translation>费用趋势</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="272"/>
        <source>Cost trend by</source>
        <translation>费用趋势周期</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="275"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="279"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../qml/DashboardPage.qml" line="283"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
</context>
<context>
    <name>DatabaseFileInfo</name>
    <message>
        <location filename="../app/databasefileinfo.cpp" line="20"/>
        <source>No calls recorded yet</source>
        <translation>尚未记录任何调用</translation>
    </message>
</context>
<context>
    <name>DesktopPreferences</name>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="38"/>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>此系统暂不支持登录时启动。</translation>
    </message>
    <message>
        <location filename="../app/desktoppreferences.cpp" line="56"/>
        <source>Cannot save the preference in %1</source>
        <translation>无法将偏好设置保存到 %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/exportcontroller.cpp" line="153"/>
        <source>Choose a file on this computer to export to.</source>
        <translation>请选择此计算机上的文件作为导出目标。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="157"/>
        <source>There is no ledger to export from.</source>
        <translation>没有可供导出的账本。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="166"/>
        <source>There is no log filter to export.</source>
        <translation>没有可导出的日志筛选器。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="172"/>
        <source>The report&apos;s period is empty.</source>
        <translation>报告的时间段为空。</translation>
    </message>
    <message>
        <location filename="../app/exportcontroller.cpp" line="266"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/ExportDialog.qml" line="30"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="66"/>
        <source>Saved %1 rows to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="69"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="70"/>
        <location filename="../qml/ExportDialog.qml" line="162"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="77"/>
        <source>Export CSV to</source>
        <translation>导出 CSV 到</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="80"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="95"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="104"/>
        <source>The calls of the request log, as filtered</source>
        <translation>调用日志中经筛选的调用</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="105"/>
        <source>All calls of the request log</source>
        <translation>调用日志中的所有调用</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="114"/>
        <source>A cost report for %1</source>
        <translation>%1 的费用报告</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="115"/>
        <source>A cost report for the period shown</source>
        <translation>当前显示时间段的费用报告</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="124"/>
        <source>One row per</source>
        <translation>每行对应一个</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="133"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="134"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="135"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="136"/>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="138"/>
        <source>Report rows</source>
        <translation>报告行</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="148"/>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2 rows written</source>
        <translation>已写入 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="159"/>
        <source>Counting the rows…</source>
        <translation>正在统计行数…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="169"/>
        <source>Choose file and export…</source>
        <translation>选择文件并导出…</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="173"/>
        <source>Choose a file and export</source>
        <translation>选择文件并导出</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../qml/ExportDialog.qml" line="177"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GetStartedPage</name>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="25"/>
        <source>Point your tools at LLM Ledger</source>
        <translation>将你的工具指向 LLM Ledger</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="34"/>
        <source>Every call passes through unchanged to the provider and is recorded with its tokens, cost and timings. Your tools keep their own API keys.</source>
        <translation>每次调用都会原样转发给提供商，并记录其 Token、费用和耗时。你的工具继续使用各自的 API 密钥。</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="44"/>
        <source>The proxy could not start: %1</source>
        <translation>代理无法启动：%1</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="71"/>
        <source>OpenAI-style base URL</source>
        <translation>OpenAI 风格 base URL</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="73"/>
        <source>OPENAI_BASE_URL — OpenAI SDKs, Codex, aider, Continue, Ollama-compatible tools</source>
        <translation>OPENAI_BASE_URL — OpenAI SDK、Codex、aider、Continue、兼容 Ollama 的工具</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="80"/>
        <source>Anthropic-style base URL</source>
        <translation>Anthropic 风格 base URL</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="82"/>
        <source>ANTHROPIC_BASE_URL — Anthropic SDKs, Claude Code</source>
        <translation>ANTHROPIC_BASE_URL — Anthropic SDK、Claude Code</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="96"/>
        <source>Calls recorded since start</source>
        <translation>启动以来记录的调用</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="100"/>
        <source>Their cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="105"/>
        <source>Last call</source>
        <translation>最近一次调用</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="110"/>
        <source>Waiting for the first call…</source>
        <translation>正在等待第一次调用…</translation>
    </message>
    <message>
        <location filename="../qml/GetStartedPage.qml" line="119"/>
        <source>Set-up snippets</source>
        <translation>配置代码片段</translation>
    </message>
</context>
<context>
    <name>KeyBudgetPopup</name>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="35"/>
        <source>Monthly budget of %1</source>
        <translation>%1 的月度预算</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="40"/>
        <source>US dollars per calendar month, shown against what the key spent this month.</source>
        <translation>单位为美元/自然月，与该密钥本月的花费对比显示。</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="47"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="49"/>
        <source>Monthly budget in US dollars</source>
        <translation>月度预算（美元）</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="64"/>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="66"/>
        <source>Remove the budget of %1</source>
        <translation>移除 %1 的预算</translation>
    </message>
    <message>
        <location filename="../qml/KeyBudgetPopup.qml" line="68"/>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>%1（已禁用）</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="85"/>
        <source>%1 requests, %2, %3 of spend, last used %4</source>
        <translation>%1 次调用，%2，占花费的 %3，上次使用：%4</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="88"/>
        <source>%1 of %2 budget this month</source>
        <translation>本月已用 %1，预算 %2</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="137"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="148"/>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="150"/>
        <source>Give this key a label (F2)</source>
        <translation>为此密钥设置标签 (F2)</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="169"/>
        <source>Label for %1</source>
        <translation>%1 的标签</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="193"/>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="194"/>
        <source>of %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="203"/>
        <source>This month&apos;s spend against the monthly budget: click (or B) to change it</source>
        <translation>本月花费与月度预算对比：点击（或按 B）可更改预算</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="213"/>
        <source>Cost per day</source>
        <translation>每日费用</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="221"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="224"/>
        <source>Dashboard of %1</source>
        <translation>%1 的仪表板</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="227"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="230"/>
        <source>Logs of %1</source>
        <translation>%1 的日志</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="237"/>
        <source>More actions for %1</source>
        <translation>%1 的更多操作</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="239"/>
        <source>Budget, disable or enable (menu key)</source>
        <translation>预算、禁用或启用（菜单键）</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="246"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="247"/>
        <source>Set monthly budget…</source>
        <translation>设置月度预算…</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Enable key</source>
        <translation>启用密钥</translation>
    </message>
    <message>
        <location filename="../qml/KeyRow.qml" line="250"/>
        <source>Disable key</source>
        <translation>禁用密钥</translation>
    </message>
</context>
<context>
    <name>KeyStatsModel</name>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="116"/>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="193"/>
        <source>The label could not be saved</source>
        <translation>无法保存标签</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="232"/>
        <source>A budget is an amount of US dollars, such as 20 or 12.50; leave it empty for none.</source>
        <translation>预算是以美元计的金额，例如 20 或 12.50；留空表示不设预算。</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="258"/>
        <source>The setting could not be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="383"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="388"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="390"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/keystatsmodel.cpp" line="392"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/keystatsmodel.cpp" line="395"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../qml/KeysPage.qml" line="47"/>
        <location filename="../qml/KeysPage.qml" line="98"/>
        <source>Client keys</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="50"/>
        <source>%1 spent, %2</source>
        <translation>%2 花费 %1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="56"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="64"/>
        <source>⚠ The ledger could not be read: %1</source>
        <translation>⚠ 无法读取账本：%1</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="72"/>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>Requests</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="73"/>
        <source>success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="74"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="75"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="76"/>
        <source>of budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="77"/>
        <source>p50 / p95</source>
        <translation>p50 / p95</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="78"/>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>Per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="81"/>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="99"/>
        <source>Enter opens the key&apos;s dashboard, L its logs, F2 renames it, B sets its budget, the menu key disables or enables it</source>
        <translation>Enter 打开密钥的仪表板，L 打开其日志，F2 重命名，B 设置预算，菜单键禁用或启用密钥</translation>
    </message>
    <message>
        <location filename="../qml/KeysPage.qml" line="118"/>
        <source>No client keys yet: keys appear here once a tool calls the proxy with its own API key</source>
        <translation>尚无客户端密钥：工具使用自己的 API 密钥调用代理后，密钥会显示在这里</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../qml/KpiCard.qml" line="49"/>
        <source>%1 vs previous</source>
        <translation>较上期 %1</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Total cost</source>
        <translation>总费用</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="90"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Requests</source>
        <translation>调用次数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="91"/>
        <source>Cost per 1K tokens</source>
        <translation>每千 Token 费用</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Average per day</source>
        <translation>日均</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="92"/>
        <source>Cache savings</source>
        <translation>缓存节省</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="93"/>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="94"/>
        <source>Time to first token</source>
        <translation>首 Token 时间</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Output speed</source>
        <translation>输出速度</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="95"/>
        <source>Cache hit rate</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="98"/>
        <source>What the priced calls of the period cost</source>
        <translation>此时间段内已计价调用的费用</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="99"/>
        <source>Prompt and output tokens, cached ones included</source>
        <translation>提示和输出 Token，含缓存 Token</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="100"/>
        <source>Calls through the proxy, failed ones included</source>
        <translation>经过代理的调用，含失败的调用</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="101"/>
        <source>Cost divided by thousands of tokens</source>
        <translation>费用除以 Token 数（以千计）</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="102"/>
        <source>Total cost divided by the days of the period</source>
        <translation>总费用除以时间段的天数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="103"/>
        <source>What prompt caching and the response cache saved against full price</source>
        <translation>提示缓存和响应缓存相对全价节省的金额</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="104"/>
        <source>Share of calls answered with an error or not at all</source>
        <translation>返回错误或无响应的调用所占比例</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="105"/>
        <source>Median time from request to complete answer</source>
        <translation>从请求到完整响应的时间中位数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="106"/>
        <source>95th percentile of the time to a complete answer</source>
        <translation>到完整响应的时间的第 95 百分位数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="107"/>
        <source>Median time to the first streamed event</source>
        <translation>到第一个流式事件的时间中位数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="108"/>
        <source>Output tokens per second of generation</source>
        <translation>生成期间每秒输出的 Token 数</translation>
    </message>
    <message>
        <location filename="../app/kpimodel.cpp" line="109"/>
        <source>Share of calls answered from LLM Ledger&apos;s response cache</source>
        <translation>由 LLM Ledger 响应缓存应答的调用占比</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/kpimodel.cpp" line="122"/>
        <source>%n call(s) without a known price are not included</source>
        <translation>
            <numerusform>未包含 %n 个没有已知价格的调用</numerusform>
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
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../app/languagemanager.cpp" line="67"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
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
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <location filename="../qml/LoadingIndicator.qml" line="22"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="14"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="15"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="16"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="17"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="18"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="21"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="24"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="25"/>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="26"/>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="27"/>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="28"/>
        <source>Errors and no answer</source>
        <translation>错误和无响应</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="31"/>
        <source>Streamed or not</source>
        <translation>流式或非流式</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="32"/>
        <location filename="../qml/LogFilterBar.qml" line="143"/>
        <source>Streamed</source>
        <translation>流式</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="33"/>
        <source>Not streamed</source>
        <translation>非流式</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="36"/>
        <source>Cache hit or not</source>
        <translation>缓存命中或未命中</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="37"/>
        <location filename="../qml/LogFilterBar.qml" line="149"/>
        <source>Cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="38"/>
        <source>No cache hit</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="84"/>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="116"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="124"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="130"/>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="137"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="158"/>
        <source>Search id, model, error, user agent</source>
        <translation>搜索 ID、模型、错误、User agent</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="160"/>
        <source>Search calls</source>
        <translation>搜索调用</translation>
    </message>
    <message>
        <location filename="../qml/LogFilterBar.qml" line="165"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <location filename="../qml/LogsPage.qml" line="40"/>
        <location filename="../qml/LogsPage.qml" line="80"/>
        <source>Request log</source>
        <translation>调用日志</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="197"/>
        <source>Recorded calls</source>
        <translation>已记录的调用</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="253"/>
        <source>No calls match these filters.</source>
        <translation>没有符合这些筛选条件的调用。</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="254"/>
        <source>No calls recorded yet.</source>
        <translation>尚未记录任何调用。</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="92"/>
        <source>The log could not be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="100"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="101"/>
        <source>%n call(s) shown; scroll for more</source>
        <translation>
            <numerusform>已显示 %n 个调用；滚动以加载更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/LogsPage.qml" line="102"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="105"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="106"/>
        <source>Export the filtered log as CSV</source>
        <translation>将筛选后的日志导出为 CSV</translation>
    </message>
    <message>
        <location filename="../qml/LogsPage.qml" line="272"/>
        <source>Call details</source>
        <translation>调用详情</translation>
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
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Get started</source>
        <translation>快速开始</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="85"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Pricing</source>
        <translation>定价</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="86"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PriceEditDialog</name>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Add a model&apos;s price</source>
        <translation>添加模型价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="40"/>
        <source>Edit the price of %1</source>
        <translation>编辑 %1 的价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="52"/>
        <source>Save the price</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="76"/>
        <source>US dollars per million tokens. Input and output are required; leave the others empty when the provider has no separate price (cache reads and writes then cost the input price, reasoning the output price).</source>
        <translation>单位为美元/百万 Token。输入和输出为必填项；提供商没有单独价格时，其余项留空（此时缓存读取和写入按输入价格计费，推理按输出价格计费）。</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="85"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="90"/>
        <source>as clients send it, e.g. gpt-4o</source>
        <translation>与客户端发送的一致，例如 gpt-4o</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="91"/>
        <source>Model name</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="94"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="95"/>
        <source>Input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="96"/>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="97"/>
        <source>Cached input price</source>
        <translation>缓存输入价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="98"/>
        <source>Cache write (5 min)</source>
        <translation>缓存写入（5 分钟）</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="99"/>
        <source>Cache write price, 5-minute TTL</source>
        <translation>缓存写入价格，5 分钟 TTL</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="100"/>
        <source>Cache write (1 h)</source>
        <translation>缓存写入（1 小时）</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="101"/>
        <source>Cache write price, 1-hour TTL</source>
        <translation>缓存写入价格，1 小时 TTL</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="102"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="103"/>
        <source>Output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="104"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../qml/PriceEditDialog.qml" line="105"/>
        <source>Reasoning price</source>
        <translation>推理价格</translation>
    </message>
</context>
<context>
    <name>PriceEditor</name>
    <message>
        <location filename="../app/priceeditor.cpp" line="60"/>
        <source>%1: “%2” is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="62"/>
        <source>%1: a price cannot be negative</source>
        <translation>%1：价格不能为负数</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="150"/>
        <location filename="../app/priceeditor.cpp" line="223"/>
        <location filename="../app/priceeditor.cpp" line="270"/>
        <source>Wait until the running import or re-pricing has finished</source>
        <translation>请等待正在进行的导入或重新计价完成</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="175"/>
        <source>Enter the model&apos;s name, as clients send it (e.g. gpt-4o)</source>
        <translation>输入模型名称，与客户端发送的一致（例如 gpt-4o）</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="177"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="178"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="179"/>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="180"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="181"/>
        <source>Cache write (1 h)</source>
        <translation>缓存写入（1 小时）</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="182"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="186"/>
        <source>Input and output prices are required (dollars per million tokens)</source>
        <translation>输入和输出价格为必填项（美元/百万 Token）</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="192"/>
        <source>%1 is priced in %2 (“prices”), which takes precedence over the price list: change it there</source>
        <translation>%1 已在 %2 中定价（“prices”），其优先级高于价格表：请在那里修改</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="200"/>
        <source>Saved the price of %1</source>
        <translation>已保存 %1 的价格</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="210"/>
        <source>%1 has no entry in %2</source>
        <translation>%1 在 %2 中没有条目</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="216"/>
        <source>Removed the override of %1: the built-in price applies again</source>
        <translation>已移除 %1 的覆盖：重新使用内置价格</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="217"/>
        <source>Removed %1 from the price list</source>
        <translation>已从价格表中移除 %1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="225"/>
        <source>Choose a local file to import (got %1)</source>
        <translation>请选择要导入的本地文件（收到的是 %1）</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="227"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="243"/>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="246"/>
        <source>Imported %n model price(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个模型价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/priceeditor.cpp" line="248"/>
        <source>(%n entry(s) without per-token prices skipped)</source>
        <translation>
            <numerusform>（已跳过 %n 个没有按 Token 价格的条目）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="272"/>
        <source>Re-pricing stored calls…</source>
        <translation>正在重新计价已存储的调用…</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="285"/>
        <source>Re-pricing failed: %1</source>
        <translation>重新计价失败：%1</translation>
    </message>
    <message>
        <location filename="../app/priceeditor.cpp" line="288"/>
        <source>Re-priced %1 of %2 calls: %3 → %4; calls without a price: %5 → %6</source>
        <translation>已重新计价 %1 / %2 个调用：%3 → %4；无价格的调用：%5 → %6</translation>
    </message>
</context>
<context>
    <name>PriceListModel</name>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="95"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="97"/>
        <source>Override</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="99"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../app/pricelistmodel.cpp" line="101"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>PriceTableHeader</name>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="31"/>
        <source>Sort by %1</source>
        <translation>按%1排序</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="44"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="46"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="47"/>
        <source>Cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="48"/>
        <source>Cache write</source>
        <translation>缓存写入</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="49"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="53"/>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <location filename="../qml/PriceTableHeader.qml" line="60"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <location filename="../qml/PricingPage.qml" line="26"/>
        <location filename="../qml/PricingPage.qml" line="80"/>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="57"/>
        <source>Import a LiteLLM price list</source>
        <translation>导入 LiteLLM 价格表</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="58"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="84"/>
        <source>Add model…</source>
        <translation>添加模型…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="89"/>
        <source>Import LiteLLM JSON…</source>
        <translation>导入 LiteLLM JSON…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="92"/>
        <source>Merges a LiteLLM model_prices_and_context_window.json into your price overrides</source>
        <translation>将 LiteLLM 的 model_prices_and_context_window.json 合并到你的价格覆盖中</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="95"/>
        <source>Re-price calls…</source>
        <translation>重新计价调用…</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="105"/>
        <source>US dollars per million tokens. Your changes go to %1 and apply to new calls; the config&apos;s “prices” take precedence.</source>
        <translation>单位为美元/百万 Token。你的修改保存到 %1 并应用于新的调用；配置中的“prices”优先。</translation>
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
        <translation>搜索模型或提供商</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/PricingPage.qml" line="136"/>
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="163"/>
        <source>Model prices</source>
        <translation>模型价格</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="164"/>
        <source>Enter or F2 edits the price, Delete removes an override</source>
        <translation>Enter 或 F2 编辑价格，Delete 移除覆盖</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="200"/>
        <source>%1: input %2, cached input %3, output %4 per million tokens, %5</source>
        <translation>%1：每百万 Token 输入 %2，缓存输入 %3，输出 %4，%5</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="251"/>
        <source>1-hour cache writes: %1</source>
        <translation>1 小时缓存写入：%1</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="272"/>
        <source>Edit the price of %1</source>
        <translation>编辑 %1 的价格</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="274"/>
        <source>Edit the price (Enter)</source>
        <translation>编辑价格 (Enter)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="281"/>
        <source>Remove the override of %1</source>
        <translation>移除 %1 的覆盖</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="284"/>
        <source>Remove override: back to the built-in price (Delete)</source>
        <translation>移除覆盖：恢复为内置价格 (Delete)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="285"/>
        <source>Remove override: the model will have no price (Delete)</source>
        <translation>移除覆盖：该模型将没有价格 (Delete)</translation>
    </message>
    <message>
        <location filename="../qml/PricingPage.qml" line="298"/>
        <source>No model matches “%1”</source>
        <translation>没有匹配“%1”的模型</translation>
    </message>
</context>
<context>
    <name>ProviderEditor</name>
    <message>
        <location filename="../app/providereditor.cpp" line="43"/>
        <location filename="../app/providereditor.cpp" line="55"/>
        <source>There is no provider %1.</source>
        <translation>不存在提供商 %1。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="106"/>
        <source>models: name at least one model or pattern, such as * for all.</source>
        <translation>models：至少指定一个模型或模式，例如 * 表示全部。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="117"/>
        <source>api_key: a key typed here is kept in the OS keychain; choose the keychain as the key source.</source>
        <translation>api_key：在此输入的密钥保存在系统钥匙串中；请选择钥匙串作为密钥来源。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="122"/>
        <source>api_key: no OS keychain is available here; use an environment variable.</source>
        <translation>api_key：此处没有可用的系统钥匙串；请使用环境变量。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="133"/>
        <source>The OS keychain did not store the key: %1; nothing was changed.</source>
        <translation>系统钥匙串未能存储密钥：%1；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../app/providereditor.cpp" line="185"/>
        <source>The OS keychain did not delete the key: %1</source>
        <translation>系统钥匙串未能删除密钥：%1</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>New provider</source>
        <translation>新建提供商</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="72"/>
        <source>Edit provider</source>
        <translation>编辑提供商</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="80"/>
        <source>e.g. groq</source>
        <translation>例如 groq</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="81"/>
        <source>Provider name</source>
        <translation>提供商名称</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="83"/>
        <location filename="../qml/ProviderForm.qml" line="91"/>
        <source>API style</source>
        <translation>API 风格</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="89"/>
        <source>OpenAI-style (/v1/chat/completions …)</source>
        <translation>OpenAI 风格 (/v1/chat/completions …)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="90"/>
        <source>Anthropic-style (/v1/messages)</source>
        <translation>Anthropic 风格 (/v1/messages)</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="93"/>
        <location filename="../qml/ProviderForm.qml" line="99"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="101"/>
        <source>Models (comma-separated, * and ? match any)</source>
        <translation>模型（逗号分隔，* 和 ? 为通配符）</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="105"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="107"/>
        <location filename="../qml/ProviderForm.qml" line="135"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="114"/>
        <source>The client&apos;s own key</source>
        <translation>客户端自己的密钥</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="115"/>
        <source>Stored in the OS keychain</source>
        <translation>存储在系统钥匙串中</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="116"/>
        <location filename="../qml/ProviderForm.qml" line="125"/>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="117"/>
        <source>None (local server)</source>
        <translation>无（本地服务器）</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="118"/>
        <source>Key source</source>
        <translation>密钥来源</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="124"/>
        <source>Variable name, e.g. GROQ_API_KEY</source>
        <translation>变量名，例如 GROQ_API_KEY</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="133"/>
        <source>Stored: %1 (type to replace)</source>
        <translation>已存储：%1（输入以替换）</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="134"/>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="139"/>
        <source>Local (free): calls cost nothing</source>
        <translation>本地（免费）：调用不产生费用</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="152"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="165"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../qml/ProviderForm.qml" line="175"/>
        <source>Delete stored key</source>
        <translation>删除已存储的密钥</translation>
    </message>
</context>
<context>
    <name>ProviderListModel</name>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="114"/>
        <source>the client&apos;s own key</source>
        <translation>客户端自己的密钥</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain (no key stored)</source>
        <translation>钥匙串（未存储密钥）</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="117"/>
        <source>keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="120"/>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="122"/>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="139"/>
        <source>No calls in the last 24 hours</source>
        <translation>最近 24 小时内没有调用</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/providerlistmodel.cpp" line="140"/>
        <source>%n call(s) in 24 h · %1 % errors</source>
        <translation>
            <numerusform>24 小时内 %n 次调用 · 错误率 %1 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="149"/>
        <source>Last call %1</source>
        <translation>上次调用：%1</translation>
    </message>
    <message>
        <location filename="../app/providerlistmodel.cpp" line="152"/>
        <source>Never called</source>
        <translation>从未调用</translation>
    </message>
</context>
<context>
    <name>ProviderRow</name>
    <message>
        <location filename="../qml/ProviderRow.qml" line="49"/>
        <source>%1 (local, free)</source>
        <translation>%1（本地，免费）</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>Anthropic-style</source>
        <translation>Anthropic 风格</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="55"/>
        <source>OpenAI-style</source>
        <translation>OpenAI 风格</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="62"/>
        <source>Models: %1 · Key: %2</source>
        <translation>模型：%1 · 密钥：%2</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="75"/>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="81"/>
        <source>Move %1 up</source>
        <translation>上移 %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="89"/>
        <source>Move %1 down</source>
        <translation>下移 %1</translation>
    </message>
    <message>
        <location filename="../qml/ProviderRow.qml" line="96"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="27"/>
        <location filename="../qml/ProvidersPage.qml" line="74"/>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="31"/>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <location filename="../qml/ProvidersPage.qml" line="43"/>
        <source>A call goes to the first provider of its API style whose models match. Changes apply to the running proxy at once.</source>
        <translation>调用会发送到与其 API 风格相同且模型匹配的第一个提供商。更改会立即应用于正在运行的代理。</translation>
    </message>
</context>
<context>
    <name>ProxyRuntime</name>
    <message>
        <location filename="../app/proxyruntime.cpp" line="146"/>
        <source>The response cache is off: cannot open %1: %2</source>
        <translation>响应缓存已关闭：无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="223"/>
        <source>The new configuration was not applied; the proxy keeps running with the previous one. %1</source>
        <translation>新配置未生效；代理继续使用之前的配置运行。%1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="229"/>
        <source>The new prices were not applied; the proxy keeps the previous ones. %1</source>
        <translation>新价格未生效；代理继续使用之前的价格。%1</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="261"/>
        <source>The proxy stays on %1: %2</source>
        <translation>代理仍保持在 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/proxyruntime.cpp" line="278"/>
        <source>Cannot read which client keys are disabled: %1</source>
        <translation>无法读取哪些客户端密钥已禁用：%1</translation>
    </message>
</context>
<context>
    <name>ProxyStatus</name>
    <message numerus="yes">
        <location filename="../app/proxystatus.cpp" line="55"/>
        <source> (+%n call(s) without a known price)</source>
        <translation>
            <numerusform>（另有 %n 个没有已知价格的调用）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="69"/>
        <source>%1  %2 %3 · %4 · %5 tokens · %6 ms</source>
        <translation>%1  %2 %3 · %4 · %5 Token · %6 ms</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="81"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="83"/>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="88"/>
        <source>Paused (%1 accepts no new calls)</source>
        <translation>已暂停（%1 不接受新调用）</translation>
    </message>
    <message>
        <location filename="../app/proxystatus.cpp" line="89"/>
        <source>Listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <location filename="../qml/RangeBar.qml" line="20"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="26"/>
        <source>From (YYYY-MM-DD)</source>
        <translation>开始 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="28"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="34"/>
        <source>To (YYYY-MM-DD)</source>
        <translation>结束 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/RangeBar.qml" line="36"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>RepriceDialog</name>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="13"/>
        <source>Re-price stored calls</source>
        <translation>重新计价已存储的调用</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="26"/>
        <source>Re-price</source>
        <translation>重新计价</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="29"/>
        <source>Re-price the calls of the chosen period</source>
        <translation>重新计价所选时间段的调用</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="32"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="53"/>
        <source>Computes the cost of recorded calls again from their token counts and today&apos;s prices. Use it after correcting a price or adding a missing one; calls whose cost does not change are left alone.</source>
        <translation>根据已记录调用的 Token 数和当前价格重新计算其费用。可在更正价格或补充缺失价格后使用；费用不变的调用保持原样。</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="59"/>
        <source>All recorded calls</source>
        <translation>所有已记录的调用</translation>
    </message>
    <message>
        <location filename="../qml/RepriceDialog.qml" line="60"/>
        <source>Calls to re-price</source>
        <translation>要重新计价的调用</translation>
    </message>
</context>
<context>
    <name>RetentionScheduler</name>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="66"/>
        <source>Old calls could not be deleted: %1</source>
        <translation>无法删除旧调用：%1</translation>
    </message>
    <message>
        <location filename="../app/retentionscheduler.cpp" line="76"/>
        <source>%1: retention is off, all calls are kept.</source>
        <translation>%1：保留期已关闭，保留所有调用。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="78"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 个调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/retentionscheduler.cpp" line="80"/>
        <source>%1: deleted %2 older than %Ln day(s).</source>
        <translation>
            <numerusform>%1：已删除 %Ln 天前的 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/SettingsPage.qml" line="89"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="102"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="108"/>
        <source>Saved in %1. The running proxy applies changes without a restart; --port and --listen on the command line override these values.</source>
        <translation>保存在 %1 中。正在运行的代理无需重启即可应用更改；命令行中的 --port 和 --listen 会覆盖这些值。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="111"/>
        <location filename="../qml/SettingsPage.qml" line="116"/>
        <source>Listen address</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="120"/>
        <source>127.0.0.1 accepts calls from this computer only; 0.0.0.0 from every machine that can reach it.</source>
        <translation>127.0.0.1 仅接受来自本机的调用；0.0.0.0 接受来自所有可访问本机的计算机的调用。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="122"/>
        <location filename="../qml/SettingsPage.qml" line="130"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="135"/>
        <source>Request bodies</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="138"/>
        <source>Record request and response bodies</source>
        <translation>记录请求和响应正文</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="145"/>
        <source>Stream usage</source>
        <translation>流式用量</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="147"/>
        <source>Ask OpenAI-style streams for exact token counts</source>
        <translation>要求 OpenAI 风格的流返回精确的 Token 数</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="153"/>
        <source>The usage chunk is removed before it reaches your tool. Off: such streams are recorded with estimated tokens.</source>
        <translation>用量数据块会在到达你的工具之前被移除。关闭时：此类流将以估算的 Token 数记录。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="156"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="168"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="171"/>
        <source>Keep calls for</source>
        <translation>调用保留时长</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="177"/>
        <source>Days to keep calls, 0 for all</source>
        <translation>调用保留天数，0 表示全部保留</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="182"/>
        <source>days (0: keep every call)</source>
        <translation>天（0：保留所有调用）</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="186"/>
        <source>Delete now</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="188"/>
        <source>Delete calls older than the retention now</source>
        <translation>立即删除超过保留期的调用</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="199"/>
        <source>Older calls and their bodies are deleted a minute after start and every 6 hours. The dashboards&apos; hourly and daily totals keep counting them; only the log loses them.</source>
        <translation>较旧的调用及其正文会在启动一分钟后删除，之后每 6 小时删除一次。仪表板中的每小时和每日汇总仍会计入这些调用；只有日志中不再显示。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="205"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="211"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="214"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="216"/>
        <source>Open the database folder</source>
        <translation>打开数据库所在文件夹</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="221"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="225"/>
        <source>Database size: %1</source>
        <translation>数据库大小：%1</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="228"/>
        <source>The file does not shrink when calls are deleted: their space is reused for new ones. --data-dir moves the data.</source>
        <translation>删除调用后文件不会缩小：其空间会被新调用重用。--data-dir 可移动数据位置。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="232"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="235"/>
        <location filename="../qml/SettingsPage.qml" line="240"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="245"/>
        <location filename="../qml/SettingsPage.qml" line="252"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="250"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="257"/>
        <source>At login</source>
        <translation>登录时</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="259"/>
        <source>Start LLM Ledger when I log in</source>
        <translation>登录时启动 LLM Ledger</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="268"/>
        <source>Not supported on this system yet.</source>
        <translation>此系统暂不支持。</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="271"/>
        <source>Tray</source>
        <translation>托盘</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="273"/>
        <source>Start minimised to the tray</source>
        <translation>启动时最小化到托盘</translation>
    </message>
    <message>
        <location filename="../qml/SettingsPage.qml" line="279"/>
        <source>Applies when LLM Ledger starts at login: the proxy records, the window stays closed until you open it from the tray.</source>
        <translation>在登录时启动 LLM Ledger 时生效：代理照常记录，窗口保持关闭，直到你从托盘打开它。</translation>
    </message>
</context>
<context>
    <name>ShareList</name>
    <message>
        <location filename="../qml/ShareList.qml" line="19"/>
        <source>No calls in this period</source>
        <translation>此时间段内没有调用</translation>
    </message>
    <message>
        <location filename="../qml/ShareList.qml" line="42"/>
        <source>%1 calls</source>
        <translation>%1 次调用</translation>
    </message>
</context>
<context>
    <name>SnippetCard</name>
    <message>
        <location filename="../qml/SnippetCard.qml" line="26"/>
        <source>Copy</source>
        <translation>复制</translation>
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
        <translation>Cursor 的许多调用从其自己的服务器发出，无法访问 127.0.0.1；只有 Cursor 从你的计算机发出的调用才会经过 LLM Ledger。</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../app/timerangeselection.cpp" line="151"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../app/trayicon.cpp" line="14"/>
        <source>Open window</source>
        <translation>打开窗口</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="18"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="99"/>
        <source>Today: the ledger cannot be read</source>
        <translation>今日：无法读取账本</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="101"/>
        <source>Today: %1</source>
        <translation>今日：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/trayicon.cpp" line="103"/>
        <source>Today: %1 · %Ln request(s)</source>
        <translation>
            <numerusform>今日：%1 · %Ln 次调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Resume proxy</source>
        <translation>恢复代理</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="106"/>
        <source>Pause proxy</source>
        <translation>暂停代理</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="108"/>
        <source>LLM Ledger</source>
        <translation>LLM Ledger</translation>
    </message>
    <message>
        <location filename="../app/trayicon.cpp" line="110"/>
        <source>Proxy paused</source>
        <translation>代理已暂停</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../qml/TrendBars.qml" line="18"/>
        <source>No calls yet</source>
        <translation>尚无调用</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="44"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="47"/>
        <source>%1 (so far)</source>
        <translation>%1（截至目前）</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="48"/>
        <source>%1, %2 calls</source>
        <translation>%1，%2 次调用</translation>
    </message>
    <message>
        <location filename="../qml/TrendBars.qml" line="49"/>
        <source>%1 vs the period before</source>
        <translation>较上一时间段 %1</translation>
    </message>
</context>
<context>
    <name>UrlCard</name>
    <message>
        <location filename="../qml/UrlCard.qml" line="32"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>UsageGroupModel</name>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="66"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../app/usagegroupmodel.cpp" line="110"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UsageSeriesModel</name>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="41"/>
        <source>Tokens (billions)</source>
        <translation>Token（十亿）</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="42"/>
        <source>Tokens (millions)</source>
        <translation>Token（百万）</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="43"/>
        <source>Tokens (thousands)</source>
        <translation>Token（千）</translation>
    </message>
    <message>
        <location filename="../app/usageseriesmodel.cpp" line="44"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
</context>
</TS>
