#include "clienttool.h"

#include <QTest>

class TestClientTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognise_data();
    void recognise();
    void emptyUserAgentNamesNoTool();
};

void TestClientTool::recognise_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("tool");

    const auto row = [](const char *name, const char *userAgent, const char *tool) {
        QTest::newRow(name) << QByteArray(userAgent) << QString::fromLatin1(tool);
    };
    // User-Agent strings as the tools send them.
    row("claude code", "claude-cli/1.0.98 (external, cli)", "claude-code");
    row("codex", "codex_cli_rs/0.36.0 (Debian 12; x86_64) xterm", "codex");
    row("openai python", "OpenAI/Python 1.54.3", "openai-python");
    row("openai node", "OpenAI/JS 4.77.0", "openai-node");
    row("anthropic python", "Anthropic/Python 0.39.0", "anthropic-python");
    row("anthropic node", "Anthropic/JS 0.32.1", "anthropic-node");
    row("curl", "curl/7.88.1", "curl");
    row("curl upper case", "CURL/8.5.0", "curl");
    // aider sends its own name before the OpenAI SDK's agent string.
    row("aider", "aider/0.63.1 OpenAI/Python 1.54.3", "aider");
    row("python-requests", "python-requests/2.31.0", "python-requests");
    row("browser", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "other");
    row("go", "Go-http-client/1.1", "other");
    row("node fetch", "node", "other");
}

void TestClientTool::recognise()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, tool);
    QCOMPARE(ClientTool::recognise(userAgent), tool);
}

void TestClientTool::emptyUserAgentNamesNoTool()
{
    // No User-Agent at all is not "other": reports leave the tool blank.
    QVERIFY(ClientTool::recognise(QByteArray()).isEmpty());
    QVERIFY(ClientTool::recognise(QByteArray("")).isEmpty());
}

QTEST_GUILESS_MAIN(TestClientTool)
#include "tst_clienttool.moc"
