#include "ledgerfixture.h"

#include "apptestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Row
{
    const char *id;
    int day; // relative to today, local time
    int hour;
    int minute;
    const char *provider;
    const char *model;
    int status;
    double cost;
    const char *keyId; // "" for none
};

// See the table in ledgerfixture.h.
const Row rows[] = {
    {"r1", 0, 0, 10, "openai", "gpt-4o", 200, 1.25, "key-a"},
    {"r2", 0, 0, 20, "anthropic", "claude-sonnet", 200, 0.75, "key-b"},
    {"r3", -3, 10, 0, "openai", "gpt-4o-mini", 429, 0.25, "key-a"},
    {"r4", -3, 11, 0, "openai", "gpt-4o", 500, 0.50, "key-b"},
    {"r5", -20, 12, 0, "anthropic", "claude-sonnet", 200, 2.00, "key-a"},
    {"r6", -60, 12, 0, "openai", "gpt-4o", 200, 4.00, ""},
};

// Two providers for the Providers page; the proxy never starts, so nothing listens there.
QByteArray config()
{
    QJsonArray providers;
    for (const char *id : {"openai", "anthropic"}) {
        const QString baseUrl = QLatin1String("http://127.0.0.1:9/") + QLatin1String(id);
        providers.append(QJsonObject{{QLatin1String("id"), QLatin1String(id)},
                                     {QLatin1String("kind"), QLatin1String(id)},
                                     {QLatin1String("base_url"), baseUrl}});
    }
    return QJsonDocument(QJsonObject{{QLatin1String("providers"), providers}}).toJson();
}

} // namespace

LedgerFixture::LedgerFixture(QObject *parent) : QObject(parent)
{
    m_paths = AppTest::pathsIn(m_dir);
    if (!m_dir.isValid() || !QDir().mkpath(m_paths.dataDir)
        || !QDir().mkpath(QFileInfo(m_paths.configFile).absolutePath())
        || !AppTest::writeFile(m_paths.configFile, config())) {
        m_error = QStringLiteral("cannot write to %1").arg(m_dir.path());
    } else {
        seed();
    }
    ProxyRuntime::Options options;
    options.paths = m_paths;
    options.port = 0;
    m_host = std::make_unique<ProxyHost>(options);
    m_services = std::make_unique<WindowServices>(m_paths, m_host.get(), &m_languages);
}

LedgerFixture::~LedgerFixture() = default;

bool LedgerFixture::seed()
{
    const QDate today = QDate::currentDate();
    QList<CallRecord> records;
    for (const Row &row : rows) {
        const qint64 startedAt
            = QDateTime(today.addDays(row.day), QTime(row.hour, row.minute)).toMSecsSinceEpoch();
        CallRecord r = AppTest::record(row.id, startedAt, QString::fromLatin1(row.model), row.cost);
        r.provider = QString::fromLatin1(row.provider);
        r.httpStatus = row.status;
        r.clientKeyId = QString::fromLatin1(row.keyId);
        if (!r.clientKeyId.isEmpty())
            r.clientKeyHint = QStringLiteral("sk-…") + r.clientKeyId.right(1).repeated(4);
        if (QByteArray(row.id) == "r5")
            r.userAgent = QStringLiteral("claude-cli/2.0");
        records << r;
    }
    return AppTest::seed(m_paths.databaseFile(), records, &m_error);
}
