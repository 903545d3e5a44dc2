#include "snippetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The set-up snippets: every one carries the proxy's real base URL, with /v1 for
// OpenAI-style clients and without for Anthropic-style ones.
class TestSnippetModel : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const SnippetModel &model, const QString &title)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(SnippetModel::TitleRole).toString() == title)
                return row;
        }
        return -1;
    }

    static QString code(const SnippetModel &model, const QString &title)
    {
        const int row = rowOf(model, title);
        return row < 0 ? QString() : model.index(row).data(SnippetModel::CodeRole).toString();
    }

    SnippetModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new SnippetModel(this);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, m_model);
    }

    void cleanup()
    {
        delete m_model;
        m_model = nullptr;
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 9);
        QCOMPARE(m_model->rowCount(m_model->index(0)), 0); // a list: no children
        const QHash<int, QByteArray> roles = m_model->roleNames();
        QCOMPARE(roles.value(SnippetModel::TitleRole), QByteArray("title"));
        QCOMPARE(roles.value(SnippetModel::LanguageRole), QByteArray("language"));
        QCOMPARE(roles.value(SnippetModel::CodeRole), QByteArray("code"));
        QCOMPARE(roles.value(SnippetModel::NoteRole), QByteArray("note"));
        QVERIFY(int(SnippetModel::TitleRole) >= Qt::UserRole);

        QSet<QString> titles;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            const QString title = index.data(SnippetModel::TitleRole).toString();
            QVERIFY(!title.isEmpty());
            titles.insert(title);
            QVERIFY(!index.data(SnippetModel::LanguageRole).toString().isEmpty());
            QVERIFY(!index.data(SnippetModel::CodeRole).toString().isEmpty());
            QVERIFY(index.data(SnippetModel::NoteRole).canConvert<QString>());
            QVERIFY(!index.data(Qt::DisplayRole).isValid());
        }
        QCOMPARE(titles.size(), 9);
        QVERIFY(!m_model->index(rowOf(*m_model, QStringLiteral("Cursor")))
                     .data(SnippetModel::NoteRole)
                     .toString()
                     .isEmpty());
    }

    void defaultUrlBeforeListening()
    {
        QCOMPARE(m_model->baseUrl(), QString());
        QCOMPARE(code(*m_model, QStringLiteral("Claude Code")),
                 QStringLiteral("export ANTHROPIC_BASE_URL=http://127.0.0.1:8788\nclaude"));
        QVERIFY(code(*m_model, QStringLiteral("curl"))
                    .startsWith(QLatin1String("curl http://127.0.0.1:8788/v1/chat/completions")));
    }

    void urlStyles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("openAiStyle");
        QTest::addColumn<bool>("anthropicStyle");
        QTest::newRow("OpenAI Python") << QStringLiteral("OpenAI SDK (Python)") << true << false;
        QTest::newRow("OpenAI JS") << QStringLiteral("OpenAI SDK (JavaScript)") << true << false;
        QTest::newRow("Anthropic")
            << QStringLiteral("Anthropic SDK (Python / JavaScript)") << false << true;
        QTest::newRow("Claude Code") << QStringLiteral("Claude Code") << false << true;
        QTest::newRow("Codex") << QStringLiteral("Codex CLI") << true << false;
        QTest::newRow("aider") << QStringLiteral("aider") << true << true;
        QTest::newRow("Continue") << QStringLiteral("Continue") << true << false;
        QTest::newRow("Cursor") << QStringLiteral("Cursor") << true << false;
        QTest::newRow("curl") << QStringLiteral("curl") << true << false;
    }

    void urlStyles()
    {
        QFETCH(QString, title);
        QFETCH(bool, openAiStyle);
        QFETCH(bool, anthropicStyle);
        const QString root = QStringLiteral("http://127.0.0.1:40123");
        m_model->setBaseUrl(root);
        const QString text = code(*m_model, title);
        QVERIFY2(!text.isEmpty(), qPrintable(title));
        QVERIFY2(!text.contains(QLatin1String("%1")) && !text.contains(QLatin1String("%2")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("8788")), qPrintable(text));
        QCOMPARE(text.contains(root + QLatin1String("/v1")), openAiStyle);
        // An Anthropic-style URL is the root, never followed by /v1.
        const qsizetype bare = text.count(root) - text.count(root + QLatin1String("/v1"));
        QCOMPARE(bare > 0, anthropicStyle);
    }

    void exactLines()
    {
        m_model->setBaseUrl(QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(code(*m_model, QStringLiteral("Claude Code")),
                 QStringLiteral("export ANTHROPIC_BASE_URL=http://127.0.0.1:40123\nclaude"));
        QVERIFY(code(*m_model, QStringLiteral("Codex CLI"))
                    .contains(QLatin1String("base_url = \"http://127.0.0.1:40123/v1\"\n")));
        QVERIFY(code(*m_model, QStringLiteral("OpenAI SDK (Python)"))
                    .contains(QLatin1String("OpenAI(base_url=\"http://127.0.0.1:40123/v1\")")));
        QVERIFY(code(*m_model, QStringLiteral("Anthropic SDK (Python / JavaScript)"))
                    .contains(
                        QLatin1String("anthropic.Anthropic(base_url=\"http://127.0.0.1:40123\")")));
        QVERIFY(
            code(*m_model, QStringLiteral("aider"))
                .startsWith(QLatin1String("aider --openai-api-base http://127.0.0.1:40123/v1\n")));
        QVERIFY(code(*m_model, QStringLiteral("curl"))
                    .startsWith(QLatin1String("curl http://127.0.0.1:40123/v1/chat/completions ")));
    }

    void setBaseUrlSignals()
    {
        QSignalSpy baseUrlChanged(m_model, &SnippetModel::baseUrlChanged);
        QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

        m_model->setBaseUrl(QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(m_model->baseUrl(), QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(baseUrlChanged.count(), 1);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(reset.count(), 0);
        const QList<QVariant> args = dataChanged.first();
        QCOMPARE(args.at(0).toModelIndex(), m_model->index(0));
        QCOMPARE(args.at(1).toModelIndex(), m_model->index(m_model->rowCount() - 1));
        QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{SnippetModel::CodeRole});

        // The same value again: nothing.
        m_model->setBaseUrl(QStringLiteral("http://127.0.0.1:40123"));
        QCOMPARE(baseUrlChanged.count(), 1);
        QCOMPARE(dataChanged.count(), 1);

        // Back to "not listening".
        m_model->setBaseUrl(QString());
        QCOMPARE(baseUrlChanged.count(), 2);
        QCOMPARE(dataChanged.count(), 2);
        QVERIFY(code(*m_model, QStringLiteral("curl")).contains(QLatin1String(":8788/v1")));
    }

    void ipv6BaseUrl()
    {
        m_model->setBaseUrl(QStringLiteral("http://[::1]:40123"));
        QCOMPARE(code(*m_model, QStringLiteral("Claude Code")),
                 QStringLiteral("export ANTHROPIC_BASE_URL=http://[::1]:40123\nclaude"));
        QVERIFY(code(*m_model, QStringLiteral("Continue"))
                    .endsWith(QLatin1String("apiBase: http://[::1]:40123/v1")));
    }
};

QTEST_GUILESS_MAIN(TestSnippetModel)
#include "tst_snippetmodel.moc"
