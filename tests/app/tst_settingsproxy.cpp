#include "apptestsupport.h"
#include "configdocument.h"
#include "proxysettings.h"

#include <QTest>

// ProxySettings over a real config file: what it writes, what it refuses and why, and
// hand edits of the file showing up.
class TestSettingsProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    QJsonObject written() const
    {
        return QJsonDocument::fromJson(AppTest::readFile(m_path)).object();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config.json"));
    }

    void withoutAFileTheDefaultsShow()
    {
        ConfigDocument document(m_path);
        ProxySettings settings(&document);
        QCOMPARE(settings.listenAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.port(), 8788);
        QCOMPARE(settings.recordBodies(), false);
        QCOMPARE(settings.injectStreamUsage(), true);
        QCOMPARE(settings.retentionDays(), 0);
        QCOMPARE(settings.configFile(), m_path);
        QVERIFY(settings.errorString().isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void everySettingIsWrittenToTheFile()
    {
        QVERIFY(AppTest::writeFile(m_path, R"({"prices": {"m": {"input": 1, "output": 2}}})"));
        ConfigDocument document(m_path);
        ProxySettings settings(&document);
        QSignalSpy changed(&settings, &ProxySettings::settingsChanged);

        settings.setPort(9100);
        settings.setListenAddress(QStringLiteral(" 0.0.0.0 "));
        settings.setRecordBodies(true);
        settings.setInjectStreamUsage(false);
        settings.setRetentionDays(30);
        QCOMPARE(changed.size(), 5);
        QVERIFY2(settings.errorString().isEmpty(), qPrintable(settings.errorString()));

        const QJsonObject file = written();
        QCOMPARE(file.value(QLatin1String("port")).toInt(), 9100);
        QCOMPARE(file.value(QLatin1String("listen")).toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(file.value(QLatin1String("record_bodies")).toBool(), true);
        QCOMPARE(file.value(QLatin1String("inject_stream_usage")).toBool(), false);
        QCOMPARE(file.value(QLatin1String("retention_days")).toInt(), 30);
        QVERIFY(file.value(QLatin1String("prices")).isObject()); // untouched
        QVERIFY(!file.contains(QLatin1String("providers")));
        QCOMPARE(file.size(), 6);

        QCOMPARE(settings.port(), 9100);
        QCOMPARE(settings.listenAddress(), QStringLiteral("0.0.0.0"));
        QCOMPARE(settings.retentionDays(), 30);
        // The proxy reads the same values from the file.
        const ConfigResult loaded = ConfigLoader::loadFile(m_path);
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->port, quint16(9100));
        QCOMPARE(loaded.config->retentionDays, 30);
        QCOMPARE(loaded.config->recordBodies, true);

        // Setting a value it already has writes nothing.
        settings.setPort(9100);
        QCOMPARE(changed.size(), 5);
    }

    void invalidValuesAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("port too high")
            << QStringLiteral("port") << QVariant(70000)
            << QStringLiteral("port: must be an integer from 0 to 65535");
        QTest::newRow("negative port")
            << QStringLiteral("port") << QVariant(-1)
            << QStringLiteral("port: must be an integer from 0 to 65535");
        QTest::newRow("listen") << QStringLiteral("listenAddress")
                                << QVariant(QStringLiteral("localhost:80"))
                                << QStringLiteral(
                                       "listen: must be an IP address such as 127.0.0.1");
        QTest::newRow("retention") << QStringLiteral("retentionDays") << QVariant(-3)
                                   << QStringLiteral("retention_days: must be an integer from 0 "
                                                     "(keep everything) to 36500");
    }

    void invalidValuesAreRefusedWithAMessage()
    {
        QFETCH(QString, setting);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        QVERIFY(AppTest::writeFile(m_path, R"({"port": 9100})"));
        const QByteArray before = AppTest::readFile(m_path);
        ConfigDocument document(m_path);
        ProxySettings settings(&document);
        QSignalSpy changed(&settings, &ProxySettings::settingsChanged);
        QSignalSpy error(&settings, &ProxySettings::errorStringChanged);

        QVERIFY(settings.setProperty(setting.toLatin1().constData(), value));
        QCOMPARE(settings.errorString(), message);
        QCOMPARE(error.size(), 1);
        QCOMPARE(changed.size(), 1); // fields re-read the saved value
        QCOMPARE(AppTest::readFile(m_path), before);
        QCOMPARE(settings.port(), 9100);
        QCOMPARE(settings.listenAddress(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.retentionDays(), 0);

        // The next valid change clears the message.
        settings.setPort(9101);
        QVERIFY(settings.errorString().isEmpty());
        QCOMPARE(written().value(QLatin1String("port")).toInt(), 9101);
    }

    void handEditsShowUp()
    {
        QVERIFY(AppTest::writeFile(m_path, R"({"port": 9100})"));
        ConfigDocument document(m_path);
        ProxySettings settings(&document);
        QSignalSpy changed(&settings, &ProxySettings::settingsChanged);

        QVERIFY(AppTest::writeFile(
            m_path, R"({"port": 9200, "retention_days": 7, "record_bodies": true})"));
        QTRY_COMPARE(settings.port(), 9200);
        QCOMPARE(settings.retentionDays(), 7);
        QCOMPARE(settings.recordBodies(), true);
        QVERIFY(changed.size() >= 1);

        // A broken hand edit is reported; the last valid values stay.
        QVERIFY(AppTest::writeFile(m_path, R"({"retention_days": 2.5})"));
        QTRY_COMPARE(settings.errorString(),
                     m_path
                         + QStringLiteral(": retention_days: must be an integer from 0 (keep "
                                          "everything) to 36500"));
        QCOMPARE(settings.retentionDays(), 7);
        QCOMPARE(settings.port(), 9200);

        // Fixed by hand: the message goes.
        QVERIFY(AppTest::writeFile(m_path, R"({"retention_days": 90})"));
        QTRY_COMPARE(settings.retentionDays(), 90);
        QVERIFY(settings.errorString().isEmpty());
        QCOMPARE(settings.port(), 8788);
    }
};

QTEST_GUILESS_MAIN(TestSettingsProxy)
#include "tst_settingsproxy.moc"
