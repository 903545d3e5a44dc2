#include "apptestsupport.h"
#include "configdocument.h"
#include "connectiontester.h"
#include "keychainsecretstore.h"
#include "ledgerreader.h"
#include "providereditor.h"
#include "providerlistmodel.h"
#include "secretstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// ProviderListModel, ProviderEditor and ConnectionTester on a real config file, a fake
// keychain (and the real one when a Secret Service runs), a SQLite ledger of known rows
// and the in-process MockUpstream.
class TestProviderListModel : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        std::unique_ptr<ConfigDocument> document;
        std::unique_ptr<LedgerReader> ledger;
        std::unique_ptr<ProviderListModel> model;
        std::unique_ptr<ProviderEditor> editor;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Page makePage(SecretStore *secrets)
    {
        Page page;
        page.document = std::make_unique<ConfigDocument>(m_paths.configFile);
        page.ledger = std::make_unique<LedgerReader>(m_paths.databaseFile());
        page.model
            = std::make_unique<ProviderListModel>(page.document.get(), secrets, page.ledger.get());
        page.editor = std::make_unique<ProviderEditor>(page.document.get(), secrets);
        page.tester = std::make_unique<QAbstractItemModelTester>(
            page.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return page;
    }

    QJsonArray fileProviders() const
    {
        return QJsonDocument::fromJson(AppTest::readFile(m_paths.configFile))
            .object()
            .value(QLatin1String("providers"))
            .toArray();
    }

    static QStringList ids(const ProviderListModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(ProviderListModel::IdRole).toString();
        return ids;
    }

    static bool saveAndWait(ProviderEditor &editor, int row, const QString &id, const QString &kind,
                            const QString &baseUrl, const QString &models,
                            ProviderEditor::KeySource source, const QString &apiKey = {})
    {
        QSignalSpy saved(&editor, &ProviderEditor::saved);
        QSignalSpy failed(&editor, &ProviderEditor::failed);
        if (!editor.save(row, id, kind, baseUrl, models, source, {}, false, apiKey))
            return false;
        return QTest::qWaitFor([&] { return saved.count() + failed.count() > 0; }, 20000)
            && saved.count() == 1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    LedgerPaths m_paths;
    MockUpstream m_mock;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_mock.listen(), qPrintable(m_mock.errorString())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_paths = AppTest::pathsIn(*m_dir);
        QVERIFY(QDir().mkpath(m_paths.dataDir));
    }

    void firstEditWritesTheDefaults()
    {
        InMemorySecretStore secrets;
        Page page = makePage(&secrets);
        QCOMPARE(ids(*page.model),
                 (QStringList{QStringLiteral("openai"), QStringLiteral("anthropic")}));
        QVERIFY(!QFile::exists(m_paths.configFile));

        const QString key = QStringLiteral("gsk_test_0123456789abcdefWXYZ");
        QVERIFY2(saveAndWait(*page.editor, -1, QStringLiteral("groq"), QStringLiteral("openai"),
                             QStringLiteral("https://api.groq.com/openai/v1"),
                             QStringLiteral("llama-*, mixtral ,"),
                             ProviderEditor::KeySource::Keychain, key),
                 qPrintable(page.editor->errorString()));

        const QJsonArray providers = fileProviders();
        QCOMPARE(providers.size(), 3);
        QCOMPARE(providers.at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("openai"));
        QCOMPARE(providers.at(1).toObject().value(QLatin1String("base_url")).toString(),
                 QStringLiteral("https://api.anthropic.com"));
        const QJsonObject groq = providers.at(2).toObject();
        QCOMPARE(groq.value(QLatin1String("models")).toArray(),
                 (QJsonArray{QLatin1String("llama-*"), QLatin1String("mixtral")}));
        QCOMPARE(groq.value(QLatin1String("api_key")).toObject(),
                 (QJsonObject{{QLatin1String("keychain"), QLatin1String("groq")}}));
        // The key is in the keychain, nowhere in the file.
        QVERIFY(!AppTest::readFile(m_paths.configFile).contains("0123456789"));
        SecretStore::ReadResult stored;
        secrets.read(QStringLiteral("provider/groq"),
                     [&stored](const SecretStore::ReadResult &r) { stored = r; });
        QCOMPARE(stored.secret, key.toUtf8());

        QCOMPARE(page.model->rowCount(), 3);
        const QModelIndex row = page.model->index(2);
        QCOMPARE(row.data(ProviderListModel::ModelsRole).toString(),
                 QStringLiteral("llama-*, mixtral"));
        QCOMPARE(row.data(ProviderListModel::KeySourceRole).toString(), QStringLiteral("keychain"));
        QTRY_COMPARE(row.data(ProviderListModel::KeyHintRole).toString(), QStringLiteral("…WXYZ"));
        QVERIFY(row.data(ProviderListModel::HasStoredKeyRole).toBool());
        QVERIFY(!page.model->index(0).data(ProviderListModel::HasStoredKeyRole).toBool());
    }

    void editRemoveAndReorder()
    {
        InMemorySecretStore secrets;
        Page page = makePage(&secrets);
        QSignalSpy dataChanged(page.model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(saveAndWait(*page.editor, 1, QStringLiteral("anthropic"),
                            QStringLiteral("anthropic"), m_mock.anthropicBaseUrl().toString(),
                            QStringLiteral("claude-*"), ProviderEditor::KeySource::Client));
        QCOMPARE(page.model->index(1).data(ProviderListModel::BaseUrlRole).toString(),
                 m_mock.anthropicBaseUrl().toString());
        QVERIFY(dataChanged.count() >= 1);
        QCOMPARE(dataChanged.first().first().toModelIndex().row(), 1);

        QVERIFY(saveAndWait(*page.editor, -1, QStringLiteral("ollama"), QStringLiteral("openai"),
                            QStringLiteral("http://127.0.0.1:11434/v1"), QStringLiteral("*"),
                            ProviderEditor::KeySource::None));
        QVERIFY(page.editor->move(2, -2));
        QCOMPARE(ids(*page.model),
                 (QStringList{QStringLiteral("ollama"), QStringLiteral("openai"),
                              QStringLiteral("anthropic")}));
        QCOMPARE(fileProviders().at(0).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("ollama"));
        QVERIFY(!page.editor->move(0, -1)); // already first
        QVERIFY(page.editor->move(0, 1));
        QCOMPARE(ids(*page.model),
                 (QStringList{QStringLiteral("openai"), QStringLiteral("ollama"),
                              QStringLiteral("anthropic")}));
        QVERIFY(page.editor->remove(0));
        QCOMPARE(ids(*page.model),
                 (QStringList{QStringLiteral("ollama"), QStringLiteral("anthropic")}));
        QCOMPARE(fileProviders().size(), 2);

        // A hand edit of the file shows up too.
        QVERIFY(AppTest::writeFile(m_paths.configFile, AppTest::mockConfig(m_mock)));
        QVERIFY(page.document->reload());
        QCOMPARE(ids(*page.model),
                 (QStringList{QStringLiteral("openai"), QStringLiteral("anthropic")}));
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("models");
        QTest::addColumn<int>("keySource");
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("field");
        const int client = int(ProviderEditor::KeySource::Client);
        QTest::newRow("id") << "my provider"
                            << "https://x.example/v1"
                            << "*" << client << ""
                            << "providers[2].id";
        QTest::newRow("duplicate id") << "openai"
                                      << "https://x.example/v1"
                                      << "*" << client << ""
                                      << "duplicate provider id";
        QTest::newRow("base_url") << "x"
                                  << "ftp://x.example"
                                  << "*" << client << ""
                                  << "providers[2].base_url";
        QTest::newRow("models") << "x"
                                << "https://x.example/v1"
                                << " , " << client << ""
                                << "models:";
        QTest::newRow("api_key") << "x"
                                 << "https://x.example/v1"
                                 << "*" << client << "sk-abc"
                                 << "api_key:";
    }

    void invalidInputNamesTheField()
    {
        QFETCH(QString, id);
        QFETCH(QString, baseUrl);
        QFETCH(QString, models);
        QFETCH(int, keySource);
        QFETCH(QString, apiKey);
        QFETCH(QString, field);
        InMemorySecretStore secrets;
        Page page = makePage(&secrets);
        QVERIFY(!page.editor->save(-1, id, QStringLiteral("openai"), baseUrl, models,
                                   ProviderEditor::KeySource(keySource), {}, false, apiKey));
        QVERIFY2(page.editor->errorString().contains(field),
                 qPrintable(page.editor->errorString()));
        QVERIFY(!QFile::exists(m_paths.configFile));
        QCOMPARE(page.model->rowCount(), 2);
    }

    void keychainFailureChangesNothing()
    {
        InMemorySecretStore secrets;
        secrets.setUnavailable(true);
        Page page = makePage(&secrets);
        QSignalSpy failed(page.editor.get(), &ProviderEditor::failed);
        QVERIFY(page.editor->save(-1, QStringLiteral("groq"), QStringLiteral("openai"),
                                  QStringLiteral("https://api.groq.com/openai/v1"),
                                  QStringLiteral("*"), ProviderEditor::KeySource::Keychain, {},
                                  false, QStringLiteral("gsk_test_0123456789abcdef")));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(page.editor->errorString().contains(QLatin1String("keychain")),
                 qPrintable(page.editor->errorString()));
        QVERIFY(!QFile::exists(m_paths.configFile));
    }

    void testsTheConnection_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("text");
        QTest::newRow("openai") << "openai" << m_mock.openAiBaseUrl().toString() << true
                                << "Connected: HTTP 200 in ";
        QTest::newRow("anthropic") << "anthropic" << m_mock.anthropicBaseUrl().toString() << true
                                   << "Connected: HTTP 200 in ";
        QTest::newRow("wrong path")
            << "openai" << m_mock.anthropicBaseUrl().toString() << false << "HTTP 404 in ";
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString closedUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
        closed.close();
        QTest::newRow("refused") << "openai" << closedUrl << false << "Could not reach";
        QTest::newRow("bad url") << "openai"
                                 << "localhost:8080" << false << "base_url:";
    }

    void testsTheConnection()
    {
        QFETCH(QString, kind);
        QFETCH(QString, baseUrl);
        QFETCH(bool, ok);
        QFETCH(QString, text);
        InMemorySecretStore secrets;
        secrets.write(QStringLiteral("provider/mock"), "sk-stored-key-0123456789",
                      [](bool, const QString &) {});
        ConnectionTester tester(&secrets);
        m_mock.clear();
        tester.test(kind, baseUrl, QStringLiteral("keychain"), QStringLiteral("mock"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!tester.running() && !tester.resultText().isEmpty(), 20000);
        QCOMPARE(tester.succeeded(), ok);
        QVERIFY2(tester.resultText().startsWith(text), qPrintable(tester.resultText()));
        if (ok) {
            QVERIFY2(tester.resultText().contains(QLatin1String(" model")),
                     qPrintable(tester.resultText()));
            QCOMPARE(m_mock.requestCount(), 1);
            QCOMPARE(m_mock.requests().first().apiKey(), QByteArray("sk-stored-key-0123456789"));
        }
        QVERIFY(!tester.resultText().contains(QLatin1String("0123456789")));
    }

    void healthFromTheLedger()
    {
        const qint64 now = AppTest::at(1, 12);
        auto call = [](const QByteArray &id, qint64 at, const QString &provider, int status) {
            CallRecord r = AppTest::record(id, at, QStringLiteral("gpt-4o"), 0.01);
            r.provider = provider;
            r.httpStatus = status;
            if (status >= 400) {
                r.errorType = QStringLiteral("server_error");
                r.errorMessage = QStringLiteral("upstream exploded");
            }
            return r;
        };
        QString error;
        QVERIFY2(
            AppTest::seed(m_paths.databaseFile(),
                          {call("old", AppTest::at(-1, 9), QStringLiteral("openai"), 500),
                           call("a1", AppTest::at(0, 13, 5), QStringLiteral("openai"), 200),
                           call("a2", AppTest::at(1, 3, 30), QStringLiteral("openai"), 502),
                           call("a3", AppTest::at(1, 9, 15), QStringLiteral("openai"), 200),
                           call("a4", AppTest::at(1, 10), QStringLiteral("openai"), 429),
                           call("b1", AppTest::at(1, 11, 59), QStringLiteral("anthropic"), 200)},
                          &error),
            qPrintable(error));
        QVERIFY(QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath()));
        QVERIFY(AppTest::writeFile(m_paths.configFile, AppTest::mockConfig(m_mock)));

        InMemorySecretStore secrets;
        Page page = makePage(&secrets);
        QSignalSpy updated(page.model.get(), &ProviderListModel::healthUpdated);
        page.model->setClock([now] { return now; });
        page.model->refresh();
        QTRY_VERIFY(updated.count() >= 1 && !page.model->loading());
        QCOMPARE(page.model->errorString(), QString());

        const QModelIndex openai = page.model->index(0);
        QCOMPARE(openai.data(ProviderListModel::RequestsRole).toLongLong(), 4);
        QCOMPARE(openai.data(ProviderListModel::ErrorsRole).toLongLong(), 2);
        QCOMPARE(openai.data(ProviderListModel::ErrorRateRole).toDouble(), 0.5);
        QCOMPARE(openai.data(ProviderListModel::LastErrorRole).toString(),
                 QStringLiteral("HTTP 429: upstream exploded"));
        QCOMPARE(openai.data(ProviderListModel::LastCallMsRole).toLongLong(), AppTest::at(1, 10));
        const QModelIndex anthropic = page.model->index(1);
        QCOMPARE(anthropic.data(ProviderListModel::RequestsRole).toLongLong(), 1);
        QCOMPARE(anthropic.data(ProviderListModel::ErrorRateRole).toDouble(), 0.0);
        QCOMPARE(anthropic.data(ProviderListModel::LastErrorRole).toString(), QString());
        QCOMPARE(anthropic.data(ProviderListModel::LastCallMsRole).toLongLong(),
                 AppTest::at(1, 11, 59));
    }

    void storesTheKeyInTheOsKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run inside dbus-run-session with gnome-keyring-daemon");
        KeychainSecretStore secrets(
            QStringLiteral("LLM Ledger test %1").arg(QCoreApplication::applicationPid()));
        Page page = makePage(&secrets);
        const QString key = QStringLiteral("sk-ant-test-0123456789abcdefKLMN");
        if (!saveAndWait(*page.editor, 1, QStringLiteral("anthropic"), QStringLiteral("anthropic"),
                         m_mock.anthropicBaseUrl().toString(), QStringLiteral("*"),
                         ProviderEditor::KeySource::Keychain, key))
            QSKIP(qPrintable(
                QStringLiteral("no usable Secret Service: %1").arg(page.editor->errorString())));
        QTRY_COMPARE_WITH_TIMEOUT(
            page.model->index(1).data(ProviderListModel::KeyHintRole).toString(),
            QStringLiteral("sk-…KLMN"), 20000);
        QVERIFY(!AppTest::readFile(m_paths.configFile).contains("0123456789"));

        ConnectionTester tester(&secrets);
        m_mock.clear();
        tester.test(QStringLiteral("anthropic"), m_mock.anthropicBaseUrl().toString(),
                    QStringLiteral("keychain"), QStringLiteral("anthropic"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!tester.resultText().isEmpty(), 20000);
        QVERIFY2(tester.succeeded(), qPrintable(tester.resultText()));
        QCOMPARE(m_mock.requests().first().apiKey(), key.toUtf8());

        QSignalSpy keysChanged(page.editor.get(), &ProviderEditor::keysChanged);
        page.editor->deleteKey(1);
        QTRY_COMPARE_WITH_TIMEOUT(keysChanged.count(), 1, 20000);
        page.model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.model->index(1).data(ProviderListModel::HasStoredKeyRole).toBool(), 20000);
    }
};

QTEST_MAIN(TestProviderListModel)
#include "tst_providerlistmodel.moc"
