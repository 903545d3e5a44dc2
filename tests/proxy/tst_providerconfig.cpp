#include "providerconfig.h"

#include <QTest>

class TestProviderConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globMatches_data();
    void globMatches();
    void servesModelTriesEveryPattern();
    void emptyModelListServesNothing();
};

void TestProviderConfig::globMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *pattern, const char *text, bool matches) {
        QTest::newRow(name) << QString::fromUtf8(pattern) << QString::fromUtf8(text) << matches;
    };
    row("exact", "gpt-4o", "gpt-4o", true);
    row("exact is not a prefix", "gpt-4o", "gpt-4o-mini", false);
    row("exact is not a suffix", "4o", "gpt-4o", false);
    row("case-insensitive", "GPT-4O", "gpt-4o", true);
    row("case-insensitive text", "claude-*", "Claude-Sonnet-4", true);
    row("case-insensitive non-ASCII", "mod\xc3\xa8le", "MOD\xc3\x88LE", true);
    row("star alone", "*", "anything at all", true);
    row("star matches empty", "*", "", true);
    row("empty pattern empty text", "", "", true);
    row("empty pattern", "", "a", false);
    row("pattern longer than text", "a", "", false);
    row("trailing star", "gpt-4o*", "gpt-4o-mini-2024-07-18", true);
    row("trailing star matches nothing more", "gpt-4o*", "gpt-4o", true);
    row("leading star", "*-mini", "gpt-4o-mini", true);
    row("leading star wrong end", "*-mini", "gpt-4o-mini-tts", false);
    row("star crosses slash", "openrouter/*", "openrouter/meta-llama/llama-3.1-70b", true);
    row("star crosses slash after prefix", "openrouter/*", "openrouter/", true);
    row("slash required", "openrouter/*", "openrouter", false);
    row("other prefix", "openrouter/*", "openai/gpt-4o", false);
    row("inner star crosses slash", "openrouter/*/llama-*", "openrouter/meta/x/llama-3", true);
    row("question mark one char", "qwen2.5-coder:?b", "qwen2.5-coder:7b", true);
    row("question mark not two", "qwen2.5-coder:?b", "qwen2.5-coder:14b", false);
    row("question mark not zero", "qwen2.5-coder:?b", "qwen2.5-coder:b", false);
    row("question mark matches slash", "a?b", "a/b", true);
    row("two stars", "a*b*c", "aXXbYYc", true);
    row("two stars missing end", "a*b*c", "aXXbYY", false);
    row("backtracking", "*aab", "aaab", true);
    row("backtracking middle", "a*ab*b", "aaabxxab", true);
    row("star then question", "*?", "", false);
    row("star then question one", "*?", "x", true);
    row("double star", "**", "x/y", true);
    row("same letter both ends", "a*a", "a", false);
    row("dot is literal", "gpt.4", "gpt-4", false);
    row("plus is literal", "a+b", "a+b", true);
    row("brackets are literal", "[abc]", "a", false);
    row("brackets match themselves", "[abc]", "[abc]", true);
}

void TestProviderConfig::globMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(::globMatches(pattern, text), matches);
}

void TestProviderConfig::servesModelTriesEveryPattern()
{
    ProviderConfig p;
    p.models = {QStringLiteral("llama-3.1-*"), QStringLiteral("mixtral-8x7b-32768"),
                QStringLiteral("gemma?-*")};
    QVERIFY(p.servesModel(QStringLiteral("llama-3.1-70b-versatile")));
    QVERIFY(p.servesModel(QStringLiteral("MIXTRAL-8x7b-32768")));
    QVERIFY(p.servesModel(QStringLiteral("gemma2-9b-it")));
    QVERIFY(!p.servesModel(QStringLiteral("llama-3.2-1b")));
    QVERIFY(!p.servesModel(QStringLiteral("mixtral-8x7b")));
    QVERIFY(!p.servesModel(QString()));
}

void TestProviderConfig::emptyModelListServesNothing()
{
    ProviderConfig p;
    QVERIFY(p.models.isEmpty());
    QVERIFY(!p.servesModel(QStringLiteral("gpt-4o")));
    QVERIFY(!p.servesModel(QString()));
}

QTEST_GUILESS_MAIN(TestProviderConfig)
#include "tst_providerconfig.moc"
