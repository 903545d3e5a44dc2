#include "configdocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConfigDocument : public QObject
{
    Q_OBJECT

private:
    static QJsonObject readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void withoutFileTheDefaultsApply()
    {
        QTemporaryDir dir;
        ConfigDocument document(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(document.object().isEmpty());
        QCOMPARE(document.config().port, ProxyConfig::DefaultPort);
        QCOMPARE(document.config().providers.size(), 2);
        QCOMPARE(document.config().providers.at(0).id, QStringLiteral("openai"));
        QVERIFY(document.errorString().isEmpty());
    }

    void updateWritesAValidConfigAndKeepsUnknownSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/config.json"));
        QDir().mkpath(dir.filePath(QStringLiteral("sub")));
        writeFile(path, "{\"$schema\": \"https://example.test/s.json\", \"record_bodies\": true}");
        ConfigDocument document(path);
        QCOMPARE(document.config().recordBodies, true);
        QSignalSpy changed(&document, &ConfigDocument::changed);

        QVERIFY(document.update([](QJsonObject &o) { o.insert(QStringLiteral("port"), 9911); }));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(document.config().port, quint16(9911));
        const QJsonObject written = readFile(path);
        QCOMPARE(written.value(QLatin1String("port")).toInt(), 9911);
        QCOMPARE(written.value(QLatin1String("$schema")).toString(),
                 QStringLiteral("https://example.test/s.json"));
        QCOMPARE(written.value(QLatin1String("record_bodies")).toBool(), true);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void anInvalidUpdateChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path, "{\"port\": 9000}");
        ConfigDocument document(path);
        QSignalSpy changed(&document, &ConfigDocument::changed);

        QVERIFY(!document.update([](QJsonObject &o) {
            QJsonObject provider{{QStringLiteral("id"), QStringLiteral("bad id!")}};
            o.insert(QStringLiteral("providers"), QJsonArray{provider});
        }));
        QVERIFY2(document.errorString().startsWith(QLatin1String("providers[0].id")),
                 qPrintable(document.errorString()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(document.config().port, quint16(9000));
        QCOMPARE(readFile(path), QJsonObject({{QStringLiteral("port"), 9000}}));

        // The next valid update clears the error.
        QVERIFY(document.update([](QJsonObject &o) { o.insert(QStringLiteral("port"), 9001); }));
        QVERIFY(document.errorString().isEmpty());
    }

    void editsByHandArePickedUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        ConfigDocument document(path);
        QSignalSpy changed(&document, &ConfigDocument::changed);

        writeFile(path, "{\"inject_stream_usage\": false}"); // a new file: the folder changes
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(document.config().injectStreamUsage, false);

        writeFile(path, "{\"inject_stream_usage\": false, \"port\": 1234}");
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(document.config().port, quint16(1234));

        // A broken file is reported and the last good state kept.
        writeFile(path, "{\"port\": ");
        QTRY_VERIFY(!document.errorString().isEmpty());
        QVERIFY(document.errorString().contains(QLatin1String("invalid JSON")));
        QCOMPARE(document.config().port, quint16(1234));
        QCOMPARE(changed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
